#include "gui/gantt/GanttExporter.h"

#include "gui/gantt/GanttChart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GanttExporter", text);
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<GanttExporter::Format> GanttExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

std::optional<QSize> GanttExporter::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int w = m.captured(1).toInt();
    const int h = m.captured(2).toInt();
    if (w < kMinSide || h < kMinSide || w > kMaxSide || h > kMaxSide)
        return std::nullopt;
    return QSize(w, h);
}

void GanttExporter::render(const GanttDocument &document, QPainter *painter, const QRectF &target, const QSize &size,
                           const GanttStyle &style)
{
    // A copy: fitting every row onto the page must not scroll the view on screen.
    GanttDocument copy = document;
    copy.layout().setGeometry(0, 1, 0);
    QGraphicsScene scene;
    auto *chart = new GanttChart(&copy);
    scene.addItem(chart);
    chart->setGanttStyle(style);
    chart->setFitAllRows(true);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    // Qt Charts lays out lazily; activate twice because the axis labels measured in
    // the first pass change the plot area that the second pass settles.
    for (int pass = 0; pass < 2; ++pass) {
        chart->layout()->activate();
        chart->refresh();
        QCoreApplication::processEvents();
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

bool GanttExporter::exportToFile(const GanttDocument &document, const QString &path, const QSize &size,
                                 const GanttStyle &style, QString *error)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        if (error)
            *error = tr("unknown file type %1 (use .png, .svg or .pdf)").arg(QFileInfo(path).suffix());
        return false;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    switch (*format) {
    case Format::Png: {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(style.background());
        {
            QPainter painter(&image);
            render(document, &painter, target, size, style);
        }
        if (!image.save(&buffer, "PNG")) {
            if (error)
                *error = tr("cannot encode the PNG image");
            return false;
        }
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(tr("Outage Gantt chart"));
        {
            QPainter painter(&generator);
            render(document, &painter, target, size, style);
        }
        // QSvgGenerator states the size in millimetres; say it in pixels, as asked.
        QString svg = QString::fromUtf8(bytes);
        static const QRegularExpression widthAttr(QStringLiteral("(<svg[^>]*?)\\swidth=\"[^\"]*\""));
        static const QRegularExpression heightAttr(QStringLiteral("(<svg[^>]*?)\\sheight=\"[^\"]*\""));
        svg.replace(widthAttr, QStringLiteral("\\1 width=\"%1px\"").arg(size.width()));
        svg.replace(heightAttr, QStringLiteral("\\1 height=\"%1px\"").arg(size.height()));
        bytes = svg.toUtf8();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // one unit = one point
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setTitle(tr("Outage Gantt chart"));
        writer.setCreator(QStringLiteral("Outage Desk"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("cannot create the PDF");
            return false;
        }
        render(document, &painter, target, size, style);
        painter.end();
        break;
    }
    }
    buffer.close();
    return writeAtomically(path, bytes, error);
}

bool GanttExporter::print(const GanttDocument &document, QPrinter *printer, const GanttStyle &style)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    // Lay out at the page's size in points so text keeps its size, then scale to the device.
    const QSizeF points = printer->pageLayout().paintRect(QPageLayout::Point).size();
    render(document, &painter, QRectF(QPointF(0, 0), page.size()), points.toSize(), style);
    painter.end();
    return true;
}

} // namespace OutageDesk
