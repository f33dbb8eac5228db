#include "NginxFixture.h"

#include "publish/CredentialStore.h"
#include "publish/OutboxRepository.h"
#include "publish/PortalRepository.h"
#include "publish/PortalSiteBuilder.h"
#include "publish/Publisher.h"
#include "publish/WebDavConnector.h"
#include "publish/HttpTransport.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace OutageDesk;

namespace {

class FixedCredentialStore : public CredentialStore
{
public:
    QString secret;
    std::optional<QString> read(const QString &, QString *) override { return secret; }
    bool write(const QString &, const QString &, QString *) override { return true; }
    bool remove(const QString &, QString *) override { return true; }
};

const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// `count` incidents over the last three years, each with two windows, three
// updates and an approved RCA with generated sections; published to `portal` when given.
bool seed(Workspace &workspace, int count, const QString &portal = {})
{
    CatalogRepository catalog(&workspace);
    QString error;
    QStringList instances;
    const char *zones[] = {"Europe/Amsterdam", "America/Chicago", "Asia/Singapore", "Australia/Sydney"};
    for (int d = 0; d < 4; ++d) {
        DataCenter dc{0, QStringLiteral("DC%1").arg(d), QStringLiteral("Data center %1").arg(d), QString::fromLatin1(zones[d])};
        if (!catalog.saveDataCenter(dc, &error))
            return false;
        for (int i = 0; i < 5; ++i) {
            Instance instance{0, QStringLiteral("Service %1-%2").arg(d).arg(i), QStringLiteral("Product"), dc.code};
            if (!catalog.saveInstance(instance, &error))
                return false;
            instances << instance.name;
        }
    }
    IncidentRepository incidents(&workspace);
    return workspace.transaction(
        [&](QString *err) {
            for (int n = 0; n < count; ++n) {
                Incident incident;
                incident.title = QStringLiteral("Incident %1: interruption of %2").arg(n).arg(instances.at(n % instances.size()));
                incident.severity = Severity(n % 4);
                incident.status = IncidentStatus::Resolved;
                incident.internalNotes = QStringLiteral("internal %1").arg(n);
                const QDateTime start = kNow.addSecs(-qint64(n) * 3 * 365 * 86400 / count - 3600);
                incident.windows << OutageWindow{instances.at(n % instances.size()), start, start.addSecs(1800), Impact::Outage}
                                 << OutageWindow{instances.at((n + 1) % instances.size()), start.addSecs(600), start.addSecs(900), Impact::Degraded};
                incident.updates << StatusUpdate{start.addSecs(60), IncidentStatus::Investigating, QStringLiteral("We are **investigating**.")}
                                 << StatusUpdate{start.addSecs(900), IncidentStatus::Monitoring, QStringLiteral("A fix is in place.")}
                                 << StatusUpdate{start.addSecs(1900), IncidentStatus::Resolved, QStringLiteral("Resolved.")};
                RcaDocument rca;
                rca.text = QStringLiteral("# RCA\n\n## Timeline\n\n<!-- outagedesk:timeline -->\n\n## Cause\n\nA cause.\n\n"
                                          "## History\n\n<!-- outagedesk:publications -->\n");
                rca.state = RcaState::Approved;
                rca.approvedBy = QStringLiteral("Lead");
                rca.approvedAt = start.addDays(2);
                incident.rca = rca;
                if (!portal.isEmpty())
                    incident.publications << Publication{start.addDays(2), QStringLiteral("Initial"), portal};
                if (!incidents.save(incident, err))
                    return false;
            }
            return true;
        },
        &error);
}

} // namespace

