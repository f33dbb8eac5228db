#include "TestPaths.h"
#include "PortalSiteChecks.h"

#include "exchange/IncidentImporter.h"
#include "publish/PortalSiteBuilder.h"
#include "render/RcaRenderer.h"
#include "storage/CatalogRepository.h"
#include "storage/Workspace.h"
#include "time/Rfc3339.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// The portal's pages and the RCA's HTML export through the Nu Html Checker (the
// validator behind validator.w3.org/nu), in English and in Hebrew (right to left):
// no error. Skipped where Java or vnu.jar is missing (packaging/linux/dev.sh
// installs both: default-jre-headless, and tests/package.json with npm).
class TestPortalValidation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    const QDateTime m_now = QDateTime(QDate(2016, 11, 22), QTime(12, 0), Qt::UTC);
    QString m_java;

    QJsonObject fixture() const
    {
        QFile f(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        QJsonObject active = incidents.at(0).toObject();
        active.insert(QStringLiteral("id"), QStringLiteral("3c0f4d44-1d5e-4b8a-8a3e-0d7c9b5e2a04"));
        active.insert(QStringLiteral("title"), QStringLiteral("Search slow"));
        active.insert(QStringLiteral("status"), QStringLiteral("investigating"));
        active.insert(QStringLiteral("windows"),
                      QJsonArray{QJsonObject{{"instance", "Primo MT EU01"}, {"start", Rfc3339::formatUtc(m_now.addSecs(-3600))},
                                             {"end", QJsonValue::Null}, {"impact", "degraded"}}});
        active.insert(QStringLiteral("updates"),
                      QJsonArray{QJsonObject{{"at", Rfc3339::formatUtc(m_now.addSecs(-3000))}, {"status", "investigating"},
                                             {"message", "Details: https://status.example.com/a/very/long/unbroken/path/that/"
                                                         "would/overflow/a/phone/screen?with=a&query=string\n\n"
                                                         "| a | b |\n|---|---|\n| `code` | **bold** |"}}});
        incidents.append(active);
        incidents.append(QJsonObject{
            {"id", "3c0f4d44-1d5e-4b8a-8a3e-0d7c9b5e2a02"},
            {"title", "Database upgrade"},
            {"severity", "none"},
            {"status", "identified"},
            {"windows", QJsonArray{QJsonObject{{"instance", "Primo MT EU01"}, {"start", Rfc3339::formatUtc(m_now.addDays(2))},
                                               {"end", Rfc3339::formatUtc(m_now.addDays(2).addSecs(3600))},
                                               {"impact", "maintenance"}}}},
        });
        doc.insert(QStringLiteral("incidents"), incidents);
        return doc;
    }

    // Every HTML file of a portal in `language` and the RCA exports, below `dir`.
    QStringList writeFiles(const QString &dir, const QString &language)
    {
        PortalSiteInput input = PortalSiteBuilder::inputFromWorkspace(m_workspace.get(), m_now);
        input.title = QStringLiteral("Example status");
        input.language = language;
        for (auto &incident : input.incidents) {
            if (incident.rca)
                incident.rca->language = language;
        }
        const PortalSite site = PortalSiteBuilder().build(input);
        QString error;
        if (!site.writeTo(dir, &error))
            return {};
        QStringList files;
        for (auto it = site.files.cbegin(); it != site.files.cend(); ++it) {
            if (it.key().endsWith(QLatin1String(".html")))
                files << QDir(dir).filePath(it.key());
        }
        RenderContext context = RenderContext::fromCatalog(CatalogRepository(m_workspace.get()));
        context.now = m_now;
        for (const auto &incident : std::as_const(input.incidents)) {
            const QString path = QDir(dir).filePath(QStringLiteral("export-%1.html").arg(incident.uuidString()));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(RcaRenderer(context).standaloneHtml(incident).toUtf8()) < 0)
                return {};
            files << path;
        }
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_dir.filePath(QStringLiteral("ws.sqlite"))));
        ImportBatch batch;
        ImportError error;
        QVERIFY2(IncidentImporter::parse(QJsonDocument(fixture()).toJson(), m_now, &batch, &error), qPrintable(error.message));
        ImportSummary summary;
        QVERIFY2(IncidentImporter::apply(m_workspace.get(), batch, &summary, &error), qPrintable(error.message));
        m_java = QStandardPaths::findExecutable(QStringLiteral("java"));
    }

    void pages_passTheNuHtmlChecker_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Hebrew") << QStringLiteral("he");
    }

    void pages_passTheNuHtmlChecker()
    {
        QFETCH(QString, language);
        const QString jar = QStringLiteral(OUTAGEDESK_VNU_JAR);
        if (m_java.isEmpty())
            QSKIP("java is not installed (Debian: default-jre-headless)");
        if (!QFile::exists(jar))
            QSKIP("vnu.jar is not installed (cd tests && npm ci --ignore-scripts)");
        const QString dir = m_dir.filePath(language);
        const QStringList files = writeFiles(dir, language);
        QCOMPARE(files.size(), 2 + 3 + 3); // index, history, three pages, three exports
        // Our own structure check agrees with the checker on these pages.
        for (const QString &file : files) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList problems = PortalSiteChecks::structureProblems(f.readAll());
            QVERIFY2(problems.isEmpty(), qPrintable(file + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        }
        QProcess vnu;
        vnu.start(m_java, QStringList{QStringLiteral("-jar"), jar, QStringLiteral("--errors-only"), QStringLiteral("--format"),
                                      QStringLiteral("gnu")} + files);
        QVERIFY(vnu.waitForFinished(300000));
        const QString report = QString::fromUtf8(vnu.readAllStandardError() + vnu.readAllStandardOutput());
        QVERIFY2(vnu.exitStatus() == QProcess::NormalExit && vnu.exitCode() == 0, qPrintable(report));
        QVERIFY2(report.trimmed().isEmpty(), qPrintable(report));
    }
};

QTEST_MAIN(TestPortalValidation)
#include "tst_portalvalidation.moc"
