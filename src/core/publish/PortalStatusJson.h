#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace OutageDesk {

class PortalSiteData;
struct Incident;

// The portal's machine-readable files, in the shapes of Statuspage's public API
// (v2), so that tools written for a Statuspage page read ours unchanged:
//   incidents.json               — incidents (no maintenances), newest first
//   scheduled-maintenances.json  — maintenances, newest first
//   summary.json                 — page status, every component (data centers as
//                                  groups), unresolved incidents, upcoming maintenances
// Components are the instances, with stable ids, `group: false` and the `group_id`
// of their data center; each data center is a component with `group: true`.
class PortalStatusJson
{
public:
    static QByteArray incidents(const PortalSiteData &data);
    static QByteArray scheduledMaintenances(const PortalSiteData &data);
    static QByteArray summary(const PortalSiteData &data);

private:
    static QJsonObject page(const PortalSiteData &data);
    static QJsonObject incident(const PortalSiteData &data, const Incident &incident);
    static QJsonObject maintenance(const PortalSiteData &data, const Incident &maintenance);
    static QJsonArray updates(const PortalSiteData &data, const Incident &incident);
    static QJsonArray affectedComponents(const PortalSiteData &data, const Incident &incident);
    static QJsonObject component(const PortalSiteData &data, const QString &instance, int position);
};

} // namespace OutageDesk
