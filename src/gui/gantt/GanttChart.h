#pragma once

#include "render/gantt/GanttDocument.h"
#include "render/gantt/GanttStyle.h"
#include "render/gantt/GanttTickCalculator.h"

#include <QChart>

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;

namespace OutageDesk {

class GanttBarItem;

// The Qt Charts frame of the Gantt: a time axis in epoch milliseconds whose
// category labels sit on our calendar-aware ticks (never QDateTimeAxis, which only
// knows the machine's zone), a category axis of rows, a legend of impacts, and the
// bars drawn by one GanttBarItem placed with mapToPosition. Used on screen, for
// exports and by `outagedesk gantt`.
class GanttChart : public QChart
{
    Q_OBJECT

public:
    // The document must outlive the chart.
    explicit GanttChart(GanttDocument *document, QGraphicsItem *parent = nullptr);

    GanttDocument *document() const { return m_document; }
    void setGanttStyle(const GanttStyle &style);
    const GanttStyle &ganttStyle() const { return m_style; }

    // true: every row shares the plot height (exports); false: rows keep a
    // readable height and scroll (setFirstRow).
    void setFitAllRows(bool fit);
    void setFirstRow(int row);
    int firstRow() const { return m_document->layout().firstRow(); }
    int visibleRowCount() const { return m_visibleRows; }

    // Call after the document changed (range, rows, zone, windows, selection).
    void refresh();
    const QList<GanttTick> &ticks() const { return m_ticks; }
    // The window under a point in chart coordinates, or -1.
    int hitTest(const QPointF &chartPos) const;

Q_SIGNALS:
    // The visible range or rows changed (after refresh or a resize).
    void viewChanged();

private:
    void relayout();
    void updateTimeAxis();
    void updateRowAxis(int first, double span, double rowHeight);

    GanttDocument *m_document;
    GanttStyle m_style = GanttStyle::light();
    QCategoryAxis *m_timeAxis = nullptr;
    QCategoryAxis *m_rowAxis = nullptr;
    QLineSeries *m_anchor = nullptr; // empty; gives mapToPosition its axes
    QList<QScatterSeries *> m_legendSeries;
    GanttBarItem *m_bars = nullptr;
    QList<GanttTick> m_ticks;
    bool m_fitAllRows = false;
    int m_visibleRows = 1;
    bool m_inRelayout = false;
    double m_preferredRowHeight = 26;
};

} // namespace OutageDesk
