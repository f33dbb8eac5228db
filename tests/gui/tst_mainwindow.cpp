#include "TestPaths.h"
#include "GuiTestSupport.h"

#include "gui/GuiLauncher.h"
#include "gui/MainWindow.h"
#include "gui/publish/PublishingActions.h"
#include "MemoryCredentialStore.h"
#include "publish/OutboxRepository.h"
#include "publish/PortalRepository.h"
#include "gui/rca/RcaEditorWidget.h"
#include "gui/widgets/Theme.h"
#include "gui/rca/RcaTextEdit.h"
#include "gui/dialogs/PreferencesDialog.h"
#include "gui/Settings.h"
#include "gui/commands/EditHistory.h"
#include "gui/editor/IncidentEditor.h"
#include "gui/gantt/GanttView.h"
#include "gui/models/IncidentListModel.h"
#include "gui/models/WindowsTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QFileInfo>
#include <QDir>
#include <QLabel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QMessageBox>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QTcpServer>
#include <QTimer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QMenuBar>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>

#include <functional>

using namespace OutageDesk;
using namespace OutageDesk::TestSupport;

// The everyday path through the window, offscreen, on a real workspace file:
// create an incident, type its title, record a window in the data center's zone,
// undo, redo, and find it again through the search box.
namespace {

// A file of many incidents, each the example's with an id of its own.
QString manyIncidentsFile(const QTemporaryDir &dir, int count)
{
    QFile example(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
    if (!example.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(example.readAll()).object();
    const QJsonObject incident = root.value(QStringLiteral("incidents")).toArray().first().toObject();
    QJsonArray incidents;
    for (int i = 0; i < count; ++i) {
        QJsonObject copy = incident;
        copy.insert(QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        copy.insert(QStringLiteral("title"), QStringLiteral("Imported %1").arg(i));
        incidents.append(copy);
    }
    root.insert(QStringLiteral("incidents"), incidents);
    const QString path = dir.filePath(QStringLiteral("many-%1.json").arg(count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) <= 0)
        return {};
    return path;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // Imports a file of `count` incidents into a shown window with a workspace of its
    // own, calling `meanwhile` from the window's event loop every millisecond or so while
    // the import runs. Returns whether it imported; `before` is the incidents there first.
    bool importWhile(MainWindow &window, int count, const std::function<void()> &meanwhile, QString *message, int *before)
    {
        const QString many = manyIncidentsFile(*m_dir, count);
        window.show();
        if (many.isEmpty() || !QTest::qWaitForWindowExposed(&window) || !window.openWorkspace(m_path)) {
            *message = QStringLiteral("no file or no window");
            return false;
        }
        *before = IncidentRepository(window.workspace()).count({});
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, this, meanwhile);
        timer.start();
        return window.importFile(many, message);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_path;

    // Types `text` into the cell editor of `index` and presses Enter.
    static QLineEdit *openCellEditor(QTableView *view)
    {
        const auto editors = view->viewport()->findChildren<QLineEdit *>();
        for (QLineEdit *editor : editors) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    }

    // Types `text` into the cell editor of `index` and presses Enter. "Add window"
    // opens the start cell's editor by itself; that one is used when it is open.
    static void typeIntoCell(QTableView *view, const QModelIndex &index, const QString &text)
    {
        QLineEdit *editor = openCellEditor(view);
        if (!editor || view->currentIndex() != index) {
            view->setCurrentIndex(index);
            view->edit(index);
            editor = openCellEditor(view);
        }
        QVERIFY2(editor, "no line edit opened on the cell");
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!openCellEditor(view));
    }

    static Incident stored(MainWindow &window, const QUuid &uuid)
    {
        return IncidentRepository(window.workspace()).load(uuid).value_or(Incident());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_path = m_dir->filePath(QStringLiteral("desk.sqlite"));
        Workspace workspace;
        QVERIFY(workspace.open(m_path));
        QVERIFY(seedCatalog(workspace));
        Incident other = makeIncident(QStringLiteral("Certificate expired on Leganto"), Severity::Minor,
                                      IncidentStatus::Resolved, QStringLiteral("Leganto NA01"),
                                      utc("2016-10-01T10:00:00Z"), utc("2016-10-01T11:00:00Z"));
        QVERIFY(IncidentRepository(&workspace).save(other, nullptr));
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void createTypeAddWindowUndoRedoAndSearch()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        ScriptedQuestion question;
        window.editor()->setWallTimeQuestion(&question);
        QUndoStack *stack = window.history()->undoStack();
        QCOMPARE(window.incidentModel()->rowCount(), 1);

        // New incident: it is selected, and its title field has the focus.
        window.newIncidentAction()->trigger();
        const QUuid uuid = window.currentIncident();
        QVERIFY(!uuid.isNull());
        QCOMPARE(window.incidentModel()->rowCount(), 2);
        auto *title = window.editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        QTRY_COMPARE(QApplication::focusWidget(), title);

        // Typing is saved keystroke by keystroke, as one undo step.
        QTest::keyClicks(title, QStringLiteral("Storage outage in Amsterdam"));
        QCOMPARE(stored(window, uuid).title, QStringLiteral("Storage outage in Amsterdam"));
        QCOMPARE(stack->count(), 2); // create + the merged typing
        const int listRow = window.incidentModel()->rowOf(uuid);
        QCOMPARE(window.incidentModel()->index(listRow, IncidentListModel::TitleColumn).data().toString(),
                 QStringLiteral("Storage outage in Amsterdam"));

        // A window, typed in the data center's zone (Amsterdam, CET in November).
        auto *addWindow = window.editor()->findChild<QPushButton *>(QStringLiteral("addWindowButton"));
        QVERIFY(addWindow);
        QTest::mouseClick(addWindow, Qt::LeftButton);
        QCOMPARE(stored(window, uuid).windows.size(), 1);
        QTableView *windows = window.editor()->windowsView();
        WindowsTableModel *model = window.editor()->windowsModel();
        typeIntoCell(windows, model->index(0, WindowsTableModel::StartColumn), QStringLiteral("2016-11-14 14:56"));
        typeIntoCell(windows, model->index(0, WindowsTableModel::EndColumn), QStringLiteral("2016-11-14 15:36"));
        QCOMPARE(question.asked, QStringList());
        Incident afterTyping = stored(window, uuid);
        QCOMPARE(afterTyping.windows.value(0).instance, QStringLiteral("Primo MT EU01"));
        QCOMPARE(afterTyping.windows.value(0).start, utc("2016-11-14T13:56:00Z"));
        QCOMPARE(afterTyping.windows.value(0).end, utc("2016-11-14T14:36:00Z"));
        QCOMPARE(model->index(0, WindowsTableModel::StartColumn).data().toString(), QStringLiteral("2016-11-14 14:56 CET"));
        QCOMPARE(model->index(0, WindowsTableModel::DurationColumn).data().toString(), QStringLiteral("40 min"));

        // An end before the start is refused on its row (no box) and changes nothing.
        typeIntoCell(windows, model->index(0, WindowsTableModel::EndColumn), QStringLiteral("2016-11-14 14:00"));
        QCOMPARE(question.asked, QStringList());
        QVERIFY(model->isMarked(0));
        QVERIFY(stored(window, uuid).sameContentAs(afterTyping));
        QTRY_VERIFY(openCellEditor(windows)); // the editor reopened on the refused text …
        QTest::keyClick(openCellEditor(windows), Qt::Key_Escape); // … and Escape leaves it

        // Undo takes back the end, then the start; redo brings both back.
        const int steps = stack->count();
        window.undoAction()->trigger();
        QVERIFY(stored(window, uuid).windows.value(0).isOngoing());
        QCOMPARE(model->index(0, WindowsTableModel::EndColumn).data().toString(), QStringLiteral("ongoing"));
        window.undoAction()->trigger();
        QVERIFY(stored(window, uuid).windows.value(0).start != utc("2016-11-14T13:56:00Z"));
        window.redoAction()->trigger();
        window.redoAction()->trigger();
        QVERIFY(stored(window, uuid).sameContentAs(afterTyping));
        QCOMPARE(model->index(0, WindowsTableModel::EndColumn).data().toString(), QStringLiteral("2016-11-14 15:36 CET"));
        QCOMPARE(stack->count(), steps);

        // Undo all the way removes the incident; redo all the way restores it whole.
        while (stack->canUndo())
            window.undoAction()->trigger();
        QVERIFY(!IncidentRepository(window.workspace()).load(uuid));
        QCOMPARE(window.incidentModel()->rowCount(), 1);
        while (stack->canRedo())
            window.redoAction()->trigger();
        QVERIFY(stored(window, uuid).sameContentAs(afterTyping));

        // Search as you type: only the matching incident stays.
        QLineEdit *search = window.searchEdit();
        QTest::keyClicks(search, QStringLiteral("amsterdam"));
        QTRY_COMPARE(window.incidentModel()->rowCount(), 1);
        QCOMPARE(window.incidentModel()->uuidAt(0), uuid);
        search->clear();
        QTRY_COMPARE(window.incidentModel()->rowCount(), 2);
    }

    void dstPrompt_gapSuggestionIsUsedWhenAccepted()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ScriptedQuestion question;
        question.acceptGap = true;
        window.editor()->setWallTimeQuestion(&question);
        window.newIncidentAction()->trigger();
        const QUuid uuid = window.currentIncident();
        window.editor()->addWindow();
        typeIntoCell(window.editor()->windowsView(), window.editor()->windowsModel()->index(0, WindowsTableModel::StartColumn),
                     QStringLiteral("2016-03-27 02:30"));
        QCOMPARE(question.asked, QStringList{QStringLiteral("gap")});
        QCOMPARE(stored(window, uuid).windows.value(0).start, utc("2016-03-27T01:30:00Z"));
    }

    void addWindowThenEscape_leavesNoWindowBehind()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.newIncidentAction()->trigger();
        const QUuid uuid = window.currentIncident();
        const int steps = window.history()->undoStack()->count();
        window.editor()->addWindow();
        QCOMPARE(stored(window, uuid).windows.size(), 1);
        QLineEdit *editor = openCellEditor(window.editor()->windowsView());
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(stored(window, uuid).windows.size(), 0);
        QCOMPARE(window.history()->undoStack()->count(), steps + 1); // the add is still redoable
        QVERIFY(window.history()->undoStack()->canRedo());

        // Typed and confirmed, the window stays.
        window.editor()->addWindow();
        typeIntoCell(window.editor()->windowsView(), window.editor()->windowsModel()->index(0, WindowsTableModel::StartColumn),
                     QStringLiteral("2016-11-14 14:56"));
        QCOMPARE(stored(window, uuid).windows.size(), 1);
    }

    void emptySearch_saysSo()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyListLabel"));
        QVERIFY(empty);
        QVERIFY(!empty->isVisible());
        QTest::keyClicks(window.searchEdit(), QStringLiteral("zzzunknown"));
        QTRY_COMPARE(window.incidentModel()->rowCount(), 0);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("zzzunknown")), qPrintable(empty->text()));
        window.searchEdit()->clear();
        QTRY_VERIFY(window.incidentModel()->rowCount() > 0);
        QVERIFY(!empty->isVisible());
    }

    void preferences_applyToTheWindowAtOnce()
    {
        m_settings->setUserName(QStringLiteral("Dana Reviewer"));
        m_settings->setHourCycle(HourCycle::Twelve);
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        QCOMPARE(window.editor()->userName(), QStringLiteral("Dana Reviewer"));
        QCOMPARE(window.editor()->windowsModel()->hourCycle(), HourCycle::Twelve);
        QVERIFY(window.preferencesAction());
        QCOMPARE(window.preferencesAction()->shortcut(), QKeySequence(QKeySequence::Preferences));
    }

    void keyboard_findFilterDeleteAndUndo()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.newIncidentAction()->trigger();
        const QUuid fresh = window.currentIncident();
        QCOMPARE(window.incidentModel()->rowCount(), 2);

        // Ctrl+F goes to the search box.
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.searchEdit()));

        // The status filter: the seeded incident is resolved, the new one is not.
        auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(int(IncidentStatus::Resolved)));
        QCOMPARE(window.incidentModel()->rowCount(), 1);
        QVERIFY(window.incidentModel()->uuidAt(0) != fresh);
        status->setCurrentIndex(0);
        QCOMPARE(window.incidentModel()->rowCount(), 2);

        // Delete in the list removes the selected incident; Ctrl+Z brings it back whole.
        window.selectIncident(fresh);
        const Incident before = stored(window, fresh);
        window.incidentView()->setFocus();
        QTRY_VERIFY(window.incidentView()->hasFocus());
        QTest::keyClick(window.incidentView(), Qt::Key_Delete);
        QVERIFY(!IncidentRepository(window.workspace()).load(fresh));
        QCOMPARE(window.incidentModel()->rowCount(), 1);
        QTest::keySequence(&window, QKeySequence::Undo);
        QVERIFY(stored(window, fresh).sameContentAs(before));
        QCOMPARE(window.incidentModel()->rowCount(), 2);
    }

    void shortcuts_areTheStandardOnes()
    {
        MainWindow window(*m_settings);
        QCOMPARE(window.newIncidentAction()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(window.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(window.redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
    }

    void publishButton_besideTheIncident_runsThePublishAction()
    {
        MainWindow window(*m_settings);
        auto *button = window.findChild<QToolButton *>(QStringLiteral("publishButton"));
        QVERIFY(button);
        QVERIFY(button->defaultAction());
        QCOMPARE(button->defaultAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        // The same action as Incident > Publish, so the button and the menu can never differ.
        bool inMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(button->defaultAction()))
                inMenu = true;
        }
        QVERIFY(inMenu);
    }

    void undoShortcutInTitleField_undoesTheWorkspaceEdit()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.newIncidentAction()->trigger();
        const QUuid uuid = window.currentIncident();
        auto *title = window.editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), title);
        QTest::keyClicks(title, QStringLiteral("Typed"));
        QCOMPARE(stored(window, uuid).title, QStringLiteral("Typed"));
        QTest::keySequence(title, QKeySequence::Undo);
        QCOMPARE(stored(window, uuid).title, QStringLiteral("New incident"));
        QCOMPARE(title->text(), QStringLiteral("New incident"));
    }

    void layout_isRememberedAcrossSessions()
    {
        QByteArray geometry;
        {
            MainWindow window(*m_settings);
            window.resize(900, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
            geometry = m_settings->mainWindowGeometry();
        }
        QVERIFY(!geometry.isEmpty());
        MainWindow again(*m_settings);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void importFile_addsIncidentsOrRefusesTheWholeFile()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        const int before = window.incidentModel()->rowCount();
        window.newIncidentAction()->trigger();
        QVERIFY(window.history()->undoStack()->canUndo());

        const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "outagedesk.incidents", "version": 1, "dataCenters": [], "instances": [],
                      "incidents": [{"title": "x", "severity": "apocalyptic", "status": "resolved", "windows": []}]})");
        file.close();
        QString message;
        QVERIFY(!window.importFile(broken, &message));
        QVERIFY2(message.contains(QLatin1String("broken.json")) && message.contains(QLatin1String("incidents[0]")),
                 qPrintable(message));
        QCOMPARE(window.incidentModel()->rowCount(), before + 1);
        QVERIFY(window.history()->undoStack()->canUndo());

        QVERIFY2(window.importFile(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")), &message),
                 qPrintable(message));
        QCOMPARE(window.incidentModel()->rowCount(), before + 2);
        // An import cannot be undone piecemeal, so no older step may restore across it.
        QVERIFY(!window.history()->undoStack()->canUndo());
    }

    // The import runs beside the window: its event loop keeps turning (timers fire,
    // the window repaints), a progress dialog shows, and the list has every incident after.
    void importFile_keepsTheWindowAnswering()
    {
        MainWindow window(*m_settings);
        int ticks = 0;
        bool dialogSeen = false;
        QString message;
        int before = 0;
        QVERIFY2(importWhile(
                     window, 3000,
                     [&] {
                         ++ticks;
                         dialogSeen |= window.findChild<QProgressDialog *>(QStringLiteral("importProgress")) != nullptr;
                     },
                     &message, &before),
                 qPrintable(message));
        QVERIFY2(ticks > 3, qPrintable(QString::number(ticks)));
        QVERIFY(dialogSeen);
        QVERIFY2(message.contains(QLatin1String("3000 incident")), qPrintable(message));
        QCOMPARE(IncidentRepository(window.workspace()).count({}), before + 3000);
        QVERIFY(window.incidentModel()->rowCount() > before); // the list was told
        // Written through the WAL beside the window's connection, and the WAL given back.
        QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
        // Found by search through the window's own connection.
        window.searchEdit()->setText(QStringLiteral("\"Imported 2999\""));
        window.applyFilters();
        QTRY_COMPARE(window.incidentModel()->rowCount(), 1);
        // The window's connection writes again once the import is done.
        window.newIncidentAction()->trigger();
        QVERIFY(window.history()->undoStack()->canUndo());
    }

    void importFile_cancelledWritesNothing()
    {
        MainWindow window(*m_settings);
        bool clicked = false;
        QString message;
        int before = 0;
        // Large enough that the dialog shows while the rows are written; Cancel is
        // clicked as soon as it shows.
        QVERIFY(!importWhile(
            window, 10000,
            [&] {
                auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
                auto *cancel = dialog ? dialog->findChild<QPushButton *>() : nullptr;
                if (!clicked && cancel && cancel->isVisible()) {
                    QTest::mouseClick(cancel, Qt::LeftButton);
                    clicked = true;
                }
            },
            &message, &before));
        QVERIFY(clicked);
        QVERIFY2(message.contains(QLatin1String("cancelled")), qPrintable(message));
        QCOMPARE(window.incidentModel()->rowCount(), before);
        QCOMPARE(IncidentRepository(window.workspace()).count({}), before);
    }

    void exportToFile_writesWhatImportReadsBack()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.newIncidentAction()->trigger();
        const Incident created = stored(window, window.currentIncident());
        const QString one = m_dir->filePath(QStringLiteral("one.json"));
        const QString all = m_dir->filePath(QStringLiteral("all.json"));
        QString error;
        QVERIFY2(window.exportToFile(one, false, &error), qPrintable(error));
        QVERIFY2(window.exportToFile(all, true, &error), qPrintable(error));

        // Read back into a fresh workspace: the same incident, and everything for "all".
        MainWindow other(*m_settings);
        QVERIFY(other.openWorkspace(m_dir->filePath(QStringLiteral("copy.sqlite"))));
        QString message;
        QVERIFY2(other.importFile(one, &message), qPrintable(message));
        QCOMPARE(other.incidentModel()->rowCount(), 1);
        QVERIFY(stored(other, created.uuid).sameContentAs(created));
        QVERIFY2(other.importFile(all, &message), qPrintable(message));
        QCOMPARE(other.incidentModel()->rowCount(), window.incidentModel()->rowCount());

        QVERIFY(!window.exportToFile(m_dir->filePath(QStringLiteral("no/such/folder/x.json")), true, &error));
        QVERIFY2(error.contains(QLatin1String("x.json")), qPrintable(error));
    }

    // First start: the welcome box runs its own event loop before any workspace is
    // open. Publishing must follow the workspace chosen there, not stay disabled.
    void firstStart_publishingIsEnabled_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("sample") << QStringLiteral("Open Sample Workspace");
        QTest::newRow("empty") << QStringLiteral("Start Empty");
    }

    void firstStart_publishingIsEnabled()
    {
        QFETCH(QString, button);
        QFile::remove(Workspace::defaultPath());
        QFile::remove(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .filePath(QStringLiteral("sample-workspace.sqlite")));
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool clicked = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || clicked)
                return;
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == button) {
                    clicked = true;
                    b->click();
                }
            }
        });
        poll.start();
        QVERIFY(openStartWorkspace(window, *m_settings, QString()));
        QVERIFY(clicked);
        QVERIFY(window.workspace());
        QTest::qWait(50); // the event loop turns, as app.exec() would
        PublishingActions *publishing = window.publishing();
        QVERIFY(publishing->publishAction()->isEnabled());
        QVERIFY(publishing->portalsAction()->isEnabled());
        QVERIFY(publishing->outboxAction()->isEnabled());
        QVERIFY(publishing->publisher());
    }

    // Qt's own options are Qt's: -platform, -style and -reverse start the window
    // (here offscreen, grabbed once and closed by the screenshot hook).
    void qtOptions_areAccepted()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        const QString shot = m_dir->filePath(QStringLiteral("shot.png"));
        env.insert(QStringLiteral("OUTAGEDESK_SCREENSHOT"), shot);
        p.setProcessEnvironment(env);
        p.start(TestPaths::binary(),
                {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-style"), QStringLiteral("Fusion"),
                 QStringLiteral("-reverse"), QStringLiteral("--db"), m_path});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFileInfo::exists(shot));

        p.start(TestPaths::binary(), {QStringLiteral("--style=Fusion"), QStringLiteral("-style"),
                                                     QStringLiteral("Fusion"), QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().startsWith("outagedesk "));
    }

    // Alt+letter leads to one place only: the menus, the incident's fields and its tabs.
    void mnemonics_areUniqueInTheWindow()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList texts;
        for (QAction *menu : window.menuBar()->actions())
            texts << menu->text();
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->isVisibleTo(&window) && label->buddy())
                texts << label->text();
        }
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(&window))
                texts << button->text();
        }
        for (QTabBar *bar : window.findChildren<QTabBar *>()) {
            if (!bar->isVisibleTo(&window))
                continue;
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i);
        }
        QMap<QChar, QStringList> byKey;
        for (const QString &text : std::as_const(texts)) {
            const int amp = int(text.indexOf(QLatin1Char('&')));
            if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != QLatin1Char('&'))
                byKey[text.at(amp + 1).toLower()] << text;
        }
        QVERIFY(byKey.size() > 10);
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")))));
    }

    // Submit, approve, back to draft, export, spelling and publish: in the menus, with shortcuts.
    void rcaAndPublishing_areInTheMenusWithShortcuts()
    {
        MainWindow window(*m_settings);
        RcaEditorWidget *rca = window.editor()->rcaEditor();
        QList<QAction *> inMenus;
        std::function<void(QMenu *)> collect = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                inMenus << action;
                if (action->menu())
                    collect(action->menu());
            }
        };
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu())
                collect(top->menu());
        }
        for (QAction *action : {rca->submitAction(), rca->approveAction(), rca->draftAction(),
                                window.publishing()->publishAction()}) {
            QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        }
        QVERIFY(inMenus.contains(rca->exportMenu()->menuAction()));
        QVERIFY(inMenus.contains(rca->spellingMenu()->menuAction()));
        QVERIFY(window.actions().contains(rca->exportAction()));
        QVERIFY(window.actions().contains(rca->spellingAction()));
        // No shortcut means two things.
        QMap<QString, QStringList> owners;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts())
                owners[key.toString()] << action->text();
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "))));
    }

    void focusMode_givesTheTabsTheWholeWindow()
    {
        int rcaWidth = 0;
        {
            MainWindow window(*m_settings);
            QVERIFY(window.openWorkspace(m_path));
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *list = window.findChild<QWidget *>(QStringLiteral("incidentListPanel"));
            auto *title = window.editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            QVERIFY(list->isVisible() && title->isVisible());
            const int tabsWidth = window.mainTabs()->width();
            QTest::keyClick(&window, Qt::Key_F11);
            QVERIFY(window.focusModeAction()->isChecked());
            QTRY_VERIFY(window.mainTabs()->width() > tabsWidth + 200);
            QVERIFY(!list->isVisible());
            QVERIFY(!title->isVisible());
            QVERIFY(!window.editor()->findChild<QWidget *>(QStringLiteral("internalNotesGroup"))->isVisible());
            rcaWidth = window.mainTabs()->width();
            window.close();
        }
        // Kept across restarts, and F11 again brings everything back.
        MainWindow again(*m_settings);
        QVERIFY(again.openWorkspace(m_path));
        again.show();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        QVERIFY(again.focusModeAction()->isChecked());
        QVERIFY(!again.findChild<QWidget *>(QStringLiteral("incidentListPanel"))->isVisible());
        QCOMPARE(again.mainTabs()->width(), rcaWidth);
        QTest::keyClick(&again, Qt::Key_F11);
        QVERIFY(again.findChild<QWidget *>(QStringLiteral("incidentListPanel"))->isVisible());
        QVERIFY(again.editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->isVisible());
    }

    void previewBelow_isAViewChoiceKeptAcrossRestarts()
    {
        {
            MainWindow window(*m_settings);
            QVERIFY(!window.editor()->rcaEditor()->previewBelow());
            window.previewBelowAction()->trigger();
            QVERIFY(window.editor()->rcaEditor()->previewBelow());
            window.close();
        }
        MainWindow again(*m_settings);
        QVERIFY(again.previewBelowAction()->isChecked());
        QVERIFY(again.editor()->rcaEditor()->previewBelow());
        again.previewBelowAction()->trigger();
        QVERIFY(!again.editor()->rcaEditor()->previewBelow());
        QVERIFY(!m_settings->rcaPreviewBelow());
    }

    void incidentList_foldsAwayAndComesBack()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = window.findChild<QWidget *>(QStringLiteral("incidentListPanel"));
        QTest::keyClick(&window, Qt::Key_0, Qt::AltModifier);
        QVERIFY(!window.showListAction()->isChecked());
        QVERIFY(!list->isVisible());
        QTest::keyClick(&window, Qt::Key_0, Qt::AltModifier);
        QVERIFY(list->isVisible());
        QVERIFY(list->width() > 100);
        // Dragged shut, it counts as folded away.
        window.mainSplitter()->setSizes({0, window.mainSplitter()->width()});
        Q_EMIT window.mainSplitter()->splitterMoved(0, 1);
        QVERIFY(!window.showListAction()->isChecked());
        window.showListAction()->setChecked(true);
        QTRY_VERIFY(list->width() > 100);
    }

    void splitterSizes_keptAcrossTabSwitchesAndRestarts()
    {
        QList<int> mainSizes;
        QByteArray rcaState;
        {
            MainWindow window(*m_settings);
            QVERIFY(window.openWorkspace(m_path));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.mainSplitter()->setSizes({300, window.mainSplitter()->width() - 300});
            mainSizes = window.mainSplitter()->sizes();
            auto *incidentTabs = window.editor()->findChild<QTabWidget *>(QStringLiteral("tabs"));
            incidentTabs->setCurrentWidget(window.editor()->rcaPage());
            auto *rcaSplitter = window.editor()->rcaEditor()->findChild<QSplitter *>(QStringLiteral("rcaSplitter"));
            rcaSplitter->setSizes({250, rcaSplitter->width() - 250});
            const QList<int> rcaSizes = rcaSplitter->sizes();
            rcaState = window.editor()->rcaEditor()->saveSplitterState();
            // Through the other tabs and back: nothing moved.
            window.mainTabs()->setCurrentWidget(window.ganttView());
            QTest::qWait(20);
            window.mainTabs()->setCurrentIndex(0);
            incidentTabs->setCurrentIndex(0);
            QTest::qWait(20);
            incidentTabs->setCurrentWidget(window.editor()->rcaPage());
            QCOMPARE(window.mainSplitter()->sizes(), mainSizes);
            QCOMPARE(rcaSplitter->sizes(), rcaSizes);
            window.close();
        }
        MainWindow again(*m_settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.mainSplitter()->sizes(), mainSizes);
        QCOMPARE(again.editor()->rcaEditor()->saveSplitterState(), rcaState);
    }

    // Ctrl+Tab / Ctrl+PgDown, as in Qt Creator, also out of the RCA text where Tab indents.
    void ctrlTab_switchesTheTabsAroundTheFocus()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *incidentTabs = window.editor()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        incidentTabs->setCurrentWidget(window.editor()->rcaPage());
        RcaTextEdit *text = window.editor()->rcaEditor()->textEdit();
        text->setFocus();
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClick(text, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(incidentTabs->currentIndex(), 0); // wrapped round to Windows
        QVERIFY(incidentTabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(incidentTabs->currentWidget(), window.editor()->rcaPage());
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClick(text, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(incidentTabs->currentIndex(), 0);
        // From the list, the window's own tabs.
        window.incidentView()->setFocus();
        QTest::keyClick(window.incidentView(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.mainTabs()->currentWidget(), static_cast<QWidget *>(window.ganttView()));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.mainTabs()->currentIndex(), 0);
    }

    // Undo while another incident is shown: that incident is shown, and the status bar says what changed.
    void undo_ofAnotherIncident_showsIt()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QUuid other = window.incidentModel()->uuidAt(0);
        window.newIncidentAction()->trigger();
        const QUuid fresh = window.currentIncident();
        auto *title = window.editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), title);
        QTest::keyClicks(title, QStringLiteral("Disk full"));
        window.selectIncident(other);
        window.mainTabs()->setCurrentWidget(window.ganttView());
        QCOMPARE(window.currentIncident(), other);
        const Incident before = stored(window, other);
        window.undoAction()->trigger();
        QCOMPARE(stored(window, fresh).title, QStringLiteral("New incident"));
        QVERIFY(stored(window, other).sameContentAs(before));
        QCOMPARE(window.currentIncident(), fresh);
        QCOMPARE(window.editor()->incidentUuid(), fresh);
        QCOMPARE(window.mainTabs()->currentIndex(), 0);
        QCOMPARE(title->text(), QStringLiteral("New incident"));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QLatin1String("New incident")) && message.contains(QLatin1String("Edit title")),
                 qPrintable(message));
        // Redo too.
        window.selectIncident(other);
        window.redoAction()->trigger();
        QCOMPARE(window.currentIncident(), fresh);
        QCOMPARE(title->text(), QStringLiteral("Disk full"));
    }

    void preferences_themeAppliesAtOnceAndIsKept_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << int(Settings::Theme::Dark) << true;
        QTest::newRow("light") << int(Settings::Theme::Light) << false;
    }

    void preferences_themeAppliesAtOnceAndIsKept()
    {
        QFETCH(int, theme);
        QFETCH(bool, dark);
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool done = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = window.findChild<PreferencesDialog *>();
            QVERIFY(dialog);
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("themeCombo"));
            combo->setFocus();
            // By keyboard: the list goes System, Light, Dark.
            QTest::keyClick(combo, Qt::Key_Home);
            for (int i = 0; i < theme; ++i)
                QTest::keyClick(combo, Qt::Key_Down);
            QTest::keyClick(dialog, Qt::Key_Return);
            done = true;
        });
        window.preferencesAction()->trigger();
        QVERIFY(done);
        QCOMPARE(int(m_settings->theme()), theme);
        QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        Settings reread(m_dir->filePath(QStringLiteral("settings.ini")));
        QCOMPARE(int(reread.theme()), theme);
        Theme::apply(Settings::Theme::System);
    }

    void preferences_tabKeyMovesFocusWhenChosen()
    {
        m_settings->setRcaTabKey(Settings::RcaTabKey::MoveFocus);
        MainWindow window(*m_settings);
        QVERIFY(window.editor()->rcaEditor()->textEdit()->tabMovesFocus());
    }

    // The whole path with the keyboard alone, as a desk works under pressure: log an
    // incident, add five windows, write the RCA, submit and approve it, publish. The
    // portal is offline, so the publication waits in the outbox.
    void keyboardOnly_logWindowsRcaApproveAndPublish()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // connection refused from now on
        {
            Workspace workspace;
            QVERIFY(workspace.open(m_path));
            Portal portal;
            portal.name = QStringLiteral("status");
            portal.kind = PortalKind::Webhook;
            portal.url = QStringLiteral("http://127.0.0.1:%1/hook").arg(port);
            QString error;
            QVERIFY2(PortalRepository(&workspace).save(portal, &error), qPrintable(error));
        }
        MemoryCredentialStore credentials;
        credentials.secrets.insert(QStringLiteral("status"), QStringLiteral("s3cret"));
        MainWindow window(*m_settings);
        window.publishing()->setCredentialStore(&credentials);
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // After a dialog closes the offscreen platform gives the window its focus back
        // only when asked, as a window manager would.
        auto focused = [&window] {
            if (!QApplication::focusWidget()) {
                window.activateWindow();
                QTest::qWaitForWindowActive(&window);
            }
            return QApplication::focusWidget();
        };
        auto type = [&](const QString &text) { QTest::keyClicks(focused(), text); };
        auto key = [&](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(focused(), k, m); };
        // Dialogs are answered by keyboard too, from the event loop they run.
        QStringList dialogsSeen;
        QStringList messages;
        QTimer dialogs;
        dialogs.setInterval(30);
        std::function<void(QWidget *)> answer;
        connect(&dialogs, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                messages << box->text(); // a warning nobody asked for: the test fails below
                QTest::keyClick(box, Qt::Key_Escape);
                return;
            }
            // Only once it has the focus, as a user would see it.
            if (!modal || !answer || !modal->isAncestorOf(QApplication::focusWidget()))
                return;
            dialogsSeen << modal->metaObject()->className();
            auto handler = std::exchange(answer, nullptr);
            handler(modal);
        });
        dialogs.start();

        // Log the incident: Ctrl+N, its title.
        QTest::keySequence(&window, QKeySequence::New);
        const QUuid uuid = window.currentIncident();
        QVERIFY(!uuid.isNull());
        QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
        type(QStringLiteral("Primo MT EU01 service interruptions"));

        // Five windows, in the data center's time: Ctrl+Shift+W opens the start; Right,
        // F2 and the end.
        const QList<QPair<QString, QString>> windows{
            {QStringLiteral("2016-11-14 14:56"), QStringLiteral("2016-11-14 15:36")},
            {QStringLiteral("2016-11-15 10:56"), QStringLiteral("2016-11-15 11:14")},
            {QStringLiteral("2016-11-15 11:23"), QStringLiteral("2016-11-15 11:29")},
            {QStringLiteral("2016-11-15 11:59"), QStringLiteral("2016-11-15 12:20")},
            {QStringLiteral("2016-11-16 19:56"), QStringLiteral("2016-11-16 20:11")}};
        QTableView *table = window.editor()->windowsView();
        for (const auto &[start, end] : windows) {
            QTest::keyClick(focused(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()) && table->isAncestorOf(focused()));
            QTest::keySequence(focused(), QKeySequence::SelectAll);
            type(start);
            key(Qt::Key_Return);
            QTRY_COMPARE(focused(), static_cast<QWidget *>(table));
            key(Qt::Key_Right);
            QCOMPARE(table->currentIndex().column(), int(WindowsTableModel::EndColumn));
            key(Qt::Key_F2);
            QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()) && table->isAncestorOf(focused()));
            QTest::keySequence(focused(), QKeySequence::SelectAll);
            type(end);
            key(Qt::Key_Return);
            QTRY_COMPARE(focused(), static_cast<QWidget *>(table));
        }
        QCOMPARE(stored(window, uuid).windows.size(), 5);

        // The RCA: Ctrl+PgUp from the Windows tab wraps round to the RCA tab and its text.
        key(Qt::Key_PageUp, Qt::ControlModifier);
        RcaTextEdit *text = window.editor()->rcaEditor()->textEdit();
        QTRY_COMPARE(focused(), static_cast<QWidget *>(text));
        key(Qt::Key_End, Qt::ControlModifier);
        key(Qt::Key_Return);
        type(QStringLiteral("A storage controller failed; traffic moved to the standby array."));

        // Submit (Ctrl+Shift+R), approve (Ctrl+Shift+A, the approver typed in the dialog).
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(window, uuid).rca.value_or(RcaDocument()).state, RcaState::InReview);
        // The approver is the user's own name from Preferences; the approve dialog lists
        // any open lint error, each ticked (Space) as looked at before Return approves.
        m_settings->setUserName(QStringLiteral("Dana Reviewer"));
        window.editor()->setUserName(m_settings->userName());
        answer = [&](QWidget *dialog) {
            if (auto *errors = dialog->findChild<QListWidget *>(QStringLiteral("errorsList")); errors && errors->count() > 0) {
                errors->setFocus();
                for (int i = 0; i < errors->count(); ++i) {
                    errors->setCurrentRow(i);
                    QTest::keyClick(errors, Qt::Key_Space);
                }
            }
            QTest::keyClick(dialog, Qt::Key_Return);
        };
        key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(stored(window, uuid).rca.value_or(RcaDocument()).state, RcaState::Approved);
        QCOMPARE(stored(window, uuid).rca->approvedBy, QStringLiteral("Dana Reviewer"));

        // Publish (Ctrl+Shift+P): the preview dialog, Enter. The portal is offline.
        answer = [&](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Return); };
        key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!answer);
        QCOMPARE(dialogsSeen.size(), 2);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char(10))));

        const QList<OutboxJob> jobs = OutboxRepository(window.workspace()).jobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().incidentUuid, uuid);
        QCOMPARE(jobs.first().portalName, QStringLiteral("status"));
        QVERIFY(jobs.first().isPending());

        const Incident incident = stored(window, uuid);
        QCOMPARE(incident.title, QStringLiteral("Primo MT EU01 service interruptions"));
        QCOMPARE(incident.windows.first().start, utc("2016-11-14T13:56:00Z"));
        QCOMPARE(incident.windows.last().end, utc("2016-11-16T19:11:00Z"));
        QVERIFY(incident.rca->text.endsWith(QLatin1String("traffic moved to the standby array.")));
    }

    void openWorkspace_refusesANonWorkspaceAndKeepsTheCurrentOne()
    {
        MainWindow window(*m_settings);
        QVERIFY(window.openWorkspace(m_path));
        const QString bogus = m_dir->filePath(QStringLiteral("notes.sqlite"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just some text that happens to be long enough to look like one");
        file.close();
        QString error;
        QVERIFY(!window.openWorkspace(bogus, &error));
        QVERIFY2(error.contains(QLatin1String("not")), qPrintable(error));
        QCOMPARE(window.workspace()->path(), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(m_settings->recentWorkspaces(), QStringList{QFileInfo(m_path).absoluteFilePath()});
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
