#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

namespace OutageDesk {

class Workspace;

// Where an incident happened, for the incident list: its data centers and the zone
// its times are read in (that of its earliest window's data center, as the editor
// and the RCA do), so the list shows 14:56 CET where the editor does, not 13:56 UTC.
struct IncidentPlaces
{
    QStringList dataCenters; // codes, in the order of the windows' starts, each once
    QString zone;            // IANA id of the earliest window's data center; empty if none
};

// One query per page of the list (not per row).
class IncidentPlacesQuery
{
public:
    explicit IncidentPlacesQuery(Workspace *workspace);

    QHash<qint64, IncidentPlaces> of(const QList<qint64> &incidentIds) const;

private:
    Workspace *m_workspace;
};

} // namespace OutageDesk
