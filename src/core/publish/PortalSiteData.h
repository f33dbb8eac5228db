#pragma once

#include "i18n/PublicLocale.h"
#include "model/Incident.h"
#include "publish/PortalLabels.h"
#include "render/RenderContext.h"

#include <QHash>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace OutageDesk {

struct PortalSiteInput;

// What every file of one portal build is made from, worked out once: the public
// views of the incidents, told apart from maintenances, the zones and current
// state of every component, the language and its labels. The pages, the feed and
// the JSON files read it; none of them looks anything up on its own.
class PortalSiteData
{
public:
    // The state of a maintenance at the build's "now", as Statuspage names them.
    enum class MaintenanceState { Scheduled, InProgress, Completed };

    explicit PortalSiteData(const PortalSiteInput &input);

    const PortalSiteInput &input;
    PublicLocale locale;
    PortalLabels labels;
    QString title;  // the heading: the input's or the translated default
    QString pageId; // stable: from the base URL, else the title
    RenderContext renderContext;

    QList<Incident> incidents;    // public views, not maintenances, newest first
    QList<Incident> maintenances; // public views, newest first

    // A maintenance is an incident all of whose windows are maintenance windows.
    static bool isMaintenance(const Incident &incident);
    MaintenanceState maintenanceState(const Incident &maintenance) const;
    // Scheduled and in progress, soonest first.
    QList<Incident> upcomingMaintenances() const;
    // Unresolved incidents, newest first.
    QList<Incident> activeIncidents() const;

    QTimeZone zoneOfInstance(const QString &instance) const;
    QTimeZone zoneOfDataCenter(const QString &code) const;
    QTimeZone zoneOfIncident(const Incident &incident) const;
    QString dataCenterOfInstance(const QString &instance) const;
    // The worst impact on the instance at "now"; none when it is operational.
    std::optional<Impact> currentImpact(const QString &instance) const;

    // Stable ids for Statuspage-shaped JSON: a component per instance, a group per data center.
    QString componentId(const QString &instance) const;
    QString groupId(const QString &dataCenterCode) const;

    // When the incident started (first window, else first update) and last changed.
    static QDateTime startOf(const Incident &incident);
    static QDateTime lastChangeOf(const Incident &incident);
    // When a resolved incident was resolved: its last "resolved" update, else its
    // last change; invalid while it is not resolved.
    static QDateTime resolvedAtOf(const Incident &incident);
    // The latest change of anything published, never later than "now" (a scheduled
    // maintenance ends in the future, the page was not updated then).
    QDateTime pageUpdatedAt() const;
    // lastChangeOf() no later than "now", for an updated_at that is never in the future.
    QDateTime updatedAtOf(const Incident &incident) const;

private:
    QHash<QString, QTimeZone> m_zoneOfInstance;
    QHash<QString, QTimeZone> m_zoneOfDataCenter;
    QHash<QString, QString> m_dataCenterOfInstance;
    QHash<QString, Impact> m_currentImpact;
};

} // namespace OutageDesk
