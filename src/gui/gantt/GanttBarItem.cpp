#include "gui/gantt/GanttBarItem.h"

#include "gui/gantt/GanttChart.h"
#include "render/gantt/GanttBarPainter.h"

#include <QPainter>

namespace OutageDesk {

GanttBarItem::GanttBarItem(GanttChart *chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    // Above the (empty) series and the axes' grid, below the legend and labels.
    setZValue(5);
    setAcceptedMouseButtons(Qt::NoButton);
}

void GanttBarItem::setPlotArea(const QRectF &plotArea)
{
    if (plotArea == m_plotArea)
        return;
    prepareGeometryChange();
    m_plotArea = plotArea;
}

QRectF GanttBarItem::boundingRect() const
{
    // Ongoing bars draw an arrowhead that may stick out a little at the right edge.
    return m_plotArea;
}

void GanttBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    const GanttDocument &doc = *m_chart->document();
    const GanttBarPainter bars(doc.scale(), doc.layout(), doc.data(), m_chart->ganttStyle());
    painter->save();
    painter->setClipRect(m_plotArea);
    bars.paintRows(painter, m_plotArea);
    // Grid lines of our own ticks: the axis' grid would sit under the row stripes.
    painter->setPen(QPen(m_chart->ganttStyle().gridLine(), 0));
    for (const GanttTick &tick : m_chart->ticks()) {
        const double x = doc.scale().mapTimeToX(tick.ms);
        painter->drawLine(QPointF(x, m_plotArea.top()), QPointF(x, m_plotArea.bottom()));
    }
    bars.paintBars(painter, m_plotArea);
    bars.paintNow(painter, m_plotArea, doc.nowMs());
    painter->restore();
}

} // namespace OutageDesk
