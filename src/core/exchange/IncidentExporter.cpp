#include "exchange/IncidentExporter.h"

#include "exchange/IncidentImporter.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "time/Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace OutageDesk {
namespace {

QHash<QString, QTimeZone> zonesOf(const QList<DataCenter> &dcs, const QList<Instance> &instances)
{
    QHash<QString, QTimeZone> zones;
    for (const auto &inst : instances) {
        for (const auto &dc : dcs) {
            if (dc.code == inst.dataCenter)
                zones.insert(inst.name, dc.zone());
        }
    }
    return zones;
}

void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

QJsonObject IncidentExporter::incidentToJson(const Incident &incident, const QHash<QString, QTimeZone> &zoneOfInstance)
{
    QJsonObject o{{QStringLiteral("id"), incident.uuidString()},
                  {QStringLiteral("title"), incident.title},
                  {QStringLiteral("severity"), toWireName(incident.severity)},
                  {QStringLiteral("status"), toWireName(incident.status)}};
    insertIfSet(o, QStringLiteral("cause"), incident.cause);
    insertIfSet(o, QStringLiteral("detectedBy"), incident.detectedBy);
    if (incident.dataImpact)
        o.insert(QStringLiteral("dataImpact"), *incident.dataImpact);
    if (incident.securityBreach)
        o.insert(QStringLiteral("securityBreach"), *incident.securityBreach);

    QJsonArray windows;
    for (const auto &w : incident.windows) {
        const QTimeZone zone = zoneOfInstance.value(w.instance);
        QJsonObject wo{{QStringLiteral("instance"), w.instance},
                       {QStringLiteral("start"), Rfc3339::formatInZone(w.start, zone)},
                       {QStringLiteral("impact"), toWireName(w.impact)}};
        wo.insert(QStringLiteral("end"), w.end.isValid() ? QJsonValue(Rfc3339::formatInZone(w.end, zone)) : QJsonValue());
        windows << wo;
    }
    o.insert(QStringLiteral("windows"), windows);

    QJsonArray updates;
    for (const auto &u : incident.updates) {
        updates << QJsonObject{{QStringLiteral("at"), Rfc3339::formatUtc(u.at)},
                               {QStringLiteral("status"), toWireName(u.status)},
                               {QStringLiteral("message"), u.message}};
    }
    o.insert(QStringLiteral("updates"), updates);
    insertIfSet(o, QStringLiteral("internalNotes"), incident.internalNotes);
    if (incident.rca) {
        QJsonObject rca{{QStringLiteral("format"), QStringLiteral("markdown")},
                        {QStringLiteral("text"), incident.rca->text},
                        {QStringLiteral("state"), toWireName(incident.rca->state)}};
        insertIfSet(rca, QStringLiteral("approvedBy"), incident.rca->approvedBy);
        if (incident.rca->approvedAt.isValid())
            rca.insert(QStringLiteral("approvedAt"), Rfc3339::formatUtc(incident.rca->approvedAt));
        o.insert(QStringLiteral("rca"), rca);
    }
    QJsonArray items;
    for (const auto &a : incident.actionItems) {
        QJsonObject ao{{QStringLiteral("title"), a.title}, {QStringLiteral("done"), a.done}};
        insertIfSet(ao, QStringLiteral("owner"), a.owner);
        if (a.due.isValid())
            ao.insert(QStringLiteral("due"), a.due.toString(Qt::ISODate));
        items << ao;
    }
    o.insert(QStringLiteral("actionItems"), items);
    QJsonArray pubs;
    for (const auto &p : incident.publications) {
        QJsonObject po{{QStringLiteral("at"), Rfc3339::formatUtc(p.at)}, {QStringLiteral("note"), p.note}};
        insertIfSet(po, QStringLiteral("portal"), p.portal);
        pubs << po;
    }
    o.insert(QStringLiteral("publications"), pubs);
    return o;
}

QJsonObject IncidentExporter::toJson(const QList<DataCenter> &dataCenters, const QList<Instance> &instances,
                                     const QList<Incident> &incidents)
{
    QJsonArray dcs;
    for (const auto &dc : dataCenters) {
        dcs << QJsonObject{{QStringLiteral("code"), dc.code},
                           {QStringLiteral("name"), dc.name},
                           {QStringLiteral("timeZone"), dc.timeZone}};
    }
    QJsonArray insts;
    for (const auto &inst : instances) {
        QJsonObject io{{QStringLiteral("name"), inst.name}, {QStringLiteral("dataCenter"), inst.dataCenter}};
        insertIfSet(io, QStringLiteral("product"), inst.product);
        insts << io;
    }
    const auto zones = zonesOf(dataCenters, instances);
    QJsonArray incs;
    for (const auto &incident : incidents)
        incs << incidentToJson(incident, zones);
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("outagedesk.incidents")},
                       {QStringLiteral("version"), IncidentImporter::kFormatVersion},
                       {QStringLiteral("dataCenters"), dcs},
                       {QStringLiteral("instances"), insts},
                       {QStringLiteral("incidents"), incs}};
}

QByteArray IncidentExporter::exportIncident(Workspace *workspace, const Incident &incident)
{
    const CatalogRepository catalog(workspace);
    QSet<QString> usedInstances;
    for (const auto &w : incident.windows)
        usedInstances.insert(w.instance);
    QList<Instance> instances;
    QSet<QString> usedDcs;
    for (const auto &inst : catalog.instances()) {
        if (usedInstances.contains(inst.name)) {
            instances << inst;
            usedDcs.insert(inst.dataCenter);
        }
    }
    QList<DataCenter> dcs;
    for (const auto &dc : catalog.dataCenters()) {
        if (usedDcs.contains(dc.code))
            dcs << dc;
    }
    return QJsonDocument(toJson(dcs, instances, {incident})).toJson(QJsonDocument::Indented);
}

QByteArray IncidentExporter::exportAll(Workspace *workspace)
{
    const CatalogRepository catalog(workspace);
    const IncidentRepository incidents(workspace);
    return QJsonDocument(toJson(catalog.dataCenters(), catalog.instances(), incidents.loadAll()))
        .toJson(QJsonDocument::Indented);
}

} // namespace OutageDesk
