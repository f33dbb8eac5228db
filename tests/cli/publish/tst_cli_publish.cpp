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
        p.start(QStringLiteral(OUTAGEDESK_BINARY), all);
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
        const Result r = run(QStringList{QStringLiteral("import"), QStringLiteral(OUTAGEDESK_TEST_FIXTURES "/primo-eu01-2016-11.json")} + extra);
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
        QTest::newRow("build without out") << QStringList{"portal", "build"};
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
        QCOMPARE(files.size(), 5);
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            QFile f(out + QLatin1Char('/') + it.key());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray body = f.readAll();
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()), it.value().toString());
            QVERIFY(!body.contains("Do not publish"));
        }
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

    void unapprovedRca_isLeftOutAndSaidSo()
    {
        freshWorkspace();
        // `approve` is the only way in; edit the RCA back to draft through import.
        QFile f(QStringLiteral(OUTAGEDESK_TEST_FIXTURES "/primo-eu01-2016-11.json"));
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
        // Many incidents already on this portal make an upload long enough to interrupt.
        QFile f(QStringLiteral(OUTAGEDESK_TEST_FIXTURES "/primo-eu01-2016-11.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject example = doc.value(QStringLiteral("incidents")).toArray().at(0).toObject();
        QJsonArray many;
        for (int i = 0; i < 300; ++i) {
            QJsonObject copy = example;
            copy.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            copy.insert(QStringLiteral("title"), QStringLiteral("Earlier incident %1").arg(i));
            copy.insert(QStringLiteral("publications"),
                        QJsonArray{QJsonObject{{QStringLiteral("at"), QStringLiteral("2016-11-21T09:00:00Z")},
                                               {QStringLiteral("note"), QStringLiteral("Initial publication")},
                                               {QStringLiteral("portal"), QStringLiteral("big")}}});
            many.append(copy);
        }
        doc.insert(QStringLiteral("incidents"), many);
        QFile manyFile(m_dir.filePath(QStringLiteral("many.json")));
        QVERIFY(manyFile.open(QIODevice::WriteOnly));
        manyFile.write(QJsonDocument(doc).toJson());
        manyFile.close();
        freshWorkspace({manyFile.fileName()});
        QCOMPARE(addPortal(QStringLiteral("big"), m_nginx.httpUrl() + QStringLiteral("big/"), m_nginx.password()).exitCode, 0);
        const int before = publicationsOf(m_uuid);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        p.setProcessEnvironment(env);
        const int putsBefore = m_nginx.countRequests("PUT");
        p.start(QStringLiteral(OUTAGEDESK_BINARY), {QStringLiteral("--db"), m_db, QStringLiteral("publish"), m_uuid,
                                                    QStringLiteral("--portal"), QStringLiteral("big")});
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
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sending"));

        const Result r = run({QStringLiteral("outbox"), QStringLiteral("retry")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(outbox().isEmpty());
        QCOMPARE(publicationsOf(m_uuid), before + 1);
        verifyServedSite(m_nginx.httpUrl() + QStringLiteral("big/"));
        int status = 0;
        const QJsonObject files = QJsonDocument::fromJson(get(m_nginx.httpUrl() + QStringLiteral("big/manifest.json"), &status))
                                      .object().value(QStringLiteral("files")).toObject();
        QCOMPARE(files.size(), 301 + 4); // the incident pages, index, history, feed and incidents.json
        QDir pages(m_nginx.documentRoot() + QStringLiteral("/big/incidents"));
        QCOMPARE(pages.entryList(QDir::Files).size(), 301);
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
