#pragma once

#include "render/gantt/GanttZoomHistory.h"

#include <QChartView>
#include <QElapsedTimer>
#include <QUuid>

class QRubberBand;

namespace OutageDesk {

class GanttChart;

// Mouse and keyboard on the Gantt: wheel zoom centred on the cursor (Shift+wheel
// scrolls rows), drag to pan, Shift+drag (or the middle button) for rubber-band
// zoom, click to select an incident, hover tooltips, and keys: + and - zoom, the
// arrows pan and scroll, Home fits everything, Alt+Left/Right walk the zoom history.
class GanttChartView : public QChartView
{
    Q_OBJECT

public:
    explicit GanttChartView(GanttChart *chart, QWidget *parent = nullptr);

    GanttChart *ganttChart() const { return m_chart; }
    GanttZoomHistory &history() { return m_history; }

    // Zoom by `factor` around x in viewport coordinates (factor > 1 zooms in).
    void zoomAt(double factor, double viewportX);
    void zoomBy(double factor); // around the middle of the plot
    void panByFraction(double fraction);
    void scrollRows(int delta);
    // Shows [from, to), remembering the previous range in the history.
    void showRange(qint64 fromMs, qint64 toMs);
    void goBack();
    void goForward();

Q_SIGNALS:
    void incidentClicked(const QUuid &uuid);
    void rangeChanged();
    void fitAllRequested();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QPointF toChart(const QPoint &viewportPos) const;
    // Records the current range unless the last step was moments ago (one wheel spin).
    void remember();
    void changed();

    enum class Drag { None, Pending, Pan, RubberBand };
    GanttChart *m_chart;
    GanttZoomHistory m_history;
    QElapsedTimer m_sinceLastStep;
    Drag m_drag = Drag::None;
    bool m_rubberBandDrag = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
    QRubberBand *m_rubberBand = nullptr;
};

} // namespace OutageDesk
