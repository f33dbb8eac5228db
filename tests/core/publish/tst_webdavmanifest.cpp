#include "NginxFixture.h"
#include "PublishTestBed.h"
#include "ScriptedHttpServer.h"

#include "publish/PortalSite.h"
#include "publish/WebDavConnector.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace OutageDesk;

// The server's manifest.json is not trusted: only paths the desk itself generates
// are ever deleted, whatever a tampered or hostile manifest lists.
class TestWebDavManifest : public QObject
{
    Q_OBJECT

    static QByteArray manifestWith(const QStringList &keys)
    {
        QJsonObject files;
        for (const QString &key : keys)
            files.insert(key, QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000"));
        return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("outagedesk.portal-manifest")},
                                         {QStringLiteral("version"), 1},
                                         {QStringLiteral("algorithm"), QStringLiteral("sha256")},
                                         {QStringLiteral("files"), files}})
            .toJson();
    }

    static QStringList hostileKeys()
    {
        return {QStringLiteral("../x"),
                QStringLiteral("../outside.html"),
                QStringLiteral("#frag"),
                QStringLiteral("index.html#frag"),
                QStringLiteral("http://evil.example/x.html"),
                QStringLiteral("//evil.example/x.html"),
                QStringLiteral("%2e%2e/x.html"),
                QStringLiteral("%2E%2E%2Fx.html"),
                QStringLiteral("/etc/passwd.html"),
                QStringLiteral("index.html?delete=all"),
                QStringLiteral(""),
                QStringLiteral("."),
                QStringLiteral("/"),
                QStringLiteral("incidents/"),
                QStringLiteral("incidents/../../x.html"),
                QStringLiteral("incidents/./a.html"),
                QStringLiteral("a\\..\\x.html"),
                QStringLiteral("manifest.json"),
                QStringLiteral(".htaccess"),
                QStringLiteral("x\u0007\u001b[2J.html")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void isGeneratedPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("generated");
        for (const char *ok : {"index.html", "history.html", "feed.atom", "incidents.json", "summary.json",
                               "scheduled-maintenances.json", "incidents/6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101.html"})
            QTest::newRow(ok) << QString::fromLatin1(ok) << true;
        const QStringList hostile = hostileKeys();
        for (int i = 0; i < hostile.size(); ++i)
            QTest::addRow("hostile %d", i) << hostile.at(i) << false;
        QTest::newRow("too deep") << "a/b/c/d.html" << false;
        QTest::newRow("empty segment") << "incidents//a.html" << false;
        QTest::newRow("script") << "x.php" << false;
        QTest::newRow("scheme only") << "javascript:alert(1).html" << false;
        QTest::newRow("space") << "a b.html" << false;
    }

    void isGeneratedPath()
    {
        QFETCH(QString, path);
        QFETCH(bool, generated);
        QCOMPARE(WebDavConnector::isGeneratedPath(path), generated);
    }

    // A scripted server whose manifest lists every hostile key beside one stale file
    // we did generate: that one is deleted, the rest left alone with a warning each.
    void hostileManifest_onlyGeneratedPathsDeleted()
    {
        PublishTestBed bed;
        QVERIFY(bed.open());
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        bed.addPortal(PortalKind::WebDav, server.baseUrl() + QStringLiteral("/portal/"), QStringLiteral("dav-password"));
        const QString stale = QStringLiteral("incidents/00000000-0000-4000-8000-000000000001.html");
        QStringList keys = hostileKeys();
        keys << stale;
        const QByteArray manifest = manifestWith(keys);
        QByteArray uploadedManifest;
        server.setHandler([&](const ScriptedHttpServer::Request &r) {
            if (r.method == "GET" && r.target == "/portal/manifest.json")
                return ScriptedHttpServer::json(200, manifest);
            if (r.method == "PUT" && r.target == "/portal/manifest.json")
                uploadedManifest = r.body;
            ScriptedHttpServer::Response ok;
            ok.status = r.method == "DELETE" ? 204 : 201;
            return ok;
        });
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        const OutboxJob job = bed.publish(publisher);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));

        QStringList deleted;
        for (const auto &r : server.requests()) {
            if (r.method == "DELETE")
                deleted << QString::fromLatin1(r.target);
            // Nothing went outside the portal folder, by any method.
            QVERIFY2(r.target.startsWith("/portal/") && !r.target.contains("..") && !r.target.contains('?'), r.target.constData());
        }
        QCOMPARE(deleted, QStringList{QStringLiteral("/portal/") + stale});
        // One warning per ignored key, naming it, printable.
        QCOMPARE(job.warnings.size(), hostileKeys().size());
        for (const QString &warning : job.warnings) {
            for (const QChar c : warning)
                QVERIFY2(c.isPrint(), qPrintable(warning));
        }
        QVERIFY(std::any_of(job.warnings.cbegin(), job.warnings.cend(),
                            [](const QString &w) { return w.contains(QStringLiteral("“../x”")); }));
        QVERIFY(std::any_of(job.warnings.cbegin(), job.warnings.cend(),
                            [](const QString &w) { return w.contains(QStringLiteral("“#frag”")); }));
        // The manifest put back is ours alone, so the warnings are not repeated forever.
        bool ok = false;
        const auto hashes = PortalSite::hashesFromManifest(uploadedManifest, &ok);
        QVERIFY(ok);
        for (auto it = hashes.constBegin(); it != hashes.constEnd(); ++it)
            QVERIFY2(WebDavConnector::isGeneratedPath(it.key()), qPrintable(it.key()));
        QVERIFY(!hashes.contains(stale));
    }

    // Real nginx: a manifest tampered with on the server cannot delete a file beside
    // the portal folder, nor the portal folder itself.
    void tamperedManifest_onNginx_deletesNothingOutsideThePortal()
    {
        const QString missing = NginxFixture::missingReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        NginxFixture nginx;
        QString error;
        QVERIFY2(nginx.start(&error), qPrintable(error));
        PublishTestBed bed;
        QVERIFY(bed.open());
        bed.addPortal(PortalKind::WebDav, nginx.httpUrl() + QStringLiteral("portal/"), nginx.password());
        Publisher publisher(bed.workspace.get(), &bed.credentials);
        OutboxJob job = bed.publish(publisher);
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));

        const QString root = nginx.documentRoot();
        const QString beside = root + QStringLiteral("/beside.html");
        {
            QFile f(beside);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<p>another site's page</p>");
        }
        const QString manifestFile = root + QStringLiteral("/portal/manifest.json");
        QFile f(manifestFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject files = doc.value(QStringLiteral("files")).toObject();
        for (const char *key : {"../beside.html", "#frag", "%2e%2e/beside.html", "./", "incidents/../../beside.html"})
            files.insert(QLatin1String(key), QStringLiteral("tampered"));
        doc.insert(QStringLiteral("files"), files);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(doc).toJson());
        f.close();

        job = bed.publish(publisher, QStringLiteral("Again"));
        QVERIFY2(job.state == OutboxState::Done, qPrintable(job.lastError));
        QCOMPARE(job.warnings.size(), 5);
        QVERIFY(QFileInfo::exists(beside));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/portal/index.html")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/portal/incidents/%1.html").arg(PublishTestBed::kUuid)));
        QCOMPARE(nginx.countRequests("DELETE"), 0);
        // The manifest on the server is ours again.
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray now = f.readAll();
        QVERIFY(!now.contains("beside"));
        QVERIFY(!now.contains("frag"));
    }
};

QTEST_GUILESS_MAIN(TestWebDavManifest)
#include "tst_webdavmanifest.moc"
