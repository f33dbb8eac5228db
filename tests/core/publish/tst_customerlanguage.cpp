#include "TestPaths.h"
#include "PortalSiteChecks.h"

#include "exchange/IncidentImporter.h"
#include "i18n/Translator.h"
#include "publish/PortalSiteBuilder.h"
#include "publish/WebhookConnector.h"
#include "render/RcaRenderer.h"
#include "render/gantt/IncidentChartSvg.h"
#include "storage/CatalogRepository.h"
#include "storage/Workspace.h"
#include "time/Rfc3339.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// What customers read takes its language from the portal or the RCA, never from the
// window: every customer-facing artefact is rendered under a Hebrew user interface
// for English readers (no Hebrew letter may appear: the user's own text here is
// English) and under an English user interface for Hebrew readers (none of the
// English labels that the English rendition shows may appear, except where the
// user's own text says them).
class TestCustomerLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Translator> m_translator;
    const QDateTime m_now = QDateTime(QDate(2016, 11, 22), QTime(12, 0), Qt::UTC);
    const QString m_uuid = QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101");
    const QString m_maintenanceUuid = QStringLiteral("3c0f4d44-1d5e-4b8a-8a3e-0d7c9b5e2a02");
    QString m_userText; // every text of the fixture a user typed

    static QJsonObject document()
    {
        QFile f(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    // The example, an ongoing incident and a scheduled maintenance: every part of the portal shows.
    QJsonObject fixture() const
    {
        QJsonObject doc = document();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        QJsonObject active = incidents.at(0).toObject();
        active.insert(QStringLiteral("id"), QStringLiteral("3c0f4d44-1d5e-4b8a-8a3e-0d7c9b5e2a04"));
        active.insert(QStringLiteral("title"), QStringLiteral("Search slow"));
        active.insert(QStringLiteral("status"), QStringLiteral("monitoring"));
        active.remove(QStringLiteral("rca"));
        active.insert(QStringLiteral("windows"),
                      QJsonArray{QJsonObject{{"instance", "Primo MT EU01"}, {"start", Rfc3339::formatUtc(m_now.addSecs(-7200))},
                                             {"end", QJsonValue::Null}, {"impact", "degraded"}}});
        incidents.append(active);
        incidents.append(QJsonObject{
            {"id", m_maintenanceUuid},
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

    static void collectStrings(const QJsonValue &value, QString *into)
    {
        if (value.isString()) {
            *into += value.toString() + QLatin1Char('\n');
        } else if (value.isArray()) {
            for (const auto &v : value.toArray())
                collectStrings(v, into);
        } else if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                collectStrings(it.value(), into);
        }
    }

    // The incidents as the portal gets them, their RCAs in `language`.
    PortalSiteInput input(const QString &language) const
    {
        PortalSiteInput in = PortalSiteBuilder::inputFromWorkspace(m_workspace.get(), m_now);
        in.title = QStringLiteral("Example status");
        in.baseUrl = QStringLiteral("https://status.example.com/");
        in.language = language;
        for (auto &incident : in.incidents) {
            if (incident.rca)
                incident.rca->language = language;
        }
        return in;
    }

    Incident incident(const QString &language) const
    {
        const PortalSiteInput in = input(language);
        for (const auto &i : in.incidents) {
            if (i.uuidString() == m_uuid)
                return i;
        }
        return {};
    }

    RenderContext renderContext() const
    {
        RenderContext context = RenderContext::fromCatalog(CatalogRepository(m_workspace.get()));
        context.now = m_now;
        return context;
    }

    // One artefact in `language`, as text.
    QString render(const QString &artefact, const QString &language)
    {
        const auto file = [&](const QString &path) {
            return QString::fromUtf8(PortalSiteBuilder().build(input(language)).files.value(path));
        };
        if (artefact.startsWith(QLatin1String("portal ")))
            return file(artefact.mid(7).replace(QLatin1String("INCIDENT"), m_uuid).replace(QLatin1String("MAINTENANCE"), m_maintenanceUuid));
        const Incident rcaIncident = incident(language);
        if (artefact == QLatin1String("chart svg"))
            return IncidentChartSvg(renderContext(), language).svg(rcaIncident);
        if (artefact == QLatin1String("rca markdown"))
            return RcaRenderer(renderContext()).markdown(rcaIncident);
        if (artefact == QLatin1String("rca html export"))
            return RcaRenderer(renderContext()).standaloneHtml(rcaIncident);
        if (artefact == QLatin1String("rca pdf export")) {
            QString error;
            const QString pdf = m_dir.filePath(QStringLiteral("rca-%1.pdf").arg(language));
            if (!RcaRenderer(renderContext()).writePdf(rcaIncident, pdf, QPageSize::A4, &error))
                return QStringLiteral("PDF failed: ") + error;
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            if (!p.waitForFinished(60000))
                return QStringLiteral("pdftotext failed");
            return QString::fromUtf8(p.readAllStandardOutput());
        }
        if (artefact == QLatin1String("webhook payload")) {
            PublishContext context;
            context.incident = PortalSiteBuilder::publicView(rcaIncident);
            context.render = renderContext();
            context.now = m_now;
            context.job.idempotencyKey = QUuid::fromString(QStringLiteral("5b1f0a8e-63a2-4c0f-9d1e-2a7b3c4d5e6f"));
            context.job.note = QStringLiteral("Published");
            // The HTML parts only: the rest is the exchange format's wire names and the user's text.
            const QJsonObject root = QJsonDocument::fromJson(WebhookConnector::payload(context)).object();
            return root.value(QStringLiteral("updatesHtml")).toString() + root.value(QStringLiteral("rcaHtml")).toString();
        }
        return QStringLiteral("unknown artefact ") + artefact;
    }

    // Labels that customer-facing output may carry, in English.
    static QStringList englishLabels()
    {
        return {QStringLiteral("Affected services"), QStringLiteral("Updates"), QStringLiteral("Duration"),
                QStringLiteral("Root cause analysis"), QStringLiteral("Incident history"), QStringLiteral("Skip to content"),
                QStringLiteral("Scheduled maintenance"), QStringLiteral("Active incidents"), QStringLiteral("Current status"),
                QStringLiteral("Operational"), QStringLiteral("Degraded performance"), QStringLiteral("All systems operational"),
                QStringLiteral("Minor service outage"), QStringLiteral("Major service outage"), QStringLiteral("Instance"),
                QStringLiteral("Publication"), QStringLiteral("Owner"), QStringLiteral("Approved by"),
                QStringLiteral("Investigating"), QStringLiteral("Monitoring"), QStringLiteral("[Resolved]"), QStringLiteral("ongoing"),
                QStringLiteral("Outage windows of"), QStringLiteral("Times in"), QStringLiteral("Monday"), QStringLiteral("Tuesday"),
                QStringLiteral("Wednesday"), QStringLiteral("Page 1 of"), QStringLiteral("Availability, last"),
                QStringLiteral("Scheduled"), QStringLiteral("Impact: ")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_dir.filePath(QStringLiteral("ws.sqlite"))));
        const QJsonObject doc = fixture();
        ImportBatch batch;
        ImportError error;
        QVERIFY2(IncidentImporter::parse(QJsonDocument(doc).toJson(), m_now, &batch, &error), qPrintable(error.message));
        ImportSummary summary;
        QVERIFY2(IncidentImporter::apply(m_workspace.get(), batch, &summary, &error), qPrintable(error.message));
        for (const char *key : {"incidents", "dataCenters", "instances"})
            collectStrings(doc.value(QLatin1String(key)), &m_userText);
        QVERIFY(Translator::availableLanguages().contains(QStringLiteral("he")));
    }

    void cleanup() { m_translator.reset(); }

    void artefact_speaksItsReadersLanguage_data()
    {
        QTest::addColumn<QString>("artefact");
        QTest::addColumn<QString>("window");
        QTest::addColumn<QString>("readers");
        const QStringList artefacts{QStringLiteral("portal index.html"), QStringLiteral("portal history.html"),
                                    QStringLiteral("portal incidents/INCIDENT.html"), QStringLiteral("portal incidents/MAINTENANCE.html"),
                                    QStringLiteral("portal feed.atom"), QStringLiteral("portal incidents.json"),
                                    QStringLiteral("portal summary.json"), QStringLiteral("portal scheduled-maintenances.json"),
                                    QStringLiteral("chart svg"), QStringLiteral("rca markdown"), QStringLiteral("rca html export"),
                                    QStringLiteral("rca pdf export"), QStringLiteral("webhook payload")};
        for (const QString &a : artefacts) {
            QTest::newRow(qPrintable(a + QStringLiteral(": Hebrew window, English readers"))) << a << QStringLiteral("he") << QStringLiteral("en");
            QTest::newRow(qPrintable(a + QStringLiteral(": English window, Hebrew readers"))) << a << QStringLiteral("en") << QStringLiteral("he");
        }
    }

    void artefact_speaksItsReadersLanguage()
    {
        QFETCH(QString, artefact);
        QFETCH(QString, window);
        QFETCH(QString, readers);
        if (artefact == QLatin1String("rca pdf export") && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");

        // What an English reader gets from an English window: the labels to look for.
        m_translator = std::make_unique<Translator>();
        QVERIFY(m_translator->install(QStringLiteral("en")));
        const QString english = render(artefact, QStringLiteral("en"));
        QVERIFY2(!english.isEmpty() && !english.startsWith(QLatin1String("unknown")), qPrintable(english.left(200)));

        m_translator = std::make_unique<Translator>();
        QVERIFY(m_translator->install(window));
        const QString text = render(artefact, readers);
        QVERIFY(!text.isEmpty());
        if (readers == QLatin1String("en")) {
            const QStringList hebrew = PortalSiteChecks::hebrewIn(text);
            QVERIFY2(hebrew.isEmpty(), qPrintable(hebrew.join(QStringLiteral(" | "))));
            QCOMPARE(text, english);
        } else {
            int labelsShown = 0;
            for (const QString &label : englishLabels()) {
                if (!english.contains(label) || m_userText.contains(label))
                    continue;
                ++labelsShown;
                const qsizetype at = text.indexOf(label);
                QVERIFY2(at < 0, qPrintable(QStringLiteral("“%1” in the Hebrew %2: …%3…")
                                                .arg(label, artefact, text.mid(std::max<qsizetype>(0, at - 60), 120))));
            }
            // Durations ("40 min") and month names on the chart's axis ("15 Nov").
            for (const QRegularExpression &word : {QRegularExpression(QStringLiteral("\\d min\\b")),
                                                   QRegularExpression(QStringLiteral("\\d Nov\\b"))}) {
                if (!english.contains(word) || m_userText.contains(word))
                    continue;
                ++labelsShown;
                const QRegularExpressionMatch m = word.match(text);
                QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("%1 in the Hebrew %2: …%3…")
                                                       .arg(word.pattern(), artefact, text.mid(std::max<qsizetype>(0, m.capturedStart() - 60), 120))));
            }
            // Only these two carry nothing but the user's text and wire names.
            const bool labelFree = artefact.endsWith(QLatin1String("incidents.json"))
                || artefact.endsWith(QLatin1String("scheduled-maintenances.json"));
            QVERIFY2(labelFree || labelsShown > 0, "no English label to look for");
            if (!labelFree)
                QVERIFY(!PortalSiteChecks::hebrewIn(text).isEmpty());
        }
    }
};

QTEST_MAIN(TestCustomerLanguage)
#include "tst_customerlanguage.moc"