// Figures for the README: portal build of 10,000 incidents, incremental republish,
// and draining 1,000 queued jobs against a local nginx.
class BenchPortal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_big;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("OUTAGEDESK_NOW", "2026-06-01T12:00:00Z");
    }

    void portalBuild_10000Incidents()
    {
        // QBENCHMARK may call this function more than once: seed only the first time.
        if (!m_big) {
            m_big = std::make_unique<Workspace>();
            QVERIFY(m_big->open(m_dir.filePath(QStringLiteral("build.sqlite"))));
            QVERIFY(seed(*m_big, 10000));
        }
        QElapsedTimer timer;
        timer.start();
        PortalSite site;
        qint64 loadMs = 0;
        std::clock_t cpuStart = 0, cpuLoaded = 0, cpuEnd = 0;
        QBENCHMARK_ONCE {
            cpuStart = std::clock();
            const PortalSiteInput input = PortalSiteBuilder::inputFromWorkspace(m_big.get(), kNow);
            loadMs = timer.elapsed();
            cpuLoaded = std::clock();
            site = PortalSiteBuilder().build(input);
            cpuEnd = std::clock();
        }
        const qint64 totalMs = timer.elapsed();
        // CPU time as well: on a shared machine the wall clock says more about the neighbours.
        qInfo("portal build CPU time: %.0f ms reading, %.0f ms generating", 1000.0 * double(cpuLoaded - cpuStart) / CLOCKS_PER_SEC,
              1000.0 * double(cpuEnd - cpuLoaded) / CLOCKS_PER_SEC);
        qint64 bytes = 0;
        for (const auto &file : std::as_const(site.files))
            bytes += file.size();
        qInfo("portal build, 10,000 incidents: %lld ms total (%lld ms reading the workspace, %lld ms generating), "
              "%lld files, %.1f MB",
              totalMs, loadMs, totalMs - loadMs, qint64(site.files.size()) + 1, double(bytes) / 1e6);
        QCOMPARE(site.files.size(), 10000 + 4);
    }

    void incrementalRepublish_countsUploads()
    {
        if (!NginxFixture::missingReason().isEmpty())
            QSKIP(qPrintable(NginxFixture::missingReason()));
        NginxFixture nginx;
        QString error;
        QVERIFY2(nginx.start(&error), qPrintable(error));
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("incremental.sqlite"))));
        QVERIFY(seed(workspace, 1000, QStringLiteral("status")));
        Portal portal;
        portal.name = QStringLiteral("status");
        portal.url = nginx.httpUrl() + QStringLiteral("incremental/");
        portal.user = nginx.user();
        QVERIFY(PortalRepository(&workspace).save(portal, &error));
        FixedCredentialStore credentials;
        credentials.secret = nginx.password();
        Publisher publisher(&workspace, &credentials);

        // The portal holds what was published to it: publish all 1,000 first (one
        // site build and upload for the whole queue).
        QElapsedTimer timer;
        timer.start();
        int before = nginx.countRequests("PUT");
        for (const auto &incident : IncidentRepository(&workspace).loadAll())
            QVERIFY(publisher.enqueue({incident.uuid, portal.name, QStringLiteral("initial"), false}, &error));
        QCOMPARE(publisher.runDue().published, 1000);
        const int initialPuts = nginx.countRequests("PUT") - before;
        const qint64 initialMs = timer.restart();

        IncidentRepository incidents(&workspace);
        auto changed = incidents.loadAll().at(500);
        changed.updates.last().message = QStringLiteral("Resolved, corrected wording.");
        QVERIFY(incidents.save(changed, &error));
        before = nginx.countRequests("PUT");
        auto job = publisher.enqueue({changed.uuid, portal.name, QStringLiteral("correction"), false}, &error);
        QVERIFY(job);
        QCOMPARE(publisher.attempt(*job).state, OutboxState::Done);
        const int incrementalPuts = nginx.countRequests("PUT") - before;
        const qint64 incrementalMs = timer.elapsed();
        qInfo("webdav, 1,000 incidents: first publish %d PUTs in %lld ms; after one incident changed %d PUTs in %lld ms",
              initialPuts, initialMs, incrementalPuts, incrementalMs);
        QVERIFY(incrementalPuts < 10);
    }

    void drain1000QueuedJobs()
    {
        if (!NginxFixture::missingReason().isEmpty())
            QSKIP(qPrintable(NginxFixture::missingReason()));
        NginxFixture nginx;
        QString error;
        QVERIFY2(nginx.start(&error), qPrintable(error));
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("drain.sqlite"))));
        QVERIFY(seed(workspace, 1000));
        Portal portal;
        portal.name = QStringLiteral("status");
        portal.url = nginx.httpUrl() + QStringLiteral("drain/");
        portal.user = nginx.user();
        QVERIFY(PortalRepository(&workspace).save(portal, &error));
        FixedCredentialStore credentials;
        credentials.secret = nginx.password();
        Publisher publisher(&workspace, &credentials);
        const auto all = IncidentRepository(&workspace).loadAll();
        QElapsedTimer timer;
        timer.start();
        for (const auto &incident : all)
            QVERIFY(publisher.enqueue({incident.uuid, portal.name, QStringLiteral("queued offline"), false}, &error));
        const qint64 enqueueMs = timer.restart();
        const int before = nginx.countRequests("PUT");
        // Timed by hand: the set-up cannot be repeated inside QBENCHMARK.
        const Publisher::RunSummary summary = publisher.runDue();
        const qint64 drainMs = timer.elapsed();
        qInfo("outbox: 1,000 jobs queued in %lld ms, drained in %lld ms (%d published, %d PUTs)", enqueueMs, drainMs,
              summary.published, nginx.countRequests("PUT") - before);
        QCOMPARE(summary.published, 1000);
        QCOMPARE(OutboxRepository(&workspace).pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(BenchPortal)
#include "bench_portal.moc"
