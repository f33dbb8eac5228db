#include "gui/MainWindow.h"

#include "exchange/IncidentExporter.h"
#include "gui/Settings.h"
#include "gui/commands/EditHistory.h"
#include "gui/dialogs/CustomersDialog.h"
#include "gui/dialogs/DataCentersDialog.h"
#include "gui/dialogs/PreferencesDialog.h"
#include "gui/editor/IncidentEditor.h"
#include "gui/exchange/BackgroundImport.h"
#include "gui/gantt/GanttView.h"
#include "i18n/DisplayNames.h"
#include "gui/models/IncidentListModel.h"
#include "gui/models/ModelRoles.h"
#include "gui/publish/PublishingActions.h"
#include "gui/rca/RcaEditorWidget.h"
#include "gui/rca/RcaTextEdit.h"
#include "gui/widgets/LanguageMenu.h"
#include "gui/widgets/TextDirectionDelegate.h"
#include "gui/widgets/Theme.h"
#include "storage/CatalogRepository.h"
#include "render/RcaTemplates.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDateTimeEdit>
#include <QEventLoop>
#include <QStyledItemDelegate>
#include <QGridLayout>
#include <QGroupBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTableView>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>

namespace OutageDesk {
namespace {

// Long enough that a word typed quickly is one query, short enough to feel live.
constexpr int kSearchDebounceMs = 150;
// Status filter value for "everything not resolved yet", the view most desks live in.
constexpr int kOpenStatuses = -2;

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_history(new EditHistory(this))
    , m_listModel(new IncidentListModel(this))
{
    setWindowTitle(tr("Outage Desk"));
    setObjectName(QStringLiteral("MainWindow"));
    createCentralWidget();
    createActions();
    createMenus();
    createStatusBar();
    restoreLayout();
    applyPreferences();

    connect(m_history, &EditHistory::editFailed, this, &MainWindow::showRefusal);
    connect(m_history, &EditHistory::edited, this, &MainWindow::markSaved);
    connect(m_editor, &IncidentEditor::refused, this, &MainWindow::showRefusal);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(kSearchDebounceMs);
    connect(&m_searchDebounce, &QTimer::timeout, this, &MainWindow::applyFilters);
    updateActions();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    // Views and models let go of the workspace before it closes.
    m_editor->setWorkspace(nullptr);
    m_listModel->setWorkspace(nullptr);
    m_history->setWorkspace(nullptr);
}

void MainWindow::createCentralWidget()
{
    auto *listPanel = new QWidget;
    listPanel->setObjectName(QStringLiteral("incidentListPanel"));
    m_listPanel = listPanel;
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search titles, updates and RCA text (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    listLayout->addWidget(m_searchEdit);

    auto *filters = new QHBoxLayout;
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    m_statusFilter->addItem(tr("Open (not resolved)"), kOpenStatuses);
    for (const IncidentStatus s : {IncidentStatus::Investigating, IncidentStatus::Identified,
                                   IncidentStatus::Monitoring, IncidentStatus::Resolved})
        m_statusFilter->addItem(DisplayNames::status(s), int(s));
    m_severityFilter = new QComboBox;
    m_severityFilter->setObjectName(QStringLiteral("severityFilter"));
    m_severityFilter->addItem(tr("All severities"), -1);
    for (const Severity s : {Severity::Critical, Severity::Major, Severity::Minor, Severity::None})
        m_severityFilter->addItem(DisplayNames::severity(s), int(s));
    m_dataCenterFilter = new QComboBox;
    m_dataCenterFilter->setObjectName(QStringLiteral("dataCenterFilter"));
    m_dataCenterFilter->addItem(tr("All data centers"), QString());
    for (QComboBox *combo : {m_statusFilter, m_severityFilter, m_dataCenterFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
        filters->addWidget(combo);
    }
    filters->addStretch();
    listLayout->addLayout(filters);

    m_incidentView = new QTableView;
    m_incidentView->setObjectName(QStringLiteral("incidentView"));
    m_incidentView->setModel(m_listModel);
    m_incidentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_incidentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_incidentView->setSortingEnabled(true);
    m_incidentView->sortByColumn(IncidentListModel::StartColumn, Qt::DescendingOrder);
    m_incidentView->setAlternatingRowColors(true);
    m_incidentView->setWordWrap(false);
    m_incidentView->verticalHeader()->hide();
    m_incidentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_incidentView->horizontalHeader()->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    m_incidentView->horizontalHeader()->setMinimumSectionSize(60);
    m_incidentView->horizontalHeader()->setSortIndicatorShown(true);
    // Titles in their own direction: an English title in a Hebrew window starts on the left.
    m_incidentView->setItemDelegateForColumn(IncidentListModel::TitleColumn, new TextDirectionDelegate(m_incidentView));
    connect(m_incidentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MainWindow::reselectAfterReset);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(m_listModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusBar);
    listLayout->addWidget(m_incidentView);
    // An empty result says so, instead of an empty table that looks like a fault.
    m_emptyListLabel = new QLabel;
    m_emptyListLabel->setObjectName(QStringLiteral("emptyListLabel"));
    m_emptyListLabel->setWordWrap(true);
    m_emptyListLabel->setTextFormat(Qt::PlainText);
    m_emptyListLabel->setAlignment(Qt::AlignCenter);
    m_emptyListLabel->hide();
    listLayout->addWidget(m_emptyListLabel);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyListLabel);
    connect(m_listModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyListLabel);

    m_editor = new IncidentEditor(m_history);
    m_editor->setObjectName(QStringLiteral("incidentEditor"));
    m_placeholderPage = new QWidget;
    auto *placeholderLayout = new QVBoxLayout(m_placeholderPage);
    auto *placeholder = new QLabel(tr("<p>Select an incident on the left, or create one with <b>Incident ▸ New "
                                      "Incident</b> (Ctrl+N).</p><p>Every change is saved as you make it; "
                                      "Ctrl+Z takes it back.</p>"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    placeholderLayout->addWidget(placeholder);
    m_editorStack = new QStackedWidget;
    m_editorStack->addWidget(m_placeholderPage);
    m_editorStack->addWidget(m_editor);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPanel);
    // The Gantt is a tab beside the editor: a click on a bar selects its incident in
    // the list and loads it in the editor; the list's selection highlights its bars.
    m_ganttView = new GanttView;
    m_ganttView->setObjectName(QStringLiteral("ganttView"));
    connect(m_ganttView, &GanttView::incidentActivated, this, &MainWindow::selectIncident);
    connect(m_ganttView, &GanttView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // In a right-to-left window: ISO dates read left to right (QDateTimeEdit reverses
    // the sections of a format set while it is right to left: 2027-06-07 showed as
    // "07-06-2027"), and data center and instance names in their own direction, cut off
    // at their end. The format is set again once the field is left to right.
    for (QDateTimeEdit *edit : m_ganttView->findChildren<QDateTimeEdit *>()) {
        const QString format = edit->displayFormat(); // as given, also when reversed
        edit->setLayoutDirection(Qt::LeftToRight);
        edit->setDisplayFormat(format);
    }
    for (QAbstractItemView *view : m_ganttView->findChildren<QAbstractItemView *>()) {
        if (!qobject_cast<QHeaderView *>(view) && view->itemDelegate()
            && view->itemDelegate()->metaObject() == &QStyledItemDelegate::staticMetaObject)
            view->setItemDelegate(new TextDirectionDelegate(view));
    }
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_editorStack, tr("Incident"));
    m_tabs->addTab(m_ganttView, tr("Outage Gantt"));
    m_splitter->addWidget(m_tabs);
    // A fixed floor rather than the pages' own minimum, which grows as pages are first
    // shown (the RCA's toolbar, the chart's controls) and then pushed the splitter or
    // the window wider on every tab switch.
    m_tabs->setMinimumSize(480, 360);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // The list folds away (dragged to the edge, or View ▸ Incident List) to give the
    // editor and the chart the width; the tabs never do.
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setCollapsible(0, true);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (m_showListAction && !m_focusModeAction->isChecked())
            m_showListAction->setChecked(m_splitter->sizes().value(0) > 0);
    });
    setCentralWidget(m_splitter);
}

void MainWindow::createActions()
{
    m_newWorkspaceAction = new QAction(tr("&New Workspace…"), this);
    connect(m_newWorkspaceAction, &QAction::triggered, this, &MainWindow::chooseNewWorkspace);
    m_openWorkspaceAction = new QAction(tr("&Open Workspace…"), this);
    m_openWorkspaceAction->setShortcut(QKeySequence::Open);
    connect(m_openWorkspaceAction, &QAction::triggered, this, &MainWindow::chooseWorkspaceToOpen);
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Own actions rather than QUndoStack::createUndoAction(): RCA text still in its
    // debounce must be written before anything is undone.
    QUndoStack *stack = m_history->undoStack();
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undoAction, [this](const QString &text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, m_redoAction, [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    m_newIncidentAction = new QAction(tr("&New Incident"), this);
    m_newIncidentAction->setShortcut(QKeySequence::New);
    connect(m_newIncidentAction, &QAction::triggered, this, &MainWindow::newIncident);
    m_deleteIncidentAction = new QAction(tr("&Delete Incident"), this);
    m_deleteIncidentAction->setShortcut(QKeySequence::Delete);
    // Only in the list: Delete in a text field deletes characters, not incidents.
    m_deleteIncidentAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_incidentView->addAction(m_deleteIncidentAction);
    connect(m_deleteIncidentAction, &QAction::triggered, this, &MainWindow::deleteCurrentIncident);
    m_addWindowAction = new QAction(tr("Add Outage &Window"), this);
    m_addWindowAction->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    connect(m_addWindowAction, &QAction::triggered, m_editor, &IncidentEditor::addWindow);
    m_addUpdateAction = new QAction(tr("Add Status &Update"), this);
    m_addUpdateAction->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    connect(m_addUpdateAction, &QAction::triggered, m_editor, &IncidentEditor::addUpdate);

    m_dataCentersAction = new QAction(tr("&Data Centers and Instances…"), this);
    m_dataCentersAction->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(m_dataCentersAction, &QAction::triggered, this, &MainWindow::showDataCentersDialog);

    // Room for the work: the list can go, focus mode hides everything but the tabs.
    m_showListAction = new QAction(tr("Incident &List"), this);
    m_showListAction->setCheckable(true);
    m_showListAction->setChecked(true);
    m_showListAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    connect(m_showListAction, &QAction::toggled, this, &MainWindow::updateListVisibility);
    m_focusModeAction = new QAction(tr("&Focus Mode"), this);
    m_focusModeAction->setObjectName(QStringLiteral("focusModeAction"));
    m_focusModeAction->setCheckable(true);
    m_focusModeAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_focusModeAction->setToolTip(tr("Give the editor or the chart the whole window (%1)")
                                      .arg(m_focusModeAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_focusModeAction, &QAction::toggled, this, &MainWindow::setFocusMode);
    m_previewBelowAction = new QAction(tr("RCA Preview &Below the Text"), this);
    m_previewBelowAction->setCheckable(true);
    connect(m_previewBelowAction, &QAction::toggled, this, [this](bool below) {
        m_editor->rcaEditor()->setPreviewBelow(below);
        m_settings.setRcaPreviewBelow(below);
    });
    // As in Qt Creator: Ctrl+Tab and Ctrl+PgDown go to the next tab. They also leave
    // the RCA text, where Tab itself is for indenting.
    m_nextTabAction = new QAction(tr("&Next Tab"), this);
    m_nextTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(m_nextTabAction, &QAction::triggered, this, [this] { switchTab(1); });
    m_previousTabAction = new QAction(tr("&Previous Tab"), this);
    m_previousTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                       QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(m_previousTabAction, &QAction::triggered, this, [this] { switchTab(-1); });
    m_incidentTabAction = new QAction(tr("&Incident"), this);
    m_incidentTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_incidentTabAction, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    m_ganttTabAction = new QAction(tr("Outage &Gantt"), this);
    m_ganttTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_ganttTabAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_ganttView);
        m_ganttView->setFocus(Qt::ShortcutFocusReason);
    });

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferencesDialog);

