#pragma once

#include "model/DataCenter.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace OutageDesk {

class CatalogRepository;
class Workspace;

// What rendering an incident needs besides the incident: where each instance lives
// (for its zone) and what "now" is (ongoing windows). The outage chart of exports is
// drawn from this and the incident alone (IncidentChartLayout), never from the
// workspace, so it cannot show another incident.
struct RenderContext
{
    QHash<QString, DataCenter> dataCenterOfInstance; // instance name → its data center
    QDateTime now;                                   // Clock::now() unless pinned

    static RenderContext fromCatalog(const CatalogRepository &catalog);
    // fromCatalog() of the workspace's catalog.
    static RenderContext forWorkspace(Workspace *workspace);
    // The zone of a window's instance; UTC when the instance or its zone is unknown.
    QTimeZone zoneOf(const QString &instance) const;
};

} // namespace OutageDesk
