#include "publish/OutboxRepository.h"

#include "storage/RcaStore.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace OutageDesk {
namespace {

const char kColumns[] =
    "j.id, j.incident_uuid, j.portal_id, p.name, j.state, j.note, j.notify_subscribers, j.attempts, "
    "j.next_attempt_ms, j.last_error, j.remote_id, j.content_hashes, j.idempotency_key, j.created_at_ms, "
    "j.completed_at_ms";

QDateTime instant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

OutboxJob readJob(const QSqlQuery &q)
{
    OutboxJob job;
    job.id = q.value(0).toLongLong();
    job.incidentUuid = QUuid::fromString(q.value(1).toString());
    job.portalId = q.value(2).toLongLong();
    job.portalName = q.value(3).toString();
    job.state = outboxStateFromWireName(q.value(4).toString()).value_or(OutboxState::Queued);
    job.note = q.value(5).toString();
    job.notifySubscribers = q.value(6).toInt() != 0;
    job.attempts = q.value(7).toInt();
    job.nextAttemptAt = instant(q.value(8));
    job.lastError = q.value(9).toString();
    job.remoteId = q.value(10).toString();
    job.contentHashes = q.value(11).toString();
    job.idempotencyKey = QUuid::fromString(q.value(12).toString());
    job.createdAt = instant(q.value(13));
    job.completedAt = instant(q.value(14));
    return job;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString selectJobs(const QString &where)
{
    return QStringLiteral("SELECT %1 FROM outbox_jobs j JOIN portals p ON p.id = j.portal_id %2 ORDER BY j.id")
        .arg(QLatin1String(kColumns), where);
}

} // namespace

OutboxRepository::OutboxRepository(Workspace *workspace)
    : m_workspace(workspace)
{
}

bool OutboxRepository::enqueue(OutboxJob &job, QString *error)
{
    const QDateTime now = Clock::now();
    if (job.idempotencyKey.isNull())
        job.idempotencyKey = QUuid::createUuid();
    job.createdAt = now;
    if (!job.nextAttemptAt.isValid())
        job.nextAttemptAt = now;
    job.state = OutboxState::Queued;
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral(
                "INSERT INTO outbox_jobs(incident_uuid, portal_id, state, note, notify_subscribers, attempts, "
                "next_attempt_ms, idempotency_key, created_at_ms) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)"));
            q.addBindValue(job.incidentUuid.toString(QUuid::WithoutBraces));
            q.addBindValue(job.portalId);
            q.addBindValue(toWireName(job.state));
            q.addBindValue(text(job.note));
            q.addBindValue(int(job.notifySubscribers));
            q.addBindValue(job.nextAttemptAt.toMSecsSinceEpoch());
            q.addBindValue(job.idempotencyKey.toString(QUuid::WithoutBraces));
            q.addBindValue(job.createdAt.toMSecsSinceEpoch());
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            job.id = q.lastInsertId().toLongLong();
            return true;
        },
        error);
}

std::optional<OutboxJob> OutboxRepository::job(qint64 id) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectJobs(QStringLiteral("WHERE j.id = ?")));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readJob(q);
    return std::nullopt;
}

QList<OutboxJob> OutboxRepository::jobs(bool includeDone) const
{
    QList<OutboxJob> result;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    if (!q.exec(selectJobs(includeDone ? QString() : QStringLiteral("WHERE j.state <> 'done'"))))
        return result;
    while (q.next())
        result << readJob(q);
    return result;
}

QList<OutboxJob> OutboxRepository::dueJobs(const QDateTime &now) const
{
    QList<OutboxJob> result;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectJobs(QStringLiteral("WHERE j.state IN ('queued', 'sending') AND j.next_attempt_ms <= ?")));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return result;
    while (q.next())
        result << readJob(q);
    return result;
}

std::optional<OutboxJob> OutboxRepository::pendingJobFor(const QUuid &incidentUuid, qint64 portalId) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectJobs(QStringLiteral("WHERE j.incident_uuid = ? AND j.portal_id = ? AND j.state <> 'done'")));
    q.addBindValue(incidentUuid.toString(QUuid::WithoutBraces));
    q.addBindValue(portalId);
    if (q.exec() && q.next())
        return readJob(q);
    return std::nullopt;
}

