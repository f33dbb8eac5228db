#include "publish/PortalStatusJson.h"

#include "publish/PortalSiteBuilder.h"
#include "publish/PortalSiteData.h"
#include "time/Rfc3339.h"

#include <QJsonDocument>
#include <QSet>

namespace OutageDesk {
namespace {

QJsonValue stamp(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Rfc3339::formatUtc(t)) : QJsonValue();
}

// Statuspage's component statuses.
QString componentStatus(const std::optional<Impact> &impact)
{
    if (!impact)
        return QStringLiteral("operational");
    switch (*impact) {
    case Impact::Outage:
        return QStringLiteral("major_outage");
    case Impact::Degraded:
        return QStringLiteral("degraded_performance");
    case Impact::Maintenance:
        return QStringLiteral("under_maintenance");
    }
    return QStringLiteral("operational");
}

int componentRank(const QString &status)
{
    static const QStringList order{QStringLiteral("operational"), QStringLiteral("under_maintenance"),
                                   QStringLiteral("degraded_performance"), QStringLiteral("partial_outage"),
                                   QStringLiteral("major_outage")};
    return int(order.indexOf(status));
}

QString maintenanceStatus(PortalSiteData::MaintenanceState state)
{
    switch (state) {
    case PortalSiteData::MaintenanceState::Scheduled:
        return QStringLiteral("scheduled");
    case PortalSiteData::MaintenanceState::InProgress:
        return QStringLiteral("in_progress");
    case PortalSiteData::MaintenanceState::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

QByteArray document(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QJsonObject PortalStatusJson::page(const PortalSiteData &data)
{
    return QJsonObject{
        {QStringLiteral("id"), data.pageId},
        {QStringLiteral("name"), data.title},
        {QStringLiteral("url"), data.input.baseUrl},
        {QStringLiteral("time_zone"), QStringLiteral("Etc/UTC")},
        {QStringLiteral("updated_at"), Rfc3339::formatUtc(data.pageUpdatedAt())},
    };
}

QJsonArray PortalStatusJson::updates(const PortalSiteData &data, const Incident &incident)
{
    const QString id = incident.uuidString();
    const bool maintenance = PortalSiteData::isMaintenance(incident);
    QJsonArray list;
    // Newest first, as Statuspage lists them.
    for (auto it = incident.updates.crbegin(); it != incident.updates.crend(); ++it) {
        QJsonObject update{
            {QStringLiteral("id"), QUuid::createUuidV5(incident.uuid, QStringLiteral("update:%1").arg(it->at.toMSecsSinceEpoch()))
                                       .toString(QUuid::WithoutBraces)},
            {QStringLiteral("status"), toWireName(it->status)},
            {QStringLiteral("body"), it->message},
            {QStringLiteral("incident_id"), id},
            {QStringLiteral("created_at"), stamp(it->at)},
            {QStringLiteral("updated_at"), stamp(it->at)},
            {QStringLiteral("display_at"), stamp(it->at)},
        };
        // A maintenance's updates speak of the maintenance, not of an investigation.
        if (maintenance)
            update.insert(QStringLiteral("status"), it->status == IncidentStatus::Resolved ? QStringLiteral("completed")
                                                                                           : QStringLiteral("in_progress"));
        list.append(update);
    }
    Q_UNUSED(data)
    return list;
}

QJsonObject PortalStatusJson::component(const PortalSiteData &data, const QString &instance, int position)
{
    const QString dc = data.dataCenterOfInstance(instance);
    return QJsonObject{
        {QStringLiteral("id"), data.componentId(instance)},
        {QStringLiteral("page_id"), data.pageId},
        {QStringLiteral("group_id"), dc.isEmpty() ? QJsonValue() : QJsonValue(data.groupId(dc))},
        {QStringLiteral("name"), instance},
        {QStringLiteral("description"), QJsonValue()},
        {QStringLiteral("status"), componentStatus(data.currentImpact(instance))},
        {QStringLiteral("position"), position},
        {QStringLiteral("showcase"), true},
        {QStringLiteral("start_date"), QJsonValue()},
        {QStringLiteral("group"), false},
        {QStringLiteral("only_show_if_degraded"), false},
        {QStringLiteral("created_at"), QJsonValue()},
        {QStringLiteral("updated_at"), Rfc3339::formatUtc(data.pageUpdatedAt())},
    };
}

QJsonArray PortalStatusJson::affectedComponents(const PortalSiteData &data, const Incident &incident)
{
    QJsonArray components;
    QSet<QString> seen;
    for (const auto &w : incident.windows) {
        if (seen.contains(w.instance))
            continue;
        seen.insert(w.instance);
        components.append(component(data, w.instance, int(seen.size())));
    }
    return components;
}

QJsonObject PortalStatusJson::incident(const PortalSiteData &data, const Incident &incident)
{
    QDateTime monitoringAt;
    for (auto it = incident.updates.crbegin(); it != incident.updates.crend(); ++it) {
        if (it->status == IncidentStatus::Monitoring) {
            monitoringAt = it->at;
            break;
        }
    }
    return QJsonObject{
        {QStringLiteral("id"), incident.uuidString()},
        {QStringLiteral("name"), incident.title},
        {QStringLiteral("status"), toWireName(incident.status)},
        {QStringLiteral("impact"), toWireName(incident.severity)},
        {QStringLiteral("created_at"), stamp(PortalSiteData::startOf(incident))},
        {QStringLiteral("updated_at"), stamp(data.updatedAtOf(incident))},
        {QStringLiteral("started_at"), stamp(PortalSiteData::startOf(incident))},
        {QStringLiteral("monitoring_at"), stamp(monitoringAt)},
        {QStringLiteral("resolved_at"), stamp(PortalSiteData::resolvedAtOf(incident))},
        {QStringLiteral("shortlink"), data.input.baseUrl + PortalSiteBuilder::incidentPath(incident)},
        {QStringLiteral("page_id"), data.pageId},
        {QStringLiteral("incident_updates"), updates(data, incident)},
        {QStringLiteral("components"), affectedComponents(data, incident)},
    };
}

QJsonObject PortalStatusJson::maintenance(const PortalSiteData &data, const Incident &maintenance)
{
    const auto state = data.maintenanceState(maintenance);
    const QDateTime start = PortalSiteData::startOf(maintenance);
    const QDateTime end = maintenance.lastEnd();
    // It was announced before it began, but not after "now".
    const QDateTime created = std::min(start, data.input.now.toUTC());
    return QJsonObject{
        {QStringLiteral("id"), maintenance.uuidString()},
        {QStringLiteral("name"), maintenance.title},
        {QStringLiteral("status"), maintenanceStatus(state)},
        {QStringLiteral("impact"), QStringLiteral("maintenance")},
        {QStringLiteral("created_at"), stamp(created)},
        {QStringLiteral("updated_at"), stamp(data.updatedAtOf(maintenance))},
        {QStringLiteral("started_at"), state == PortalSiteData::MaintenanceState::Scheduled ? QJsonValue() : stamp(start)},
        {QStringLiteral("monitoring_at"), QJsonValue()},
        {QStringLiteral("resolved_at"), state == PortalSiteData::MaintenanceState::Completed ? stamp(end) : QJsonValue()},
        {QStringLiteral("scheduled_for"), stamp(start)},
        {QStringLiteral("scheduled_until"), stamp(end)},
        {QStringLiteral("shortlink"), data.input.baseUrl + PortalSiteBuilder::incidentPath(maintenance)},
        {QStringLiteral("page_id"), data.pageId},
        {QStringLiteral("incident_updates"), updates(data, maintenance)},
        {QStringLiteral("components"), affectedComponents(data, maintenance)},
    };
}

QByteArray PortalStatusJson::incidents(const PortalSiteData &data)
{
    QJsonArray list;
    for (int i = 0; i < data.incidents.size() && i < PortalSiteBuilder::kIncidentsJsonLimit; ++i)
        list.append(incident(data, data.incidents.at(i)));
    return document({{QStringLiteral("page"), page(data)}, {QStringLiteral("incidents"), list}});
}

QByteArray PortalStatusJson::scheduledMaintenances(const PortalSiteData &data)
{
    QJsonArray list;
    for (int i = 0; i < data.maintenances.size() && i < PortalSiteBuilder::kIncidentsJsonLimit; ++i)
        list.append(maintenance(data, data.maintenances.at(i)));
    return document({{QStringLiteral("page"), page(data)}, {QStringLiteral("scheduled_maintenances"), list}});
}

QByteArray PortalStatusJson::summary(const PortalSiteData &data)
{
    const PortalSiteInput &input = data.input;
    QJsonArray components;
    int position = 0;
    for (const auto &dc : input.dataCenters) {
        QJsonArray members;
        QString worst = QStringLiteral("operational");
        int memberPosition = 0;
        QJsonArray memberObjects;
        for (const auto &instance : input.instances) {
            if (instance.dataCenter != dc.code)
                continue;
            const QJsonObject c = component(data, instance.name, ++memberPosition);
            members.append(c.value(QStringLiteral("id")));
            const QString status = c.value(QStringLiteral("status")).toString();
            if (componentRank(status) > componentRank(worst))
                worst = status;
            memberObjects.append(c);
        }
        components.append(QJsonObject{
            {QStringLiteral("id"), data.groupId(dc.code)},
            {QStringLiteral("page_id"), data.pageId},
            {QStringLiteral("group_id"), QJsonValue()},
            {QStringLiteral("name"), dc.name},
            {QStringLiteral("description"), QJsonValue()},
            {QStringLiteral("status"), worst},
            {QStringLiteral("position"), ++position},
            {QStringLiteral("showcase"), false},
            {QStringLiteral("start_date"), QJsonValue()},
            {QStringLiteral("group"), true},
            {QStringLiteral("only_show_if_degraded"), false},
            {QStringLiteral("created_at"), QJsonValue()},
            {QStringLiteral("updated_at"), Rfc3339::formatUtc(data.pageUpdatedAt())},
            {QStringLiteral("components"), members},
        });
        for (const auto &c : std::as_const(memberObjects))
            components.append(c);
    }

    QJsonArray unresolved;
    Severity worst = Severity::None;
    for (const auto &i : data.activeIncidents()) {
        unresolved.append(incident(data, i));
        worst = std::max(worst, i.severity);
    }
    QJsonArray upcoming;
    bool maintenanceUnderway = false;
    for (const auto &m : data.upcomingMaintenances()) {
        upcoming.append(maintenance(data, m));
        maintenanceUnderway = maintenanceUnderway || data.maintenanceState(m) == PortalSiteData::MaintenanceState::InProgress;
    }
    // Statuspage's indicator: the worst unresolved incident's impact, else
    // "maintenance" while one is under way, else "none".
    QString indicator = toWireName(worst);
    QString description;
    switch (worst) {
    case Severity::Critical:
        description = data.labels.criticalOutage;
        break;
    case Severity::Major:
        description = data.labels.majorOutage;
        break;
    case Severity::Minor:
        description = data.labels.minorOutage;
        break;
    case Severity::None:
        if (maintenanceUnderway) {
            indicator = QStringLiteral("maintenance");
            description = data.labels.maintenanceUnderway;
        } else {
            description = data.labels.allOperational;
        }
        break;
    }
    return document({
        {QStringLiteral("page"), page(data)},
        {QStringLiteral("components"), components},
        {QStringLiteral("incidents"), unresolved},
        {QStringLiteral("scheduled_maintenances"), upcoming},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("indicator"), indicator}, {QStringLiteral("description"), description}}},
    });
}

} // namespace OutageDesk
