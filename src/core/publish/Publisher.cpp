#include "publish/Publisher.h"

#include "publish/Connector.h"
#include "publish/CredentialStore.h"
#include "publish/HttpTransport.h"
#include "publish/OutboxRepository.h"
#include "publish/PortalRepository.h"
#include "publish/PortalSiteBuilder.h"
#include "publish/PublishedIncidents.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QScopedValueRollback>

namespace OutageDesk {
namespace {

bool needsSecret(const Portal &portal)
{
    // An anonymous WebDAV share (no user) is the one target that may have no secret.
    return !(portal.kind == PortalKind::WebDav && portal.user.isEmpty());
}

} // namespace

Publisher::Publisher(Workspace *workspace, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_credentials(credentials)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setAutoDeleteReplies(false);
}

Publisher::~Publisher() = default;

OutboxRepository Publisher::outbox() const
{
    return OutboxRepository(m_workspace);
}

QDateTime Publisher::nextAttemptAfter(int attempts, int retryAfterSeconds, const QDateTime &now)
{
    if (retryAfterSeconds >= 0)
        return now.addSecs(std::min(retryAfterSeconds, PublishOutcome::kMaxRetryAfterSeconds));
    const int exponent = std::clamp(attempts - 1, 0, 16);
    const qint64 base = std::min<qint64>(qint64(kBaseBackoffSeconds) << exponent, kMaxBackoffSeconds);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return now.addMSecs(qint64(double(base) * 1000.0 * jitter));
}

std::optional<OutboxJob> Publisher::enqueue(const Request &request, QString *error, bool *rcaLeftOut)
{
    const PortalRepository portals(m_workspace);
    const auto portal = portals.portal(request.portalName);
    if (!portal) {
        *error = tr("No portal named “%1”; add it first (outagedesk portal add).").arg(request.portalName);
        return std::nullopt;
    }
    const IncidentRepository incidents(m_workspace);
    const auto incident = incidents.load(request.incident);
    if (!incident) {
        *error = tr("No incident %1.").arg(request.incident.toString(QUuid::WithoutBraces));
        return std::nullopt;
    }
    if (rcaLeftOut)
        *rcaLeftOut = incident->rca && incident->rca->state != RcaState::Approved;

    OutboxRepository outbox(m_workspace);
    OutboxJob job;
    bool reused = false;
    const bool ok = m_workspace->transaction(
        [&](QString *err) {
            if (const auto existing = outbox.pendingJobFor(request.incident, portal->id)) {
                job = *existing;
                // A failed one is asked for again: the user may have fixed the portal.
                if (job.state == OutboxState::Failed) {
                    job.state = OutboxState::Queued;
                    job.nextAttemptAt = Clock::now();
                }
                job.note = request.note;
                job.notifySubscribers = job.notifySubscribers || request.notifySubscribers;
                reused = true;
                return outbox.update(job, err);
            }
            job.incidentUuid = request.incident;
            job.portalId = portal->id;
            job.portalName = portal->name;
            job.note = request.note;
            job.notifySubscribers = request.notifySubscribers && portal->canNotifySubscribers();
            return outbox.enqueue(job, err);
        },
        error);
    if (!ok)
        return std::nullopt;
    Q_UNUSED(reused)
    Q_EMIT jobChanged(job.id);
    return job;
}

OutboxJob Publisher::attempt(const OutboxJob &queued)
{
    return attemptGroup({queued}).value(0, queued);
}

QList<OutboxJob> Publisher::attemptGroup(const QList<OutboxJob> &queued)
{
    // Network waits run a local event loop, where a timer or a click could start
    // another attempt of the same job: one attempt at a time, the other returns
    // the job untouched and it is taken up by the next pass.
    if (m_attempting)
        return queued;
    QScopedValueRollback<bool> attempting(m_attempting, true);
    OutboxRepository outbox(m_workspace);
    QList<OutboxJob> results;
    QList<OutboxJob> jobs;
    for (const auto &q : queued) {
        OutboxJob job = outbox.job(q.id).value_or(q);
        if (job.state == OutboxState::Done)
            results << job; // someone else finished it: never twice
        else
            jobs << job;
    }
    if (jobs.isEmpty())
        return results;
    auto failAll = [&](const PublishOutcome &outcome) {
        for (const auto &job : std::as_const(jobs))
            results << finish(job, outcome, {});
        return results;
    };

    const PortalRepository portals(m_workspace);
    const auto portal = portals.portal(jobs.first().portalId);
    if (!portal)
        return failAll(PublishOutcome::permanent(tr("The portal of this job was removed.")));
    const IncidentRepository incidents(m_workspace);
    QList<Incident> loaded;
    for (auto it = jobs.begin(); it != jobs.end();) {
        if (auto incident = incidents.load(it->incidentUuid)) {
            loaded << *incident;
            ++it;
        } else {
            results << finish(*it, PublishOutcome::permanent(tr("The incident of this job was deleted.")), {});
            it = jobs.erase(it);
        }
    }
    if (jobs.isEmpty())
        return results;

    QString secret;
    if (needsSecret(*portal) && portal->askSecretEachPublish) {
        const auto given = m_secretPrompt ? m_secretPrompt(*portal) : std::nullopt;
        if (!given || given->isEmpty())
            return failAll(PublishOutcome::permanent(
                tr("Portal %1 asks for its secret at each publish, and none was given: publish again or retry from "
                   "the outbox, and type it when asked.").arg(portal->name)));
        secret = *given;
    } else if (needsSecret(*portal)) {
        QString error;
        const auto stored = m_credentials ? m_credentials->read(portal->name, &error) : std::nullopt;
        if (!stored)
            return failAll(PublishOutcome::permanent(error.isEmpty() ? tr("No keychain.") : error));
        secret = *stored;
    }

    HttpTransport http(m_network.get(), *portal);
    if (QString error; !http.isReady(&error))
        return failAll(PublishOutcome::permanent(error));

    // Durable before the first byte: a crash from here on leaves "sending", which
    // the next attempt treats as "may have reached the portal".
    {
        QString error;
        const bool ok = m_workspace->transaction(
            [&](QString *err) {
                for (auto &job : jobs) {
                    job.state = OutboxState::Sending;
                    ++job.attempts;
                    if (!outbox.update(job, err))
                        return false;
                }
                return true;
            },
            &error);
        if (!ok)
            return failAll(PublishOutcome::transient(error));
        for (const auto &job : std::as_const(jobs))
            Q_EMIT jobChanged(job.id);
    }

    PublishContext context;
    context.workspace = m_workspace;
    context.portal = *portal;
    context.secret = secret;
    context.job = jobs.first();
    context.now = Clock::now();
    for (int i = 0; i < loaded.size(); ++i) {
        Incident view = PortalSiteBuilder::publicView(loaded.at(i));
        view.publications << Publication{context.now, jobs.at(i).note, portal->name};
        if (i == 0)
            context.incident = view;
        else
            context.moreIncidents << view;
    }
    context.rcaLeftOut = loaded.first().rca && loaded.first().rca->state != RcaState::Approved;
    context.render = RenderContext::fromCatalog(CatalogRepository(m_workspace));
    context.render.now = context.now;
    context.http = &http;
    context.remote = outbox.remoteRecord(portal->id, context.incident.uuid);
    context.recordProgress = [&outbox](const RemoteRecord &record, QString *error) {
        return outbox.saveRemoteRecord(record, error);
    };

    const auto connector = Connector::create(portal->kind);
    const PublishOutcome outcome = connector->publish(context);
    if (outcome.kind == PublishOutcome::Kind::Published) {
        QString error;
        const bool ok = m_workspace->transaction(
            [&](QString *err) {
                PublishedIncidents published(m_workspace);
                if (!outbox.saveRemoteRecord(context.remote, err)
                    || !published.record(portal->id, context.incident, context.now, err))
                    return false;
                for (const auto &more : std::as_const(context.moreIncidents)) {
                    RemoteRecord record = outbox.remoteRecord(portal->id, more.uuid);
                    record.contentHash = context.remote.contentHash;
                    if (!outbox.saveRemoteRecord(record, err) || !published.record(portal->id, more, context.now, err))
                        return false;
                }
                return true;
            },
            &error);
        if (!ok)
            qWarning("outagedesk: cannot record what portal %s holds: %s", qPrintable(portal->name), qPrintable(error));
    }
    for (int i = 0; i < jobs.size(); ++i) {
        OutboxJob job = jobs.at(i);
        if (i == 0)
            job.remoteId = outcome.remoteId.isEmpty() ? context.remote.remoteId : outcome.remoteId;
        results << finish(job, outcome, context.now);
    }
    return results;
}

OutboxJob Publisher::finish(OutboxJob job, const PublishOutcome &outcome, const QDateTime &publishedAt)
{
    OutboxRepository outbox(m_workspace);
    const QDateTime now = Clock::now();
    job.warnings = outcome.warnings;
    for (const QString &warning : std::as_const(outcome.warnings))
        qWarning("outagedesk: portal %s: %s", qPrintable(job.portalName), qPrintable(warning));
    switch (outcome.kind) {
    case PublishOutcome::Kind::Published:
        job.state = OutboxState::Done;
        job.completedAt = now;
        job.lastError.clear();
        if (!outcome.contentHashes.isEmpty())
            job.contentHashes = outcome.contentHashes;
        break;
    case PublishOutcome::Kind::Transient:
        job.state = OutboxState::Queued;
        job.lastError = outcome.message;
        job.nextAttemptAt = nextAttemptAfter(job.attempts, outcome.retryAfterSeconds, now);
        break;
    case PublishOutcome::Kind::Permanent:
        job.state = OutboxState::Failed;
        job.lastError = outcome.message;
        break;
    }
    QString error;
    const bool ok = m_workspace->transaction(
        [&](QString *err) {
            if (!outbox.update(job, err))
                return false;
            if (job.state == OutboxState::Done)
                return outbox.recordPublication(job.incidentUuid, publishedAt, job.note, job.portalName, err);
            return true;
        },
        &error);
    if (!ok) {
        // The portal has it, the workspace could not say so: the job stays "sending",
        // and its next attempt re-checks the portal instead of blindly repeating.
        job.lastError = tr("Published, but the workspace could not record it: %1").arg(error);
        qWarning("outagedesk: %s", qPrintable(job.lastError));
    }
    Q_EMIT jobChanged(job.id);
    if (ok && job.state == OutboxState::Done)
        Q_EMIT published(job.id, job.incidentUuid, job.portalName);
    return job;
}

Publisher::RunSummary Publisher::runDue()
{
    RunSummary summary;
    if (m_running || m_attempting)
        return summary; // a nested event loop re-entered us: the outer run covers it
    QScopedValueRollback<bool> guard(m_running, true);
    const auto due = OutboxRepository(m_workspace).dueJobs(Clock::now());
    // Jobs for one static portal share one site build and one upload: draining a
    // long outbox after a day offline costs one publish, not one per job.
    QHash<qint64, bool> staticSite;
    const auto portals = PortalRepository(m_workspace).portals();
    for (const auto &p : portals)
        staticSite.insert(p.id, p.kind == PortalKind::WebDav);
    QList<QList<OutboxJob>> groups;
    QHash<qint64, int> groupOfPortal;
    for (const auto &job : due) {
        if (staticSite.value(job.portalId)) {
            const auto it = groupOfPortal.constFind(job.portalId);
            if (it != groupOfPortal.constEnd()) {
                groups[*it] << job;
                continue;
            }
            groupOfPortal.insert(job.portalId, int(groups.size()));
        }
        groups << QList<OutboxJob>{job};
    }
    for (const auto &group : std::as_const(groups)) {
        const auto results = attemptGroup(group);
        for (const auto &job : results) {
            switch (job.state) {
            case OutboxState::Done:
                ++summary.published;
                break;
            case OutboxState::Failed:
                ++summary.failed;
                summary.messages << job.lastError;
                break;
            default:
                ++summary.waiting;
                summary.messages << job.lastError;
                break;
            }
        }
    }
    return summary;
}

} // namespace OutageDesk
