#pragma once

#include "render/gantt/GanttDataset.h"
#include "render/gantt/GanttRowLayout.h"
#include "render/gantt/GanttStyle.h"
#include "render/gantt/GanttTimeScale.h"

#include <QRectF>

class QPainter;

namespace OutageDesk {

// Paints the bars (KGantt's item delegate): only the rows in view and, per row, only
// the bars overlapping the visible time range, found by binary search. Bars
// narrower than a pixel merge into runs so a year of windows costs one fillRect per
// run rather than one stroked rectangle per window. Also the hit test, so that
// what the user hovers is exactly what was painted.
class GanttBarPainter
{
public:
    GanttBarPainter(const GanttTimeScale &scale, const GanttRowLayout &layout, const GanttDataset &data,
                    const GanttStyle &style);

    // Row stripes (alternate and data center rows) behind the bars, within `clip`.
    void paintRows(QPainter *painter, const QRectF &clip) const;
    // The bars within `clip`; returns how many rectangles were drawn.
    int paintBars(QPainter *painter, const QRectF &clip) const;
    // A vertical line at `nowMs` when it is in view.
    void paintNow(QPainter *painter, const QRectF &clip, qint64 nowMs) const;

    // Where a bar is drawn (before the minimum width is applied).
    QRectF barRect(int row, const GanttBar &bar) const;
    // The record index of the window under `pos` (± tolerancePx horizontally), or -1.
    int hitTest(const QPointF &pos, double tolerancePx = 3) const;

    static constexpr double kBarPadding = 0.18; // fraction of the row height above and below bars
    static constexpr double kMaxBarHeight = 36;

private:
    double bandTop(int row) const;
    double bandHeight(int row) const;

    const GanttTimeScale &m_scale;
    const GanttRowLayout &m_layout;
    const GanttDataset &m_data;
    const GanttStyle &m_style;
};

} // namespace OutageDesk
