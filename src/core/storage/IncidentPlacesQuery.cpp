#include "storage/IncidentPlacesQuery.h"

#include "storage/Workspace.h"

#include <QSqlQuery>

namespace OutageDesk {

IncidentPlacesQuery::IncidentPlacesQuery(Workspace *workspace)
    : m_workspace(workspace)
{
}

QHash<qint64, IncidentPlaces> IncidentPlacesQuery::of(const QList<qint64> &incidentIds) const
{
    QHash<qint64, IncidentPlaces> places;
    if (incidentIds.isEmpty() || !m_workspace || !m_workspace->isOpen())
        return places;
    // Row ids are integers from storage: inlined, so one statement serves any page size.
    QStringList ids;
    ids.reserve(incidentIds.size());
    for (const qint64 id : incidentIds)
        ids << QString::number(id);
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT w.incident_id, d.code, d.time_zone FROM outage_windows w "
                               "JOIN instances i ON i.id = w.instance_id JOIN data_centers d ON d.id = i.data_center_id "
                               "WHERE w.incident_id IN (%1) ORDER BY w.incident_id, w.start_ms, w.position")
                    .arg(ids.join(QLatin1Char(',')))))
        return places;
    while (q.next()) {
        IncidentPlaces &p = places[q.value(0).toLongLong()];
        const QString code = q.value(1).toString();
        if (p.dataCenters.isEmpty())
            p.zone = q.value(2).toString();
        if (!p.dataCenters.contains(code))
            p.dataCenters << code;
    }
    return places;
}

} // namespace OutageDesk
