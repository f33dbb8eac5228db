#include "GuiTestSupport.h"

#include "gui/commands/EditHistory.h"
#include "gui/editor/IncidentEditor.h"
#include "gui/editor/WallTimeEntry.h"
#include "gui/models/WindowsTableModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace OutageDesk;
using OutageDesk::TestSupport::ScriptedQuestion;
using OutageDesk::TestSupport::utc;

namespace {

QLineEdit *openCellEditor(QTableView *view)
{
    const auto editors = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

// Types `text` into the cell editor of `index` as a user does, and presses Enter;
// the delegate commits on a queued call, so it waits until the editor has closed
// (unless the entry is expected to be refused and the editor to open again).
void typeIntoCell(QTableView *view, const QModelIndex &index, const QString &text, bool waitForClose = true)
{
    QLineEdit *editor = openCellEditor(view);
    if (!editor || view->currentIndex() != index) {
        if (editor)
            QTest::keyClick(editor, Qt::Key_Escape);
        view->setCurrentIndex(index);
        view->edit(index);
        editor = openCellEditor(view);
    }
    QVERIFY2(editor, "no line edit opened on the cell");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    if (waitForClose)
        QTRY_VERIFY(!openCellEditor(view));
}

} // namespace

Q_DECLARE_METATYPE(WallTimeEntry::Outcome)
Q_DECLARE_METATYPE(WallTimeQuestion::Occurrence)

// Wall times typed in a data center's zone, through the question interface:
// nothing here opens a dialog.
class TestWallTimeEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void resolve_readsTwelveHourTimes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expectedUtc");
        QTest::newRow("PM") << "2016-11-14 2:56 PM" << "2016-11-14T13:56:00Z";
        QTest::newRow("pm glued") << "2016-11-14 2:56pm" << "2016-11-14T13:56:00Z";
        QTest::newRow("dot") << "2016-11-14 2.56 PM" << "2016-11-14T13:56:00Z";
        QTest::newRow("AM") << "2016-11-16 8:11 AM" << "2016-11-16T07:11:00Z";
        QTest::newRow("seconds") << "2016-11-14 2:56:30 PM" << "2016-11-14T13:56:30Z";
    }

    void resolve_readsTwelveHourTimes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expectedUtc);
        ScriptedQuestion question;
        const auto result = WallTimeEntry::resolve(typed, QTimeZone("Europe/Amsterdam"), question);
        QCOMPARE(question.asked, QStringList());
        QCOMPARE(result.outcome, WallTimeEntry::Outcome::Instant);
        QCOMPARE(result.instant, QDateTime::fromString(expectedUtc, Qt::ISODate));
    }

    void resolve_refusesWhatIsLeftOver()
    {
        ScriptedQuestion question;
        const auto result = WallTimeEntry::resolve(QStringLiteral("2016-11-14 2:56 PX"), QTimeZone("Europe/Amsterdam"), question);
        QCOMPARE(result.outcome, WallTimeEntry::Outcome::Refused);
        QCOMPARE(question.asked, QStringList{QStringLiteral("refuse")});
        QVERIFY2(question.lastQuestion.contains(QLatin1String("\"PX\"")), qPrintable(question.lastQuestion));
    }

    void editText_twelveHours_roundTrips()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QTimeZone zone("Europe/Amsterdam");
        const QDateTime instant = utc("2016-11-16T18:56:00Z");
        const QString text = WallTimeEntry::editText(instant, zone, HourCycle::Twelve);
        QCOMPARE(text, QStringLiteral("2016-11-16 7:56 PM"));
        ScriptedQuestion question;
        QCOMPARE(WallTimeEntry::resolve(text, zone, question).instant, instant);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // The reference RCA's five windows, typed as it writes them (12-hour, Amsterdam)
    // into the real windows table of the editor, offscreen. The fifth, "7:56 PM until
    // 8:11 AM", is the slip: marked on its row with "did you mean 20:11?" and a fix
    // that is one click and one undo step.
    void editor_referenceWindowsInTwelveHourForm_slipMarkedFixedAndUndone()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Workspace workspace;
        QVERIFY(workspace.open(dir.filePath(QStringLiteral("entry.sqlite"))));
        QVERIFY(TestSupport::seedCatalog(workspace));
        Incident incident = TestSupport::makeIncident(QStringLiteral("Primo EU01 interruptions"), Severity::Major,
                                                      IncidentStatus::Monitoring);
        incident.uuid = QUuid::createUuid();
        QString error;
        QVERIFY2(IncidentRepository(&workspace).save(incident, &error), qPrintable(error));

        EditHistory history;
        history.setWorkspace(&workspace);
        IncidentEditor editor(&history);
        ScriptedQuestion question;
        editor.setWallTimeQuestion(&question);
        editor.setWorkspace(&workspace);
        editor.showIncident(incident.uuid);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTableView *view = editor.windowsView();
        WindowsTableModel *model = editor.windowsModel();
        QUndoStack *stack = history.undoStack();

        const QList<QPair<QString, QString>> typed{
            {QStringLiteral("Nov 14, 2016 2:56 PM"), QStringLiteral("3:36 PM")},
            {QStringLiteral("2016-11-15 10:56 AM"), QStringLiteral("11:14 AM")},
            {QStringLiteral("2016-11-15 11:23 am"), QStringLiteral("11:29 am")},
            {QStringLiteral("2016-11-15 11:59 AM"), QStringLiteral("12:20 PM")},
            {QStringLiteral("November 16, 2016 7:56 PM"), QStringLiteral("8:11 AM")},
        };
        for (int row = 0; row < typed.size(); ++row) {
            editor.addWindow();
            QCOMPARE(model->rowCount(), row + 1);
            typeIntoCell(view, model->index(row, WindowsTableModel::StartColumn), typed.at(row).first);
            typeIntoCell(view, model->index(row, WindowsTableModel::EndColumn), typed.at(row).second);
        }
        QCOMPARE(question.asked, QStringList()); // no box, ever
        auto stored = [&] { return IncidentRepository(&workspace).load(incident.uuid).value_or(Incident()); };
        const QList<OutageWindow> windows = stored().windows;
        QCOMPARE(windows.size(), 5);
        QCOMPARE(windows.at(0).start, utc("2016-11-14T13:56:00Z"));
        QCOMPARE(windows.at(0).end, utc("2016-11-14T14:36:00Z"));
        QCOMPARE(windows.at(2).start, utc("2016-11-15T10:23:00Z"));
        QCOMPARE(windows.at(3).end, utc("2016-11-15T11:20:00Z"));
        QCOMPARE(windows.at(4).start, utc("2016-11-16T18:56:00Z"));
        // The slip was not stored: the fifth window's end is still open.
        QVERIFY(windows.at(4).isOngoing());
        for (int row = 0; row < 4; ++row)
            QVERIFY2(!model->isMarked(row), qPrintable(model->rowNote(row)));

        // Marked on its row, said at once under the table, with the one-click fix;
        // the focus stays on the refused cell.
        QVERIFY(model->isMarked(4));
        QCOMPARE(model->index(4, WindowsTableModel::EndColumn).data(Qt::EditRole).toString(), QStringLiteral("8:11 AM"));
        QTRY_VERIFY(editor.windowNoteBar()->isVisible());
        auto *note = editor.windowNoteBar()->findChild<QLabel *>(QStringLiteral("windowNoteLabel"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QLatin1String("did you mean 20:11?")), qPrintable(note->text()));
        QVERIFY(note->text().startsWith(QLatin1String("Window 5")));
        QVERIFY(editor.slipFixButton()->isVisible());
        QCOMPARE(editor.slipFixButton()->text(), QStringLiteral("&Use 20:11"));
        QTRY_COMPARE(view->currentIndex(), model->index(4, WindowsTableModel::EndColumn));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));

        const int steps = stack->count();
        QTest::mouseClick(editor.slipFixButton(), Qt::LeftButton);
        QCOMPARE(stored().windows.at(4).end, utc("2016-11-16T19:11:00Z"));
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY(!model->isMarked(4));
        QCOMPARE(model->index(4, WindowsTableModel::DurationColumn).data().toString(), QStringLiteral("15 min"));
        QTRY_VERIFY(!editor.windowNoteBar()->isVisible());

        // Undo takes the fix back (to the open window), redo brings it again.
        stack->undo();
        QVERIFY(stored().windows.at(4).isOngoing());
        stack->redo();
        QCOMPARE(stored().windows.at(4).end, utc("2016-11-16T19:11:00Z"));

        // Typed as the next morning instead, it is stored, but marked until fixed.
        typeIntoCell(view, model->index(4, WindowsTableModel::EndColumn), QStringLiteral("2016-11-17 8:11 AM"));
        QCOMPARE(stored().windows.at(4).end, utc("2016-11-17T07:11:00Z"));
        QVERIFY(model->isMarked(4));
        QTRY_VERIFY(editor.windowNoteBar()->isVisible());
        QVERIFY(editor.acceptSlipButton()->isVisible());
        QTest::mouseClick(editor.slipFixButton(), Qt::LeftButton);
        QCOMPARE(stored().windows.at(4).end, utc("2016-11-16T19:11:00Z"));
    }

    void editor_garbageAfterTheTime_refusedOnTheRowAndEditorReopened()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Workspace workspace;
        QVERIFY(workspace.open(dir.filePath(QStringLiteral("garbage.sqlite"))));
        QVERIFY(TestSupport::seedCatalog(workspace));
        Incident incident = TestSupport::makeIncident(QStringLiteral("Outage"), Severity::Major, IncidentStatus::Monitoring,
                                                      QStringLiteral("Primo MT EU01"), utc("2016-11-14T13:56:00Z"));
        incident.uuid = QUuid::createUuid();
        QString error;
        QVERIFY2(IncidentRepository(&workspace).save(incident, &error), qPrintable(error));
        EditHistory history;
        history.setWorkspace(&workspace);
        IncidentEditor editor(&history);
        ScriptedQuestion question;
        editor.setWallTimeQuestion(&question);
        editor.setWorkspace(&workspace);
        editor.showIncident(incident.uuid);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTableView *view = editor.windowsView();
        WindowsTableModel *model = editor.windowsModel();

        typeIntoCell(view, model->index(0, WindowsTableModel::EndColumn), QStringLiteral("2016-11-14 3:36 PM later"), false);
        QTRY_VERIFY(editor.windowNoteBar()->isVisible());
        QCOMPARE(question.asked, QStringList());
        QVERIFY(IncidentRepository(&workspace).load(incident.uuid)->windows.at(0).isOngoing());
        QTRY_VERIFY(editor.windowNoteBar()->isVisible());
        QVERIFY(editor.windowNoteBar()->findChild<QLabel *>(QStringLiteral("windowNoteLabel"))->text().contains(QLatin1String("\"later\"")));
        // The editor opens again on what was typed; the next keystrokes correct it.
        QLineEdit *reopened = nullptr;
        QTRY_VERIFY((reopened = openCellEditor(view)) != nullptr);
        QCOMPARE(reopened->text(), QStringLiteral("2016-11-14 3:36 PM later"));
        QTest::keyClick(reopened, Qt::Key_End);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(reopened, Qt::Key_Backspace);
        QTest::keyClick(reopened, Qt::Key_Return);
        QTRY_COMPARE(IncidentRepository(&workspace).load(incident.uuid)->windows.at(0).end, utc("2016-11-14T14:36:00Z"));
        QTRY_VERIFY(!editor.windowNoteBar()->isVisible());
    }

    void resolve_asksAboutGapsAndRepeats_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("acceptGap");
        QTest::addColumn<WallTimeQuestion::Occurrence>("occurrence");
        QTest::addColumn<QStringList>("expectedAsked");
        QTest::addColumn<WallTimeEntry::Outcome>("expectedOutcome");
        QTest::addColumn<QString>("expectedUtc");
        QTest::addColumn<QStringList>("questionMentions");

        using O = WallTimeQuestion::Occurrence;
        using R = WallTimeEntry::Outcome;
        const QString ams = QStringLiteral("Europe/Amsterdam");
        const QStringList gap{QStringLiteral("gap")};
        const QStringList overlap{QStringLiteral("overlap")};
        const QStringList refuse{QStringLiteral("refuse")};

        QTest::newRow("plain winter time") << ams << "2016-11-14 14:56" << true << O::First << QStringList() << R::Instant
                                           << "2016-11-14T13:56:00Z" << QStringList();
        QTest::newRow("label pasted along is ignored") << ams << "2016-11-14 14:56 CET" << true << O::First
                                                       << QStringList() << R::Instant << "2016-11-14T13:56:00Z"
                                                       << QStringList();
        QTest::newRow("gap, suggestion accepted")
            << ams << "2016-03-27 02:30" << true << O::First << gap << R::Instant << "2016-03-27T01:30:00Z"
            << QStringList{QStringLiteral("02:30"), QStringLiteral("27 March 2016"), ams, QStringLiteral("03:30 CEST")};
        QTest::newRow("gap, suggestion declined") << ams << "2016-03-27 02:30" << false << O::First << gap
                                                  << R::Refused << QString() << QStringList{QStringLiteral("03:30 CEST")};
        QTest::newRow("repeated hour, first chosen")
            << ams << "2016-10-30 02:30" << true << O::First << overlap << R::Instant << "2016-10-30T00:30:00Z"
            << QStringList{QStringLiteral("02:30"), QStringLiteral("30 October 2016"), ams};
        QTest::newRow("repeated hour, second chosen") << ams << "2016-10-30 02:30" << true << O::Second << overlap
                                                      << R::Instant << "2016-10-30T01:30:00Z" << QStringList();
        QTest::newRow("repeated hour, cancelled") << ams << "2016-10-30 02:30" << true << O::Cancel << overlap
                                                  << R::Refused << QString() << QStringList();
        QTest::newRow("Chicago gap accepted") << "America/Chicago" << "2017-03-12 02:30" << true << O::First << gap
                                              << R::Instant << "2017-03-12T08:30:00Z"
                                              << QStringList{QStringLiteral("03:30 CDT")};
        QTest::newRow("Lord Howe half-hour repeat, second")
            << "Australia/Lord_Howe" << "2017-04-02 01:45" << true << O::Second << overlap << R::Instant
            << "2017-04-01T15:15:00Z" << QStringList();
        QTest::newRow("Kolkata has no daylight saving") << "Asia/Kolkata" << "2016-11-14 19:26" << true << O::First
                                                        << QStringList() << R::Instant << "2016-11-14T13:56:00Z"
                                                        << QStringList();
        QTest::newRow("not a time") << ams << "yesterday afternoon" << true << O::First << refuse << R::Refused
                                    << QString() << QStringList{QStringLiteral("2016-11-14 14:56")};
        QTest::newRow("impossible date") << ams << "2016-02-30 10:00" << true << O::First << refuse << R::Refused
                                         << QString() << QStringList();
        QTest::newRow("empty means no time") << ams << "   " << true << O::First << QStringList() << R::Empty
                                             << QString() << QStringList();
    }

    void resolve_asksAboutGapsAndRepeats()
    {
        QFETCH(QString, zone);
        QFETCH(QString, typed);
        QFETCH(bool, acceptGap);
        QFETCH(WallTimeQuestion::Occurrence, occurrence);
        QFETCH(QStringList, expectedAsked);
        QFETCH(WallTimeEntry::Outcome, expectedOutcome);
        QFETCH(QString, expectedUtc);
        QFETCH(QStringList, questionMentions);

        ScriptedQuestion question;
        question.acceptGap = acceptGap;
        question.occurrence = occurrence;
        const auto result = WallTimeEntry::resolve(typed, QTimeZone(zone.toUtf8()), question);

        QCOMPARE(question.asked, expectedAsked);
        QCOMPARE(result.outcome, expectedOutcome);
        if (!expectedUtc.isEmpty())
            QCOMPARE(result.instant, QDateTime::fromString(expectedUtc, Qt::ISODate));
        else
            QVERIFY(!result.instant.isValid());
        for (const QString &mention : std::as_const(questionMentions))
            QVERIFY2(question.lastQuestion.contains(mention), qPrintable(question.lastQuestion));
    }

    void resolve_labelsBothOccurrencesWithTheirOffsets()
    {
        ScriptedQuestion question;
        WallTimeEntry::resolve(QStringLiteral("2016-10-30 02:15"), QTimeZone("Europe/Amsterdam"), question);
        QCOMPARE(question.labels.size(), 2);
        QVERIFY2(question.labels.at(0).contains(QLatin1String("CEST")) && question.labels.at(0).contains(QLatin1String("+02:00")),
                 qPrintable(question.labels.at(0)));
        QVERIFY2(question.labels.at(1).contains(QLatin1String("CET")) && question.labels.at(1).contains(QLatin1String("+01:00")),
                 qPrintable(question.labels.at(1)));
    }

    void editText_roundTripsThroughResolve()
    {
        const QTimeZone zone("Australia/Sydney");
        const QDateTime instant = QDateTime::fromString(QStringLiteral("2016-11-14T13:56:00Z"), Qt::ISODate);
        const QString text = WallTimeEntry::editText(instant, zone);
        QCOMPARE(text, QStringLiteral("2016-11-15 00:56"));
        ScriptedQuestion question;
        QCOMPARE(WallTimeEntry::resolve(text, zone, question).instant, instant);
    }
};

QTEST_MAIN(TestWallTimeEntry)
#include "tst_walltimeentry.moc"
