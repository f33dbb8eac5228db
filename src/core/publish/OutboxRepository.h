#pragma once

#include "publish/OutboxJob.h"
#include "publish/RemoteRecord.h"

#include <QDateTime>

#include <QList>
#include <optional>

namespace OutageDesk {

class Workspace;

// The durable outbox and what each portal already holds. Every method joins an
// open transaction, so a job's state and the remote ids/hashes it produced are
// committed together.
class OutboxRepository
{
public:
    explicit OutboxRepository(Workspace *workspace);

    // Inserts a queued job (fills id, idempotency key, times).
    bool enqueue(OutboxJob &job, QString *error);
    std::optional<OutboxJob> job(qint64 id) const;
    // Every job not done, oldest first; with `includeDone` all of them.
    QList<OutboxJob> jobs(bool includeDone = false) const;
    // Queued or interrupted jobs whose next attempt is due at `now`.
    QList<OutboxJob> dueJobs(const QDateTime &now) const;
    int pendingCount() const;
    // The job still waiting (queued, sending or failed) for this incident and portal.
    std::optional<OutboxJob> pendingJobFor(const QUuid &incidentUuid, qint64 portalId) const;
    bool update(const OutboxJob &job, QString *error);
    // Failed and waiting jobs become due now (the user fixed something or said "retry").
    bool makeAllDue(const QDateTime &now, QString *error);
    // Withdraws a job that is waiting (queued) or failed; one being sent (or whose
    // last attempt was interrupted, so it may have reached the portal) stays, and
    // so does one already published. False with `error` saying which it was.
    bool cancel(qint64 id, QString *error);

    // Appends a Publication History entry to an incident (emits incidentChanged).
    bool recordPublication(const QUuid &incidentUuid, const QDateTime &at, const QString &note,
                           const QString &portalName, QString *error);

    RemoteRecord remoteRecord(qint64 portalId, const QUuid &incidentUuid) const;
    bool saveRemoteRecord(const RemoteRecord &record, QString *error);

private:
    Workspace *m_workspace;
};

} // namespace OutageDesk
