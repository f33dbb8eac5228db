#pragma once

#include "publish/OutboxJob.h"
#include "publish/Portal.h"
#include "publish/PublishOutcome.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace OutageDesk {

class CredentialStore;
class OutboxRepository;
class Workspace;

// The one publishing path of the CLI and the GUI. A publication is first a job in
// the workspace's outbox (committed before any byte is sent); attempts then run it,
// and each attempt ends in one transaction that stores the job's state together
// with what the portal now holds (remote ids, content hashes) and, on success, the
// incident's Publication History entry. A job interrupted mid-attempt (crash, kill)
// stays "sending" and is retried as uncertain, never blindly repeated.
class Publisher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBaseBackoffSeconds = 30;
    static constexpr int kMaxBackoffSeconds = 3600;

    Publisher(Workspace *workspace, CredentialStore *credentials, QObject *parent = nullptr);
    ~Publisher() override;

    struct Request
    {
        QUuid incident;
        QString portalName;
        QString note;
        bool notifySubscribers = false;
    };
    // Queues a publication. A job still waiting for the same incident and portal is
    // reused (one publication, the latest note), so impatient clicks never publish
    // twice. `rcaLeftOut` says whether an RCA exists that is not approved.
    std::optional<OutboxJob> enqueue(const Request &request, QString *error, bool *rcaLeftOut = nullptr);

    // One attempt of one job; returns the job as stored afterwards.
    OutboxJob attempt(const OutboxJob &job);

    struct RunSummary
    {
        int published = 0;
        int waiting = 0; // transient failure, will be retried
        int failed = 0;  // permanent failure, needs the user
        QStringList messages;
    };
    // Runs every job due now, each once.
    RunSummary runDue();
    bool isRunning() const { return m_running || m_attempting; }

    // Exponential backoff with ±20 % jitter (so that many desks coming back online
    // do not retry in step), or exactly the server's Retry-After when it gave one.
    static QDateTime nextAttemptAfter(int attempts, int retryAfterSeconds, const QDateTime &now);

    // For a portal that asks for its secret at each publish: called once per attempt
    // that needs it; nullopt = none given (the job then fails and waits for the user).
    // The secret lives for that attempt only. Without a prompt (a background retry),
    // such a job fails and says why.
    using SecretPrompt = std::function<std::optional<QString>(const Portal &portal)>;
    void setSecretPrompt(SecretPrompt prompt) { m_secretPrompt = std::move(prompt); }

    QNetworkAccessManager *network() const { return m_network.get(); }
    Workspace *workspace() const { return m_workspace; }
    OutboxRepository outbox() const;

Q_SIGNALS:
    void jobChanged(qint64 jobId);
    void published(qint64 jobId, const QUuid &incident, const QString &portalName);

private:
    // One attempt for jobs of the same portal, sent together (a static portal
    // takes every incident in one site build and upload).
    QList<OutboxJob> attemptGroup(const QList<OutboxJob> &jobs);
    OutboxJob finish(OutboxJob job, const PublishOutcome &outcome, const QDateTime &publishedAt);

    Workspace *m_workspace;
    CredentialStore *m_credentials;
    std::unique_ptr<QNetworkAccessManager> m_network;
    SecretPrompt m_secretPrompt;
    bool m_running = false;
    bool m_attempting = false;
};

} // namespace OutageDesk
