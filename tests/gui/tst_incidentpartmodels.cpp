#include "GuiTestSupport.h"

#include "gui/commands/EditHistory.h"
#include "gui/models/ActionItemsTableModel.h"
#include "gui/models/ModelRoles.h"
#include "gui/models/StatusUpdatesTableModel.h"
#include "gui/models/WindowsTableModel.h"
#include "storage/IncidentRepository.h"
#include "storage/RcaRevisionRepository.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace OutageDesk;
using namespace OutageDesk::TestSupport;

// The editor's tables and the undo commands behind them.
class TestIncidentPartModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;

    Incident sample() const
    {
        Incident incident = makeIncident(QStringLiteral("Outage"), Severity::Major, IncidentStatus::Monitoring,
                                         QStringLiteral("Primo MT EU01"), utc("2016-11-14T13:56:00Z"),
                                         utc("2016-11-14T14:36:00Z"));
        incident.uuid = QUuid::createUuid();
        incident.windows << OutageWindow{QStringLiteral("Leganto NA01"), utc("2016-11-14T15:00:00Z"), QDateTime(),
                                         Impact::Degraded};
        incident.updates << StatusUpdate{utc("2016-11-14T14:05:00Z"), IncidentStatus::Investigating,
                                         QStringLiteral("Looking into it")};
        incident.actionItems << ActionItem{QStringLiteral("Add a probe"), QStringLiteral("Ops"), QDate(2016, 12, 1), false};
        return incident;
    }

    template<typename Model>
    void attach(Model &model)
    {
        const CatalogRepository catalog(m_workspace.get());
        model.setCatalog(catalog.dataCenters(), catalog.instances());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("parts.sqlite"))));
        QVERIFY(seedCatalog(*m_workspace));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void windowsModel_showsTimesInEachDataCenterZone()
    {
        WindowsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(model);
        model.setIncident(sample());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, WindowsTableModel::StartColumn).data().toString(), QStringLiteral("2016-11-14 14:56 CET"));
        QCOMPARE(model.index(1, WindowsTableModel::StartColumn).data().toString(), QStringLiteral("2016-11-14 09:00 CST"));
        QCOMPARE(model.index(1, WindowsTableModel::EndColumn).data().toString(), QStringLiteral("ongoing"));
        QCOMPARE(model.index(0, WindowsTableModel::StartColumn).data(Qt::EditRole).toString(), QStringLiteral("2016-11-14 14:56"));
        QCOMPARE(model.index(1, 0).data(ModelRoles::TimeZoneRole).toString(), QStringLiteral("America/Chicago"));
        QVERIFY(!(model.flags(model.index(0, WindowsTableModel::DurationColumn)) & Qt::ItemIsEditable));
    }

    void windowsModel_setDataRequestsAnEditAndNeverWrites_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("expectedStartUtc");
        QTest::addColumn<QString>("expectedEndUtc");
        QTest::newRow("start in Amsterdam") << 0 << int(WindowsTableModel::StartColumn) << QVariant(QStringLiteral("2016-11-14 14:50"))
                                            << true << "2016-11-14T13:50:00Z" << "2016-11-14T14:36:00Z";
        QTest::newRow("end in Chicago closes the ongoing window")
            << 1 << int(WindowsTableModel::EndColumn) << QVariant(QStringLiteral("2016-11-14 10:30")) << true
            << "2016-11-14T15:00:00Z" << "2016-11-14T16:30:00Z";
        QTest::newRow("end before start refused") << 0 << int(WindowsTableModel::EndColumn)
                                                  << QVariant(QStringLiteral("2016-11-14 14:00")) << false << QString() << QString();
        QTest::newRow("end equal to start refused") << 0 << int(WindowsTableModel::EndColumn)
                                                    << QVariant(QStringLiteral("2016-11-14 14:56")) << false << QString() << QString();
        QTest::newRow("empty end reopens the window") << 0 << int(WindowsTableModel::EndColumn) << QVariant(QString())
                                                      << true << "2016-11-14T13:56:00Z" << QString();
        QTest::newRow("empty start refused") << 0 << int(WindowsTableModel::StartColumn) << QVariant(QString()) << false
                                             << QString() << QString();
        QTest::newRow("12-hour start") << 0 << int(WindowsTableModel::StartColumn) << QVariant(QStringLiteral("2016-11-14 2:50 PM"))
                                       << true << "2016-11-14T13:50:00Z" << "2016-11-14T14:36:00Z";
        QTest::newRow("PM left over is refused, not dropped")
            << 0 << int(WindowsTableModel::StartColumn) << QVariant(QStringLiteral("2016-11-14 14:50 PM")) << false << QString() << QString();
        QTest::newRow("end typed without a date is on the start's day")
            << 0 << int(WindowsTableModel::EndColumn) << QVariant(QStringLiteral("3:40 PM")) << true
            << "2016-11-14T13:56:00Z" << "2016-11-14T14:40:00Z";
        QTest::newRow("start moved past the end keeps the 40 min")
            << 0 << int(WindowsTableModel::StartColumn) << QVariant(QStringLiteral("2016-11-14 16:00")) << true
            << "2016-11-14T15:00:00Z" << "2016-11-14T15:40:00Z";
    }

    void windowsModel_setDataRequestsAnEditAndNeverWrites()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(QString, expectedStartUtc);
        QFETCH(QString, expectedEndUtc);
        WindowsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScriptedQuestion question;
        model.setQuestion(&question);
        attach(model);
        const Incident incident = sample();
        model.setIncident(incident);
        QSignalSpy requested(&model, &IncidentPartModel::editRequested);
        QSignalSpy refused(&model, &WindowsTableModel::entryRefused);
        QCOMPARE(model.setData(model.index(row, column), value), accepted);
        QCOMPARE(requested.count(), accepted ? 1 : 0);
        // The model shows what storage holds until the edit comes back through setIncident().
        QVERIFY(model.incident().sameContentAs(incident));
        if (!accepted) {
            // Said on the row, not in a box: no question was asked, the typed text is kept.
            QCOMPARE(question.asked, QStringList());
            QCOMPARE(refused.count(), 1);
            QVERIFY(!model.rowNote(row).isEmpty());
            QVERIFY(model.isMarked(row));
            QCOMPARE(model.index(row, column).data(Qt::EditRole).toString(), value.toString().trimmed());
            QCOMPARE(model.index(row, column).data(ModelRoles::RowNoteRole).toString(), model.rowNote(row));
            return;
        }
        QCOMPARE(refused.count(), 0);
        const Incident after = requested.first().first().value<Incident>();
        QCOMPARE(after.windows.at(row).start, QDateTime::fromString(expectedStartUtc, Qt::ISODate));
        QCOMPARE(after.windows.at(row).end, expectedEndUtc.isEmpty() ? QDateTime() : QDateTime::fromString(expectedEndUtc, Qt::ISODate));
    }

    void windowsModel_changingTheInstanceKeepsTheWallTimeTyped()
    {
        WindowsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(model);
        model.setIncident(sample());
        QSignalSpy requested(&model, &IncidentPartModel::editRequested);
        // 14:56–15:36 typed in Amsterdam, then the window moved to the Chicago instance.
        QVERIFY(model.setData(model.index(0, WindowsTableModel::InstanceColumn), QStringLiteral("Leganto NA01")));
        QCOMPARE(requested.count(), 1);
        const Incident after = requested.first().first().value<Incident>();
        QCOMPARE(after.windows.at(0).instance, QStringLiteral("Leganto NA01"));
        QCOMPARE(after.windows.at(0).start, utc("2016-11-14T20:56:00Z")); // 14:56 CST
        QCOMPARE(after.windows.at(0).end, utc("2016-11-14T21:36:00Z"));
        model.setIncident(after);
        QCOMPARE(model.index(0, WindowsTableModel::StartColumn).data().toString(), QStringLiteral("2016-11-14 14:56 CST"));
        // And it says so, on the row.
        QVERIFY2(model.rowNote(0).contains(QLatin1String("America/Chicago")), qPrintable(model.rowNote(0)));
        QVERIFY(!model.isMarked(0));
    }

    void windowsModel_slipMarkedWithItsFix_data()
    {
        QTest::addColumn<QString>("typedEnd");
        QTest::addColumn<bool>("stored"); // false: refused (end before start), kept on the row
        QTest::newRow("8:11 AM the same day") << "2016-11-16 8:11 AM" << false;
        QTest::newRow("8:11 AM without a date") << "8:11 AM" << false;
        QTest::newRow("the next morning") << "2016-11-17 8:11 AM" << true;
    }

    void windowsModel_slipMarkedWithItsFix()
    {
        QFETCH(QString, typedEnd);
        QFETCH(bool, stored);
        WindowsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        attach(model);
        Incident incident = sample();
        incident.windows[0].start = utc("2016-11-16T18:56:00Z"); // 7:56 PM CET
        incident.windows[0].end = QDateTime();
        model.setIncident(incident);
        QSignalSpy requested(&model, &IncidentPartModel::editRequested);
        const bool accepted = model.setData(model.index(0, WindowsTableModel::EndColumn), typedEnd);
        QCOMPARE(accepted, stored);
        if (stored) {
            QCOMPARE(requested.count(), 1);
            model.setIncident(requested.takeFirst().first().value<Incident>());
        } else {
            QCOMPARE(requested.count(), 0);
        }
        QVERIFY(model.isMarked(0));
        QVERIFY2(model.rowNote(0).contains(QLatin1String("did you mean 20:11?")), qPrintable(model.rowNote(0)));
        QCOMPARE(model.slipFix(0), utc("2016-11-16T19:11:00Z"));
        QVERIFY(model.index(0, WindowsTableModel::EndColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(0, 0).data(ModelRoles::SlipFixRole).toLongLong(), utc("2016-11-16T19:11:00Z").toMSecsSinceEpoch());
        QCOMPARE(model.slipSubject(0).isEmpty(), !stored);

        // One click: the end meant, as an edit.
        QVERIFY(model.applySlipFix(0));
        QCOMPARE(requested.count(), 1);
        const Incident fixed = requested.first().first().value<Incident>();
        QCOMPARE(fixed.windows.at(0).end, utc("2016-11-16T19:11:00Z"));
        model.setIncident(fixed);
        QVERIFY(!model.isMarked(0));
        QVERIFY(model.rowNote(0).isEmpty());
        QCOMPARE(model.index(0, WindowsTableModel::DurationColumn).data().toString(), QStringLiteral("15 min"));
    }

    void windowsModel_acceptedSlipIsNoLongerMarked()
    {
        WindowsTableModel model;
        attach(model);
        Incident incident = sample();
        incident.windows[0].start = utc("2016-11-16T18:56:00Z");
        incident.windows[0].end = utc("2016-11-17T07:11:00Z");
        model.setIncident(incident);
        QVERIFY(model.isMarked(0));
        model.setAcceptedSlips({model.slipSubject(0)});
        QVERIFY(!model.isMarked(0));
        QVERIFY(model.rowNote(0).isEmpty());
        // An edit of the window opens it again: the acceptance was for those times.
        incident.windows[0].end = utc("2016-11-17T07:12:00Z");
        model.setIncident(incident);
        QVERIFY(model.isMarked(0));
    }

    void windowsModel_twelveHourCycle()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "PM", not the C locale's guess
        WindowsTableModel model;
        attach(model);
        model.setHourCycle(HourCycle::Twelve);
        model.setIncident(sample());
        QCOMPARE(model.index(0, WindowsTableModel::StartColumn).data().toString(), QStringLiteral("2016-11-14 2:56 PM CET"));
        QCOMPARE(model.index(0, WindowsTableModel::StartColumn).data(Qt::EditRole).toString(), QStringLiteral("2016-11-14 2:56 PM"));
    }

    void updatesAndActionItems_passTheModelTesterAndEdit()
    {
        StatusUpdatesTableModel updates;
        ActionItemsTableModel actions;
        QAbstractItemModelTester t1(&updates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&actions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScriptedQuestion question;
        updates.setQuestion(&question);
        actions.setQuestion(&question);
        attach(updates);
        attach(actions);
        updates.setIncident(sample());
        actions.setIncident(sample());
        // Updates read in the zone of the incident's first window (Amsterdam here).
        QCOMPARE(updates.index(0, StatusUpdatesTableModel::TimeColumn).data().toString(), QStringLiteral("2016-11-14 15:05 CET"));
        QCOMPARE(actions.index(0, ActionItemsTableModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QSignalSpy doneSpy(&actions, &IncidentPartModel::editRequested);
        QVERIFY(actions.setData(actions.index(0, ActionItemsTableModel::DoneColumn), int(Qt::Checked), Qt::CheckStateRole));
        QVERIFY(doneSpy.first().first().value<Incident>().actionItems.first().done);
        QVERIFY(!actions.setData(actions.index(0, ActionItemsTableModel::DueColumn), QStringLiteral("next week")));
        QCOMPARE(question.asked, QStringList{QStringLiteral("refuse")});

        QSignalSpy messageSpy(&updates, &IncidentPartModel::editRequested);
        QVERIFY(updates.setData(updates.index(0, StatusUpdatesTableModel::MessageColumn), QStringLiteral("Found it")));
        QCOMPARE(messageSpy.first().first().value<Incident>().updates.first().message, QStringLiteral("Found it"));

        // A row more or less resets; the same rows only change.
        Incident longer = sample();
        longer.updates << StatusUpdate{utc("2016-11-14T15:00:00Z"), IncidentStatus::Resolved, QStringLiteral("Done")};
        QSignalSpy reset(&updates, &QAbstractItemModel::modelReset);
        updates.setIncident(longer);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(updates.rowCount(), 2);
    }

    void typing_mergesIntoOneUndoStepPerRun()
    {
        EditHistory history;
        history.setWorkspace(m_workspace.get());
        Incident incident = sample();
        QVERIFY(history.createIncident(incident));
        IncidentRepository repository(m_workspace.get());
        Incident current = *repository.load(incident.uuid);
        for (const QString &title : {QStringLiteral("O"), QStringLiteral("Ou"), QStringLiteral("Out")}) {
            Incident after = current;
            after.title = title;
            QVERIFY(history.editIncident(current, after, QStringLiteral("Edit title"), QStringLiteral("title")));
            current = *repository.load(incident.uuid);
        }
        QCOMPARE(history.undoStack()->count(), 2);
        history.endTypingRun();
        Incident after = current;
        after.title = QStringLiteral("Outage again");
        QVERIFY(history.editIncident(current, after, QStringLiteral("Edit title"), QStringLiteral("title")));
        QCOMPARE(history.undoStack()->count(), 3);

        history.undoStack()->undo();
        QCOMPARE(repository.load(incident.uuid)->title, QStringLiteral("Out"));
        history.undoStack()->undo();
        QCOMPARE(repository.load(incident.uuid)->title, QStringLiteral("Outage"));
        history.undoStack()->undo();
        QVERIFY(!repository.load(incident.uuid));
        history.undoStack()->redo();
        QVERIFY(repository.load(incident.uuid)->sameContentAs(incident));
    }

    void refusedEdit_neverReachesTheStack()
    {
        EditHistory history;
        history.setWorkspace(m_workspace.get());
        Incident incident = sample();
        QVERIFY(history.createIncident(incident));
        Incident broken = incident;
        broken.windows.first().instance = QStringLiteral("No such instance");
        QSignalSpy failed(&history, &EditHistory::editFailed);
        QString error;
        QVERIFY(!history.editIncident(incident, broken, QStringLiteral("Break it"), QString(), &error));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(error.contains(QLatin1String("No such instance")), qPrintable(error));
        QCOMPARE(history.undoStack()->count(), 1);
        QVERIFY(IncidentRepository(m_workspace.get()).load(incident.uuid)->sameContentAs(incident));
    }

    void deleteThenUndo_restoresTheWholeIncident()
    {
        EditHistory history;
        history.setWorkspace(m_workspace.get());
        Incident incident = sample();
        QVERIFY(history.createIncident(incident));
        QSignalSpy removed(m_workspace.get(), &Workspace::incidentRemoved);
        QVERIFY(history.deleteIncident(incident));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!IncidentRepository(m_workspace.get()).load(incident.uuid));
        history.undoStack()->undo();
        QVERIFY(IncidentRepository(m_workspace.get()).load(incident.uuid)->sameContentAs(incident));
    }

    // The RCA's revisions go with the incident's row; undo brings them back as they were.
    void deleteThenUndo_restoresTheRcaHistory()
    {
        EditHistory history;
        history.setWorkspace(m_workspace.get());
        Incident incident = sample();
        incident.uuid = QUuid::createUuid();
        QVERIFY(history.createIncident(incident));
        IncidentRepository incidents(m_workspace.get());
        RcaRevisionRepository revisions(m_workspace.get());
        const qint64 id = incidents.idOf(incident.uuid);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QString error;
        QVERIFY2(revisions.record(id, RcaDocument{QStringLiteral("First draft."), RcaState::Draft, {}, {}, {}, {}},
                                  RcaRevision::Reason::Edit, start, &error), qPrintable(error));
        QVERIFY2(revisions.record(id, RcaDocument{QStringLiteral("Second draft, in review."), RcaState::InReview, {}, {}, {}, {}},
                                  RcaRevision::Reason::StateChange, start.addSecs(600), &error), qPrintable(error));
        const QList<RcaRevision> before = revisions.history(id);
        QCOMPARE(before.size(), 2);

        QVERIFY(history.deleteIncident(*incidents.load(incident.uuid)));
        history.undoStack()->undo();
        const QList<RcaRevision> after = revisions.history(incidents.idOf(incident.uuid));
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).text, before.at(i).text);
            QCOMPARE(after.at(i).at, before.at(i).at);
            QCOMPARE(after.at(i).state, before.at(i).state);
            QCOMPARE(after.at(i).reason, before.at(i).reason);
        }
        history.undoStack()->redo();
        QVERIFY(!incidents.load(incident.uuid));
        history.undoStack()->undo();
        QCOMPARE(revisions.history(incidents.idOf(incident.uuid)).size(), before.size());
    }
};

QTEST_MAIN(TestIncidentPartModels)
#include "tst_incidentpartmodels.moc"
