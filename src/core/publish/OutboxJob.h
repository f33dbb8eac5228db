#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace OutageDesk {

// Queued: waiting for its next attempt. Sending: an attempt started and did not
// finish (a crash or kill leaves it so; the next run treats it as uncertain).
// Failed: a permanent error that needs the user (wrong password, 404, 400…).
// Done: published.
enum class OutboxState { Queued, Sending, Failed, Done };

QString toWireName(OutboxState state);
std::optional<OutboxState> outboxStateFromWireName(const QString &name);

struct OutboxJob
{
    qint64 id = 0;
    QUuid incidentUuid;
    qint64 portalId = 0;
    QString portalName; // filled in by the repository
    OutboxState state = OutboxState::Queued;
    QString note;
    bool notifySubscribers = false;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString remoteId;
    QString contentHashes; // JSON object: what was sent, path or part → sha256
    QUuid idempotencyKey;
    QDateTime createdAt;
    QDateTime completedAt;
    // What the last attempt ignored and why (not stored; shown by whoever ran it).
    QStringList warnings;

    bool isPending() const { return state == OutboxState::Queued || state == OutboxState::Sending; }
};

} // namespace OutageDesk
