#include "TestPaths.h"
#include "KeychainSession.h"
#include "NginxFixture.h"
#include "PortalSiteChecks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

// `portal add`, `publish` and `outbox` of the real binary against a real nginx
// (WebDAV, basic auth, TLS from a private CA) and a real Secret Service.
class TestCliPublish : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    NginxFixture m_nginx;
    QNetworkAccessManager m_network;
    const QString m_uuid = QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101");
    QString m_db;
    int m_dbCounter = 0;

    Result run(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        for (const auto &key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--db"), m_db};
        all << args;
        p.start(TestPaths::binary(), all);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    Result addPortal(const QString &name, const QString &url, const QString &secret, const QStringList &more = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("OUTAGEDESK_PORTAL_SECRET"), secret);
        QStringList args{QStringLiteral("portal"), QStringLiteral("add"), name, QStringLiteral("--kind"), QStringLiteral("webdav"),
                         QStringLiteral("--url"), url, QStringLiteral("--user"), m_nginx.user()};
        return run(args + more, env);
    }

    // A fresh workspace with the example imported (and `extra` exchange files).
    void freshWorkspace(const QStringList &extra = {})
    {
        m_db = m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_dbCounter));
        const Result r = run(QStringList{QStringLiteral("import"), TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json"))} + extra);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    QJsonArray outbox()
    {
        const Result r = run({QStringLiteral("outbox"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).array();
    }

    int publicationsOf(const QString &uuid)
    {
        const Result r = run({QStringLiteral("export"), uuid, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray incidents = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("incidents")).toArray();
        return incidents.isEmpty() ? -1 : int(incidents.at(0).toObject().value(QStringLiteral("publications")).toArray().size());
    }

    QByteArray get(const QString &url, int *status, bool withCa = false)
    {
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(10000);
        if (withCa) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificates(QSslCertificate::fromPath(m_nginx.caFile()));
            request.setSslConfiguration(ssl);
        }
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    // Every file the manifest lists is served with that content, and nothing is active.
    void verifyServedSite(const QString &base, bool withCa = false)
    {
        int status = 0;
        const QByteArray manifestJson = get(base + QStringLiteral("manifest.json"), &status, withCa);
        QCOMPARE(status, 200);
        const QJsonObject files = QJsonDocument::fromJson(manifestJson).object().value(QStringLiteral("files")).toObject();
        QVERIFY(files.contains(QStringLiteral("index.html")));
        QVERIFY(files.contains(QStringLiteral("incidents/%1.html").arg(m_uuid)));
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            const QByteArray body = get(base + it.key(), &status, withCa);
            QCOMPARE(status, 200);
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()), it.value().toString());
            QVERIFY2(!body.contains("Do not publish"), qPrintable(it.key())); // the example's internal note
            if (it.key().endsWith(QLatin1String(".html"))) {
                const QStringList problems = PortalSiteChecks::activeContentIn(body);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
            }
        }
        QStringList ids;
        QCOMPARE(PortalSiteChecks::atomProblems(get(base + QStringLiteral("feed.atom"), &status, withCa), &ids), QString());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

    // The example file with its incidents replaced by `incidents`, written as `name`.
    QString writeExampleWith(const QString &name, const QJsonArray &incidents)
    {
        QFile f(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        doc.insert(QStringLiteral("incidents"), incidents);
        QFile out(m_dir.filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(doc).toJson());
        return out.fileName();
    }

    static QJsonObject simpleIncident(const QString &uuid, const QString &title, const QDateTime &start,
                                      const QDateTime &end, const QString &status)
    {
        QJsonObject window{{QStringLiteral("instance"), QStringLiteral("Primo MT EU01")},
                           {QStringLiteral("start"), start.toString(Qt::ISODate)},
                           {QStringLiteral("impact"), QStringLiteral("outage")}};
        if (end.isValid())
            window.insert(QStringLiteral("end"), end.toString(Qt::ISODate));
        return QJsonObject{{QStringLiteral("id"), uuid},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("severity"), QStringLiteral("major")},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("windows"), QJsonArray{window}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Every test but the usage ones needs both; without them it skips and says why.
    void init()
    {
        if (QByteArray(QTest::currentTestFunction()).startsWith("usage"))
            return;
        const QString missing = NginxFixture::missingReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        const QString noKeychain = KeychainSession::unavailableReason();
        if (!noKeychain.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no private Secret Service: ") + noKeychain));
        QString error;
        QVERIFY2(m_nginx.start(&error), qPrintable(error));
    }

    void usage_badArguments_exit2AndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown kind") << QStringList{"portal", "add", "p", "--kind", "ftp", "--url", "https://x.example/"};
        QTest::newRow("no url") << QStringList{"portal", "add", "p", "--kind", "webdav"};
        QTest::newRow("not http") << QStringList{"portal", "add", "p", "--kind", "webhook", "--url", "file:///etc/passwd"};
        QTest::newRow("statuspage without page") << QStringList{"portal", "add", "p", "--kind", "statuspage"};
        QTest::newRow("bad name") << QStringList{"portal", "add", "a b", "--kind", "webdav", "--url", "https://x.example/"};
        QTest::newRow("bad component") << QStringList{"portal", "add", "p", "--kind", "statuspage", "--page-id", "x", "--component", "nope"};
        QTest::newRow("publish without portal") << QStringList{"publish", "6f1c2a4e"};
        QTest::newRow("publish unknown portal") << QStringList{"publish", "6f1c2a4e", "--portal", "nowhere"};
        QTest::newRow("outbox unknown action") << QStringList{"outbox", "flush"};
        QTest::newRow("outbox cancel not an id") << QStringList{"outbox", "cancel", "abc"};
        QTest::newRow("outbox cancel no such job") << QStringList{"outbox", "cancel", "999"};
        QTest::newRow("build without out") << QStringList{"portal", "build"};
        QTest::newRow("build unknown time format") << QStringList{"portal", "build", "--out", "site", "--time-format", "13h"};
        QTest::newRow("build unshipped language") << QStringList{"portal", "build", "--out", "site", "--language", "xx"};
        QTest::newRow("add unknown time format")
            << QStringList{"portal", "add", "p", "--kind", "webdav", "--url", "https://x.example/", "--time-format", "am/pm"};
    }

    void usage_badArguments_exit2AndWriteNothing()
    {
        QFETCH(QStringList, args);
        freshWorkspace();
        QProcessEnvironment env;
        env.insert(QStringLiteral("OUTAGEDESK_PORTAL_SECRET"), QStringLiteral("x"));
        const Result r = run(args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("outagedesk: "));
        QCOMPARE(r.err.count('\n'), 1); // one clear line
        QCOMPARE(run({QStringLiteral("portal"), QStringLiteral("list")}).out, QByteArray());
    }

    void usage_portalBuild_writesSiteWithManifest()
    {
        freshWorkspace();
        const QString out = m_dir.filePath(QStringLiteral("site"));
        const Result r = run({QStringLiteral("portal"), QStringLiteral("build"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile manifest(out + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject files = QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("files")).toObject();
        // index, history, one incident page, the feed, incidents.json, scheduled-maintenances.json, summary.json
        QCOMPARE(files.size(), 7);
        // Without --url the feed's links are relative, and the output says so.
        QVERIFY2(r.out.contains("relative"), r.out.constData());
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            QFile f(out + QLatin1Char('/') + it.key());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray body = f.readAll();
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()), it.value().toString());
            QVERIFY(!body.contains("Do not publish"));
        }
    }

    void usage_portalBuild_withUrlAndTimeFormat()
    {
        freshWorkspace();
        const QString out = m_dir.filePath(QStringLiteral("site12h"));
        const Result r = run({QStringLiteral("portal"), QStringLiteral("build"), QStringLiteral("--out"), out, QStringLiteral("--url"),
                              QStringLiteral("https://status.example.com"), QStringLiteral("--time-format"), QStringLiteral("12h")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.out.contains("relative"), r.out.constData());
        QFile page(out + QStringLiteral("/incidents/%1.html").arg(m_uuid));
        QVERIFY(page.open(QIODevice::ReadOnly));
        // The first window began at 14:56 CET: on a 12-hour portal that is 2:56 PM.
        const QByteArray html = page.readAll();
        QVERIFY2(html.contains(">2016-11-14 2:56 PM CET</time>"), html.constData());
        QFile feed(out + QStringLiteral("/feed.atom"));
        QVERIFY(feed.open(QIODevice::ReadOnly));
        QVERIFY(feed.readAll().contains("href=\"https://status.example.com/incidents/"));
    }

    void publish_filesAreServedAndRepublishAddsNoDuplicates()
    {
        freshWorkspace();
        QCOMPARE(addPortal(QStringLiteral("status"), m_nginx.httpUrl(), m_nginx.password()).exitCode, 0);
        const int before = publicationsOf(m_uuid);
        Result r = run({QStringLiteral("publish"), m_uuid.left(8), QStringLiteral("--portal"), QStringLiteral("status"),
                        QStringLiteral("--note"), QStringLiteral("First publication")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyServedSite(m_nginx.httpUrl());
        QCOMPARE(publicationsOf(m_uuid), before + 1);
        int status = 0;
        QVERIFY(get(m_nginx.httpUrl() + QStringLiteral("incidents/%1.html").arg(m_uuid), &status).contains("First publication"));

        QStringList firstIds;
        PortalSiteChecks::atomProblems(get(m_nginx.httpUrl() + QStringLiteral("feed.atom"), &status), &firstIds);
        const int putsBefore = m_nginx.countRequests("PUT");
        r = run({QStringLiteral("publish"), m_uuid, QStringLiteral("--portal"), QStringLiteral("status"), QStringLiteral("--note"),
                 QStringLiteral("Second publication")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyServedSite(m_nginx.httpUrl());
        QStringList secondIds;
        PortalSiteChecks::atomProblems(get(m_nginx.httpUrl() + QStringLiteral("feed.atom"), &status), &secondIds);
        QCOMPARE(secondIds, firstIds);
        QCOMPARE(publicationsOf(m_uuid), before + 2);
        // Only what changed went up again: the incident's page (its history), the
        // index (its date), the feed (RCA entry), incidents.json and the manifest.
        const int puts = m_nginx.countRequests("PUT") - putsBefore;
        QVERIFY2(puts >= 1 && puts <= 5, qPrintable(QString::number(puts)));
        QVERIFY(outbox().isEmpty());
    }

    // The static portal is rebuilt as a whole on every publish: the other incidents
    // must go out exactly as they were last published, whatever happened to them
    // since in the workspace (edited, deleted), and an outage nobody published must
    // not show in the portal's status.
    void publish_otherIncidentsGoOutAsLastPublished()
    {
        const QString other = QStringLiteral("0b7e3d1c-5a2f-4e8b-9c61-7f2d4a9e3b52");
        const QString secret = QStringLiteral("2c9a8f47-61d3-4b0e-8a75-d3e1f6b2c904");
        const QDateTime day = QDateTime::currentDateTimeUtc().addDays(-3);
        freshWorkspace({writeExampleWith(QStringLiteral("other.json"),
                                         {simpleIncident(other, QStringLiteral("Slow searches in EU01"), day,
                                                         day.addSecs(1800), QStringLiteral("resolved"))})});
        QCOMPARE(addPortal(QStringLiteral("status"), m_nginx.httpUrl() + QStringLiteral("snap/"), m_nginx.password()).exitCode, 0);
        for (const QString &uuid : {m_uuid, other}) {
            const Result r = run({QStringLiteral("publish"), uuid, QStringLiteral("--portal"), QStringLiteral("status")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QString base = m_nginx.httpUrl() + QStringLiteral("snap/");
        const QString otherPage = QStringLiteral("incidents/%1.html").arg(other);
        int status = 0;
        const QByteArray pageBefore = get(base + otherPage, &status);
        QCOMPARE(status, 200);
        QVERIFY(pageBefore.contains("Slow searches in EU01"));

        // Unpublished work: the other incident renamed and reopened with an ongoing
        // outage, and a third incident with an ongoing outage.
        const QString edits = writeExampleWith(
            QStringLiteral("edits.json"),
            {simpleIncident(other, QStringLiteral("DRAFT renamed, not for customers"), day, QDateTime(),
                            QStringLiteral("investigating")),
             simpleIncident(secret, QStringLiteral("Unpublished outage"), QDateTime::currentDateTimeUtc().addSecs(-3600),
                            QDateTime(), QStringLiteral("investigating"))});
        QCOMPARE(run({QStringLiteral("import"), edits}).exitCode, 0);

        Result r = run({QStringLiteral("publish"), m_uuid, QStringLiteral("--portal"), QStringLiteral("status"),
                        QStringLiteral("--note"), QStringLiteral("Republished")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(get(base + QStringLiteral("incidents/%1.html").arg(m_uuid), &status).contains("Republished"));
        QCOMPARE(get(base + otherPage, &status), pageBefore);
        const QJsonObject files = QJsonDocument::fromJson(get(base + QStringLiteral("manifest.json"), &status))
                                      .object().value(QStringLiteral("files")).toObject();
        QVERIFY(!files.contains(QStringLiteral("incidents/%1.html").arg(secret)));
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            const QByteArray body = get(base + it.key(), &status);
            QVERIFY2(!body.contains("DRAFT renamed") && !body.contains("Unpublished outage"), qPrintable(it.key()));
        }
        const QByteArray index = get(base + QStringLiteral("index.html"), &status);
        QVERIFY(index.contains("Slow searches in EU01"));
        QVERIFY2(!index.contains("class=\"st major\""), "an unpublished outage shows in the current status");

        // Publishing the other incident is what changes its page and the status.
        r = run({QStringLiteral("publish"), other, QStringLiteral("--portal"), QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(get(base + otherPage, &status).contains("DRAFT renamed"));
        QVERIFY(get(base + QStringLiteral("index.html"), &status).contains("class=\"st major\""));
        QVERIFY(!get(base + QStringLiteral("index.html"), &status).contains("Unpublished outage"));
    }

    void unapprovedRca_isLeftOutAndSaidSo()
    {
        freshWorkspace();
        // `approve` is the only way in; edit the RCA back to draft through import.
        QFile f(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        QJsonObject incident = incidents.at(0).toObject();
        QJsonObject rca = incident.value(QStringLiteral("rca")).toObject();
        rca.insert(QStringLiteral("state"), QStringLiteral("draft"));
        rca.remove(QStringLiteral("approvedBy"));
        rca.remove(QStringLiteral("approvedAt"));
        incident.insert(QStringLiteral("rca"), rca);
        incidents.replace(0, incident);
        doc.insert(QStringLiteral("incidents"), incidents);
        QFile draft(m_dir.filePath(QStringLiteral("draft.json")));
        QVERIFY(draft.open(QIODevice::WriteOnly));
        draft.write(QJsonDocument(doc).toJson());
        draft.close();
        QCOMPARE(run({QStringLiteral("import"), draft.fileName()}).exitCode, 0);
        QCOMPARE(addPortal(QStringLiteral("draftportal"), m_nginx.httpUrl() + QStringLiteral("draft/"), m_nginx.password()).exitCode, 0);

        const Result r = run({QStringLiteral("publish"), m_uuid, QStringLiteral("--portal"), QStringLiteral("draftportal")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("not approved"), r.err.constData());
        int status = 0;
        const QByteArray page = get(m_nginx.httpUrl() + QStringLiteral("draft/incidents/%1.html").arg(m_uuid), &status);
        QCOMPARE(status, 200);
        QVERIFY(page.contains("We are watching the load closely."));
        QVERIFY(!page.contains("denial-of-service attempts"));
    }

    void serverStopped_queuedThenRetryPublishesOnce()
    {
        freshWorkspace();
        QCOMPARE(addPortal(QStringLiteral("status"), m_nginx.httpUrl() + QStringLiteral("offline/"), m_nginx.password()).exitCode, 0);
        const int before = publicationsOf(m_uuid);
        m_nginx.stop();
        Result r = run({QStringLiteral("publish"), m_uuid, QStringLiteral("--portal"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("queued"), r.err.constData());
        QJsonArray jobs = outbox();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QVERIFY(jobs.at(0).toObject().value(QStringLiteral("lastError")).toString().contains(QLatin1String("refused")));
        QCOMPARE(publicationsOf(m_uuid), before);

        r = run({QStringLiteral("outbox"), QStringLiteral("retry")});
        QCOMPARE(r.exitCode, 3); // still down

        QString error;
        QVERIFY2(m_nginx.start(&error), qPrintable(error));
        r = run({QStringLiteral("outbox"), QStringLiteral("retry")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("1 published"));
        QVERIFY(outbox().isEmpty());
        QCOMPARE(publicationsOf(m_uuid), before + 1);
        verifyServedSite(m_nginx.httpUrl() + QStringLiteral("offline/"));

        r = run({QStringLiteral("outbox"), QStringLiteral("retry")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("0 published"));
        QCOMPARE(publicationsOf(m_uuid), before + 1);
    }

    void outboxCancel_queuedJobNeverGoesOut()
    {
        freshWorkspace();
        QCOMPARE(addPortal(QStringLiteral("status"), m_nginx.httpUrl() + QStringLiteral("cancelled/"), m_nginx.password()).exitCode, 0);
        const int before = publicationsOf(m_uuid);
        const int puts = m_nginx.countRequests("PUT");
        m_nginx.stop();
        Result r = run({QStringLiteral("publish"), m_uuid, QStringLiteral("--portal"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        const QJsonArray jobs = outbox();
        QCOMPARE(jobs.size(), 1);
        const QString id = QString::number(jobs.at(0).toObject().value(QStringLiteral("id")).toInteger());

        r = run({QStringLiteral("outbox"), QStringLiteral("cancel"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("cancelled"), r.out.constData());
        QVERIFY(outbox().isEmpty());
        // A second cancel finds nothing: one line, exit 2.
        r = run({QStringLiteral("outbox"), QStringLiteral("cancel"), id});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);

        QString error;
        QVERIFY2(m_nginx.start(&error), qPrintable(error));
        r = run({QStringLiteral("outbox"), QStringLiteral("retry")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("0 published"));
        QCOMPARE(publicationsOf(m_uuid), before);
        QVERIFY(!QFileInfo::exists(m_nginx.documentRoot() + QStringLiteral("/cancelled")));
        QCOMPARE(m_nginx.countRequests("PUT"), puts);
    }

    void wrongPassword_clear401AndJobKept()
    {
        freshWorkspace();
        QCOMPARE(addPortal(QStringLiteral("status"), m_nginx.httpUrl() + QStringLiteral("denied/"), QStringLiteral("wrong")).exitCode, 0);
        const Result r = run({QStringLiteral("publish"), m_uuid, QStringLiteral("--portal"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("401") && r.err.contains("credentials"), r.err.constData());
        const QJsonArray jobs = outbox();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(QFileInfo::exists(m_nginx.documentRoot() + QStringLiteral("/denied")) == false);

        // Fixed password: the same job goes out.
        QCOMPARE(addPortal(QStringLiteral("status"), m_nginx.httpUrl() + QStringLiteral("denied/"), m_nginx.password()).exitCode, 0);
        const Result retry = run({QStringLiteral("outbox"), QStringLiteral("retry")});
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
        QVERIFY(outbox().isEmpty());
    }

    void silentServer_timesOutAndQueues()
    {
        freshWorkspace();
        // Listening, so connections are accepted by the kernel, and never read or answered.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1/dav/").arg(silent.serverPort());
        QCOMPARE(addPortal(QStringLiteral("silent"), url, QStringLiteral("x"), {QStringLiteral("--timeout-ms"), QStringLiteral("500")}).exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        const Result r = run({QStringLiteral("publish"), m_uuid, QStringLiteral("--portal"), QStringLiteral("silent")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("no answer"), r.err.constData());
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(outbox().at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    }

    void tls_unknownCaRefused_configuredCaAccepted()
    {
        freshWorkspace();
        QCOMPARE(addPortal(QStringLiteral("tls"), m_nginx.httpsUrl(), m_nginx.password()).exitCode, 0);
        Result r = run({QStringLiteral("publish"), m_uuid, QStringLiteral("--portal"), QStringLiteral("tls")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("certificate"), r.err.constData());
        QCOMPARE(outbox().at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));

        QCOMPARE(addPortal(QStringLiteral("tls"), m_nginx.httpsUrl(), m_nginx.password(),
                           {QStringLiteral("--ca-file"), m_nginx.caFile()}).exitCode, 0);
        r = run({QStringLiteral("outbox"), QStringLiteral("retry")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyServedSite(m_nginx.httpsUrl(), true);
    }

    void killedMidUpload_nextRunCompletesWithoutDuplicates()
    {
        // A day offline: many publications wait in the outbox. Draining them is one
        // site build and an upload long enough to interrupt.
        constexpr int kWaiting = 100;
        QFile f(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject example = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("incidents")).toArray().at(0).toObject();
        QJsonArray many;
        QStringList uuids{m_uuid};
        for (int i = 0; i < kWaiting - 1; ++i) {
            QJsonObject copy = example;
            uuids << QUuid::createUuid().toString(QUuid::WithoutBraces);
            copy.insert(QStringLiteral("id"), uuids.constLast());
            copy.insert(QStringLiteral("title"), QStringLiteral("Earlier incident %1").arg(i));
            many.append(copy);
        }
        freshWorkspace({writeExampleWith(QStringLiteral("many.json"), many)});
        QCOMPARE(addPortal(QStringLiteral("big"), m_nginx.httpUrl() + QStringLiteral("big/"), m_nginx.password()).exitCode, 0);
        const int before = publicationsOf(m_uuid);
        m_nginx.stop();
        for (const QString &uuid : std::as_const(uuids))
            QCOMPARE(run({QStringLiteral("publish"), uuid, QStringLiteral("--portal"), QStringLiteral("big")}).exitCode, 3);
        QCOMPARE(outbox().size(), kWaiting);
        QString error;
        QVERIFY2(m_nginx.start(&error), qPrintable(error));

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        p.setProcessEnvironment(env);
        const int putsBefore = m_nginx.countRequests("PUT");
        p.start(TestPaths::binary(), {QStringLiteral("--db"), m_db, QStringLiteral("outbox"), QStringLiteral("retry")});
        QVERIFY(p.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (m_nginx.countRequests("PUT") - putsBefore < 20 && timer.elapsed() < 60000 && p.state() == QProcess::Running)
            QThread::msleep(5);
        QVERIFY2(p.state() == QProcess::Running, "the upload finished before it could be interrupted");
        p.kill();
        p.waitForFinished();
        QVERIFY(!QFileInfo::exists(m_nginx.documentRoot() + QStringLiteral("/big/manifest.json")));
        const QJsonArray jobs = outbox();
        QCOMPARE(jobs.size(), kWaiting);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sending"));

        const Result r = run({QStringLiteral("outbox"), QStringLiteral("retry")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray::number(kWaiting) + " published"), r.out.constData());
        QVERIFY(outbox().isEmpty());
        QCOMPARE(publicationsOf(m_uuid), before + 1);
        verifyServedSite(m_nginx.httpUrl() + QStringLiteral("big/"));
        int status = 0;
        const QJsonObject files = QJsonDocument::fromJson(get(m_nginx.httpUrl() + QStringLiteral("big/manifest.json"), &status))
                                      .object().value(QStringLiteral("files")).toObject();
        // the incident pages, index, history, feed, incidents.json, scheduled-maintenances.json and summary.json
        QCOMPARE(files.size(), kWaiting + 6);
        QDir pages(m_nginx.documentRoot() + QStringLiteral("/big/incidents"));
        QCOMPARE(pages.entryList(QDir::Files).size(), kWaiting);
    }
};

int main(int argc, char **argv)
{
    KeychainSession::enterOrReexec(argc, argv);
    QCoreApplication app(argc, argv);
    TestCliPublish test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_publish.moc"
