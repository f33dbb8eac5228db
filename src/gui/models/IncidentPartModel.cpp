#include "gui/models/IncidentPartModel.h"

namespace OutageDesk {

IncidentPartModel::IncidentPartModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncidentPartModel::setIncident(const Incident &incident)
{
    const int oldCount = partCount(m_incident);
    const int newCount = partCount(incident);
    if (oldCount != newCount || m_incident.uuid != incident.uuid) {
        beginResetModel();
        m_incident = incident;
        endResetModel();
        return;
    }
    m_incident = incident;
    if (newCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(newCount - 1, columnCount() - 1));
}

void IncidentPartModel::setCatalog(const QList<DataCenter> &dataCenters, const QList<Instance> &instances)
{
    QHash<QString, QString> zoneOfDataCenter;
    for (const auto &dc : dataCenters)
        zoneOfDataCenter.insert(dc.code, dc.timeZone);
    m_zoneOfInstance.clear();
    for (const auto &instance : instances)
        m_zoneOfInstance.insert(instance.name, zoneOfDataCenter.value(instance.dataCenter));
    m_instances = instances;
    const int count = partCount(m_incident);
    if (count > 0)
        Q_EMIT dataChanged(index(0, 0), index(count - 1, columnCount() - 1));
}

void IncidentPartModel::setHourCycle(HourCycle cycle)
{
    if (m_hourCycle == cycle)
        return;
    m_hourCycle = cycle;
    const int count = partCount(m_incident);
    if (count > 0)
        Q_EMIT dataChanged(index(0, 0), index(count - 1, columnCount() - 1));
}

int IncidentPartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : partCount(m_incident);
}

QTimeZone IncidentPartModel::zoneOfInstance(const QString &instanceName) const
{
    const QString id = m_zoneOfInstance.value(instanceName);
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QTimeZone IncidentPartModel::incidentZone() const
{
    if (m_incident.windows.isEmpty())
        return QTimeZone::utc();
    // The earliest window decides, so the zone does not change as later windows are added.
    const OutageWindow *first = &m_incident.windows.first();
    for (const auto &w : m_incident.windows) {
        if (w.start < first->start)
            first = &w;
    }
    return zoneOfInstance(first->instance);
}

bool IncidentPartModel::requestEdit(const Incident &after, const QString &description)
{
    if (after.sameContentAs(m_incident))
        return false;
    Q_EMIT editRequested(after, description);
    return true;
}

} // namespace OutageDesk
