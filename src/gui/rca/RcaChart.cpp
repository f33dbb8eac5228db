#include "gui/rca/RcaChart.h"

#include "gui/gantt/GanttExporter.h"
#include "model/Incident.h"
#include "render/RenderContext.h"
#include "render/gantt/GanttDocument.h"
#include "render/gantt/GanttStyle.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace OutageDesk {
namespace {

const QSize kChartSize(1000, 300);

bool prepare(GanttDocument &document, Workspace *workspace, const Incident &incident)
{
    if (!workspace || incident.windows.isEmpty())
        return false;
    document.load(workspace);
    document.setSelectedIncident(incident.uuid);
    return document.fitIncident(incident.uuid);
}

} // namespace

void RcaChart::install(RenderContext &context, Workspace *workspace)
{
    context.chartSvg = [workspace](const Incident &incident) { return svg(workspace, incident); };
    context.chartImage = [workspace](const Incident &incident) { return image(workspace, incident); };
}

QString RcaChart::svg(Workspace *workspace, const Incident &incident)
{
    GanttDocument document;
    if (!prepare(document, workspace, incident))
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(kChartSize);
    generator.setViewBox(QRect(QPoint(0, 0), kChartSize));
    generator.setTitle(incident.title);
    {
        QPainter painter(&generator);
        GanttExporter::render(document, &painter, QRectF(QPointF(0, 0), kChartSize), kChartSize, GanttStyle::light());
    }
    QString text = QString::fromUtf8(bytes);
    // Inline in HTML: the XML declaration and doctype are not allowed there.
    const qsizetype start = text.indexOf(QLatin1String("<svg"));
    return start >= 0 ? text.mid(start) : QString();
}

QImage RcaChart::image(Workspace *workspace, const Incident &incident)
{
    GanttDocument document;
    if (!prepare(document, workspace, incident))
        return {};
    QImage image(kChartSize * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(2, 2); // twice the pixels: sharp at print resolution
    GanttExporter::render(document, &painter, QRectF(QPointF(0, 0), kChartSize), kChartSize, GanttStyle::light());
    painter.end();
    return image;
}

} // namespace OutageDesk
