#include "PublishTestBed.h"
#include "ScriptedHttpServer.h"

#include "publish/StatuspageConnector.h"
#include "time/Clock.h"
#include "time/Rfc3339.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace OutageDesk;

namespace {

const QByteArray kBase = "/v1/pages/pg7x2/incidents";

// A Statuspage that enforces what Atlassian's public REST API v1 reference
// documents (https://developer.statuspage.io/): one request per second per API key
// (answered with 420 or 429 and Retry-After), names of at most 255 characters and
// bodies of at most 25,000, backfilled incidents without components, the status
// vocabularies of live incidents and of scheduled maintenances, `q` searching
// names (never metadata), updates listed newest first with their own ids and times.
struct DocumentedStatuspage
{
    QList<QJsonObject> incidents; // oldest first
    QStringList problems;         // requests the real service would refuse or misread
    QList<QJsonObject> creates;
    int rateLimited = 0;
    int rateStatus = 429;
    qint64 minGapMs = 0;          // 0: no rate limit enforced
    bool alwaysLimited = false;
    QList<qint64> arrivals;
    QElapsedTimer clock;
    int nextId = 0;
    std::function<std::optional<ScriptedHttpServer::Response>(const ScriptedHttpServer::Request &)> override;

    DocumentedStatuspage() { clock.start(); }

    static QString stamp() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

    static int characters(const QString &s) { return int(s.toUcs4().size()); }

    ScriptedHttpServer::Response refuse(const QString &why)
    {
        problems << why;
        return ScriptedHttpServer::json(422, QJsonDocument(QJsonObject{{QStringLiteral("error"), why}}).toJson());
    }

