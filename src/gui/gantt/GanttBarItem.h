#pragma once

#include <QGraphicsItem>

namespace OutageDesk {

class GanttChart;

// The one graphics item that draws every bar of the chart, over the plot area.
// Qt Charts would need a series (with a legend marker and its own item) per bar,
// which does not scale past a few hundred windows.
class GanttBarItem : public QGraphicsItem
{
public:
    explicit GanttBarItem(GanttChart *chart);

    void setPlotArea(const QRectF &plotArea);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    GanttChart *m_chart;
    QRectF m_plotArea;
};

} // namespace OutageDesk
