#pragma once

#include "model/Incident.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace OutageDesk {

class Workspace;

// What each portal was actually sent, per incident: the public view (no internal
// notes, RCA only if approved) in the exchange format, exactly as it went out.
//
// A static portal is rebuilt as a whole on every publish. Its other incidents must
// go out as they were last published, never from their current state: an edit of
// incident B that nobody published yet must not reach customers because someone
// published incident A. Deleting an incident locally does not take it off a portal
// either; only publishing changes what a portal shows.
class PublishedIncidents
{
public:
    explicit PublishedIncidents(Workspace *workspace);

    // Replaces what `portalId` holds for `publicView.uuid`. Joins an open transaction,
    // so it commits together with the job that sent it.
    bool record(qint64 portalId, const Incident &publicView, const QDateTime &at, QString *error);

    // Every incident the portal holds, as sent. Fails, naming the incident, when a
    // stored copy cannot be read (it is never replaced by the current state).
    std::optional<QList<Incident>> load(qint64 portalId, QString *error) const;

private:
    Workspace *m_workspace;
};

} // namespace OutageDesk