    QJsonObject newUpdate(const QString &body, const QString &status)
    {
        const QString now = stamp();
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("u%1").arg(++nextId)},
                           {QStringLiteral("body"), body},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("created_at"), now},
                           {QStringLiteral("display_at"), now}};
    }

    bool checkStatus(const QJsonObject &incident, const QString &status)
    {
        static const QStringList live{"investigating", "identified", "monitoring", "resolved"};
        static const QStringList scheduled{"scheduled", "in_progress", "verifying", "completed"};
        const bool maintenance = incident.value(QStringLiteral("impact_override")).toString() == QLatin1String("maintenance")
            || incident.contains(QStringLiteral("scheduled_for"));
        if (!(maintenance ? scheduled : live).contains(status)) {
            problems << QStringLiteral("status %1 on a %2").arg(status, maintenance ? QStringLiteral("maintenance") : QStringLiteral("live incident"));
            return false;
        }
        return true;
    }

    ScriptedHttpServer::Response handle(const ScriptedHttpServer::Request &r)
    {
        const qint64 now = clock.elapsed();
        if (alwaysLimited || (minGapMs > 0 && !arrivals.isEmpty() && now - arrivals.last() < minGapMs)) {
            ++rateLimited;
            arrivals << now;
            auto limited = ScriptedHttpServer::json(rateStatus, R"({"error":"Rate limit exceeded"})");
            limited.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")});
            return limited;
        }
        arrivals << now;
        if (override) {
            if (auto response = override(r))
                return *response;
        }
        if (r.headers.value("authorization") != "OAuth key-123")
            return ScriptedHttpServer::json(401, R"({"error":"Could not authenticate"})");
        const QJsonObject payload = QJsonDocument::fromJson(r.body).object();

        if (r.method == "POST" && r.target == kBase) {
            QJsonObject incident = payload.value(QStringLiteral("incident")).toObject();
            creates << incident;
            if (characters(incident.value(QStringLiteral("name")).toString()) > 255)
                return refuse(QStringLiteral("name is too long (maximum is 255 characters)"));
            if (characters(incident.value(QStringLiteral("body")).toString()) > 25000)
                return refuse(QStringLiteral("body is too long (maximum is 25000 characters)"));
            if (incident.value(QStringLiteral("backfilled")).toBool()) {
                if (incident.contains(QStringLiteral("components")) || incident.contains(QStringLiteral("component_ids")))
                    return refuse(QStringLiteral("components cannot be specified on a backfilled incident"));
                if (incident.value(QStringLiteral("backfill_date")).toString().isEmpty())
                    return refuse(QStringLiteral("backfill without backfill_date"));
            }
            if (incident.value(QStringLiteral("impact_override")).toString() == QLatin1String("maintenance")
                && incident.value(QStringLiteral("scheduled_for")).toString().isEmpty())
                return refuse(QStringLiteral("maintenance without scheduled_for"));
            const QJsonObject metadata = incident.value(QStringLiteral("metadata")).toObject();
            for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
                if (!it.value().isObject())
                    return refuse(QStringLiteral("metadata top-level values must be objects"));
            }
            if (!checkStatus(incident, incident.value(QStringLiteral("status")).toString()))
                return refuse(QStringLiteral("bad status"));
            incident.insert(QStringLiteral("id"), QStringLiteral("sp%1").arg(++nextId));
            QJsonArray updates;
            if (incident.contains(QStringLiteral("body")))
                updates.append(newUpdate(incident.value(QStringLiteral("body")).toString(), incident.value(QStringLiteral("status")).toString()));
            incident.remove(QStringLiteral("body"));
            incident.insert(QStringLiteral("incident_updates"), updates);
            incidents << incident;
            return ScriptedHttpServer::json(201, QJsonDocument(incident).toJson());
        }
        if (r.method == "GET" && r.target.startsWith(kBase + '?')) {
            const QUrlQuery query(QString::fromLatin1(r.target.mid(kBase.size() + 1)));
            const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 100;
            if (limit > 100)
                problems << QStringLiteral("limit over 100");
            QJsonArray list;
            for (auto it = incidents.crbegin(); it != incidents.crend() && list.size() < limit; ++it) {
                // `q` searches the name and the updates' text: never metadata.
                bool match = q.isEmpty() || it->value(QStringLiteral("name")).toString().contains(q, Qt::CaseInsensitive);
                for (const QJsonValue &u : it->value(QStringLiteral("incident_updates")).toArray())
                    match = match || u.toObject().value(QStringLiteral("body")).toString().contains(q, Qt::CaseInsensitive);
                if (match)
                    list.append(*it);
            }
            return ScriptedHttpServer::json(200, QJsonDocument(list).toJson());
        }
        for (qsizetype index = 0; index < incidents.size(); ++index) {
            QJsonObject &stored = incidents[index];
            const QByteArray path = kBase + '/' + stored.value(QStringLiteral("id")).toString().toLatin1();
            if (r.method == "GET" && r.target == path)
                return ScriptedHttpServer::json(200, QJsonDocument(stored).toJson());
            if (r.method == "DELETE" && r.target == path) {
                const QJsonObject removed = stored;
                incidents.removeAt(index);
                return ScriptedHttpServer::json(200, QJsonDocument(removed).toJson());
            }
            if (r.method == "PATCH" && r.target == path) {
                const QJsonObject change = payload.value(QStringLiteral("incident")).toObject();
                const QString body = change.value(QStringLiteral("body")).toString();
                if (characters(body) > 25000)
                    return refuse(QStringLiteral("body is too long (maximum is 25000 characters)"));
                if (stored.value(QStringLiteral("backfilled")).toBool() && change.contains(QStringLiteral("components")))
                    return refuse(QStringLiteral("components on a backfilled incident"));
                const QString status = change.value(QStringLiteral("status")).toString();
                if (!checkStatus(stored, status))
                    return refuse(QStringLiteral("bad status"));
                QJsonArray updates = stored.value(QStringLiteral("incident_updates")).toArray();
                updates.prepend(newUpdate(body, status)); // newest first, as the service lists them
                stored.insert(QStringLiteral("incident_updates"), updates);
                stored.insert(QStringLiteral("status"), status);
                if (change.contains(QStringLiteral("components")))
                    stored.insert(QStringLiteral("components"), change.value(QStringLiteral("components")));
                return ScriptedHttpServer::json(200, QJsonDocument(stored).toJson());
            }
            if (r.method == "PATCH" && r.target.startsWith(path + "/incident_updates/")) {
                const QString id = QString::fromLatin1(r.target.mid(path.size() + int(sizeof("/incident_updates/")) - 1));
                QJsonArray updates = stored.value(QStringLiteral("incident_updates")).toArray();
                for (qsizetype i = 0; i < updates.size(); ++i) {
                    QJsonObject u = updates.at(i).toObject();
                    if (u.value(QStringLiteral("id")).toString() != id)
                        continue;
                    const QJsonObject change = payload.value(QStringLiteral("incident_update")).toObject();
                    if (!Rfc3339::parse(change.value(QStringLiteral("display_at")).toString()).isValid())
                        return refuse(QStringLiteral("display_at is not a timestamp"));
                    u.insert(QStringLiteral("display_at"), change.value(QStringLiteral("display_at")));
                    updates.replace(i, u);
                    stored.insert(QStringLiteral("incident_updates"), updates);
                    return ScriptedHttpServer::json(200, QJsonDocument(u).toJson());
                }
            }
            if (r.method == "PUT" && (r.target == path + "/postmortem" || r.target == path + "/postmortem/publish"))
                return ScriptedHttpServer::json(200, R"({"published_at":"2016-11-21T09:00:00Z"})");
        }
        problems << QStringLiteral("unexpected %1 %2").arg(QString::fromLatin1(r.method), QString::fromLatin1(r.target));
        return ScriptedHttpServer::json(404, R"({"error":"not found"})");
    }
};

} // namespace

