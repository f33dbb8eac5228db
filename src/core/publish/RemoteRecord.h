#pragma once

#include <QString>
#include <QUuid>

namespace OutageDesk {

// What one portal already holds for one incident.
struct RemoteRecord
{
    qint64 portalId = 0;
    QUuid incidentUuid;
    QString remoteId;      // Statuspage incident id
    int updatesSent = 0;   // status updates already posted, oldest first
    QString contentHash;   // hash of the last payload delivered
    QString postmortemHash; // hash of the RCA last published as postmortem
};

} // namespace OutageDesk
