#include "TestPaths.h"
#include "ScriptedHttpServer.h"

#include "exchange/IncidentImporter.h"
#include "MemoryCredentialStore.h"
#include "publish/CredentialStore.h"
#include "publish/OutboxRepository.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "publish/WebhookConnector.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace OutageDesk;

namespace {

const QString kUuid = QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101");
const QByteArray kPage = "pg7x2";

// A Statuspage stand-in that keeps incidents like the real service: POST creates
// (id, metadata, one incident_update), PATCH adds an update, GET lists them.
struct FakeStatuspage
{
    QList<QJsonObject> incidents;
    int creates = 0;
    int patches = 0;
    int postmortemPuts = 0;
    int postmortemPublishes = 0;
    int deletes = 0;
    QStringList problems; // deviations from the documented API
    std::function<std::optional<ScriptedHttpServer::Response>(const ScriptedHttpServer::Request &)> override;

    ScriptedHttpServer::Response handle(const ScriptedHttpServer::Request &r)
    {
        if (override) {
            if (auto response = override(r))
                return *response;
        }
        if (r.headers.value("authorization") != "OAuth key-123")
            return ScriptedHttpServer::json(401, R"({"error":"Could not authenticate"})");
        const QByteArray base = "/v1/pages/" + kPage + "/incidents";
        if ((r.method == "POST" || r.method == "PATCH" || r.method == "PUT") && !r.headers.value("content-type").startsWith("application/json"))
            problems << QStringLiteral("%1 without a JSON content type").arg(QString::fromLatin1(r.method));
        if (r.method == "POST" && r.target == base) {
            const QJsonObject incident = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("incident")).toObject();
            for (const char *key : {"name", "status", "impact_override", "body", "deliver_notifications", "metadata", "components", "component_ids"}) {
                // A backfilled incident may not name components (Statuspage API v1 reference).
                const bool backfilled = incident.value(QStringLiteral("backfilled")).toBool();
                if (!incident.contains(QLatin1String(key)) && !(backfilled && QByteArray(key).startsWith("component")))
                    problems << QStringLiteral("create without %1").arg(QLatin1String(key));
            }
            ++creates;
            QJsonObject stored = incident;
            stored.insert(QStringLiteral("id"), QStringLiteral("sp%1").arg(creates));
            stored.insert(QStringLiteral("incident_updates"), QJsonArray{QJsonObject{{QStringLiteral("body"), incident.value(QStringLiteral("body"))}}});
            incidents << stored;
            return ScriptedHttpServer::json(201, QJsonDocument(stored).toJson());
        }
        if (r.method == "GET" && r.target.startsWith(base + '?')) {
            QJsonArray list;
            for (const auto &i : incidents)
                list.append(i);
            return ScriptedHttpServer::json(200, QJsonDocument(list).toJson());
        }
        for (qsizetype index = 0; index < incidents.size(); ++index) {
            QJsonObject &stored = incidents[index];
            const QByteArray path = base + '/' + stored.value(QStringLiteral("id")).toString().toLatin1();
            if (r.method == "PATCH" && r.target == path) {
                const QJsonObject incident = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("incident")).toObject();
                if (!incident.contains(QStringLiteral("status")) || !incident.contains(QStringLiteral("body")))
                    problems << QStringLiteral("update without status or body");
                QJsonArray updates = stored.value(QStringLiteral("incident_updates")).toArray();
                updates.append(QJsonObject{{QStringLiteral("body"), incident.value(QStringLiteral("body"))}});
                stored.insert(QStringLiteral("incident_updates"), updates);
                ++patches;
                return ScriptedHttpServer::json(200, QJsonDocument(stored).toJson());
            }
            if (r.method == "GET" && r.target == path)
                return ScriptedHttpServer::json(200, QJsonDocument(stored).toJson());
            if (r.method == "DELETE" && r.target == path) {
                ++deletes;
                const QJsonObject removed = stored;
                incidents.removeAt(index);
                return ScriptedHttpServer::json(200, QJsonDocument(removed).toJson());
            }
            if (r.method == "PUT" && r.target == path + "/postmortem") {
                if (QJsonDocument::fromJson(r.body).object().value(QStringLiteral("postmortem")).toObject()
                        .value(QStringLiteral("body_draft")).toString().isEmpty())
                    problems << QStringLiteral("postmortem without body_draft");
                ++postmortemPuts;
                return ScriptedHttpServer::json(200, R"({"preview_key":"x"})");
            }
            if (r.method == "PUT" && r.target == path + "/postmortem/publish") {
                const QJsonObject pm = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("postmortem")).toObject();
                if (!pm.contains(QStringLiteral("notify_subscribers")))
                    problems << QStringLiteral("publish without notify_subscribers");
                ++postmortemPublishes;
                return ScriptedHttpServer::json(200, R"({"published_at":"2016-11-21T09:00:00Z"})");
            }
        }
        problems << QStringLiteral("unexpected %1 %2").arg(QString::fromLatin1(r.method), QString::fromLatin1(r.target));
        return ScriptedHttpServer::json(404, R"({"error":"not found"})");
    }
};

} // namespace

