#include "render/gantt/GanttBarPainter.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace OutageDesk {
namespace {

int impactRank(Impact impact)
{
    switch (impact) {
    case Impact::Outage:
        return 2;
    case Impact::Degraded:
        return 1;
    case Impact::Maintenance:
        return 0;
    }
    return 0;
}

} // namespace

GanttBarPainter::GanttBarPainter(const GanttTimeScale &scale, const GanttRowLayout &layout,
                                 const GanttDataset &data, const GanttStyle &style)
    : m_scale(scale)
    , m_layout(layout)
    , m_data(data)
    , m_style(style)
{
}

double GanttBarPainter::bandHeight(int row) const
{
    const double h = m_layout.rowHeight();
    // Data center rows summarise, so their bars are thinner than the instances'.
    // Tall rows (a few instances on a big export) keep bars of a readable thickness.
    const bool group = m_layout.rows().at(row).kind == GanttRow::Kind::DataCenter && !m_layout.rows().at(row).collapsed;
    return std::min(h * (1.0 - 2 * (group ? 0.3 : kBarPadding)), group ? kMaxBarHeight / 2 : kMaxBarHeight);
}

double GanttBarPainter::bandTop(int row) const
{
    return m_layout.rowTop(row) + (m_layout.rowHeight() - bandHeight(row)) / 2;
}

QRectF GanttBarPainter::barRect(int row, const GanttBar &bar) const
{
    const int lanes = row < m_data.rowCount() ? m_data.row(row).laneCount : 1;
    const double laneHeight = bandHeight(row) / lanes;
    const double x0 = m_scale.mapTimeToX(bar.startMs);
    const double x1 = m_scale.mapTimeToX(bar.endMs);
    return QRectF(x0, bandTop(row) + bar.lane * laneHeight, x1 - x0, laneHeight);
}

void GanttBarPainter::paintRows(QPainter *painter, const QRectF &clip) const
{
    const int first = std::max(m_layout.firstRow(), m_layout.rowAt(clip.top()));
    for (int row = std::max(0, first); row < m_layout.rowCount(); ++row) {
        const double top = m_layout.rowTop(row);
        if (top > clip.bottom())
            break;
        const QRectF stripe(clip.left(), top, clip.width(), m_layout.rowHeight());
        if (m_layout.rows().at(row).kind == GanttRow::Kind::DataCenter)
            painter->fillRect(stripe & clip, m_style.groupRow());
        else if (row % 2)
            painter->fillRect(stripe & clip, m_style.alternateRow());
    }
}

