#include "PublishTestBed.h"
#include "ScriptedHttpServer.h"

#include "publish/HttpTransport.h"
#include "publish/PublishOutcome.h"
#include "publish/RequestPacer.h"
#include "publish/StatuspageConnector.h"
#include "time/Clock.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

using namespace OutageDesk;

Q_DECLARE_METATYPE(OutageDesk::PortalKind)

// What the transport does with redirects, Retry-After and pacing, through every
// kind of portal: a portal server that redirects, and a second server (another
// origin) that records whatever reaches it.
class TestHttpTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedHttpServer> m_portal;
    std::unique_ptr<ScriptedHttpServer> m_elsewhere;

    static QString secretFor(PortalKind kind)
    {
        switch (kind) {
        case PortalKind::WebDav:
            return QStringLiteral("dav-password");
        case PortalKind::Statuspage:
            return QStringLiteral("key-123");
        case PortalKind::Webhook:
            return QStringLiteral("hmac-secret");
        }
        return {};
    }

    QString portalUrl(PortalKind kind) const
    {
        switch (kind) {
        case PortalKind::WebDav:
            return m_portal->baseUrl() + QStringLiteral("/dav/");
        case PortalKind::Statuspage:
            return m_portal->baseUrl();
        case PortalKind::Webhook:
            return m_portal->baseUrl() + QStringLiteral("/hook");
        }
        return {};
    }

    // How the portal answers once the request is where it belongs (below /moved).
    static ScriptedHttpServer::Response serve(const ScriptedHttpServer::Request &r)
    {
        if (r.method == "GET" && r.target.endsWith("manifest.json"))
            return ScriptedHttpServer::json(404, R"({"error":"none yet"})");
        if (r.method == "GET")
            return ScriptedHttpServer::json(200, "[]");
        if (r.method == "POST" && r.target.contains("/incidents"))
            return ScriptedHttpServer::json(201, R"({"id":"sp1","incident_updates":[]})");
        return ScriptedHttpServer::json(r.method == "PUT" || r.method == "MKCOL" ? 201 : 200, R"({"id":"sp1"})");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Pacing is tested on its own below; here it would only slow the matrix down.
        qputenv("OUTAGEDESK_STATUSPAGE_INTERVAL_MS", "0");
    }

    void init()
    {
        m_portal = std::make_unique<ScriptedHttpServer>();
        m_elsewhere = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_portal->listen());
        QVERIFY(m_elsewhere->listen());
        m_elsewhere->setHandler([](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::json(200, R"({"id":"evil"})"); });
    }

    void cleanup()
    {
        m_portal.reset();
        m_elsewhere.reset();
    }

    void redirect_neverCarriesTheRequestElsewhere_data()
    {
        QTest::addColumn<PortalKind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("sameOrigin");
        QTest::addColumn<bool>("followed");
        const QList<QPair<const char *, PortalKind>> kinds{
            {"webdav", PortalKind::WebDav}, {"webhook", PortalKind::Webhook}, {"statuspage", PortalKind::Statuspage}};
        for (const auto &kind : kinds) {
            for (const int status : {301, 302, 303, 307, 308}) {
                QTest::addRow("%s %d other origin", kind.first, status) << kind.second << status << false << false;
                // Same origin: followed only where the method and body are kept.
                QTest::addRow("%s %d same origin", kind.first, status)
                    << kind.second << status << true << (status == 307 || status == 308);
            }
        }
    }

    void redirect_neverCarriesTheRequestElsewhere()
    {
        QFETCH(PortalKind, kind);
        QFETCH(int, status);
        QFETCH(bool, sameOrigin);
        QFETCH(bool, followed);
        PublishTestBed bed;
        QVERIFY(bed.open());
        bed.addPortal(kind, portalUrl(kind), secretFor(kind));
        const QString elsewhere = m_elsewhere->baseUrl();
        m_portal->setHandler([&](const ScriptedHttpServer::Request &r) {
            if (r.target.startsWith("/moved"))
                return serve(r);
            ScriptedHttpServer::Response moved;
            moved.status = status;
            const QByteArray location = sameOrigin ? "/moved" + r.target : elsewhere.toLatin1() + "/moved" + r.target;
            moved.headers.append({QByteArrayLiteral("Location"), location});
            return moved;
        });
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        const int before = bed.publicationCount();
        const OutboxJob job = bed.publish(publisher);

        // Nothing at all reaches the other origin: no credentials, no signature, no body.
        QCOMPARE(m_elsewhere->requests().size(), 0);
        if (followed) {
            QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
            QCOMPARE(bed.publicationCount(), before + 1);
            // Each request was repeated at the new place with its method, body and credentials.
            const auto &requests = m_portal->requests();
            QVERIFY(requests.size() >= 2);
            for (qsizetype i = 0; i + 1 < requests.size(); i += 2) {
                const auto &original = requests.at(i);
                const auto &repeated = requests.at(i + 1);
                QCOMPARE(repeated.target, "/moved" + original.target);
                QCOMPARE(repeated.method, original.method);
                QCOMPARE(repeated.body, original.body);
                QCOMPARE(repeated.headers.value("authorization"), original.headers.value("authorization"));
                QCOMPARE(repeated.headers.value("x-outagedesk-signature"), original.headers.value("x-outagedesk-signature"));
            }
            return;
        }
        QCOMPARE(job.state, OutboxState::Failed);
        QCOMPARE(bed.publicationCount(), before); // no Publication History entry
        // The message names where the redirect pointed.
        const QString target = (sameOrigin ? m_portal->baseUrl() : elsewhere) + QStringLiteral("/moved");
        QVERIFY2(job.lastError.contains(target), qPrintable(job.lastError));
        QVERIFY2(job.lastError.contains(QLatin1String("redirect")), qPrintable(job.lastError));
        // The first refused redirect ended the attempt: nothing was followed.
        QCOMPARE(m_portal->requests().size(), 1);
    }

    void retryAfter_isCapped_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("capped");
        const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("seconds") << QByteArray("7") << 7 << false;
        QTest::newRow("one hour exactly") << QByteArray("3600") << 3600 << false;
        QTest::newRow("two billion") << QByteArray("2000000000") << PublishOutcome::kMaxRetryAfterSeconds << true;
        QTest::newRow("more than 64 bits") << QByteArray("99999999999999999999999") << PublishOutcome::kMaxRetryAfterSeconds << true;
        QTest::newRow("negative") << QByteArray("-5") << 0 << false;
        QTest::newRow("date in ten years") << QByteArray("Tue, 01 Jan 2036 00:00:00 GMT") << PublishOutcome::kMaxRetryAfterSeconds << true;
        QTest::newRow("date in 90 s") << QByteArray("Thu, 01 Jan 2026 00:01:30 GMT") << 90 << false;
        QTest::newRow("date past") << QByteArray("Wed, 31 Dec 2025 00:00:00 GMT") << 0 << false;
        QTest::newRow("nonsense") << QByteArray("soon") << -1 << false;
        QTest::newRow("absent") << QByteArray() << -1 << false;
    }

    void retryAfter_isCapped()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        QFETCH(bool, capped);
        bool wasCapped = !capped;
        QCOMPARE(PublishOutcome::parseRetryAfter(value, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), &wasCapped), seconds);
        QCOMPARE(wasCapped, capped);
    }

    void retryAfter_hugeValue_waitsOneHourAndSaysSo_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }

    void retryAfter_hugeValue_waitsOneHourAndSaysSo()
    {
        QFETCH(int, status);
        PublishTestBed bed;
        QVERIFY(bed.open());
        bed.addPortal(PortalKind::Webhook, portalUrl(PortalKind::Webhook), secretFor(PortalKind::Webhook));
        m_portal->setHandler([&](const ScriptedHttpServer::Request &) {
            auto r = ScriptedHttpServer::json(status, R"({"error":"later"})");
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2000000000")});
            return r;
        });
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        const QDateTime before = Clock::now();
        const OutboxJob job = bed.publish(publisher);
        const QDateTime after = Clock::now();
        QCOMPARE(job.state, OutboxState::Queued);
        QVERIFY2(job.nextAttemptAt >= before.addSecs(PublishOutcome::kMaxRetryAfterSeconds), qPrintable(job.nextAttemptAt.toString(Qt::ISODate)));
        QVERIFY2(job.nextAttemptAt <= after.addSecs(PublishOutcome::kMaxRetryAfterSeconds), qPrintable(job.nextAttemptAt.toString(Qt::ISODate)));
        QVERIFY2(job.lastError.contains(QLatin1String("one hour")), qPrintable(job.lastError));
        // Even a caller passing the raw value on gets the cap.
        QCOMPARE(Publisher::nextAttemptAfter(1, 2000000000, before), before.addSecs(PublishOutcome::kMaxRetryAfterSeconds));
    }

    // The default is Statuspage's documented one request per second per API key:
    // the pacer's computed delay says so, without timing anything.
    void pacing_defaultIsOnePerSecondPerKey()
    {
        const QByteArray saved = qgetenv("OUTAGEDESK_STATUSPAGE_INTERVAL_MS");
        qunsetenv("OUTAGEDESK_STATUSPAGE_INTERVAL_MS");
        const int interval = StatuspageConnector::requestIntervalMs();
        qputenv("OUTAGEDESK_STATUSPAGE_INTERVAL_MS", saved);
        QCOMPARE(interval, 1000);

        RequestPacer pacer;
        const QByteArray key = StatuspageConnector::pacingKey(QStringLiteral("key-123"));
        const QByteArray other = StatuspageConnector::pacingKey(QStringLiteral("key-456"));
        QVERIFY(!key.contains("key-123")); // the pacer holds no secret
        QCOMPARE(pacer.delayFor(key, 5000, interval), 0); // the first request goes at once
        pacer.recordRequest(key, 5000);
        QCOMPARE(pacer.delayFor(key, 5000, interval), 1000);
        QCOMPARE(pacer.delayFor(key, 5250, interval), 750);
        QCOMPARE(pacer.delayFor(key, 6000, interval), 0);
        QCOMPARE(pacer.delayFor(key, 9000, interval), 0);
        QCOMPARE(pacer.delayFor(other, 5250, interval), 0); // another key has its own budget
    }

    // Through the transport, with a short interval: consecutive requests of one key
    // leave at least the interval between them, measured by the server.
    void pacing_spacesRequestsOfOneKey()
    {
        Portal portal;
        portal.transferTimeoutMs = 5000;
        QNetworkAccessManager manager;
        HttpTransport http(&manager, portal);
        http.setPacing(StatuspageConnector::pacingKey(QStringLiteral("pace-test")), 120);
        QList<qint64> arrivals;
        QElapsedTimer clock;
        clock.start();
        m_portal->setHandler([&](const ScriptedHttpServer::Request &) {
            arrivals << clock.elapsed();
            return ScriptedHttpServer::json(200, "{}");
        });
        for (int i = 0; i < 4; ++i)
            QVERIFY(http.send("GET", QUrl(m_portal->baseUrl() + QStringLiteral("/x")), {}).isSuccess());
        QCOMPARE(arrivals.size(), 4);
        for (int i = 1; i < arrivals.size(); ++i)
            QVERIFY2(arrivals.at(i) - arrivals.at(i - 1) >= 100, qPrintable(QString::number(arrivals.at(i) - arrivals.at(i - 1))));
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << "https://api.example.com/v1" << "https://api.example.com/other" << true;
        QTest::newRow("default port") << "https://api.example.com/" << "https://api.example.com:443/x" << true;
        QTest::newRow("host case") << "https://API.example.com/" << "https://api.example.com/x" << true;
        QTest::newRow("other host") << "https://api.example.com/" << "https://evil.example.com/" << false;
        QTest::newRow("other port") << "http://127.0.0.1:8080/" << "http://127.0.0.1:8081/" << false;
        QTest::newRow("downgrade") << "https://api.example.com/" << "http://api.example.com/" << false;
        QTest::newRow("upgrade") << "http://api.example.com/" << "https://api.example.com/" << false;
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(HttpTransport::isSameOrigin(QUrl(a), QUrl(b)), same);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