// The outbox and the API connectors, against a local server that answers as the
// public Statuspage documentation and a webhook receiver would.
class TestPublisher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_workspace;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<ScriptedHttpServer> m_server;

    bool openWorkspace(const std::function<void(QJsonObject &incident)> &edit = {})
    {
        QFile f(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        if (edit) {
            QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
            QJsonObject incident = incidents.at(0).toObject();
            edit(incident);
            incidents.replace(0, incident);
            doc.insert(QStringLiteral("incidents"), incidents);
        }
        m_workspace = std::make_unique<Workspace>();
        if (!m_workspace->open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_counter))))
            return false;
        ImportBatch batch;
        ImportError error;
        ImportSummary summary;
        return IncidentImporter::parse(QJsonDocument(doc).toJson(), QDateTime::currentDateTimeUtc(), &batch, &error)
            && IncidentImporter::apply(m_workspace.get(), batch, &summary, &error);
    }

    Portal addPortal(PortalKind kind, const QString &url, int timeoutMs = 5000)
    {
        Portal portal;
        portal.name = QStringLiteral("status");
        portal.kind = kind;
        portal.url = url;
        portal.pageId = QString::fromLatin1(kPage);
        portal.transferTimeoutMs = timeoutMs;
        portal.componentMap.insert(QStringLiteral("Primo MT EU01"), QStringLiteral("cmp1"));
        QString error;
        if (!PortalRepository(m_workspace.get()).save(portal, &error))
            qWarning() << error;
        m_credentials.secrets.insert(portal.name, kind == PortalKind::Statuspage ? QStringLiteral("key-123") : QStringLiteral("hmac-secret"));
        return portal;
    }

    OutboxJob publishOnce(Publisher &publisher, const QString &note = QStringLiteral("Initial"))
    {
        QString error;
        const auto job = publisher.enqueue({QUuid::fromString(kUuid), QStringLiteral("status"), note, false}, &error);
        if (!job) {
            qWarning() << error;
            return {};
        }
        return publisher.attempt(*job);
    }

    int publicationCount()
    {
        return IncidentRepository(m_workspace.get()).load(QUuid::fromString(kUuid))->publications.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Statuspage's 1/s pacing is tested in tst_httptransport and tst_statuspageconnector.
        qputenv("OUTAGEDESK_STATUSPAGE_INTERVAL_MS", "0");
    }

    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_workspace.reset();
        m_server.reset();
    }

    void nextAttempt_backsOffExponentiallyWithJitter_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("baseSeconds");
        QTest::newRow("first retry") << 1 << 30;
        QTest::newRow("second") << 2 << 60;
        QTest::newRow("fourth") << 4 << 240;
        QTest::newRow("capped") << 12 << Publisher::kMaxBackoffSeconds;
    }

    void nextAttempt_backsOffExponentiallyWithJitter()
    {
        QFETCH(int, attempts);
        QFETCH(int, baseSeconds);
        const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i) {
            const qint64 ms = now.msecsTo(Publisher::nextAttemptAfter(attempts, -1, now));
            QVERIFY2(ms >= qint64(baseSeconds) * 800 && ms <= qint64(baseSeconds) * 1200, qPrintable(QString::number(ms)));
            seen.insert(ms);
        }
        QVERIFY(seen.size() > 1); // jitter: not all in step
    }

    void nextAttempt_honoursRetryAfter()
    {
        const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(Publisher::nextAttemptAfter(3, 7, now), now.addSecs(7));
    }

    void enqueue_isDurableAndSendsNothing()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Webhook, m_server->baseUrl() + QStringLiteral("/hook"));
        Publisher publisher(m_workspace.get(), &m_credentials);
        QSignalSpy changed(&publisher, &Publisher::jobChanged);
        QString error;
        const auto job = publisher.enqueue({QUuid::fromString(kUuid), QStringLiteral("status"), QStringLiteral("n"), false}, &error);
        QVERIFY2(job, qPrintable(error));
        QCOMPARE(changed.size(), 1);
        const auto stored = OutboxRepository(m_workspace.get()).job(job->id);
        QVERIFY(stored);
        QCOMPARE(stored->state, OutboxState::Queued);
        QCOMPARE(stored->attempts, 0);
        QVERIFY(!stored->idempotencyKey.isNull());
        QVERIFY(m_server->requests().isEmpty());
    }

    void enqueue_whileOneWaits_reusesIt()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Webhook, m_server->baseUrl() + QStringLiteral("/hook"));
        Publisher publisher(m_workspace.get(), &m_credentials);
        QString error;
        const auto first = publisher.enqueue({QUuid::fromString(kUuid), QStringLiteral("status"), QStringLiteral("a"), false}, &error);
        const auto second = publisher.enqueue({QUuid::fromString(kUuid), QStringLiteral("status"), QStringLiteral("b"), false}, &error);
        QVERIFY(first && second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(OutboxRepository(m_workspace.get()).pendingCount(), 1);
        QCOMPARE(OutboxRepository(m_workspace.get()).job(first->id)->note, QStringLiteral("b"));
    }

    void enqueue_afterPermanentFailure_requeuesTheSameJob()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Webhook, m_server->baseUrl() + QStringLiteral("/hook"));
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::json(403, R"({"error":"forbidden"})"); });
        Publisher publisher(m_workspace.get(), &m_credentials);
        const OutboxJob failed = publishOnce(publisher);
        QCOMPARE(failed.state, OutboxState::Failed);
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::json(200, "{}"); });
        const OutboxJob again = publishOnce(publisher, QStringLiteral("again"));
        QCOMPARE(again.id, failed.id);
        QCOMPARE(again.state, OutboxState::Done);
        QCOMPARE(publicationCount(), 2); // one publication, not one per click
        QCOMPARE(OutboxRepository(m_workspace.get()).jobs(true).size(), 1);
    }

    void outboxCancel_onlyWhatHasNotStartedGoingOut_data()
    {
        QTest::addColumn<int>("stateValue");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("reason");
        QTest::newRow("queued") << int(OutboxState::Queued) << true << QString();
        QTest::newRow("failed") << int(OutboxState::Failed) << true << QString();
        QTest::newRow("sending") << int(OutboxState::Sending) << false << QStringLiteral("being sent");
        QTest::newRow("done") << int(OutboxState::Done) << false << QStringLiteral("already gone out");
    }

    void outboxCancel_onlyWhatHasNotStartedGoingOut()
    {
        QFETCH(int, stateValue);
        const auto state = OutboxState(stateValue);
        QFETCH(bool, cancelled);
        QFETCH(QString, reason);
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Webhook, m_server->baseUrl() + QStringLiteral("/hook"));
        Publisher publisher(m_workspace.get(), &m_credentials);
        QString error;
        auto job = publisher.enqueue({QUuid::fromString(kUuid), QStringLiteral("status"), QStringLiteral("n"), false}, &error);
        QVERIFY2(job, qPrintable(error));
        job->state = state;
        OutboxRepository outbox(m_workspace.get());
        QVERIFY2(outbox.update(*job, &error), qPrintable(error));

        QCOMPARE(outbox.cancel(job->id, &error), cancelled);
        QCOMPARE(outbox.job(job->id).has_value(), !cancelled);
        if (!cancelled) {
            QVERIFY2(error.contains(reason), qPrintable(error));
            QCOMPARE(outbox.job(job->id)->state, state);
        }
        // A cancelled job is never attempted: nothing reaches the portal.
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::json(200, "{}"); });
        if (cancelled) {
            const auto summary = publisher.runDue();
            QCOMPARE(summary.published, 0);
            QVERIFY(m_server->requests().isEmpty());
            QCOMPARE(publicationCount(), 1);
        }
    }

    void outboxCancel_unknownJob_saysSo()
    {
        QVERIFY(openWorkspace());
        QString error;
        QVERIFY(!OutboxRepository(m_workspace.get()).cancel(4711, &error));
        QVERIFY2(error.contains(QLatin1String("4711")), qPrintable(error));
    }

    void statuspage_createsThenPatchesThenPostmortem()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Statuspage, m_server->baseUrl());
        FakeStatuspage fake;
        m_server->setHandler([&](const ScriptedHttpServer::Request &r) { return fake.handle(r); });
        Publisher publisher(m_workspace.get(), &m_credentials);
        QSignalSpy published(&publisher, &Publisher::published);

        const OutboxJob job = publishOnce(publisher);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QVERIFY2(fake.problems.isEmpty(), qPrintable(fake.problems.join(QStringLiteral("; "))));
        QCOMPARE(fake.creates, 1);
        QCOMPARE(fake.patches, 2); // the example has three updates: one with the create, two after
        QCOMPARE(fake.postmortemPuts, 1);
        QCOMPARE(fake.postmortemPublishes, 1);
        QCOMPARE(job.remoteId, QStringLiteral("sp1"));
        QCOMPARE(published.size(), 1);
        QCOMPARE(publicationCount(), 2); // the example's own entry and this one

        const QJsonObject created = QJsonDocument::fromJson(m_server->requests().first().body).object()
                                        .value(QStringLiteral("incident")).toObject();
        QCOMPARE(created.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("outagedesk")).toObject()
                     .value(QStringLiteral("incident_id")).toString(), kUuid);
        QCOMPARE(created.value(QStringLiteral("impact_override")).toString(), QStringLiteral("major"));
        QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));
        QCOMPARE(created.value(QStringLiteral("deliver_notifications")).toBool(), false);
        // The windows are over and it is resolved: history, backfilled, without components.
        QCOMPARE(created.value(QStringLiteral("backfilled")).toBool(), true);
        QVERIFY(!created.contains(QStringLiteral("components")));
        for (const auto &r : m_server->requests())
            QVERIFY2(!r.body.contains("Do not publish"), r.target.constData()); // the example's internal note
    }

    void statuspage_republish_sendsOnlyWhatIsNew()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Statuspage, m_server->baseUrl());
        FakeStatuspage fake;
        m_server->setHandler([&](const ScriptedHttpServer::Request &r) { return fake.handle(r); });
        Publisher publisher(m_workspace.get(), &m_credentials);
        QCOMPARE(publishOnce(publisher).state, OutboxState::Done);
        m_server->clearRequests();

        QCOMPARE(publishOnce(publisher, QStringLiteral("again")).state, OutboxState::Done);
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(fake.creates, 1);

        IncidentRepository repository(m_workspace.get());
        auto incident = repository.load(QUuid::fromString(kUuid));
        incident->updates << StatusUpdate{QDateTime::currentDateTimeUtc(), IncidentStatus::Resolved, QStringLiteral("One more word.")};
        QString error;
        QVERIFY(repository.save(*incident, &error));
        QCOMPARE(publishOnce(publisher, QStringLiteral("third")).state, OutboxState::Done);
        // One update written; a past incident may also be read back once, to learn
        // whether it went out backfilled (then it may name no components).
        QList<QByteArray> writes;
        for (const auto &r : m_server->requests()) {
            if (r.method != "GET")
                writes << r.method;
        }
        QCOMPARE(writes, QList<QByteArray>{QByteArray("PATCH")});
        QVERIFY(m_server->requests().size() <= 2);
        QCOMPARE(fake.creates, 1);
        QCOMPARE(fake.incidents.first().value(QStringLiteral("incident_updates")).toArray().size(), 4);
    }

    void statuspage_tooManyRequests_waitsAsAsked()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Statuspage, m_server->baseUrl());
        FakeStatuspage fake;
        bool limited = true;
        fake.override = [&](const ScriptedHttpServer::Request &) -> std::optional<ScriptedHttpServer::Response> {
            if (!limited)
                return std::nullopt;
            auto r = ScriptedHttpServer::json(429, R"({"error":"Rate limit exceeded"})");
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")});
            return r;
        };
        m_server->setHandler([&](const ScriptedHttpServer::Request &r) { return fake.handle(r); });
        Publisher publisher(m_workspace.get(), &m_credentials);

        const QDateTime before = Clock::now();
        OutboxJob job = publishOnce(publisher);
        QCOMPARE(job.state, OutboxState::Queued);
        QVERIFY2(job.lastError.contains(QLatin1String("429")), qPrintable(job.lastError));
        const qint64 wait = before.secsTo(job.nextAttemptAt);
        QVERIFY2(wait >= 6 && wait <= 8, qPrintable(QString::number(wait)));
        QCOMPARE(fake.creates, 0);
        QVERIFY(OutboxRepository(m_workspace.get()).dueJobs(Clock::now()).isEmpty()); // not before its time

        limited = false;
        job = publisher.attempt(job);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QCOMPARE(fake.creates, 1);
        QCOMPARE(publicationCount(), 2);
    }

    void statuspage_responseLostAfterCreate_noDuplicate_data()
    {
        // Qt would re-send a request by itself when the connection closes before any
        // answer; the transport forbids that for POST and PATCH, so every lost answer
        // ends the attempt and the outbox's next attempt looks before it creates.
        QTest::addColumn<int>("lostAnswers");
        QTest::addColumn<int>("attempts");
        QTest::newRow("lost once") << 1 << 2;
        // The second attempt finds the incident by our UUID and never creates again.
        QTest::newRow("lost every time") << 5 << 2;
    }

    void statuspage_responseLostAfterCreate_noDuplicate()
    {
        QFETCH(int, lostAnswers);
        QFETCH(int, attempts);
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Statuspage, m_server->baseUrl());
        FakeStatuspage fake;
        int toLose = lostAnswers;
        bool creating = false;
        fake.override = [&](const ScriptedHttpServer::Request &r) -> std::optional<ScriptedHttpServer::Response> {
            if (r.method == "POST" && toLose > 0 && !creating) {
                --toLose;
                creating = true;
                fake.handle(r); // the service creates it...
                creating = false;
                ScriptedHttpServer::Response lost;
                lost.drop = true; // ...and the answer never arrives
                return lost;
            }
            return std::nullopt;
        };
        m_server->setHandler([&](const ScriptedHttpServer::Request &r) { return fake.handle(r); });
        Publisher publisher(m_workspace.get(), &m_credentials);
        OutboxJob job = publishOnce(publisher);
        for (int i = 1; i < attempts; ++i) {
            QCOMPARE(job.state, OutboxState::Queued);
            job = publisher.attempt(job);
        }
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QCOMPARE(job.attempts, attempts);
        QCOMPARE(fake.incidents.size(), 1); // whatever reached the service, one incident remains
        QCOMPARE(fake.deletes, fake.creates - 1);
        QCOMPARE(job.remoteId, fake.incidents.first().value(QStringLiteral("id")).toString());
        // The update sent with the create counts: two more, not three.
        QCOMPARE(fake.incidents.first().value(QStringLiteral("incident_updates")).toArray().size(), 3);
        QCOMPARE(publicationCount(), 2);
    }

    // The answer to an update is lost (and Qt may not re-send it): the outbox
    // retries, and the incident's list on Statuspage says the update arrived.
    void statuspage_responseLostAfterUpdate_noDuplicate()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Statuspage, m_server->baseUrl());
        FakeStatuspage fake;
        int patchRequests = 0;
        bool applying = false;
        fake.override = [&](const ScriptedHttpServer::Request &r) -> std::optional<ScriptedHttpServer::Response> {
            if (r.method != "PATCH" || applying || ++patchRequests > 1)
                return std::nullopt;
            if (patchRequests == 1) {
                applying = true;
                fake.handle(r); // the service adds the update...
                applying = false;
            }
            ScriptedHttpServer::Response lost; // ...and its answer is lost
            lost.drop = true;
            return lost;
        };
        m_server->setHandler([&](const ScriptedHttpServer::Request &r) { return fake.handle(r); });
        Publisher publisher(m_workspace.get(), &m_credentials);
        OutboxJob job = publishOnce(publisher);
        QCOMPARE(job.state, OutboxState::Queued);
        QCOMPARE(fake.patches, 1); // Qt did not send it again by itself
        QVERIFY2(job.lastError.contains(QLatin1String("closed before the server answered")), qPrintable(job.lastError));
        job = publisher.attempt(job);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QCOMPARE(fake.creates, 1);
        const QJsonArray updates = fake.incidents.first().value(QStringLiteral("incident_updates")).toArray();
        QCOMPARE(updates.size(), 3); // one with the create, two patches, none twice
        QSet<QString> bodies;
        for (const QJsonValue &u : updates)
            bodies.insert(u.toObject().value(QStringLiteral("body")).toString());
        QCOMPARE(bodies.size(), 3);
        QVERIFY2(fake.problems.isEmpty(), qPrintable(fake.problems.join(QStringLiteral("; "))));
        QCOMPARE(publicationCount(), 2);
    }

    void statuspage_wrongKey_failsWithServerMessageAndKeepsJob()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Statuspage, m_server->baseUrl());
        m_credentials.secrets.insert(QStringLiteral("status"), QStringLiteral("wrong"));
        FakeStatuspage fake;
        m_server->setHandler([&](const ScriptedHttpServer::Request &r) { return fake.handle(r); });
        Publisher publisher(m_workspace.get(), &m_credentials);
        const OutboxJob job = publishOnce(publisher);
        QCOMPARE(job.state, OutboxState::Failed);
        QVERIFY2(job.lastError.contains(QLatin1String("401")), qPrintable(job.lastError));
        QVERIFY2(job.lastError.contains(QLatin1String("Could not authenticate")), qPrintable(job.lastError));
        QCOMPARE(OutboxRepository(m_workspace.get()).pendingCount(), 1);
        QCOMPARE(publicationCount(), 1);
        // Failed jobs wait for the user: not due until retried.
        QVERIFY(OutboxRepository(m_workspace.get()).dueJobs(Clock::now().addDays(1)).isEmpty());
    }

    void webhook_signsBodyAndKeepsIdempotencyKeyAcrossRetries()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Webhook, m_server->baseUrl() + QStringLiteral("/hook"));
        int calls = 0;
        m_server->setHandler([&](const ScriptedHttpServer::Request &) {
            return ++calls == 1 ? ScriptedHttpServer::json(503, R"({"error":"busy"})") : ScriptedHttpServer::json(202, "{}");
        });
        Publisher publisher(m_workspace.get(), &m_credentials);
        OutboxJob job = publishOnce(publisher);
        QCOMPARE(job.state, OutboxState::Queued);
        QVERIFY2(job.lastError.contains(QLatin1String("503")), qPrintable(job.lastError));
        job = publisher.attempt(job);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));

        QCOMPARE(m_server->requests().size(), 2);
        for (const auto &r : m_server->requests()) {
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.target, QByteArray("/hook"));
            QCOMPARE(r.headers.value("idempotency-key"), job.idempotencyKey.toString(QUuid::WithoutBraces).toLatin1());
            const QByteArray expected = "sha256=" + QMessageAuthenticationCode::hash(r.body, "hmac-secret", QCryptographicHash::Sha256).toHex();
            QCOMPARE(r.headers.value("x-outagedesk-signature"), expected);
            QVERIFY(!r.body.contains("Do not publish"));
            QVERIFY(!r.body.contains("internalNotes"));
        }
        const QJsonObject body = QJsonDocument::fromJson(m_server->requests().last().body).object();
        QCOMPARE(body.value(QStringLiteral("incident")).toObject().value(QStringLiteral("id")).toString(), kUuid);
        QVERIFY(body.value(QStringLiteral("rcaHtml")).toString().contains(QLatin1String("Root Cause Analysis")));
        QVERIFY(!body.value(QStringLiteral("updatesHtml")).toString().isEmpty());
    }

    void webhook_unapprovedRca_isLeftOut()
    {
        QVERIFY(openWorkspace([](QJsonObject &incident) {
            QJsonObject rca = incident.value(QStringLiteral("rca")).toObject();
            rca.insert(QStringLiteral("state"), QStringLiteral("in-review"));
            rca.remove(QStringLiteral("approvedBy"));
            rca.remove(QStringLiteral("approvedAt"));
            incident.insert(QStringLiteral("rca"), rca);
        }));
        addPortal(PortalKind::Webhook, m_server->baseUrl() + QStringLiteral("/hook"));
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::json(200, "{}"); });
        Publisher publisher(m_workspace.get(), &m_credentials);
        QString error;
        bool rcaLeftOut = false;
        const auto job = publisher.enqueue({QUuid::fromString(kUuid), QStringLiteral("status"), QStringLiteral("n"), false}, &error, &rcaLeftOut);
        QVERIFY(job);
        QVERIFY(rcaLeftOut);
        QCOMPARE(publisher.attempt(*job).state, OutboxState::Done);
        const QByteArray body = m_server->requests().last().body;
        QVERIFY(!body.contains("denial-of-service attempts"));
        QVERIFY(body.contains("We are investigating."));
        QVERIFY(QJsonDocument::fromJson(body).object().value(QStringLiteral("rcaHtml")).isNull());
    }

    void silentServer_timesOutAndStaysQueued()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Webhook, m_server->baseUrl() + QStringLiteral("/hook"), 300);
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            ScriptedHttpServer::Response r;
            r.silent = true;
            return r;
        });
        Publisher publisher(m_workspace.get(), &m_credentials);
        QElapsedTimer timer;
        timer.start();
        const OutboxJob job = publishOnce(publisher);
        QCOMPARE(job.state, OutboxState::Queued);
        QVERIFY2(job.lastError.contains(QLatin1String("no answer")), qPrintable(job.lastError));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(publicationCount(), 1);
    }

    void askSecretEachPublish_usesTheTypedSecretOnceAndKeepsItNowhere()
    {
        QVERIFY(openWorkspace());
        Portal portal = addPortal(PortalKind::Webhook, m_server->baseUrl() + QStringLiteral("/hook"));
        portal.askSecretEachPublish = true;
        QString error;
        QVERIFY2(PortalRepository(m_workspace.get()).save(portal, &error), qPrintable(error));
        QVERIFY(PortalRepository(m_workspace.get()).portal(QStringLiteral("status"))->askSecretEachPublish);
        m_credentials.secrets.clear();
        m_server->setHandler([](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::json(200, "{}"); });
        Publisher publisher(m_workspace.get(), &m_credentials);

        // Nobody to ask (a background retry): it fails, says why, and sends nothing.
        OutboxJob job = publishOnce(publisher);
        QCOMPARE(job.state, OutboxState::Failed);
        QVERIFY2(job.lastError.contains(QLatin1String("asks for its secret at each publish")), qPrintable(job.lastError));
        QVERIFY(m_server->requests().isEmpty());

        int asked = 0;
        publisher.setSecretPrompt([&asked](const Portal &p) -> std::optional<QString> {
            ++asked;
            return p.name == QLatin1String("status") ? std::optional<QString>(QStringLiteral("typed-secret")) : std::nullopt;
        });
        job = publishOnce(publisher, QStringLiteral("again"));
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QCOMPARE(asked, 1);
        const auto &request = m_server->requests().last();
        QCOMPARE(request.headers.value("x-outagedesk-signature"),
                 "sha256=" + QMessageAuthenticationCode::hash(request.body, "typed-secret", QCryptographicHash::Sha256).toHex());
        QVERIFY(m_credentials.secrets.isEmpty()); // never written anywhere
    }

    void missingSecret_failsWithReason()
    {
        QVERIFY(openWorkspace());
        addPortal(PortalKind::Webhook, m_server->baseUrl() + QStringLiteral("/hook"));
        m_credentials.secrets.clear();
        Publisher publisher(m_workspace.get(), &m_credentials);
        const OutboxJob job = publishOnce(publisher);
        QCOMPARE(job.state, OutboxState::Failed);
        QVERIFY(job.lastError.contains(QLatin1String("no secret")));
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"
