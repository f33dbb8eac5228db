#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Rfc3339.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

class TestIncidentRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    Incident make(const QString &title, const QString &start, IncidentStatus status, Severity severity,
                  const QString &instance = QStringLiteral("Primo MT EU01"))
    {
        Incident i;
        i.title = title;
        i.status = status;
        i.severity = severity;
        if (!start.isEmpty()) {
            OutageWindow w;
            w.instance = instance;
            w.start = Rfc3339::parse(start);
            w.end = w.start.addSecs(600);
            i.windows << w;
        }
        return i;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_ws = std::make_unique<Workspace>();
        QVERIFY(m_ws->open(m_dir.filePath(QStringLiteral("ws.sqlite"))));
        CatalogRepository catalog(m_ws.get());
        QString error;
        DataCenter eu{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")};
        DataCenter na{0, QStringLiteral("NA"), QStringLiteral("North America"), QStringLiteral("America/Chicago")};
        QVERIFY(catalog.saveDataCenter(eu, &error));
        QVERIFY(catalog.saveDataCenter(na, &error));
        Instance primo{0, QStringLiteral("Primo MT EU01"), QStringLiteral("Primo"), QStringLiteral("EU")};
        Instance alma{0, QStringLiteral("Alma NA01"), QStringLiteral("Alma"), QStringLiteral("NA")};
        QVERIFY(catalog.saveInstance(primo, &error));
        QVERIFY(catalog.saveInstance(alma, &error));

        IncidentRepository repo(m_ws.get());
        QList<Incident> incidents{make(QStringLiteral("Primo slow in Europe"), QStringLiteral("2016-11-14T13:56:00Z"), IncidentStatus::Resolved, Severity::Major),
                                  make(QStringLiteral("Alma login failures"), QStringLiteral("2016-12-01T08:00:00Z"), IncidentStatus::Monitoring, Severity::Minor,
                                       QStringLiteral("Alma NA01")),
                                  make(QStringLiteral("Storage array replaced"), QStringLiteral("2016-10-01T08:00:00Z"), IncidentStatus::Resolved, Severity::None),
                                  make(QStringLiteral("Draft without windows"), QString(), IncidentStatus::Investigating, Severity::Critical)};
        incidents[0].rca = RcaDocument{QStringLiteral("The proxies flooded the load balancer."), RcaState::Draft, {}, {}, {}, {}};
        incidents[1].updates << StatusUpdate{Rfc3339::parse(QStringLiteral("2016-12-01T08:10:00Z")), IncidentStatus::Investigating,
                                             QStringLiteral("Single sign-on rejects valid users.")};
        for (auto &i : incidents)
            QVERIFY2(repo.save(i, &error), qPrintable(error));
    }

    void list_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QStringList>("dataCenters");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("titles");

        QTest::newRow("newest first") << "" << QStringList{} << QStringList{} << int(IncidentQuery::SortKey::Start) << true
                                      << QStringList{"Draft without windows", "Alma login failures", "Primo slow in Europe", "Storage array replaced"};
        QTest::newRow("by title") << "" << QStringList{} << QStringList{} << int(IncidentQuery::SortKey::Title) << false
                                  << QStringList{"Alma login failures", "Draft without windows", "Primo slow in Europe", "Storage array replaced"};
        QTest::newRow("resolved only") << "" << QStringList{"resolved"} << QStringList{} << int(IncidentQuery::SortKey::Start) << true
                                       << QStringList{"Primo slow in Europe", "Storage array replaced"};
        QTest::newRow("data center NA") << "" << QStringList{} << QStringList{"NA"} << int(IncidentQuery::SortKey::Start) << true
                                        << QStringList{"Alma login failures"};
        QTest::newRow("search title prefix") << "prim" << QStringList{} << QStringList{} << int(IncidentQuery::SortKey::Start) << true
                                             << QStringList{"Primo slow in Europe"};
        QTest::newRow("search rca text") << "proxies" << QStringList{} << QStringList{} << int(IncidentQuery::SortKey::Start) << true
                                         << QStringList{"Primo slow in Europe"};
        QTest::newRow("search updates") << "sign-on" << QStringList{} << QStringList{} << int(IncidentQuery::SortKey::Start) << true
                                        << QStringList{"Alma login failures"};
        QTest::newRow("fts syntax is literal") << "\"primo\" OR NEAR(" << QStringList{} << QStringList{} << int(IncidentQuery::SortKey::Start) << true
                                               << QStringList{};
        QTest::newRow("only punctuation") << "***" << QStringList{} << QStringList{} << int(IncidentQuery::SortKey::Start) << true
                                          << QStringList{};
    }

    void list()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, statuses);
        QFETCH(QStringList, dataCenters);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QStringList, titles);

        IncidentQuery query;
        query.text = text;
        for (const auto &s : statuses)
            query.statuses << incidentStatusFromWireName(s).value();
        query.dataCenters = dataCenters;
        query.sortKey = IncidentQuery::SortKey(sort);
        query.descending = descending;
        IncidentRepository repo(m_ws.get());
        QStringList got;
        for (const auto &row : repo.list(query, 0, 100))
            got << row.title;
        QCOMPARE(got, titles);
        QCOMPARE(repo.count(query), titles.size());
    }

    void paging_isConsistent()
    {
        IncidentRepository repo(m_ws.get());
        const auto all = repo.list({}, 0, 100);
        QStringList paged;
        for (int offset = 0; offset < all.size(); offset += 3) {
            for (const auto &row : repo.list({}, offset, 3))
                paged << row.uuid;
        }
        QStringList whole;
        for (const auto &row : all)
            whole << row.uuid;
        QCOMPARE(paged, whole);
    }

    void find_byPrefix()
    {
        IncidentRepository repo(m_ws.get());
        const auto row = repo.list({}, 0, 1).first();
        QString error;
        QVERIFY(repo.find(row.uuid.left(8), &error));
        QCOMPARE(repo.find(row.uuid.left(8), &error)->uuidString(), row.uuid);
        QVERIFY(!repo.find(row.uuid.left(7), &error));
        QVERIFY(error.contains(QStringLiteral("too short")));
        QVERIFY(!repo.find(QStringLiteral("ffffffff-0000"), &error));
        QVERIFY(error.contains(QStringLiteral("no incident")));
    }

    void save_unknownInstance_isRefusedAndRolledBack()
    {
        IncidentRepository repo(m_ws.get());
        const int before = repo.count({});
        Incident bad = make(QStringLiteral("Ghost"), QStringLiteral("2016-11-14T13:56:00Z"), IncidentStatus::Resolved, Severity::Minor,
                            QStringLiteral("Nowhere 01"));
        QSignalSpy spy(m_ws.get(), &Workspace::incidentChanged);
        QString error;
        QVERIFY(!repo.save(bad, &error));
        QVERIFY(error.contains(QStringLiteral("Nowhere 01")));
        QCOMPARE(repo.count({}), before);
        QCOMPARE(spy.count(), 0);
    }

    void saveAndRemove_notify()
    {
        IncidentRepository repo(m_ws.get());
        QSignalSpy changed(m_ws.get(), &Workspace::incidentChanged);
        QSignalSpy removed(m_ws.get(), &Workspace::incidentRemoved);
        Incident i = make(QStringLiteral("Temporary"), QStringLiteral("2016-11-14T13:56:00Z"), IncidentStatus::Resolved, Severity::Minor);
        QString error;
        QVERIFY(repo.save(i, &error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toUuid(), i.uuid);
        QVERIFY(repo.remove(i.uuid, &error));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!repo.load(i.uuid));
        IncidentQuery q;
        q.text = QStringLiteral("Temporary");
        QCOMPARE(repo.count(q), 0);
    }

    void windowsBetween_includesOngoingAndOverlapping()
    {
        IncidentRepository repo(m_ws.get());
        const auto rows = repo.windowsBetween(Rfc3339::parse(QStringLiteral("2016-11-01T00:00:00Z")),
                                              Rfc3339::parse(QStringLiteral("2016-12-01T08:05:00Z")));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().dataCenter, QStringLiteral("EU"));
        QCOMPARE(rows.last().instance, QStringLiteral("Alma NA01"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "tst_incidentrepository.moc"