    m_aboutAction = new QAction(tr("&About Outage Desk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Outage Desk"),
                           tr("<h3>Outage Desk %1</h3><p>Log incidents, record outage windows per data center, "
                              "write the root cause analysis and publish it.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newWorkspaceAction);
    file->addAction(m_openWorkspaceAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(tr("Export &Chart…"), m_ganttView, &GanttView::exportChart);
    file->addAction(tr("&Print Chart…"), m_ganttView, &GanttView::printChart);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *incident = menuBar()->addMenu(tr("&Incident"));
    incident->addAction(m_newIncidentAction);
    incident->addAction(m_deleteIncidentAction);
    incident->addSeparator();
    incident->addAction(m_addWindowAction);
    incident->addAction(m_addUpdateAction);
    // The RCA's review steps, export and spelling: the same actions as its buttons.
    RcaEditorWidget *rca = m_editor->rcaEditor();
    incident->addSeparator();
    incident->addAction(rca->submitAction());
    incident->addAction(rca->approveAction());
    incident->addAction(rca->draftAction());
    incident->addMenu(rca->exportMenu());
    incident->addMenu(rca->spellingMenu());
    // Their shortcuts open the lists to choose from (Ctrl+Shift+E, F7).
    addAction(rca->exportAction());
    addAction(rca->spellingAction());

    // "W&orkspace": Alt+W is the incident's Windows tab.
    QMenu *workspace = menuBar()->addMenu(tr("W&orkspace"));
    workspace->addAction(m_dataCentersAction);
    // Customer notifications by e-mail (issue 16): the registered customers.
    workspace->addAction(tr("&Customers…"), this, [this] {
        if (!m_workspace)
            return;
        CustomersDialog dialog(m_workspace.get(), this);
        dialog.exec();
    });

    // Publishing (issue 4) keeps its actions, dialogs and outbox status to itself.
    m_publishing = new PublishingActions([this] { return this->workspace(); }, [this] { return m_shownIncident; }, this);
    PublishingActions *publishing = m_publishing;
    incident->addSeparator();
    incident->addAction(publishing->publishAction());
    workspace->addSeparator();
    workspace->addAction(publishing->portalsAction());
    workspace->addAction(publishing->outboxAction());
    workspace->addAction(publishing->buildPortalAction());
    incident->addAction(publishing->copyRcaMarkdownAction());
    incident->addAction(publishing->copyRcaHtmlAction());
    statusBar()->addPermanentWidget(publishing->statusWidget());
    // One click from the incident: a Publish button beside the incident's tabs.
    auto *publishButton = new QToolButton;
    publishButton->setObjectName(QStringLiteral("publishButton"));
    publishButton->setDefaultAction(publishing->publishAction());
    publishButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    publishButton->setAutoRaise(false);
    auto *focusButton = new QToolButton;
    focusButton->setObjectName(QStringLiteral("focusModeButton"));
    focusButton->setDefaultAction(m_focusModeAction);
    focusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *corner = new QWidget;
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->addWidget(focusButton);
    cornerLayout->addWidget(publishButton);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    connect(publishing, &PublishingActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showListAction);
    view->addAction(m_focusModeAction);
    view->addAction(m_previewBelowAction);
    view->addSeparator();
    view->addAction(m_nextTabAction);
    view->addAction(m_previousTabAction);
    view->addAction(m_incidentTabAction);
    view->addAction(m_ganttTabAction);

    QMenu *preferences = menuBar()->addMenu(tr("&Preferences"));
    preferences->addAction(m_preferencesAction);
    preferences->addMenu(new LanguageMenu(preferences));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("workspacePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_savedLabel = new QLabel;
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_savedLabel);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        // First start: most of the screen, so the list and the editor both have room.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
        resize(QSize(1600, 1000).boundedTo(available * 0.9).expandedTo(QSize(1024, 700)));
    }
    restoreState(m_settings.mainWindowState());
    if (!m_splitter->restoreState(m_settings.mainSplitterState()))
        m_splitter->setSizes({600, 680});
    const QByteArray header = m_settings.incidentListHeaderState();
    if (!header.isEmpty())
        m_incidentView->horizontalHeader()->restoreState(header);
    m_showListAction->setChecked(m_splitter->sizes().value(0) > 0);
    RcaEditorWidget *rca = m_editor->rcaEditor();
    m_previewBelowAction->setChecked(m_settings.rcaPreviewBelow());
    rca->setPreviewBelow(m_settings.rcaPreviewBelow());
    rca->restoreSplitterState(m_settings.rcaSplitterState());
    m_focusModeAction->setChecked(m_settings.focusMode());
}

void MainWindow::saveLayout()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setMainSplitterState(m_splitter->saveState());
    m_settings.setIncidentListHeaderState(m_incidentView->horizontalHeader()->saveState());
    m_settings.setRcaSplitterState(m_editor->rcaEditor()->saveSplitterState());
    m_settings.setFocusMode(m_focusModeAction->isChecked());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->flushPendingEdits();
    saveLayout();
    event->accept();
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_workspace && m_workspace->path() == absolute)
        return true;
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(absolute)) {
        if (error)
            *error = workspace->errorString();
        return false;
    }
    m_editor->flushPendingEdits();
    m_editor->setWorkspace(nullptr);
    m_listModel->setWorkspace(nullptr);
    m_history->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    m_history->setWorkspace(m_workspace.get());
    m_editor->setWorkspace(m_workspace.get());
    m_listModel->setWorkspace(m_workspace.get());
    m_ganttView->setWorkspace(m_workspace.get());
    connect(m_workspace.get(), &Workspace::catalogChanged, this, &MainWindow::updateDataCenterFilter);
    connect(m_workspace.get(), &Workspace::catalogChanged, this, &MainWindow::updateStatusBar);
    connect(m_workspace.get(), &Workspace::incidentChanged, this, &MainWindow::markSaved);
    connect(m_workspace.get(), &Workspace::incidentRemoved, this, &MainWindow::markSaved);
    connect(m_workspace.get(), &Workspace::catalogChanged, this, &MainWindow::markSaved);
    m_shownIncident = QUuid();
    m_editorStack->setCurrentWidget(m_placeholderPage);
    updateDataCenterFilter();
    applyFilters();
    // Back where the user left off, else the newest incident: the desk opens on work.
    const QUuid last = QUuid::fromString(m_settings.lastIncident());
    if (!last.isNull() && IncidentRepository(m_workspace.get()).idOf(last) != 0)
        selectIncident(last);
    else if (m_listModel->rowCount() > 0)
        selectIncident(m_listModel->uuidAt(0));

