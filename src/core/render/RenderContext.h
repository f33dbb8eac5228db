#pragma once

#include "model/DataCenter.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QString>
#include <functional>

namespace OutageDesk {

class CatalogRepository;
class Workspace;
struct Incident;

// What rendering an incident needs besides the incident: where each instance lives
// (for its zone), what "now" is (ongoing windows), and optionally the Gantt chart.
struct RenderContext
{
    QHash<QString, DataCenter> dataCenterOfInstance; // instance name → its data center
    QDateTime now;                                   // Clock::now() unless pinned
    // Inline SVG of the incident's outage chart, or empty. A hook so that the Gantt
    // code, which lives apart, can be embedded in HTML and PDF exports.
    std::function<QString(const Incident &)> chartSvg;
    // The same chart as a picture, for the PDF (QTextDocument cannot show inline SVG).
    std::function<QImage(const Incident &)> chartImage;

    static RenderContext fromCatalog(const CatalogRepository &catalog);
    // fromCatalog() plus the chart hooks, when a chart installer is registered.
    static RenderContext forWorkspace(Workspace *workspace);
    // The Gantt chart is drawn by widget code the core cannot link; the executable
    // registers how to install it (main() does, where a QApplication exists).
    using ChartInstaller = void (*)(RenderContext &context, Workspace *workspace);
    static void setChartInstaller(ChartInstaller installer);
    // The zone of a window's instance; UTC when the instance or its zone is unknown.
    QTimeZone zoneOf(const QString &instance) const;
};

} // namespace OutageDesk
