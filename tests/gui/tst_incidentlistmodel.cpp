#include "GuiTestSupport.h"

#include "gui/models/IncidentListModel.h"
#include "gui/models/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace OutageDesk;
using namespace OutageDesk::TestSupport;

Q_DECLARE_METATYPE(Qt::SortOrder)

class TestIncidentListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<Incident> m_seeded;

    void seed(const QList<Incident> &incidents)
    {
        IncidentRepository repository(m_workspace.get());
        QVERIFY(m_workspace->transaction([&](QString *error) {
            for (Incident incident : incidents) {
                if (!repository.save(incident, error))
                    return false;
                m_seeded << incident;
            }
            return true;
        }));
    }

    QList<Incident> variedIncidents() const
    {
        QList<Incident> list;
        const QStringList titles{QStringLiteral("Storage failover in Amsterdam"), QStringLiteral("Certificate expired"),
                                 QStringLiteral("Database upgrade"), QStringLiteral("Network partition"),
                                 QStringLiteral("Search index lag"), QStringLiteral("Login failures")};
        const QList<Severity> severities{Severity::Major, Severity::Critical, Severity::None, Severity::Minor};
        const QList<IncidentStatus> statuses{IncidentStatus::Resolved, IncidentStatus::Investigating,
                                             IncidentStatus::Monitoring};
        for (int i = 0; i < titles.size(); ++i) {
            const QString instance = i % 2 ? QStringLiteral("Leganto NA01") : QStringLiteral("Primo MT EU01");
            const QDateTime start = utc("2016-11-01T10:00:00Z").addDays(i * 3);
            list << makeIncident(titles.at(i), severities.at(i % severities.size()), statuses.at(i % statuses.size()),
                                 instance, start, start.addSecs(3600));
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = std::make_unique<Workspace>();
        QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("list.sqlite"))), qPrintable(m_workspace->errorString()));
        QVERIFY(seedCatalog(*m_workspace));
        m_seeded.clear();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void rows_showEveryIncident()
    {
        seed(variedIncidents());
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_workspace.get());
        QCOMPARE(model.rowCount(), m_seeded.size());
        QCOMPARE(model.columnCount(), int(IncidentListModel::ColumnCount));
        for (const Incident &incident : std::as_const(m_seeded)) {
            const int row = model.rowOf(incident.uuid);
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, IncidentListModel::TitleColumn).data().toString(), incident.title);
            QCOMPARE(model.index(row, 0).data(ModelRoles::IncidentUuidRole).toUuid(), incident.uuid);
            // Times are in the incident's own data center's zone, labelled, as in the editor.
            const bool eu = incident.windows.first().instance == QLatin1String("Primo MT EU01");
            const QString start = model.index(row, IncidentListModel::StartColumn).data().toString();
            QVERIFY2(start.endsWith(eu ? QLatin1String("CET") : QLatin1String("CDT")) || start.endsWith(QLatin1String("CST")), qPrintable(start));
            QCOMPARE(model.index(row, IncidentListModel::DataCenterColumn).data().toString(), eu ? QStringLiteral("EU") : QStringLiteral("NA"));
            QCOMPARE(model.index(row, IncidentListModel::DurationColumn).data().toString(), QStringLiteral("1 h 00 min"));
            QCOMPARE(model.index(row, 0).data(ModelRoles::TimeZoneRole).toString(),
                     eu ? QStringLiteral("Europe/Amsterdam") : QStringLiteral("America/Chicago"));
        }
    }

    // One maintenance late in the evening of 5 December UTC is the 6th in Amsterdam:
    // the list says the 6th, as the editor does, and the UTC time in its tooltip.
    void rows_showTheDataCentersDayNotUtcs()
    {
        seed({makeIncident(QStringLiteral("Maintenance"), Severity::None, IncidentStatus::Resolved,
                           QStringLiteral("Primo MT EU01"), utc("2016-12-05T23:30:00Z"), utc("2016-12-06T01:00:00Z"))});
        IncidentListModel model;
        model.setWorkspace(m_workspace.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IncidentListModel::StartColumn).data().toString(), QStringLiteral("2016-12-06 00:30 CET"));
        QCOMPARE(model.index(0, IncidentListModel::EndColumn).data().toString(), QStringLiteral("02:00 CET"));
        QCOMPARE(model.index(0, IncidentListModel::DurationColumn).data().toString(), QStringLiteral("1 h 30 min"));
        const QString tip = model.index(0, IncidentListModel::StartColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("2016-12-05 23:30 UTC")) && tip.contains(QLatin1String("Europe/Amsterdam")), qPrintable(tip));
        model.setHourCycle(HourCycle::Twelve);
        QVERIFY(model.index(0, IncidentListModel::StartColumn).data().toString().startsWith(QLatin1String("2016-12-06 12:30 ")));
    }

    void paging_fetchesMoreOnDemand()
    {
        const int total = IncidentListModel::kPageSize * 2 + 37;
        QList<Incident> many;
        for (int i = 0; i < total; ++i)
            many << makeIncident(QStringLiteral("Incident %1").arg(i), Severity::Minor, IncidentStatus::Resolved);
        seed(many);
        IncidentListModel model;
        model.setWorkspace(m_workspace.get());
        QCOMPARE(model.totalCount(), total);
        QCOMPARE(model.rowCount(), IncidentListModel::kPageSize);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        int fetches = 0;
        while (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
            ++fetches;
        }
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(inserted.count(), fetches);
        QCOMPARE(fetches, (total - 1) / IncidentListModel::kPageSize);
        QSet<QUuid> distinct;
        for (int row = 0; row < model.rowCount(); ++row)
            distinct.insert(model.uuidAt(row));
        QCOMPARE(distinct.size(), total);
    }

    void paging_underTheModelTester()
    {
        QList<Incident> many;
        for (int i = 0; i < IncidentListModel::kPageSize + 5; ++i)
            many << makeIncident(QStringLiteral("Incident %1").arg(i), Severity::Minor, IncidentStatus::Resolved);
        seed(many);
        IncidentListModel model;
        model.setWorkspace(m_workspace.get());
        // Attached after the first page: the 6.4 tester fetches more from inside its
        // own modelReset handler, which it then reports as a nested change.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), many.size());
        Incident changed = m_seeded.first();
        changed.title = QStringLiteral("Renamed while paged");
        QVERIFY(IncidentRepository(m_workspace.get()).save(changed, nullptr));
        QCOMPARE(model.rowCount(), many.size());
    }

    void sort_followsTheHeader_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("title ascending") << int(IncidentListModel::TitleColumn) << Qt::AscendingOrder;
        QTest::newRow("title descending") << int(IncidentListModel::TitleColumn) << Qt::DescendingOrder;
        QTest::newRow("severity descending") << int(IncidentListModel::SeverityColumn) << Qt::DescendingOrder;
        QTest::newRow("start ascending") << int(IncidentListModel::StartColumn) << Qt::AscendingOrder;
        QTest::newRow("status ascending") << int(IncidentListModel::StatusColumn) << Qt::AscendingOrder;
    }

    void sort_followsTheHeader()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        seed(variedIncidents());
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_workspace.get());
        model.sort(column, order);

        // The expected order, computed from the seeded incidents (ties broken by insertion order).
        QList<Incident> expected = m_seeded;
        auto key = [column](const Incident &i) -> QVariant {
            switch (column) {
            case IncidentListModel::TitleColumn:
                return i.title;
            case IncidentListModel::SeverityColumn:
                return int(i.severity);
            case IncidentListModel::StatusColumn:
                return int(i.status);
            default:
                return i.firstStart().toMSecsSinceEpoch();
            }
        };
        std::stable_sort(expected.begin(), expected.end(), [&](const Incident &a, const Incident &b) {
            const QVariant ka = key(a), kb = key(b);
            const auto c = QVariant::compare(ka, kb);
            if (c == QPartialOrdering::Equivalent)
                return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
            return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
        });
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model.uuidAt(row), expected.at(row).uuid);
    }

    void sort_keepsTheSelectedIncidentSelected()
    {
        seed(variedIncidents());
        IncidentListModel model;
        model.setWorkspace(m_workspace.get());
        const QUuid chosen = m_seeded.at(2).uuid;
        const QPersistentModelIndex selected = model.index(model.rowOf(chosen), 1);
        model.sort(IncidentListModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(ModelRoles::IncidentUuidRole).toUuid(), chosen);
    }

    void filters_narrowTheList_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QList<int>>("severities");
        QTest::addColumn<QStringList>("dataCenters");
        QTest::newRow("status resolved") << QList<int>{int(IncidentStatus::Resolved)} << QList<int>() << QStringList();
        QTest::newRow("open statuses") << QList<int>{int(IncidentStatus::Investigating), int(IncidentStatus::Monitoring)}
                                       << QList<int>() << QStringList();
        QTest::newRow("severity critical") << QList<int>() << QList<int>{int(Severity::Critical)} << QStringList();
        QTest::newRow("data center NA") << QList<int>() << QList<int>() << QStringList{QStringLiteral("NA")};
        QTest::newRow("EU and major") << QList<int>() << QList<int>{int(Severity::Major)}
                                      << QStringList{QStringLiteral("EU")};
    }

    void filters_narrowTheList()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QList<int>, severities);
        QFETCH(QStringList, dataCenters);
        seed(variedIncidents());
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_workspace.get());
        IncidentQuery query;
        for (int s : statuses)
            query.statuses << IncidentStatus(s);
        for (int s : severities)
            query.severities << Severity(s);
        query.dataCenters = dataCenters;
        model.setQuery(query);

        QSet<QUuid> expected;
        for (const Incident &i : std::as_const(m_seeded)) {
            const QString dc = i.windows.value(0).instance == QLatin1String("Leganto NA01") ? QStringLiteral("NA")
                                                                                            : QStringLiteral("EU");
            if ((statuses.isEmpty() || statuses.contains(int(i.status)))
                && (severities.isEmpty() || severities.contains(int(i.severity)))
                && (dataCenters.isEmpty() || dataCenters.contains(dc)))
                expected.insert(i.uuid);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < m_seeded.size());
        QSet<QUuid> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.insert(model.uuidAt(row));
        QCOMPARE(shown, expected);
    }

    void search_findsByTitleWords()
    {
        seed(variedIncidents());
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_workspace.get());
        IncidentQuery query;
        query.text = QStringLiteral("certificate");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Certificate expired"));
    }

    void workspaceChanges_updateTheRows()
    {
        seed(variedIncidents());
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_workspace.get());
        IncidentRepository repository(m_workspace.get());

        // A changed title: same rows, same order under the default sort, so no reset.
        Incident changed = m_seeded.at(1);
        changed.title = QStringLiteral("Certificate chain incomplete");
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(repository.save(changed, nullptr));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(model.rowOf(changed.uuid), 0).data().toString(), changed.title);

        // A removal shortens the list.
        QVERIFY(repository.remove(changed.uuid, nullptr));
        QCOMPARE(model.rowCount(), m_seeded.size() - 1);
        QCOMPARE(model.rowOf(changed.uuid), -1);

        // A new incident appears.
        Incident fresh = makeIncident(QStringLiteral("Fresh"), Severity::Minor, IncidentStatus::Investigating);
        QVERIFY(repository.save(fresh, nullptr));
        QVERIFY(model.rowOf(fresh.uuid) >= 0);
        QCOMPARE(model.totalCount(), m_seeded.size());
    }
};

QTEST_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
