#include "publish/PortalSiteData.h"

#include "publish/PortalSiteBuilder.h"

#include <algorithm>

namespace OutageDesk {
namespace {

// Namespace of the version-5 UUIDs that keep the page's, the feed's and the
// components' ids the same from one build to the next.
const QUuid kPortalNamespace = QUuid::fromString(QStringLiteral("8d0a7c55-2f0e-4d43-9a65-0b3c58f1f3a1"));

// Worst first: an outage outranks degradation, which outranks maintenance.
int rank(Impact impact)
{
    switch (impact) {
    case Impact::Outage:
        return 3;
    case Impact::Degraded:
        return 2;
    case Impact::Maintenance:
        return 1;
    }
    return 0;
}

} // namespace

PortalSiteData::PortalSiteData(const PortalSiteInput &in)
    : input(in)
    , locale(in.language, in.hourClock)
    , labels(PortalLabels::in(locale))
    , title(in.title.isEmpty() ? labels.serviceStatus : in.title)
{
    pageId = QUuid::createUuidV5(kPortalNamespace, in.baseUrl.isEmpty() ? title : in.baseUrl).toString(QUuid::WithoutBraces);
    QHash<QString, DataCenter> byCode;
    for (const auto &dc : in.dataCenters) {
        byCode.insert(dc.code, dc);
        m_zoneOfDataCenter.insert(dc.code, dc.hasValidZone() ? dc.zone() : QTimeZone::utc());
    }
    for (const auto &instance : in.instances) {
        m_zoneOfInstance.insert(instance.name, m_zoneOfDataCenter.value(instance.dataCenter, QTimeZone::utc()));
        m_dataCenterOfInstance.insert(instance.name, instance.dataCenter);
        renderContext.dataCenterOfInstance.insert(instance.name, byCode.value(instance.dataCenter));
    }
    renderContext.now = in.now;

    for (const auto &incident : in.incidents) {
        const Incident view = PortalSiteBuilder::publicView(incident);
        (isMaintenance(view) ? maintenances : incidents) << view;
    }
    const auto newestFirst = [](const Incident &a, const Incident &b) { return startOf(a) > startOf(b); };
    std::sort(incidents.begin(), incidents.end(), newestFirst);
    std::sort(maintenances.begin(), maintenances.end(), newestFirst);

    const qint64 nowMs = in.now.toMSecsSinceEpoch();
    for (const auto &w : in.recentWindows) {
        if (w.startMs <= nowMs && w.endOr(nowMs + 1) > nowMs) {
            auto it = m_currentImpact.find(w.instance);
            if (it == m_currentImpact.end() || rank(w.impact) > rank(*it))
                m_currentImpact.insert(w.instance, w.impact);
        }
    }
}

bool PortalSiteData::isMaintenance(const Incident &incident)
{
    return !incident.windows.isEmpty()
        && std::all_of(incident.windows.cbegin(), incident.windows.cend(),
                       [](const OutageWindow &w) { return w.impact == Impact::Maintenance; });
}

PortalSiteData::MaintenanceState PortalSiteData::maintenanceState(const Incident &maintenance) const
{
    if (startOf(maintenance) > input.now)
        return MaintenanceState::Scheduled;
    const QDateTime end = maintenance.lastEnd(); // invalid while a window is open
    if (!end.isValid() || end > input.now)
        return MaintenanceState::InProgress;
    return MaintenanceState::Completed;
}

QList<Incident> PortalSiteData::upcomingMaintenances() const
{
    QList<Incident> upcoming;
    for (const auto &m : maintenances) {
        if (maintenanceState(m) != MaintenanceState::Completed)
            upcoming << m;
    }
    std::sort(upcoming.begin(), upcoming.end(), [](const Incident &a, const Incident &b) { return startOf(a) < startOf(b); });
    return upcoming;
}

QList<Incident> PortalSiteData::activeIncidents() const
{
    QList<Incident> active;
    for (const auto &incident : incidents) {
        if (incident.status != IncidentStatus::Resolved)
            active << incident;
    }
    return active;
}

QTimeZone PortalSiteData::zoneOfInstance(const QString &instance) const
{
    return m_zoneOfInstance.value(instance, QTimeZone::utc());
}

QTimeZone PortalSiteData::zoneOfDataCenter(const QString &code) const
{
    return m_zoneOfDataCenter.value(code, QTimeZone::utc());
}

QTimeZone PortalSiteData::zoneOfIncident(const Incident &incident) const
{
    for (const auto &w : incident.windows) {
        const auto it = m_zoneOfInstance.constFind(w.instance);
        if (it != m_zoneOfInstance.cend() && it->isValid())
            return *it;
    }
    return QTimeZone::utc();
}

QString PortalSiteData::dataCenterOfInstance(const QString &instance) const
{
    return m_dataCenterOfInstance.value(instance);
}

std::optional<Impact> PortalSiteData::currentImpact(const QString &instance) const
{
    const auto it = m_currentImpact.constFind(instance);
    return it == m_currentImpact.constEnd() ? std::nullopt : std::optional<Impact>(*it);
}

QString PortalSiteData::componentId(const QString &instance) const
{
    return QUuid::createUuidV5(QUuid::fromString(pageId), QStringLiteral("component:") + instance).toString(QUuid::WithoutBraces);
}

QString PortalSiteData::groupId(const QString &dataCenterCode) const
{
    return QUuid::createUuidV5(QUuid::fromString(pageId), QStringLiteral("group:") + dataCenterCode).toString(QUuid::WithoutBraces);
}

QDateTime PortalSiteData::startOf(const Incident &incident)
{
    if (incident.firstStart().isValid())
        return incident.firstStart();
    if (!incident.updates.isEmpty())
        return incident.updates.constFirst().at;
    return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
}

QDateTime PortalSiteData::lastChangeOf(const Incident &incident)
{
    QDateTime last = startOf(incident);
    for (const auto &u : incident.updates)
        last = std::max(last, u.at);
    for (const auto &w : incident.windows) {
        if (!w.isOngoing())
            last = std::max(last, w.end);
    }
    if (incident.rca && incident.rca->approvedAt.isValid())
        last = std::max(last, incident.rca->approvedAt);
    return last;
}

QDateTime PortalSiteData::resolvedAtOf(const Incident &incident)
{
    if (incident.status != IncidentStatus::Resolved)
        return {};
    for (auto it = incident.updates.crbegin(); it != incident.updates.crend(); ++it) {
        if (it->status == IncidentStatus::Resolved)
            return it->at;
    }
    return lastChangeOf(incident);
}

QDateTime PortalSiteData::updatedAtOf(const Incident &incident) const
{
    const QDateTime last = lastChangeOf(incident);
    return input.now.isValid() ? std::min(last, input.now.toUTC()) : last;
}

QDateTime PortalSiteData::pageUpdatedAt() const
{
    QDateTime updated = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    for (const auto *list : {&incidents, &maintenances}) {
        for (const auto &incident : *list)
            updated = std::max(updated, lastChangeOf(incident));
    }
    return input.now.isValid() ? std::min(updated, input.now.toUTC()) : updated;
}

} // namespace OutageDesk