int GanttBarPainter::paintBars(QPainter *painter, const QRectF &clip) const
{
    if (m_data.rowCount() != m_layout.rowCount())
        return 0;
    const qint64 fromMs = m_scale.mapXToTime(clip.left()) - 1;
    const qint64 toMs = m_scale.mapXToTime(clip.right()) + 1;
    const double clipLeft = clip.left() - 4;
    const double clipRight = clip.right() + 4;
    int drawn = 0;

    painter->save();
    painter->setClipRect(clip);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor border = m_style.borderColor();

    const int firstVisible = std::max(m_layout.firstRow(), std::max(0, m_layout.rowAt(clip.top())));
    for (int row = firstVisible; row < m_layout.rowCount(); ++row) {
        if (m_layout.rowTop(row) > clip.bottom())
            break;
        const GanttDataset::RowBars &rb = m_data.row(row);
        const auto [first, last] = m_data.candidates(row, fromMs, toMs);
        if (first >= last)
            continue;
        const double laneHeight = bandHeight(row) / rb.laneCount;
        const double top = bandTop(row);
        const bool summary = m_layout.rows().at(row).kind == GanttRow::Kind::DataCenter;

        // Runs of sub-pixel bars, one per lane, flushed when a gap opens.
        struct Run
        {
            double x0 = 0, x1 = -1e300;
            int rank = -1;
            Impact impact = Impact::Outage;
        };
        Run runs[GanttDataset::kMaxLanes];
        auto flush = [&](int lane) {
            Run &run = runs[lane];
            if (run.rank < 0)
                return;
            // Two pixels at least: a one-pixel sliver disappears next to a grid line.
            painter->fillRect(QRectF(run.x0, top + lane * laneHeight, std::max(2.0, run.x1 - run.x0), laneHeight),
                              m_style.impactColor(run.impact));
            ++drawn;
            run = Run{};
        };

        for (int i = first; i < last; ++i) {
            const GanttBar &bar = rb.bars[size_t(i)];
            if (bar.endMs <= fromMs)
                continue;
            const double x0 = std::max(clipLeft, m_scale.mapTimeToX(bar.startMs));
            const double x1 = std::min(clipRight, m_scale.mapTimeToX(bar.endMs));
            const int lane = std::min<int>(bar.lane, rb.laneCount - 1);
            const QRectF rect(x0, top + lane * laneHeight, x1 - x0, laneHeight);
            // The selection is a halo behind the bar, so the impact colour stays readable.
            if (m_data.isSelected(bar.record))
                painter->fillRect(QRectF(rect.left() - 3, rect.top() - 3, std::max(1.0, rect.width()) + 6, rect.height() + 6),
                                  m_style.selection());

            if (x1 - x0 < 2.0 && !bar.ongoing) {
                Run &run = runs[lane];
                if (run.rank >= 0 && x0 > run.x1 + 1.0)
                    flush(lane);
                if (run.rank < 0) {
                    run.x0 = x0;
                    run.x1 = x1;
                }
                run.x1 = std::max(run.x1, x1);
                if (impactRank(bar.impact) > run.rank) {
                    run.rank = impactRank(bar.impact);
                    run.impact = bar.impact;
                }
                continue;
            }
            flush(lane);

            const QColor fill = m_style.impactColor(bar.impact);
            painter->fillRect(rect, fill);
            ++drawn;
            const qreal width = m_style.borderWidth(bar.severity);
            // Borders on a bar of a few pixels would hide its colour, which matters more.
            if (rect.width() < 3 * std::max<qreal>(width, 1) + 2 && !bar.ongoing)
                continue;
            if (m_style.hatched(bar.severity))
                painter->fillRect(rect, QBrush(border, Qt::BDiagPattern));
            QPen pen(border, width);
            pen.setCosmetic(width == 0);
            pen.setJoinStyle(Qt::MiterJoin);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            const qreal inset = width / 2;
            const QRectF inner = rect.adjusted(inset, inset, -inset, -inset);
            if (summary && rect.width() < 4)
                continue;
            if (!bar.ongoing) {
                painter->drawRect(inner);
                continue;
            }
            // Ongoing: three sides only, and an arrowhead at "now" for the open end.
            QPainterPath open;
            open.moveTo(inner.topRight());
            open.lineTo(inner.topLeft());
            open.lineTo(inner.bottomLeft());
            open.lineTo(inner.bottomRight());
            painter->drawPath(open);
            const double arrow = std::min(rect.height() / 2, 8.0);
            QPainterPath head;
            head.moveTo(rect.right(), rect.top());
            head.lineTo(rect.right() + arrow, rect.center().y());
            head.lineTo(rect.right(), rect.bottom());
            head.closeSubpath();
            painter->fillPath(head, fill);
        }
        for (int lane = 0; lane < GanttDataset::kMaxLanes; ++lane)
            flush(lane);
    }

    painter->restore();
    return drawn;
}

void GanttBarPainter::paintNow(QPainter *painter, const QRectF &clip, qint64 nowMs) const
{
    const double x = m_scale.mapTimeToX(nowMs);
    if (x < clip.left() || x > clip.right())
        return;
    painter->save();
    painter->setPen(QPen(m_style.nowLine(), 1, Qt::DashLine));
    painter->drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()));
    painter->restore();
}

int GanttBarPainter::hitTest(const QPointF &pos, double tolerancePx) const
{
    const int row = m_layout.rowAt(pos.y());
    if (row < 0 || row >= m_data.rowCount())
        return -1;
    const double top = bandTop(row);
    const double height = bandHeight(row);
    // Allow the padding around the band: the row is the target, not the bar's pixels.
    if (pos.y() < m_layout.rowTop(row) || pos.y() > m_layout.rowTop(row) + m_layout.rowHeight())
        return -1;
    const int lanes = m_data.row(row).laneCount;
    const int lane = lanes > 1 ? qBound(0, int(std::floor((pos.y() - top) / (height / lanes))), lanes - 1) : -1;
    const qint64 ms = m_scale.mapXToTime(pos.x());
    const qint64 tolerance = qint64(std::ceil(tolerancePx / m_scale.pixelsPerMs()));
    return m_data.hitTest(row, ms, tolerance, lane);
}

} // namespace OutageDesk
