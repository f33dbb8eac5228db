#pragma once

#include "render/gantt/GanttStyle.h"
#include "render/gantt/IncidentChartLayout.h"

#include <QImage>
#include <QRectF>

class QPainter;

namespace OutageDesk {

struct Incident;

// One incident's outage chart drawn with QPainter on any paint device: QImage (PNG,
// the PDF export's figure), QPdfWriter, QSvgGenerator, the printer. It paints what
// IncidentChartLayout lays out, exactly as IncidentChartSvg writes it for the portal
// and the HTML export: one incident's own windows, in its data center's zone, in the
// output's language. QtGui only: no widget, no QApplication.
class IncidentChartPainter
{
public:
    // `language` as for Translator::translateIn (empty: the installed translation).
    explicit IncidentChartPainter(const RenderContext &context, const QString &language = {});

    const IncidentChartLayout &chartLayout() const { return m_layout; }

    // Paints `chart` with its top-left corner at target's, scaled to target's width
    // (the height follows: chart.height × the same scale).
    void paint(QPainter *painter, const IncidentChartLayout::Chart &chart, const QRectF &target,
               const GanttStyle &style) const;
    // The chart as a picture `scale` times its layout size (kWidth × height units) on
    // the style's background; a null image when the incident has no window.
    QImage image(const Incident &incident, double scale, const GanttStyle &style) const;

private:
    IncidentChartLayout m_layout;
};

} // namespace OutageDesk
