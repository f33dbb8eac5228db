#pragma once

#include "model/DataCenter.h"
#include "model/Incident.h"
#include "model/Instance.h"

#include <QByteArray>
#include <QJsonObject>

namespace OutageDesk {

class Workspace;

// Writes the exchange format. Windows are written in their data center's offset
// (readable, and the same instant); everything else in UTC. Internal notes are
// included: this is the one format that carries them.
class IncidentExporter
{
public:
    static QJsonObject toJson(const QList<DataCenter> &dataCenters, const QList<Instance> &instances,
                              const QList<Incident> &incidents);
    static QJsonObject incidentToJson(const Incident &incident, const QHash<QString, QTimeZone> &zoneOfInstance);

    // One incident with just the data centers and instances it refers to.
    static QByteArray exportIncident(Workspace *workspace, const Incident &incident);
    // The whole workspace.
    static QByteArray exportAll(Workspace *workspace);
};

} // namespace OutageDesk
