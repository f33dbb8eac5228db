#include "GuiTestSupport.h"

#include "gui/commands/EditHistory.h"
#include "gui/dialogs/DataCentersDialog.h"
#include "gui/models/DataCentersTableModel.h"
#include "gui/models/InstancesTableModel.h"
#include "gui/widgets/ZonePicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace OutageDesk;
using namespace OutageDesk::TestSupport;

class TestDataCentersDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EditHistory> m_history;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    static void fillDataCenter(DataCentersDialog &dialog, const QString &code, const QString &name, const QString &zone)
    {
        child<QLineEdit>(&dialog, "codeEdit")->setText(code);
        child<QLineEdit>(&dialog, "nameEdit")->setText(name);
        child<ZonePicker>(&dialog, "zonePicker")->setZoneId(zone);
    }

    static void selectRow(DataCentersDialog &dialog, const char *view, int row)
    {
        auto *table = child<QTableView>(&dialog, view);
        table->setCurrentIndex(table->model()->index(row, 0));
    }

    static int rowOf(DataCentersDialog &dialog, const char *view, const QString &key)
    {
        auto *model = child<QTableView>(&dialog, view)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == key)
                return row;
        }
        return -1;
    }

    int dataCenterCount() const { return int(CatalogRepository(m_workspace.get()).dataCenters().size()); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("catalog.sqlite"))));
        QVERIFY(seedCatalog(*m_workspace));
        m_history = std::make_unique<EditHistory>();
        m_history->setWorkspace(m_workspace.get());
    }

    void cleanup()
    {
        m_history.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void checkDataCenter_refusals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("mentions"); // empty: accepted
        QTest::newRow("valid") << "APAC" << "Asia Pacific" << "Australia/Sydney" << QString();
        QTest::newRow("duplicate code") << "EU" << "Another Europe" << "Europe/Paris" << "EU";
        QTest::newRow("duplicate code, other case") << "eu" << "Another Europe" << "Europe/Paris" << "EU";
        QTest::newRow("unknown zone") << "MARS" << "Olympus" << "Mars/Olympus_Mons" << "Mars/Olympus_Mons";
        QTest::newRow("empty zone") << "X1" << "Somewhere" << "" << "time zone";
        QTest::newRow("code with spaces") << "E U" << "Spaced" << "Europe/Paris" << "E U";
        QTest::newRow("empty code") << "" << "Nameless" << "Europe/Paris" << "1 to 32";
        QTest::newRow("empty name") << "DE" << "" << "Europe/Berlin" << "name";
    }

    void checkDataCenter_refusals()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, zone);
        QFETCH(QString, mentions);
        DataCentersDialog dialog(m_history.get());
        const int before = dataCenterCount();
        fillDataCenter(dialog, code, name, zone);
        const bool added = dialog.addDataCenter();
        QCOMPARE(added, mentions.isEmpty());
        QCOMPARE(dialog.lastActionRefused(), !mentions.isEmpty());
        QCOMPARE(dataCenterCount(), before + (added ? 1 : 0));
        if (!mentions.isEmpty())
            QVERIFY2(dialog.message().contains(mentions), qPrintable(dialog.message()));
    }

    void addDataCenter_isOneUndoStep()
    {
        DataCentersDialog dialog(m_history.get());
        fillDataCenter(dialog, QStringLiteral("APAC"), QStringLiteral("Asia Pacific"), QStringLiteral("Australia/Sydney"));
        QTest::mouseClick(child<QPushButton>(&dialog, "addDataCenterButton"), Qt::LeftButton);
        QVERIFY(CatalogRepository(m_workspace.get()).dataCenter(QStringLiteral("APAC")));
        QCOMPARE(rowOf(dialog, "dataCentersView", QStringLiteral("APAC")) >= 0, true);
        m_history->undoStack()->undo();
        QVERIFY(!CatalogRepository(m_workspace.get()).dataCenter(QStringLiteral("APAC")));
        QCOMPARE(rowOf(dialog, "dataCentersView", QStringLiteral("APAC")), -1);
        m_history->undoStack()->redo();
        QCOMPARE(CatalogRepository(m_workspace.get()).dataCenter(QStringLiteral("APAC"))->timeZone,
                 QStringLiteral("Australia/Sydney"));
    }

    void renameDataCenterCode_movesItsInstances()
    {
        DataCentersDialog dialog(m_history.get());
        selectRow(dialog, "dataCentersView", rowOf(dialog, "dataCentersView", QStringLiteral("EU")));
        QCOMPARE(child<QLineEdit>(&dialog, "codeEdit")->text(), QStringLiteral("EU"));
        child<QLineEdit>(&dialog, "codeEdit")->setText(QStringLiteral("EU-WEST"));
        QVERIFY2(dialog.updateDataCenter(), qPrintable(dialog.message()));
        QCOMPARE(CatalogRepository(m_workspace.get()).instance(QStringLiteral("Primo MT EU01"))->dataCenter,
                 QStringLiteral("EU-WEST"));
        m_history->undoStack()->undo();
        QCOMPARE(CatalogRepository(m_workspace.get()).instance(QStringLiteral("Primo MT EU01"))->dataCenter,
                 QStringLiteral("EU"));
    }

    void removeInstanceWithWindows_isRefused()
    {
        Incident incident = makeIncident(QStringLiteral("Outage"), Severity::Major, IncidentStatus::Resolved,
                                         QStringLiteral("Primo MT EU01"), utc("2016-11-14T13:56:00Z"),
                                         utc("2016-11-14T14:36:00Z"));
        QVERIFY(IncidentRepository(m_workspace.get()).save(incident, nullptr));
        DataCentersDialog dialog(m_history.get());
        selectRow(dialog, "instancesView", rowOf(dialog, "instancesView", QStringLiteral("Primo MT EU01")));
        QVERIFY(!dialog.removeInstance());
        QVERIFY(dialog.lastActionRefused());
        QVERIFY2(dialog.message().contains(QLatin1String("Primo MT EU01"))
                     && dialog.message().contains(QLatin1String("window")),
                 qPrintable(dialog.message()));
        QVERIFY(CatalogRepository(m_workspace.get()).instance(QStringLiteral("Primo MT EU01")));
        QCOMPARE(m_history->undoStack()->count(), 0);

        // The other instance has no windows: it goes, and comes back on undo.
        selectRow(dialog, "instancesView", rowOf(dialog, "instancesView", QStringLiteral("Leganto NA01")));
        QVERIFY2(dialog.removeInstance(), qPrintable(dialog.message()));
        QVERIFY(!CatalogRepository(m_workspace.get()).instance(QStringLiteral("Leganto NA01")));
        m_history->undoStack()->undo();
        QVERIFY(CatalogRepository(m_workspace.get()).instance(QStringLiteral("Leganto NA01")));
    }

    void removeDataCenterHostingInstances_isRefused()
    {
        DataCentersDialog dialog(m_history.get());
        selectRow(dialog, "dataCentersView", rowOf(dialog, "dataCentersView", QStringLiteral("NA")));
        QVERIFY(!dialog.removeDataCenter());
        QVERIFY2(dialog.message().contains(QLatin1String("NA")), qPrintable(dialog.message()));
        QVERIFY(CatalogRepository(m_workspace.get()).dataCenter(QStringLiteral("NA")));
    }

    void addInstance_refusesDuplicateNames()
    {
        DataCentersDialog dialog(m_history.get());
        child<QLineEdit>(&dialog, "instanceNameEdit")->setText(QStringLiteral("primo mt eu01"));
        QVERIFY(!dialog.addInstance());
        QVERIFY2(dialog.message().contains(QLatin1String("Primo MT EU01")), qPrintable(dialog.message()));
        child<QLineEdit>(&dialog, "instanceNameEdit")->setText(QStringLiteral("Alma EU02"));
        auto *dcCombo = child<QComboBox>(&dialog, "instanceDataCenterCombo");
        dcCombo->setCurrentIndex(dcCombo->findData(QStringLiteral("EU")));
        QVERIFY2(dialog.addInstance(), qPrintable(dialog.message()));
        QCOMPARE(CatalogRepository(m_workspace.get()).instance(QStringLiteral("Alma EU02"))->dataCenter, QStringLiteral("EU"));
    }

    void zonePicker_findsZonesByAnyPartOfTheName()
    {
        ZonePicker picker;
        QCompleter *completer = picker.completer();
        QVERIFY(completer);
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        completer->setCompletionPrefix(QStringLiteral("sydn"));
        QStringList found;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            found << completer->currentCompletion();
        QVERIFY2(found.contains(QStringLiteral("Australia/Sydney")), qPrintable(found.join(QLatin1Char(','))));
        picker.setZoneId(QStringLiteral("Europe/Amsterdam"));
        QVERIFY(picker.hasKnownZone());
        picker.setZoneId(QStringLiteral("Atlantis/Capital"));
        QVERIFY(!picker.hasKnownZone());
    }

    void catalogModels_passTheModelTester()
    {
        DataCentersTableModel dataCenters;
        InstancesTableModel instances;
        QAbstractItemModelTester dcTester(&dataCenters, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester instanceTester(&instances, QAbstractItemModelTester::FailureReportingMode::QtTest);
        dataCenters.setWorkspace(m_workspace.get());
        instances.setWorkspace(m_workspace.get());
        QCOMPARE(dataCenters.rowCount(), 2);
        QCOMPARE(instances.rowCount(), 2);
        QSignalSpy reset(&dataCenters, &QAbstractItemModel::modelReset);
        DataCenter apac{0, QStringLiteral("APAC"), QStringLiteral("Asia Pacific"), QStringLiteral("Australia/Sydney")};
        QVERIFY(CatalogRepository(m_workspace.get()).saveDataCenter(apac, nullptr));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(dataCenters.rowCount(), 3);
        const QString zoneText = dataCenters.index(dataCenters.rowOfCode(QStringLiteral("APAC")),
                                                   DataCentersTableModel::ZoneColumn).data().toString();
        QVERIFY2(zoneText.startsWith(QLatin1String("Australia/Sydney (AE")), qPrintable(zoneText));
    }
};

QTEST_MAIN(TestDataCentersDialog)
#include "tst_datacentersdialog.moc"