    m_settings.setLastWorkspace(absolute);
    m_settings.addRecentWorkspace(absolute);
    m_settings.sync();
    updateRecentMenu();
    setWindowFilePath(absolute);
    setWindowTitle(tr("%1 — Outage Desk").arg(QFileInfo(absolute).fileName()));
    m_savedLabel->setText(tr("Saved"));
    m_savedLabel->setToolTip(tr("Every change is written to the workspace file as you make it."));
    // The outbox worker takes up jobs left in this workspace from last time.
    if (m_publishing)
        m_publishing->worker();
    updateActions();
    updateStatusBar();
    return true;
}

bool MainWindow::openWorkspaceInteractively(const QString &path)
{
    QString candidate = path;
    while (!candidate.isEmpty()) {
        QString error;
        if (openWorkspace(candidate, &error))
            return true;
        QMessageBox box(QMessageBox::Warning, tr("Cannot open workspace"), error, QMessageBox::Cancel, this);
        QPushButton *other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
        box.setDefaultButton(other);
        box.exec();
        if (box.clickedButton() != other)
            return false;
        candidate = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QFileInfo(candidate).absolutePath(),
                                                 tr("Outage Desk workspaces (*.sqlite *.db);;All files (*)"));
    }
    return false;
}

void MainWindow::chooseNewWorkspace()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir(dir).filePath(tr("workspace.sqlite")),
                                                tr("Outage Desk workspaces (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // The file dialog asked about overwriting; a workspace is never replaced
        // silently, it is opened as it is.
        QMessageBox::information(this, tr("New Workspace"),
                                 tr("%1 already exists; it is opened as it is, nothing in it is replaced.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    openWorkspaceInteractively(path);
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir,
                                                      tr("Outage Desk workspaces (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openWorkspaceInteractively(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(this, tr("Open Recent"),
                                     tr("%1 is no longer there; it is taken off the list.")
                                         .arg(QDir::toNativeSeparators(path)));
                m_settings.removeRecentWorkspace(path);
                updateRecentMenu();
                return;
            }
            openWorkspaceInteractively(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::importFile(const QString &path, QString *message)
{
    if (!m_workspace) {
        *message = tr("No workspace is open.");
        return false;
    }
    m_editor->flushPendingEdits();
    const QString name = QFileInfo(path).fileName();
    BackgroundImport import(m_workspace.get(), path);
    // Window-modal: nothing may write to the workspace beside the import meanwhile.
    QProgressDialog progress(tr("Reading %1…").arg(name), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    // An everyday file is in before it would show. (QProgressDialog shows itself only
    // from setValue(), which reading and checking the file never calls.)
    progress.setMinimumDuration(300);
    QTimer::singleShot(progress.minimumDuration(), &progress, &QWidget::show);
    connect(&import, &BackgroundImport::progress, &progress, [&progress, name](int done, int total) {
        if (done < total) {
            progress.setLabelText(tr("Writing %1: %2 of %3 incidents…")
                                      .arg(name, QLocale().toString(done), QLocale().toString(total)));
            progress.setRange(0, total);
            progress.setValue(done);
        } else {
            progress.setLabelText(tr("Building the search index for %1…").arg(name));
            progress.setCancelButtonText(QString()); // one statement now: it cannot stop halfway
            progress.setRange(0, 0);
        }
    });
    connect(&progress, &QProgressDialog::canceled, &import, &BackgroundImport::cancel);
    QEventLoop running;
    connect(&import, &BackgroundImport::finished, &running, &QEventLoop::quit);
    statusBar()->showMessage(tr("Importing %1…").arg(name));
    import.start();
    running.exec();
    progress.hide();
    statusBar()->clearMessage();
    m_importCancelled = import.wasCancelled();
    if (!import.succeeded()) {
        *message = import.error().toString();
        return false;
    }
    const ImportSummary summary = import.summary();
    // An import is not undoable; earlier commands would restore snapshots across it.
    m_history->undoStack()->clear();
    // Written through another connection: this one is told now.
    m_workspace->notifyCatalogChanged();
    m_workspace->notifyReset();
    // Two counts, two plural phrases, one sentence a translator can reorder.
    //: %1 the file name, %2 "N incident(s) created", %3 "N updated"
    *message = tr("%1: %2, %3.").arg(QFileInfo(path).fileName(), tr("%n incident(s) created", nullptr, summary.created),
                                    tr("%n updated", nullptr, summary.updated));
    return true;
}

void MainWindow::chooseFilesToImport()
{
    if (!m_workspace)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Incidents"), QDir::homePath(),
                                                            tr("Outage Desk exchange files (*.json);;All files (*)"));
    QStringList report;
    bool failed = false;
    for (const QString &file : files) {
        QString message;
        failed |= !importFile(file, &message);
        report << message;
        if (m_importCancelled)
            break; // the files after it too
    }
    if (report.isEmpty())
        return;
    if (failed) {
        QMessageBox::warning(this, tr("Import"),
                             tr("Each file is imported whole or not at all:\n\n%1").arg(report.join(QLatin1Char('\n'))));
    } else {
        statusBar()->showMessage(report.join(QLatin1Char(' ')), 8000);
    }
}

void MainWindow::chooseExportFile()
{
    if (!m_workspace)
        return;
    const QUuid current = currentIncident();
    bool wholeWorkspace = true;
    if (!current.isNull()) {
        QMessageBox box(QMessageBox::Question, tr("Export"), tr("Export the selected incident or the whole workspace?"),
                        QMessageBox::Cancel, this);
        QPushButton *one = box.addButton(tr("Selected Incident"), QMessageBox::AcceptRole);
        QPushButton *all = box.addButton(tr("Whole Workspace"), QMessageBox::AcceptRole);
        box.setDefaultButton(one);
        box.exec();
        if (box.clickedButton() != one && box.clickedButton() != all)
            return;
        wholeWorkspace = box.clickedButton() == all;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Incidents"),
                                                      QDir::home().filePath(QStringLiteral("incidents.json")),
                                                      tr("Outage Desk exchange files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportToFile(path, wholeWorkspace, &error)) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

bool MainWindow::exportToFile(const QString &path, bool wholeWorkspace, QString *error)
{
    if (!m_workspace) {
        *error = tr("No workspace is open.");
        return false;
    }
    // The exchange format, written by the same exporter as "outagedesk export".
    m_editor->flushPendingEdits();
    QByteArray json;
    if (wholeWorkspace) {
        json = IncidentExporter::exportAll(m_workspace.get());
    } else {
        const auto incident = IncidentRepository(m_workspace.get()).load(currentIncident());
        if (!incident) {
            *error = tr("Select the incident to export first.");
            return false;
        }
        json = IncidentExporter::exportIncident(m_workspace.get(), *incident);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void MainWindow::applyFilters()
{
    m_searchDebounce.stop();
    IncidentQuery query = m_listModel->query();
    query.text = m_searchEdit->text().trimmed();
    query.statuses.clear();
    const int status = m_statusFilter->currentData().toInt();
    if (status == kOpenStatuses)
        query.statuses = {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring};
    else if (status >= 0)
        query.statuses = {IncidentStatus(status)};
    query.severities.clear();
    const int severity = m_severityFilter->currentData().toInt();
    if (severity >= 0)
        query.severities = {Severity(severity)};
    query.dataCenters.clear();
    const QString code = m_dataCenterFilter->currentData().toString();
    if (!code.isEmpty())
        query.dataCenters = {code};
    m_listModel->setQuery(query);
}

void MainWindow::updateDataCenterFilter()
{
    const QString current = m_dataCenterFilter->currentData().toString();
    const QSignalBlocker blocker(m_dataCenterFilter);
    m_dataCenterFilter->clear();
    m_dataCenterFilter->addItem(tr("All data centers"), QString());
    if (m_workspace) {
        const auto dataCenters = CatalogRepository(m_workspace.get()).dataCenters();
        for (const DataCenter &dc : dataCenters)
            m_dataCenterFilter->addItem(tr("%1 (%2)").arg(dc.code, dc.name), dc.code);
    }
    const int row = m_dataCenterFilter->findData(current);
    m_dataCenterFilter->setCurrentIndex(std::max(row, 0));
    if (row < 0 && !current.isEmpty())
        applyFilters();
}

void MainWindow::updateStatusBar()
{
    if (!m_workspace) {
        m_pathLabel->setText(tr("No workspace open"));
        m_countLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
    const int all = IncidentRepository(m_workspace.get()).count(IncidentQuery());
    const int dataCenters = int(CatalogRepository(m_workspace.get()).dataCenters().size());
    const int shown = m_listModel->totalCount();
    const QString incidents = shown == all ? tr("%n incident(s)", nullptr, all)
                                           : tr("%1 of %n incident(s)", nullptr, all).arg(shown);
    m_countLabel->setText(tr("%1 · %2").arg(incidents, tr("%n data center(s)", nullptr, dataCenters)));
}

void MainWindow::updateEmptyListLabel()
{
    const IncidentQuery &query = m_listModel->query();
    const bool filtered = !query.text.isEmpty() || !query.statuses.isEmpty() || !query.severities.isEmpty()
        || !query.dataCenters.isEmpty();
    const bool empty = m_workspace && m_listModel->rowCount() == 0 && filtered;
    if (empty) {
        m_emptyListLabel->setText(query.text.isEmpty()
                                      ? tr("No incident matches these filters.")
                                      : tr("No incident matches \"%1\" with these filters.").arg(query.text));
    }
    m_emptyListLabel->setVisible(empty);
}

void MainWindow::markSaved()
{
    m_savedLabel->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::updateActions()
{
    // Publishing looks at the workspace once after start-up; a workspace opened
    // later (the welcome box on first start runs before there is one) is news to it.
    if (m_publishing)
        m_publishing->updateActions();
    const bool open = m_workspace != nullptr;
    for (QAction *action : {m_importAction, m_exportAction, m_newIncidentAction, m_dataCentersAction, m_findAction})
        action->setEnabled(open);
    const bool hasIncident = open && !m_shownIncident.isNull();
    for (QAction *action : {m_deleteIncidentAction, m_addWindowAction, m_addUpdateAction})
        action->setEnabled(hasIncident);
}

void MainWindow::showRefusal(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Change not saved"), message);
}

void MainWindow::undoOrRedo(bool undo)
{
    m_editor->flushPendingEdits();
    QUndoStack *stack = m_history->undoStack();
    const QString text = undo ? stack->undoText() : stack->redoText();
    // The step may belong to another incident than the one shown (edited before
    // switching): that one is shown, so that nothing changes out of sight.
    QUuid changed;
    QList<QMetaObject::Connection> watching;
    if (m_workspace) {
        auto note = [&changed](const QUuid &uuid) {
            if (changed.isNull())
                changed = uuid;
        };
        watching << connect(m_workspace.get(), &Workspace::incidentChanged, this, note)
                 << connect(m_workspace.get(), &Workspace::incidentRemoved, this, note);
    }
    undo ? stack->undo() : stack->redo();
    for (const auto &connection : std::as_const(watching))
        disconnect(connection);
    if (changed.isNull() || !m_workspace)
        return;
    const auto incident = IncidentRepository(m_workspace.get()).load(changed);
    if (!incident) {
        statusBar()->showMessage(undo ? tr("Undone: %1").arg(text) : tr("Redone: %1").arg(text), 10000);
        return;
    }
    if (changed != m_shownIncident) {
        selectIncident(changed);
        m_tabs->setCurrentIndex(0);
    }
    //: %1 the incident's title, %2 what was undone, e.g. "Edit title"
    statusBar()->showMessage(undo ? tr("Undone in “%1”: %2").arg(incident->title, text)
                                  : tr("Redone in “%1”: %2").arg(incident->title, text),
                             10000);
}

QList<QWidget *> MainWindow::incidentHeaderWidgets() const
{
    // The incident's fields above its tabs (ui/IncidentEditor.ui): the grid of fields
    // and the internal notes.
    QList<QWidget *> widgets;
    if (auto *fields = m_editor->findChild<QGridLayout *>(QStringLiteral("fieldsLayout"))) {
        for (int i = 0; i < fields->count(); ++i) {
            if (QWidget *widget = fields->itemAt(i)->widget())
                widgets << widget;
        }
    }
    if (auto *notes = m_editor->findChild<QGroupBox *>(QStringLiteral("internalNotesGroup")))
        widgets << notes;
    return widgets;
}

void MainWindow::setFocusMode(bool on)
{
    if (m_focusModeAction->isChecked() != on)
        m_focusModeAction->setChecked(on); // toggled() comes back here
    for (QWidget *widget : incidentHeaderWidgets())
        widget->setVisible(!on);
    updateListVisibility();
    m_settings.setFocusMode(on);
    if (on && !m_editorStack->isAncestorOf(QApplication::focusWidget()) && m_tabs->currentWidget() == m_editorStack)
        m_editor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateListVisibility()
{
    const bool shown = m_showListAction->isChecked() && !m_focusModeAction->isChecked();
    m_listPanel->setVisible(shown);
    if (shown && m_splitter->sizes().value(0) == 0) {
        // Unfolded after it was dragged shut: back to a useful width.
        const int total = m_splitter->width();
        m_splitter->setSizes({total * 2 / 5, total - total * 2 / 5});
    }
    if (!shown && m_listPanel->isAncestorOf(QApplication::focusWidget()))
        m_tabs->setFocus(Qt::OtherFocusReason);
}

void MainWindow::switchTab(int step)
{
    // The innermost tab widget around the focus; outside any, the window's own.
    QTabWidget *tabs = m_tabs;
    for (QWidget *w = QApplication::focusWidget(); w && w != this; w = w->parentWidget()) {
        if (auto *around = qobject_cast<QTabWidget *>(w)) {
            tabs = around;
            break;
        }
    }
    if (tabs->count() < 2)
        return;
    int index = tabs->currentIndex();
    for (int tries = 0; tries < tabs->count(); ++tries) {
        index = (index + step + tabs->count()) % tabs->count();
        if (tabs->isTabEnabled(index))
            break;
    }
    tabs->setCurrentIndex(index);
    // Into the page, where typing goes on: the RCA text on the RCA tab, else the
    // page's first field.
    QWidget *page = tabs->currentWidget();
    if (page->isAncestorOf(m_editor->rcaEditor()->textEdit())) {
        m_editor->rcaEditor()->textEdit()->setFocus(Qt::TabFocusReason);
        return;
    }
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    tabs->setFocus(Qt::TabFocusReason);
}

void MainWindow::showPreferencesDialog()
{
    PreferencesDialog dialog(m_settings, this);
    const Settings::Theme theme = m_settings.theme();
    connect(&dialog, &PreferencesDialog::preferencesChanged, this, [this, theme] {
        // The start-up theme is applied before the window exists (GuiLauncher); here
        // only a change, so that a screenshot's dark palette stays what it was asked.
        if (m_settings.theme() != theme)
            Theme::apply(m_settings.theme());
        applyPreferences();
    });
    dialog.exec();
}

void MainWindow::applyPreferences()
{
    m_editor->rcaEditor()->textEdit()->setTabMovesFocus(m_settings.rcaTabKey() == Settings::RcaTabKey::MoveFocus);
    // Who approves, and how this window shows times.
    m_editor->setUserName(m_settings.userName());
    m_editor->setHourCycle(m_settings.hourCycle());
    m_listModel->setHourCycle(m_settings.hourCycle());
}

QUuid MainWindow::currentIncident() const
{
    return m_shownIncident;
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_incidentView->currentIndex();
    if (!current.isValid())
        return; // a filter hid the row: the editor keeps the incident
    m_shownIncident = current.data(ModelRoles::IncidentUuidRole).toUuid();
    m_settings.setLastIncident(m_shownIncident.toString(QUuid::WithoutBraces));
    m_ganttView->setSelectedIncident(m_shownIncident);
    m_editor->showIncident(m_shownIncident);
    m_editorStack->setCurrentWidget(m_editor);
    updateActions();
}

void MainWindow::reselectAfterReset()
{
    const int row = m_listModel->rowOf(m_shownIncident);
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_incidentView->selectionModel());
    m_incidentView->selectionModel()->setCurrentIndex(m_listModel->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_incidentView->viewport()->update();
}

void MainWindow::selectIncident(const QUuid &uuid)
{
    int row = m_listModel->rowOf(uuid);
    // A few pages at most: an incident far down a 100k list is opened without
    // loading everything above it into the view.
    for (int page = 0; row < 0 && page < 5 && m_listModel->canFetchMore(QModelIndex()); ++page) {
        m_listModel->fetchMore(QModelIndex());
        row = m_listModel->rowOf(uuid);
    }
    if (row >= 0) {
        m_incidentView->setCurrentIndex(m_listModel->index(row, 0));
        m_incidentView->scrollTo(m_listModel->index(row, 0));
    } else {
        // Filtered out of the list: still open it, the filter stays as chosen.
        m_incidentView->selectionModel()->clearSelection();
        m_shownIncident = uuid;
        m_editor->showIncident(uuid);
        m_editorStack->setCurrentWidget(m_editor);
        updateActions();
    }
}

void MainWindow::newIncident()
{
    if (!m_workspace)
        return;
    Incident incident;
    incident.uuid = QUuid::createUuid();
    incident.title = tr("New incident");
    // The RCA starts from the template: its sections and generated-data markers.
    incident.rca = RcaDocument{RcaTemplates::defaultText(), RcaState::Draft, {}, {}, {}, {}};
    if (!m_history->createIncident(incident))
        return;
    selectIncident(incident.uuid);
    if (auto *title = m_editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))) {
        title->setFocus(Qt::OtherFocusReason);
        title->selectAll();
    }
}

void MainWindow::deleteCurrentIncident()
{
    if (!m_workspace || m_shownIncident.isNull())
        return;
    m_editor->flushPendingEdits();
    const auto incident = IncidentRepository(m_workspace.get()).load(m_shownIncident);
    if (!incident)
        return;
    // No confirmation: deleting is one Ctrl+Z away from undone, and says so.
    if (m_history->deleteIncident(*incident)) {
        m_shownIncident = QUuid();
        m_editorStack->setCurrentWidget(m_placeholderPage);
        updateActions();
        statusBar()->showMessage(tr("Deleted \"%1\". Undo with %2.")
                                     .arg(incident->title, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                                 10000);
    }
}

void MainWindow::showDataCentersDialog()
{
    if (!m_workspace)
        return;
    DataCentersDialog dialog(m_history, this);
    dialog.exec();
}

} // namespace OutageDesk