// The Statuspage connector against a fake that holds it to the documented API.
class TestStatuspageConnector : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedHttpServer> m_server;
    DocumentedStatuspage *m_fake = nullptr;
    std::unique_ptr<DocumentedStatuspage> m_fakeOwner;

    void serve(PublishTestBed &bed, const std::function<void(Portal &)> &edit = {})
    {
        bed.addPortal(PortalKind::Statuspage, m_server->baseUrl(), QStringLiteral("key-123"), edit);
    }

    QString problems() const { return m_fake->problems.join(QStringLiteral("; ")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The documented 1/s pacing is asserted in tst_httptransport and below with a
        // short interval; the other tests need not wait for it.
        qputenv("OUTAGEDESK_STATUSPAGE_INTERVAL_MS", "0");
    }

    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_fakeOwner = std::make_unique<DocumentedStatuspage>();
        m_fake = m_fakeOwner.get();
        m_server->setHandler([this](const ScriptedHttpServer::Request &r) { return m_fake->handle(r); });
    }

    void cleanup()
    {
        m_server.reset();
        m_fakeOwner.reset();
        qputenv("OUTAGEDESK_STATUSPAGE_INTERVAL_MS", "0");
    }

    // November 2016, resolved: history, not news.
    void pastIncident_isBackfilledAndUpdatesKeepTheirTimes()
    {
        PublishTestBed bed;
        QVERIFY(bed.open());
        serve(bed);
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        const OutboxJob job = bed.publish(publisher);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QVERIFY2(m_fake->problems.isEmpty(), qPrintable(problems()));
        QCOMPARE(m_fake->incidents.size(), 1);

        const Incident incident = *IncidentRepository(bed.workspace.get()).load(QUuid::fromString(PublishTestBed::kUuid));
        const QJsonObject created = m_fake->creates.first();
        QCOMPARE(created.value(QStringLiteral("backfilled")).toBool(), true);
        QCOMPARE(created.value(QStringLiteral("backfill_date")).toString(), Rfc3339::formatUtc(incident.firstStart()));
        QVERIFY(!created.contains(QStringLiteral("components")));
        QVERIFY(!created.contains(QStringLiteral("component_ids")));
        QCOMPARE(created.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("outagedesk")).toObject()
                     .value(QStringLiteral("incident_id")).toString(), PublishTestBed::kUuid);

        // Every update on the service shows when it was written, not today.
        const QJsonArray remote = m_fake->incidents.first().value(QStringLiteral("incident_updates")).toArray();
        QCOMPARE(remote.size(), incident.updates.size());
        for (const StatusUpdate &u : incident.updates) {
            bool found = false;
            for (const QJsonValue &v : remote) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("body")).toString() == u.message) {
                    QCOMPARE(Rfc3339::parse(o.value(QStringLiteral("display_at")).toString()), u.at);
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(u.message));
        }
    }

    void maintenance_goesOutAsScheduledMaintenance_data()
    {
        QTest::addColumn<int>("startsInMinutes");
        QTest::addColumn<bool>("remind");
        QTest::addColumn<bool>("autoStart");
        QTest::addColumn<bool>("autoComplete");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("component");
        QTest::newRow("announced ahead, all automatic") << 2 * 24 * 60 << true << true << true << "scheduled" << "operational";
        QTest::newRow("under way") << -30 << true << true << true << "in_progress" << "under_maintenance";
    }

    void maintenance_goesOutAsScheduledMaintenance()
    {
        QFETCH(int, startsInMinutes);
        QFETCH(bool, remind);
        QFETCH(bool, autoStart);
        QFETCH(bool, autoComplete);
        QFETCH(QString, status);
        QFETCH(QString, component);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime start = now.addSecs(startsInMinutes * 60LL);
        const QDateTime end = start.addSecs(2 * 3600);
        PublishTestBed bed;
        QVERIFY(bed.open([&](QJsonObject &incident) {
            incident.insert(QStringLiteral("title"), QStringLiteral("Planned database upgrade, Primo MT EU01"));
            incident.insert(QStringLiteral("status"), QStringLiteral("investigating"));
            incident.insert(QStringLiteral("windows"), QJsonArray{QJsonObject{
                {QStringLiteral("instance"), QStringLiteral("Primo MT EU01")},
                {QStringLiteral("start"), Rfc3339::formatUtc(start)},
                {QStringLiteral("end"), Rfc3339::formatUtc(end)},
                {QStringLiteral("impact"), QStringLiteral("maintenance")}}});
            incident.insert(QStringLiteral("updates"), QJsonArray{QJsonObject{
                {QStringLiteral("at"), Rfc3339::formatUtc(now.addSecs(-10))},
                {QStringLiteral("status"), QStringLiteral("investigating")},
                {QStringLiteral("message"), QStringLiteral("We will upgrade the database of Primo MT EU01.")}}});
            incident.remove(QStringLiteral("rca"));
        }));
        serve(bed, [&](Portal &portal) {
            portal.maintenanceRemindPrior = remind;
            portal.maintenanceAutoInProgress = autoStart;
            portal.maintenanceAutoCompleted = autoComplete;
        });
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        const OutboxJob job = bed.publish(publisher);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QVERIFY2(m_fake->problems.isEmpty(), qPrintable(problems()));
        QCOMPARE(m_fake->creates.size(), 1);
        const QJsonObject created = m_fake->creates.first();
        QCOMPARE(created.value(QStringLiteral("impact_override")).toString(), QStringLiteral("maintenance"));
        QCOMPARE(created.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(created.value(QStringLiteral("scheduled_for")).toString(), Rfc3339::formatUtc(start));
        QCOMPARE(created.value(QStringLiteral("scheduled_until")).toString(), Rfc3339::formatUtc(end));
        QCOMPARE(created.value(QStringLiteral("scheduled_remind_prior")).toBool(), remind);
        QCOMPARE(created.value(QStringLiteral("scheduled_auto_in_progress")).toBool(), autoStart);
        QCOMPARE(created.value(QStringLiteral("scheduled_auto_completed")).toBool(), autoComplete);
        QVERIFY(created.value(QStringLiteral("scheduled_remind_prior")).isBool());
        QVERIFY(!created.contains(QStringLiteral("backfilled")));
        QCOMPARE(created.value(QStringLiteral("components")).toObject().value(QStringLiteral("cmp1")).toString(), component);
        QCOMPARE(created.value(QStringLiteral("component_ids")).toArray(), QJsonArray{QStringLiteral("cmp1")});
    }

    // With a short interval the fake refuses anything closer than 3/4 of it: a paced
    // publish never meets the limit. (The old burst of requests did.)
    void rateLimit_pacedPublishNeverHitsTheLimit()
    {
        qputenv("OUTAGEDESK_STATUSPAGE_INTERVAL_MS", "200");
        m_fake->minGapMs = 150;
        m_fake->rateStatus = 420;
        PublishTestBed bed;
        QVERIFY(bed.open());
        serve(bed);
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        const OutboxJob job = bed.publish(publisher);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QCOMPARE(m_fake->rateLimited, 0);
        QVERIFY(m_fake->arrivals.size() >= 6); // create, dates, updates, postmortem: one burst before
        for (qsizetype i = 1; i < m_fake->arrivals.size(); ++i)
            QVERIFY(m_fake->arrivals.at(i) - m_fake->arrivals.at(i - 1) >= 150);
    }

    void rateLimit_420and429_retryableWithRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("420 (Statuspage before 2021)") << 420;
        QTest::newRow("429") << 429;
    }

    void rateLimit_420and429_retryableWithRetryAfter()
    {
        QFETCH(int, status);
        m_fake->rateStatus = status;
        m_fake->alwaysLimited = true;
        PublishTestBed bed;
        QVERIFY(bed.open());
        serve(bed);
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        const QDateTime before = Clock::now();
        OutboxJob job = bed.publish(publisher);
        QCOMPARE(job.state, OutboxState::Queued);
        QVERIFY2(job.lastError.contains(QString::number(status)), qPrintable(job.lastError));
        const qint64 wait = before.secsTo(job.nextAttemptAt);
        QVERIFY2(wait >= 6 && wait <= 8, qPrintable(QString::number(wait)));
        QCOMPARE(m_fake->incidents.size(), 0);
        QCOMPARE(bed.publicationCount(), 1);

        m_fake->alwaysLimited = false;
        job = publisher.attempt(job);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QCOMPARE(m_fake->incidents.size(), 1);
        QCOMPARE(bed.publicationCount(), 2);
    }

    void limits_refusedBeforeSending_data()
    {
        QTest::addColumn<int>("titleLength");
        QTest::addColumn<int>("bodyLength");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message");
        QTest::newRow("name 255") << 255 << 0 << true << "";
        QTest::newRow("name 256") << 256 << 0 << false << "at most 255";
        QTest::newRow("body 25000") << 0 << 25000 << true << "";
        QTest::newRow("body 25001") << 0 << 25001 << false << "at most 25000";
    }

    void limits_refusedBeforeSending()
    {
        QFETCH(int, titleLength);
        QFETCH(int, bodyLength);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        PublishTestBed bed;
        QVERIFY(bed.open([&](QJsonObject &incident) {
            if (titleLength > 0)
                incident.insert(QStringLiteral("title"), QString(titleLength, QChar(u'é')));
            if (bodyLength > 0) {
                QJsonArray updates = incident.value(QStringLiteral("updates")).toArray();
                QJsonObject last = updates.last().toObject();
                last.insert(QStringLiteral("message"), QString(bodyLength, QLatin1Char('x')));
                updates.replace(updates.size() - 1, last);
                incident.insert(QStringLiteral("updates"), updates);
            }
        }));
        serve(bed);
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        const OutboxJob job = bed.publish(publisher);
        QVERIFY2(m_fake->problems.isEmpty(), qPrintable(problems()));
        if (accepted) {
            QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
            return;
        }
        QCOMPARE(job.state, OutboxState::Failed);
        QVERIFY2(job.lastError.contains(message), qPrintable(job.lastError));
        QCOMPARE(m_server->requests().size(), 0); // not one byte sent
        QCOMPARE(bed.publicationCount(), 1);
    }

    void componentStatus_worstOverOpenWindows_data()
    {
        QTest::addColumn<QStringList>("impacts");   // one window per entry; "-" prefix: closed
        QTest::addColumn<QString>("incidentStatus");
        QTest::addColumn<QString>("expected");
        QTest::newRow("outage after degraded") << QStringList{"degraded", "outage"} << "identified" << "major_outage";
        QTest::newRow("degraded after outage") << QStringList{"outage", "degraded"} << "identified" << "major_outage";
        QTest::newRow("degraded after maintenance") << QStringList{"maintenance", "degraded"} << "identified" << "degraded_performance";
        QTest::newRow("maintenance after degraded") << QStringList{"degraded", "maintenance"} << "identified" << "degraded_performance";
        QTest::newRow("closed outage, open degraded") << QStringList{"-outage", "degraded"} << "identified" << "degraded_performance";
        QTest::newRow("all closed") << QStringList{"-outage", "-degraded"} << "identified" << "operational";
        QTest::newRow("resolved") << QStringList{"outage"} << "resolved" << "operational";
    }

    void componentStatus_worstOverOpenWindows()
    {
        QFETCH(QStringList, impacts);
        QFETCH(QString, incidentStatus);
        QFETCH(QString, expected);
        PublishContext context;
        context.now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        context.portal.componentMap.insert(QStringLiteral("Primo MT EU01"), QStringLiteral("cmp1"));
        context.incident.status = *incidentStatusFromWireName(incidentStatus);
        for (QString impact : impacts) {
            OutageWindow w;
            w.instance = QStringLiteral("Primo MT EU01");
            const bool closed = impact.startsWith(QLatin1Char('-'));
            if (closed)
                impact.remove(0, 1);
            w.impact = *impactFromWireName(impact);
            w.start = context.now.addSecs(-3600);
            if (closed)
                w.end = context.now.addSecs(-600);
            context.incident.windows << w;
        }
        OutageWindow unmapped;
        unmapped.instance = QStringLiteral("Not on this page");
        unmapped.start = context.now.addSecs(-60);
        context.incident.windows << unmapped;
        const QJsonObject components = StatuspageConnector::componentStatuses(context);
        QCOMPARE(components.size(), 1);
        QCOMPARE(components.value(QStringLiteral("cmp1")).toString(), expected);
    }

    // The create went through, its answer was lost, and the incident was renamed
    // before the retry: our UUID in the metadata finds it, no second incident.
    void lookupAfterRename_findsByMetadataNotTitle()
    {
        PublishTestBed bed;
        QVERIFY(bed.open());
        serve(bed);
        bool lose = true;
        m_fake->override = [&](const ScriptedHttpServer::Request &r) -> std::optional<ScriptedHttpServer::Response> {
            if (r.method != "POST" || !lose)
                return std::nullopt;
            lose = false;
            m_fake->handle(r); // the service creates it...
            ScriptedHttpServer::Response lost;
            lost.drop = true; // ...and the answer never arrives
            return lost;
        };
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        OutboxJob job = bed.publish(publisher);
        QCOMPARE(job.state, OutboxState::Queued);
        QCOMPARE(m_fake->incidents.size(), 1);

        IncidentRepository repository(bed.workspace.get());
        auto incident = repository.load(QUuid::fromString(PublishTestBed::kUuid));
        incident->title = QStringLiteral("Primo MT EU01: service interruptions (renamed)");
        QString error;
        QVERIFY2(repository.save(*incident, &error), qPrintable(error));

        job = publisher.attempt(job);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QCOMPARE(m_fake->incidents.size(), 1);
        QCOMPARE(m_fake->creates.size(), 1);
        QCOMPARE(job.remoteId, m_fake->incidents.first().value(QStringLiteral("id")).toString());
        QVERIFY2(m_fake->problems.isEmpty(), qPrintable(problems()));
    }
};

QTEST_GUILESS_MAIN(TestStatuspageConnector)
#include "tst_statuspageconnector.moc"
