#include "TestPaths.h"
#include "PortalSiteChecks.h"

#include "exchange/IncidentImporter.h"
#include "publish/PortalSiteBuilder.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Rfc3339.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace OutageDesk;

// The static portal generator: what goes into the site, and what never may.
class TestPortalSite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    const QDateTime m_now = QDateTime(QDate(2016, 11, 22), QTime(12, 0), Qt::UTC);
    const QString m_uuid = QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101");

    static QJsonObject example()
    {
        QFile f(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    // A fresh workspace holding `document` (the exchange format).
    std::unique_ptr<Workspace> workspaceWith(const QJsonObject &document)
    {
        auto workspace = std::make_unique<Workspace>();
        if (!workspace->open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_counter))))
            return nullptr;
        ImportBatch batch;
        ImportError error;
        if (!IncidentImporter::parse(QJsonDocument(document).toJson(), m_now, &batch, &error))
            return nullptr;
        ImportSummary summary;
        if (!IncidentImporter::apply(workspace.get(), batch, &summary, &error))
            return nullptr;
        return workspace;
    }

    PortalSite build(Workspace *workspace, const QDateTime &now)
    {
        PortalSiteInput input = PortalSiteBuilder::inputFromWorkspace(workspace, now);
        input.title = QStringLiteral("Example status");
        input.baseUrl = QStringLiteral("https://status.example.com/");
        return PortalSiteBuilder().build(input);
    }

    // A maintenance of Primo MT EU01 from `start` for `minutes` (an incident whose
    // windows are all maintenance windows), as the exchange format has it.
    static QJsonObject maintenance(const QString &uuid, const QString &title, const QDateTime &start, int minutes)
    {
        return QJsonObject{
            {"id", uuid},
            {"title", title},
            {"severity", "none"},
            {"status", "identified"},
            {"windows", QJsonArray{QJsonObject{{"instance", "Primo MT EU01"},
                                               {"start", Rfc3339::formatUtc(start)},
                                               {"end", Rfc3339::formatUtc(start.addSecs(60 * minutes))},
                                               {"impact", "maintenance"}}}},
            {"updates", QJsonArray{QJsonObject{{"at", Rfc3339::formatUtc(start.addDays(-3))},
                                               {"status", "identified"},
                                               {"message", "We will upgrade the database."}}}},
        };
    }

    // The example plus two maintenances after m_now (the later one first in the
    // file), one finished a week before, and an ongoing incident.
    QJsonObject exampleWithMaintenances()
    {
        QJsonObject doc = example();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        incidents.append(maintenance(QStringLiteral("3c0f4d44-1d5e-4b8a-8a3e-0d7c9b5e2a01"), QStringLiteral("Later upgrade"),
                                     m_now.addDays(5), 120));
        incidents.append(maintenance(QStringLiteral("3c0f4d44-1d5e-4b8a-8a3e-0d7c9b5e2a02"), QStringLiteral("Sooner upgrade"),
                                     m_now.addDays(2), 60));
        incidents.append(maintenance(QStringLiteral("3c0f4d44-1d5e-4b8a-8a3e-0d7c9b5e2a03"), QStringLiteral("Past upgrade"),
                                     m_now.addDays(-7), 30));
        QJsonObject active = incidents.at(0).toObject();
        active.insert(QStringLiteral("id"), QStringLiteral("3c0f4d44-1d5e-4b8a-8a3e-0d7c9b5e2a04"));
        active.insert(QStringLiteral("title"), QStringLiteral("Search slow"));
        active.insert(QStringLiteral("status"), QStringLiteral("investigating"));
        active.insert(QStringLiteral("severity"), QStringLiteral("minor"));
        active.remove(QStringLiteral("rca"));
        active.insert(QStringLiteral("windows"),
                      QJsonArray{QJsonObject{{"instance", "Primo MT EU01"}, {"start", Rfc3339::formatUtc(m_now.addSecs(-3600))},
                                             {"end", QJsonValue::Null}, {"impact", "degraded"}}});
        active.insert(QStringLiteral("updates"),
                      QJsonArray{QJsonObject{{"at", Rfc3339::formatUtc(m_now.addSecs(-3000))}, {"status", "investigating"},
                                             {"message", "See https://status.example.com/a/very/long/unbroken/path/that/would/overflow/a/phone"}}});
        incidents.append(active);
        doc.insert(QStringLiteral("incidents"), incidents);
        return doc;
    }

    static QString sectionOf(const QString &html, const QString &id)
    {
        const qsizetype start = html.indexOf(QStringLiteral("<section aria-labelledby=\"%1\">").arg(id));
        if (start < 0)
            return {};
        return html.mid(start, html.indexOf(QLatin1String("</section>"), start) - start);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(!example().isEmpty());
    }

    void build_example_hasEveryFileAndManifest()
    {
        auto workspace = workspaceWith(example());
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);
        for (const QString &path : {QStringLiteral("index.html"), QStringLiteral("history.html"), QStringLiteral("feed.atom"),
                                    QStringLiteral("incidents.json"), QStringLiteral("scheduled-maintenances.json"),
                                    QStringLiteral("summary.json"), QStringLiteral("incidents/%1.html").arg(m_uuid)})
            QVERIFY2(site.files.contains(path), qPrintable(path));
        bool ok = false;
        const auto manifest = PortalSite::hashesFromManifest(site.manifestJson(), &ok);
        QVERIFY(ok);
        QCOMPARE(manifest, site.hashes());
        QCOMPARE(manifest.size(), site.files.size());
        QVERIFY(!manifest.contains(QStringLiteral("manifest.json")));
    }

    void build_neverCarriesInternalNotes()
    {
        QJsonObject doc = example();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        QJsonObject incident = incidents.at(0).toObject();
        incident.insert(QStringLiteral("internalNotes"), QStringLiteral("SECRET-NOTE-7731 rotate the proxy blocklist"));
        incidents.replace(0, incident);
        doc.insert(QStringLiteral("incidents"), incidents);
        auto workspace = workspaceWith(doc);
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);
        QVERIFY(!site.files.isEmpty());
        for (auto it = site.files.cbegin(); it != site.files.cend(); ++it)
            QVERIFY2(!it.value().contains("SECRET-NOTE-7731"), qPrintable(it.key()));
    }

    void build_rcaOnlyWhenApproved_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("published");
        QTest::newRow("draft") << QStringLiteral("draft") << false;
        QTest::newRow("in review") << QStringLiteral("in-review") << false;
        QTest::newRow("approved") << QStringLiteral("approved") << true;
    }

    void build_rcaOnlyWhenApproved()
    {
        QFETCH(QString, state);
        QFETCH(bool, published);
        QJsonObject doc = example();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        QJsonObject incident = incidents.at(0).toObject();
        QJsonObject rca = incident.value(QStringLiteral("rca")).toObject();
        rca.insert(QStringLiteral("text"), QStringLiteral("# RCA\n\nRCA-SENTINEL-4410 explains the cause.\n"));
        rca.insert(QStringLiteral("state"), state);
        if (state != QLatin1String("approved")) {
            rca.remove(QStringLiteral("approvedBy"));
            rca.remove(QStringLiteral("approvedAt"));
        }
        incident.insert(QStringLiteral("rca"), rca);
        incidents.replace(0, incident);
        doc.insert(QStringLiteral("incidents"), incidents);
        auto workspace = workspaceWith(doc);
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);
        const QString page = QStringLiteral("incidents/%1.html").arg(m_uuid);
        QCOMPARE(site.files.value(page).contains("RCA-SENTINEL-4410"), published);
        QCOMPARE(site.files.value(QStringLiteral("feed.atom")).contains("RCA-SENTINEL-4410"), published);
        // The status updates go out either way.
        QVERIFY(site.files.value(page).contains("We are watching the load closely."));
    }

    void build_hostileInput_noActiveContent_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::newRow("script tag") << QStringLiteral("<script>alert(1)</script>");
        QTest::newRow("script upper case") << QStringLiteral("<SCRIPT SRC=//evil.example/x.js></SCRIPT>");
        QTest::newRow("img onerror") << QStringLiteral("<img src=x onerror=alert(1)>");
        QTest::newRow("javascript link") << QStringLiteral("[click](javascript:alert(1))");
        QTest::newRow("javascript entity") << QStringLiteral("[click](&#106;avascript:alert(1))");
        QTest::newRow("vbscript") << QStringLiteral("[click](vbscript:msgbox(1))");
        QTest::newRow("data url") << QStringLiteral("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>");
        QTest::newRow("svg onload") << QStringLiteral("<svg onload=alert(1)>");
        QTest::newRow("style") << QStringLiteral("<style>body{display:none}</style>");
        QTest::newRow("form") << QStringLiteral("<form action=https://evil.example><input name=p></form>");
        QTest::newRow("attribute breakout") << QStringLiteral("\" onmouseover=\"alert(1)");
        QTest::newRow("nested markup") << QStringLiteral("<scr<script>ipt>alert(1)</scr</script>ipt>");
        QTest::newRow("comment trick") << QStringLiteral("<!--><script>alert(1)</script>-->");
        QTest::newRow("cdata breakout") << QStringLiteral("]]></content><script>alert(1)</script>");
    }

    void build_hostileInput_noActiveContent()
    {
        QFETCH(QString, hostile);
        QJsonObject doc = example();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        QJsonObject incident = incidents.at(0).toObject();
        incident.insert(QStringLiteral("title"), QStringLiteral("Title ") + hostile);
        QJsonArray updates = incident.value(QStringLiteral("updates")).toArray();
        QJsonObject update = updates.at(0).toObject();
        update.insert(QStringLiteral("message"), QStringLiteral("Update ") + hostile);
        updates.replace(0, update);
        incident.insert(QStringLiteral("updates"), updates);
        QJsonObject rca = incident.value(QStringLiteral("rca")).toObject();
        rca.insert(QStringLiteral("text"), rca.value(QStringLiteral("text")).toString() + QStringLiteral("\n") + hostile + QStringLiteral("\n"));
        incident.insert(QStringLiteral("rca"), rca);
        QJsonArray items = incident.value(QStringLiteral("actionItems")).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(QStringLiteral("title"), hostile);
        items.replace(0, item);
        incident.insert(QStringLiteral("actionItems"), items);
        QJsonArray publications = incident.value(QStringLiteral("publications")).toArray();
        QJsonObject publication = publications.at(0).toObject();
        publication.insert(QStringLiteral("note"), hostile);
        publications.replace(0, publication);
        incident.insert(QStringLiteral("publications"), publications);
        incidents.replace(0, incident);
        doc.insert(QStringLiteral("incidents"), incidents);
        QJsonArray dcs = doc.value(QStringLiteral("dataCenters")).toArray();
        QJsonObject dc = dcs.at(0).toObject();
        dc.insert(QStringLiteral("name"), QStringLiteral("DC ") + hostile);
        dcs.replace(0, dc);
        doc.insert(QStringLiteral("dataCenters"), dcs);

        auto workspace = workspaceWith(doc);
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);
        for (auto it = site.files.cbegin(); it != site.files.cend(); ++it) {
            if (it.key().endsWith(QLatin1String(".html"))) {
                const QStringList problems = PortalSiteChecks::activeContentIn(it.value());
                QVERIFY2(problems.isEmpty(), qPrintable(it.key() + QStringLiteral(": ") + problems.join(QStringLiteral(", "))));
            }
        }
        QStringList ids;
        QStringList entryHtml;
        const QString atom = PortalSiteChecks::atomProblems(site.files.value(QStringLiteral("feed.atom")), &ids, &entryHtml);
        QVERIFY2(atom.isEmpty(), qPrintable(atom));
        QVERIFY(!entryHtml.isEmpty());
        for (const QString &html : std::as_const(entryHtml)) {
            const QStringList problems = PortalSiteChecks::activeContentIn(html.toUtf8());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
        }
        QJsonParseError parseError;
        QJsonDocument::fromJson(site.files.value(QStringLiteral("incidents.json")), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
    }

    void feed_isAtomWithStableUniqueIds()
    {
        auto workspace = workspaceWith(example());
        QVERIFY(workspace);
        QStringList first, second;
        QCOMPARE(PortalSiteChecks::atomProblems(build(workspace.get(), m_now).files.value(QStringLiteral("feed.atom")), &first),
                 QString());
        QCOMPARE(PortalSiteChecks::atomProblems(
                     build(workspace.get(), m_now.addDays(3)).files.value(QStringLiteral("feed.atom")), &second),
                 QString());
        // Three status updates and one approved RCA in the example.
        QCOMPARE(first.size(), 4);
        QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
        QCOMPARE(first, second);
        for (const QString &id : std::as_const(first))
            QVERIFY2(id.startsWith(QLatin1String("urn:uuid:")), qPrintable(id));
    }

    void feed_titlesCarryTheStatus()
    {
        auto workspace = workspaceWith(example());
        QVERIFY(workspace);
        const QByteArray feed = build(workspace.get(), m_now).files.value(QStringLiteral("feed.atom"));
        QVERIFY(feed.contains("<title>[Investigating] Primo MT EU01"));
        QVERIFY(feed.contains("<title>[Resolved] Primo MT EU01"));
    }

    void incidentsJson_hasStatuspageShape()
    {
        auto workspace = workspaceWith(example());
        QVERIFY(workspace);
        const QJsonObject root = QJsonDocument::fromJson(build(workspace.get(), m_now).files.value(QStringLiteral("incidents.json"))).object();
        const QJsonObject page = root.value(QStringLiteral("page")).toObject();
        for (const char *key : {"id", "name", "url", "updated_at"})
            QVERIFY2(page.contains(QLatin1String(key)), key);
        const QJsonArray incidents = root.value(QStringLiteral("incidents")).toArray();
        QCOMPARE(incidents.size(), 1);
        const QJsonObject incident = incidents.at(0).toObject();
        QCOMPARE(incident.value(QStringLiteral("id")).toString(), m_uuid);
        QCOMPARE(incident.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(incident.value(QStringLiteral("impact")).toString(), QStringLiteral("major"));
        QCOMPARE(incident.value(QStringLiteral("resolved_at")).toString(), QStringLiteral("2016-11-16T19:20:00Z"));
        QCOMPARE(incident.value(QStringLiteral("shortlink")).toString(),
                 QStringLiteral("https://status.example.com/incidents/%1.html").arg(m_uuid));
        const QJsonArray updates = incident.value(QStringLiteral("incident_updates")).toArray();
        QCOMPARE(updates.size(), 3);
        // Newest first, as Statuspage lists them.
        QCOMPARE(updates.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(updates.at(2).toObject().value(QStringLiteral("created_at")).toString(), QStringLiteral("2016-11-14T14:05:00Z"));
        QVERIFY(!incident.value(QStringLiteral("incident_updates")).toArray().at(0).toObject().value(QStringLiteral("id")).toString().isEmpty());
    }

    void incremental_oneIncidentChanged_onlyItsFilesChange()
    {
        QJsonObject doc = example();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        for (int i = 0; i < 3; ++i) {
            QJsonObject copy = incidents.at(0).toObject();
            copy.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            copy.insert(QStringLiteral("title"), QStringLiteral("Other incident %1").arg(i));
            incidents.append(copy);
        }
        doc.insert(QStringLiteral("incidents"), incidents);
        auto workspace = workspaceWith(doc);
        QVERIFY(workspace);
        const auto before = build(workspace.get(), m_now).hashes();
        QCOMPARE(build(workspace.get(), m_now).hashes(), before); // deterministic

        IncidentRepository repository(workspace.get());
        auto incident = repository.load(QUuid::fromString(m_uuid));
        QVERIFY(incident);
        incident->updates.last().message = QStringLiteral("Resolved, with a corrected message.");
        QString error;
        QVERIFY2(repository.save(*incident, &error), qPrintable(error));
        const auto after = build(workspace.get(), m_now).hashes();
        QStringList changed;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value())
                changed << it.key();
        }
        changed.sort();
        QStringList expected{QStringLiteral("feed.atom"), QStringLiteral("incidents.json"),
                             QStringLiteral("incidents/%1.html").arg(m_uuid)};
        QCOMPARE(changed, expected);
    }

    void index_hasNinetyDailyBarsAndMarksOutageDays()
    {
        auto workspace = workspaceWith(example());
        QVERIFY(workspace);
        // Two days after the last window: the 14th-16th of November are outage days.
        const QByteArray index = build(workspace.get(), QDateTime(QDate(2016, 11, 18), QTime(12, 0), Qt::UTC))
                                     .files.value(QStringLiteral("index.html"));
        static const QRegularExpression bar(QStringLiteral("<li class=\"(ok|minor|major|maint)\" title=\"([0-9-]+):"));
        QMap<QString, QString> classOfDay;
        auto it = bar.globalMatch(QString::fromUtf8(index));
        while (it.hasNext()) {
            const auto m = it.next();
            classOfDay.insert(m.captured(2), m.captured(1));
        }
        QCOMPARE(classOfDay.size(), PortalSiteBuilder::kAvailabilityDays);
        QCOMPARE(classOfDay.value(QStringLiteral("2016-11-13")), QStringLiteral("ok"));
        // 40, 45 and 15 minutes of outage: below 99 % on each of the three days.
        QCOMPARE(classOfDay.value(QStringLiteral("2016-11-14")), QStringLiteral("major"));
        QCOMPARE(classOfDay.value(QStringLiteral("2016-11-15")), QStringLiteral("major"));
        QCOMPARE(classOfDay.value(QStringLiteral("2016-11-16")), QStringLiteral("major"));
        QCOMPARE(classOfDay.value(QStringLiteral("2016-11-17")), QStringLiteral("ok"));
    }

    void incidentPage_chartShowsItsOwnWindowsOnly()
    {
        // A second incident on another instance, still ongoing: neither page may show the other's windows.
        QJsonObject doc = example();
        QJsonArray instances = doc.value(QStringLiteral("instances")).toArray();
        instances.append(QJsonObject{{"name", "Alma EU02"}, {"product", "Alma"}, {"dataCenter", "EU"}});
        doc.insert(QStringLiteral("instances"), instances);
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        const QString otherUuid = QStringLiteral("0b5f8f5e-7a51-4a0e-8d57-3c2f0f7e9a11");
        QJsonObject other = incidents.at(0).toObject();
        other.insert(QStringLiteral("id"), otherUuid);
        other.insert(QStringLiteral("title"), QStringLiteral("Alma slow"));
        other.insert(QStringLiteral("status"), QStringLiteral("investigating"));
        other.remove(QStringLiteral("rca"));
        other.insert(QStringLiteral("windows"),
                     QJsonArray{QJsonObject{{"instance", "Alma EU02"}, {"start", "2016-11-21T09:00:00+01:00"},
                                            {"end", QJsonValue::Null}, {"impact", "degraded"}}});
        incidents.append(other);
        doc.insert(QStringLiteral("incidents"), incidents);
        auto workspace = workspaceWith(doc);
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);

        struct Expected
        {
            QString uuid;
            int bars;
            QStringList own;     // must be in the chart
            QStringList foreign; // the other incident's, must not be
        };
        const QList<Expected> pages{
            {m_uuid, 5,
             {"Europe Data Center · Primo MT EU01", "2016-11-14 14:56 CET", "2016-11-15 11:23 CET", "2016-11-16 20:11 CET",
              "Outage windows of Primo MT EU01 service interruptions"},
             {"Alma EU02", "2016-11-21 09:00 CET", "ongoing"}},
            {otherUuid, 1,
             {"Europe Data Center · Alma EU02", "2016-11-21 09:00 CET", "ongoing", "Outage windows of Alma slow"},
             {"Primo MT EU01", "2016-11-14", "2016-11-15", "2016-11-16"}},
        };
        for (const Expected &e : pages) {
            const QString html = QString::fromUtf8(site.files.value(QStringLiteral("incidents/%1.html").arg(e.uuid)));
            QCOMPARE(html.count(QLatin1String("<svg")), 1);
            const qsizetype start = html.indexOf(QLatin1String("<svg"));
            const qsizetype end = html.indexOf(QLatin1String("</svg>"), start);
            QVERIFY(start > 0 && end > start);
            const QString svg = html.mid(start, end + 6 - start);
            // Focusable: on a phone it scrolls sideways, and a keyboard must reach that too.
            QVERIFY(html.mid(start - 40, 40).contains(QLatin1String("<figure class=\"gantt\" tabindex=\"0\">")));

            QXmlStreamReader reader(svg);
            QString text;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isCharacters()) {
                    text += reader.text();
                    text += QLatin1Char('\n');
                }
            }
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
            QCOMPARE(svg.count(QLatin1String("class=\"bar ")), e.bars);
            for (const QString &own : e.own)
                QVERIFY2(text.contains(own), qPrintable(e.uuid + QStringLiteral(": no ") + own));
            for (const QString &foreign : e.foreign)
                QVERIFY2(!text.contains(foreign), qPrintable(e.uuid + QStringLiteral(": ") + foreign));
            const QStringList problems = PortalSiteChecks::activeContentIn(html.toUtf8());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
        }
        QVERIFY(site.files.value(QStringLiteral("index.html")).contains(".gantt svg{display:block;max-width:100%;min-width:30rem;height:auto}"));
        QVERIFY(!site.files.value(QStringLiteral("index.html")).contains("<svg"));
    }

    void incidentPage_ganttRendererCanBeReplacedOrTurnedOff()
    {
        auto workspace = workspaceWith(example());
        QVERIFY(workspace);
        const PortalSiteInput input = PortalSiteBuilder::inputFromWorkspace(workspace.get(), m_now);
        const QString page = PortalSiteBuilder::incidentPath(input.incidents.constFirst());
        PortalSiteBuilder builder;
        builder.setGanttRenderer([](const Incident &) { return QString(); });
        QVERIFY(!builder.build(input).files.value(page).contains("<svg"));
        builder.setGanttRenderer([](const Incident &) { return QStringLiteral("<svg class=\"custom\"></svg>"); });
        QVERIFY(builder.build(input).files.value(page).contains("<svg class=\"custom\"></svg>"));
    }

    void pages_areAccessibleAndSelfContained()
    {
        auto workspace = workspaceWith(example());
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);
        for (auto it = site.files.cbegin(); it != site.files.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".html")))
                continue;
            const QString html = QString::fromUtf8(it.value());
            QVERIFY2(html.startsWith(QLatin1String("<!DOCTYPE html>")), qPrintable(it.key()));
            QVERIFY(html.contains(QLatin1String("<html lang=\"en\"")));
            QVERIFY(html.contains(QLatin1String("name=\"viewport\"")));
            QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
            QCOMPARE(html.count(QLatin1String("<h1")), 1);
            QVERIFY(html.contains(QLatin1String("<main id=\"main\">")));
            QVERIFY2(!html.contains(QLatin1String("http://")) && !html.contains(QLatin1String("src=")), qPrintable(it.key()));
        }
    }


    void pages_haveValidStructure()
    {
        auto workspace = workspaceWith(exampleWithMaintenances());
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);
        int pages = 0;
        for (auto it = site.files.cbegin(); it != site.files.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".html")))
                continue;
            ++pages;
            const QStringList problems = PortalSiteChecks::structureProblems(it.value());
            QVERIFY2(problems.isEmpty(), qPrintable(it.key() + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        }
        QCOMPARE(pages, 2 + 5);
        // The active incident's latest update is inside its list item, not beside it.
        const QString active = sectionOf(QString::fromUtf8(site.files.value(QStringLiteral("index.html"))), QStringLiteral("active"));
        QVERIFY(active.contains(QLatin1String("Search slow")));
        QVERIFY(active.contains(QRegularExpression(QStringLiteral("<li>[^\\n]*<div><p>See "))));
        // A long URL breaks instead of widening the page on a phone.
        QVERIFY(site.files.value(QStringLiteral("index.html")).contains("overflow-wrap:anywhere"));
    }

    void structureCheck_findsWhatTheCheckerWouldReport_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("problem");
        const QByteArray head = "<!DOCTYPE html><html lang=\"en\"><head><meta name=\"viewport\" content=\"width=device-width\"><title>t</title></head><body>";
        QTest::newRow("div in ul") << head + "<main><ul><li>a</li><div>b</div></ul></main></body></html>" << "<div> directly inside <ul>";
        QTest::newRow("no main") << head + "<p>a</p></body></html>" << "0 <main> elements";
        QTest::newRow("misnested") << head + "<main><p><span>a</p></span></main></body></html>" << "</p> closes <span>";
        QTest::newRow("no viewport") << QByteArray("<html lang=\"en\"><head><title>t</title></head><body><main></main></body></html>") << "no viewport";
    }

    void structureCheck_findsWhatTheCheckerWouldReport()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, problem);
        QVERIFY2(PortalSiteChecks::structureProblems(html).contains(problem),
                 qPrintable(PortalSiteChecks::structureProblems(html).join(QStringLiteral("; "))));
    }

    void maintenance_scheduledSoonestFirstApartFromIncidents()
    {
        auto workspace = workspaceWith(exampleWithMaintenances());
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);
        const QString index = QString::fromUtf8(site.files.value(QStringLiteral("index.html")));
        const QString maint = sectionOf(index, QStringLiteral("maint"));
        QVERIFY(maint.indexOf(QLatin1String("Sooner upgrade")) > 0);
        QVERIFY(maint.indexOf(QLatin1String("Sooner upgrade")) < maint.indexOf(QLatin1String("Later upgrade")));
        QVERIFY(!maint.contains(QLatin1String("Past upgrade"))); // done: history only
        QVERIFY2(maint.contains(QStringLiteral("Scheduled · <time datetime=\"2016-11-24T12:00:00Z\">2016-11-24 13:00 CET</time> to "
                                              "<time datetime=\"2016-11-24T13:00:00Z\">2016-11-24 14:00 CET</time>")),
                 qPrintable(maint));
        QVERIFY(!index.contains(QStringLiteral("Identified · None")));
        for (const QString &id : {QStringLiteral("active"), QStringLiteral("history")}) {
            const QString section = sectionOf(index, id);
            QVERIFY(!section.isEmpty());
            QVERIFY2(!section.contains(QLatin1String("upgrade")), qPrintable(id));
        }
        QVERIFY(sectionOf(index, QStringLiteral("active")).contains(QLatin1String("Search slow")));

        const QString history = QString::fromUtf8(site.files.value(QStringLiteral("history.html")));
        const QString past = sectionOf(history, QStringLiteral("maint"));
        QVERIFY(past.contains(QLatin1String("Past upgrade")) && past.contains(QLatin1String("Completed")));
        QVERIFY(!history.left(history.indexOf(QLatin1String("aria-labelledby=\"maint\""))).contains(QLatin1String("upgrade")));
        const QString page = QString::fromUtf8(site.files.value(QStringLiteral("incidents/3c0f4d44-1d5e-4b8a-8a3e-0d7c9b5e2a02.html")));
        QVERIFY(page.contains(QStringLiteral("<span class=\"st maint\">Scheduled maintenance</span> · Scheduled")));
    }

    void json_maintenancesApartAndPageNeverUpdatedInTheFuture()
    {
        auto workspace = workspaceWith(exampleWithMaintenances());
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);
        const QJsonObject incidents = QJsonDocument::fromJson(site.files.value(QStringLiteral("incidents.json"))).object();
        QStringList names;
        for (const auto &v : incidents.value(QStringLiteral("incidents")).toArray())
            names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Search slow"), QStringLiteral("Primo MT EU01 service interruptions, 14-16 November 2016")}));

        const QJsonObject scheduled = QJsonDocument::fromJson(site.files.value(QStringLiteral("scheduled-maintenances.json"))).object();
        const QJsonArray list = scheduled.value(QStringLiteral("scheduled_maintenances")).toArray();
        QCOMPARE(list.size(), 3);
        QMap<QString, QJsonObject> byName;
        for (const auto &v : list)
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        const QJsonObject sooner = byName.value(QStringLiteral("Sooner upgrade"));
        QCOMPARE(sooner.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(sooner.value(QStringLiteral("impact")).toString(), QStringLiteral("maintenance"));
        QCOMPARE(sooner.value(QStringLiteral("scheduled_for")).toString(), QStringLiteral("2016-11-24T12:00:00Z"));
        QCOMPARE(sooner.value(QStringLiteral("scheduled_until")).toString(), QStringLiteral("2016-11-24T13:00:00Z"));
        QVERIFY(sooner.value(QStringLiteral("resolved_at")).isNull());
        QCOMPARE(byName.value(QStringLiteral("Past upgrade")).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(byName.value(QStringLiteral("Past upgrade")).value(QStringLiteral("resolved_at")).toString(),
                 QStringLiteral("2016-11-15T12:30:00Z"));

        for (const QString &file : {QStringLiteral("incidents.json"), QStringLiteral("scheduled-maintenances.json"), QStringLiteral("summary.json")}) {
            const QJsonObject root = QJsonDocument::fromJson(site.files.value(file)).object();
            const QDateTime updated = Rfc3339::parse(root.value(QStringLiteral("page")).toObject().value(QStringLiteral("updated_at")).toString());
            QVERIFY2(updated.isValid() && updated <= m_now, qPrintable(file));
            for (const QString &key : {QStringLiteral("incidents"), QStringLiteral("scheduled_maintenances")}) {
                for (const auto &v : root.value(key).toArray()) {
                    const QDateTime at = Rfc3339::parse(v.toObject().value(QStringLiteral("updated_at")).toString());
                    QVERIFY2(at.isValid() && at <= m_now, qPrintable(file + QLatin1Char(' ') + key));
                }
            }
        }
    }

    void json_componentsAsStatuspageTypesThem()
    {
        auto workspace = workspaceWith(exampleWithMaintenances());
        QVERIFY(workspace);
        const PortalSite site = build(workspace.get(), m_now);
        const QJsonObject summary = QJsonDocument::fromJson(site.files.value(QStringLiteral("summary.json"))).object();
        QJsonObject group, member;
        for (const auto &v : summary.value(QStringLiteral("components")).toArray()) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.value(QStringLiteral("group")).isBool());
            (c.value(QStringLiteral("group")).toBool() ? group : member) = c;
        }
        QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("Europe Data Center"));
        QVERIFY(group.value(QStringLiteral("group_id")).isNull());
        QCOMPARE(member.value(QStringLiteral("name")).toString(), QStringLiteral("Primo MT EU01"));
        QCOMPARE(member.value(QStringLiteral("group_id")).toString(), group.value(QStringLiteral("id")).toString());
        QCOMPARE(group.value(QStringLiteral("components")).toArray(), QJsonArray{member.value(QStringLiteral("id"))});
        QCOMPARE(member.value(QStringLiteral("status")).toString(), QStringLiteral("degraded_performance"));
        QCOMPARE(group.value(QStringLiteral("status")).toString(), QStringLiteral("degraded_performance"));
        const QJsonObject status = summary.value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("indicator")).toString(), QStringLiteral("minor"));
        QCOMPARE(status.value(QStringLiteral("description")).toString(), QStringLiteral("Minor service outage"));
        QCOMPARE(summary.value(QStringLiteral("incidents")).toArray().size(), 1); // the unresolved one
        QCOMPARE(summary.value(QStringLiteral("scheduled_maintenances")).toArray().size(), 2);

        const QJsonArray incidents = QJsonDocument::fromJson(site.files.value(QStringLiteral("incidents.json")))
                                         .object().value(QStringLiteral("incidents")).toArray();
        for (const auto &v : incidents) {
            const QJsonArray components = v.toObject().value(QStringLiteral("components")).toArray();
            QCOMPARE(components.size(), 1);
            const QJsonObject c = components.at(0).toObject();
            QCOMPARE(c.value(QStringLiteral("id")).toString(), member.value(QStringLiteral("id")).toString());
            QCOMPARE(c.value(QStringLiteral("group")), QJsonValue(false));
            QCOMPARE(c.value(QStringLiteral("group_id")).toString(), group.value(QStringLiteral("id")).toString());
        }
        // The ids survive another build.
        QCOMPARE(build(workspace.get(), m_now.addDays(1)).files.value(QStringLiteral("summary.json")).contains(
                     member.value(QStringLiteral("id")).toString().toUtf8()),
                 true);
    }

    void incidentsJson_resolvedAtWheneverResolved()
    {
        // Resolved, but nobody wrote a "resolved" update: resolved_at is still set.
        QJsonObject doc = example();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        QJsonObject incident = incidents.at(0).toObject();
        QJsonArray updates = incident.value(QStringLiteral("updates")).toArray();
        updates.removeLast();
        incident.insert(QStringLiteral("updates"), updates);
        incidents.replace(0, incident);
        doc.insert(QStringLiteral("incidents"), incidents);
        auto workspace = workspaceWith(doc);
        QVERIFY(workspace);
        const QJsonObject root = QJsonDocument::fromJson(build(workspace.get(), m_now).files.value(QStringLiteral("incidents.json"))).object();
        const QJsonObject first = root.value(QStringLiteral("incidents")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QVERIFY2(first.value(QStringLiteral("resolved_at")).isString(), qPrintable(QJsonDocument(first).toJson()));
    }

    void pages_rightToLeftLanguage_setsDirection()
    {
        auto workspace = workspaceWith(example());
        QVERIFY(workspace);
        PortalSiteInput input = PortalSiteBuilder::inputFromWorkspace(workspace.get(), m_now);
        input.language = QStringLiteral("he");
        const QByteArray index = PortalSiteBuilder().build(input).files.value(QStringLiteral("index.html"));
        QVERIFY(index.contains("<html lang=\"he\" dir=\"rtl\">"));
    }
};

QTEST_GUILESS_MAIN(TestPortalSite)
#include "tst_portalsite.moc"
