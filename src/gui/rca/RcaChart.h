#pragma once

#include <QImage>
#include <QString>

namespace OutageDesk {

struct Incident;
struct RenderContext;
class Workspace;

// The incident's outage chart for RCA exports, drawn by the Gantt code (which needs
// Qt Charts, hence widgets): inline SVG for HTML, a picture for PDF. Installed into a
// RenderContext by the GUI; exports without it simply have no chart.
class RcaChart
{
public:
    static void install(RenderContext &context, Workspace *workspace);
    static QString svg(Workspace *workspace, const Incident &incident);
    static QImage image(Workspace *workspace, const Incident &incident);
};

} // namespace OutageDesk