int OutboxRepository::pendingCount() const
{
    QSqlQuery q(m_workspace->database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox_jobs WHERE state <> 'done'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool OutboxRepository::update(const OutboxJob &job, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral(
                "UPDATE outbox_jobs SET state = ?, attempts = ?, next_attempt_ms = ?, last_error = ?, remote_id = ?, "
                "content_hashes = ?, completed_at_ms = ?, note = ?, notify_subscribers = ? WHERE id = ?"));
            q.addBindValue(toWireName(job.state));
            q.addBindValue(job.attempts);
            q.addBindValue(job.nextAttemptAt.isValid() ? job.nextAttemptAt.toMSecsSinceEpoch() : 0);
            q.addBindValue(text(job.lastError));
            q.addBindValue(text(job.remoteId));
            q.addBindValue(job.contentHashes.isEmpty() ? QStringLiteral("{}") : job.contentHashes);
            q.addBindValue(job.completedAt.isValid() ? QVariant(job.completedAt.toMSecsSinceEpoch())
                                                     : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(text(job.note));
            q.addBindValue(int(job.notifySubscribers));
            q.addBindValue(job.id);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            return true;
        },
        error);
}

bool OutboxRepository::makeAllDue(const QDateTime &now, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral(
                "UPDATE outbox_jobs SET state = CASE state WHEN 'failed' THEN 'queued' ELSE state END, "
                "next_attempt_ms = ? WHERE state <> 'done'"));
            q.addBindValue(now.toMSecsSinceEpoch());
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            return true;
        },
        error);
}

bool OutboxRepository::cancel(qint64 id, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            // One statement decides and deletes, so a worker that takes the job up
            // at the same moment either finds it gone or keeps it (state 'sending').
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral("DELETE FROM outbox_jobs WHERE id = ? AND state IN ('queued', 'failed')"));
            q.addBindValue(id);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            if (q.numRowsAffected() == 1)
                return true;
            q.finish();
            const auto left = job(id);
            if (!left)
                *err = QCoreApplication::translate("OutboxRepository", "There is no publication %1 in the outbox.").arg(id);
            else if (left->state == OutboxState::Done)
                *err = QCoreApplication::translate("OutboxRepository", "Publication %1 has already gone out to %2.")
                           .arg(id)
                           .arg(left->portalName);
            else
                *err = QCoreApplication::translate("OutboxRepository",
                                                   "Publication %1 is being sent to %2 (or its last attempt was "
                                                   "interrupted and may have reached it): it cannot be cancelled now.")
                           .arg(id)
                           .arg(left->portalName);
            return false;
        },
        error);
}

bool OutboxRepository::recordPublication(const QUuid &incidentUuid, const QDateTime &at, const QString &note,
                                         const QString &portalName, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral("SELECT id FROM incidents WHERE uuid = ?"));
            q.addBindValue(incidentUuid.toString(QUuid::WithoutBraces));
            if (!q.exec() || !q.next()) {
                *err = QCoreApplication::translate("OutboxRepository", "The incident %1 no longer exists.")
                           .arg(incidentUuid.toString(QUuid::WithoutBraces));
                return false;
            }
            const qint64 incidentId = q.value(0).toLongLong();
            q.finish();
            q.prepare(QStringLiteral("INSERT INTO publications(incident_id, position, at_ms, note, portal) "
                                     "SELECT ?, COALESCE(MAX(position), -1) + 1, ?, ?, ? FROM publications WHERE incident_id = ?"));
            q.addBindValue(incidentId);
            q.addBindValue(at.toMSecsSinceEpoch());
            q.addBindValue(text(note));
            q.addBindValue(text(portalName));
            q.addBindValue(incidentId);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            // The RCA text as published is always kept in its history.
            if (!RcaStore(m_workspace).recordPublication(incidentUuid, err))
                return false;
            m_workspace->notifyIncidentChanged(incidentUuid);
            return true;
        },
        error);
}

RemoteRecord OutboxRepository::remoteRecord(qint64 portalId, const QUuid &incidentUuid) const
{
    RemoteRecord record;
    record.portalId = portalId;
    record.incidentUuid = incidentUuid;
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT remote_id, updates_sent, content_hash, postmortem_hash FROM portal_remote_records "
                             "WHERE portal_id = ? AND incident_uuid = ?"));
    q.addBindValue(portalId);
    q.addBindValue(incidentUuid.toString(QUuid::WithoutBraces));
    if (q.exec() && q.next()) {
        record.remoteId = q.value(0).toString();
        record.updatesSent = q.value(1).toInt();
        record.contentHash = q.value(2).toString();
        record.postmortemHash = q.value(3).toString();
    }
    return record;
}

bool OutboxRepository::saveRemoteRecord(const RemoteRecord &record, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO portal_remote_records(portal_id, incident_uuid, remote_id, updates_sent, "
                "content_hash, postmortem_hash) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(record.portalId);
            q.addBindValue(record.incidentUuid.toString(QUuid::WithoutBraces));
            q.addBindValue(text(record.remoteId));
            q.addBindValue(record.updatesSent);
            q.addBindValue(text(record.contentHash));
            q.addBindValue(text(record.postmortemHash));
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            return true;
        },
        error);
}

} // namespace OutageDesk
