#include "gui/editor/IncidentEditor.h"

#include "ui_IncidentEditor.h"

#include "gui/commands/EditHistory.h"
#include "gui/editor/ChoiceDelegate.h"
#include "gui/editor/MessageBoxWallTimeQuestion.h"
#include "gui/editor/WallTimeDelegate.h"
#include "gui/models/ActionItemsTableModel.h"
#include "i18n/DisplayNames.h"
#include "gui/models/StatusUpdatesTableModel.h"
#include "gui/models/WindowsTableModel.h"
#include "gui/publish/StatusTemplateMenu.h"
#include "gui/rca/RcaEditorWidget.h"
#include "gui/rca/RcaTextEdit.h"
#include "analysis/Linter.h"
#include "storage/LintAcceptanceRepository.h"
#include "time/TimeFormat.h"
#include "model/RcaReview.h"
#include "render/RenderContext.h"
#include "render/StatusUpdateTemplates.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoStack>

namespace OutageDesk {
namespace {

// RCA text is long and written in bursts; one write per pause keeps the undo
// history readable and still loses at most this much typing on a crash.
constexpr int kRcaDebounceMs = 700;
// Someone typing without a pause still gets saved this often: a debounce alone
// would wait for the pause, and a crash mid-sentence would lose the whole run.
constexpr int kRcaMaxSaveDelayMs = 1500;

void fillTriStateCombo(QComboBox *combo)
{
    combo->addItem(DisplayNames::triState(std::nullopt), -1);
    combo->addItem(DisplayNames::triState(true), 1);
    combo->addItem(DisplayNames::triState(false), 0);
}

std::optional<bool> triStateOf(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return value != 0;
}

int triStateData(const std::optional<bool> &value)
{
    return value ? int(*value) : -1;
}

void setupTable(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
}

QDateTime nowToTheMinute()
{
    const QDateTime now = Clock::now().toUTC();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
}

} // namespace

IncidentEditor::IncidentEditor(EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::IncidentEditor>())
    , m_history(history)
    , m_windows(new WindowsTableModel(this))
    , m_updates(new StatusUpdatesTableModel(this))
    , m_actionItems(new ActionItemsTableModel(this))
    , m_messageBoxQuestion(std::make_unique<MessageBoxWallTimeQuestion>(this))
{
    ui->setupUi(this);
    setupRcaEditor();
    setWallTimeQuestion(nullptr);

    for (const Severity s : {Severity::None, Severity::Minor, Severity::Major, Severity::Critical})
        ui->severityCombo->addItem(DisplayNames::severity(s), int(s));
    for (const IncidentStatus s : {IncidentStatus::Investigating, IncidentStatus::Identified,
                                   IncidentStatus::Monitoring, IncidentStatus::Resolved})
        ui->statusCombo->addItem(DisplayNames::status(s), int(s));
    fillTriStateCombo(ui->dataImpactCombo);
    fillTriStateCombo(ui->securityBreachCombo);
    // Internal notes must never be mistaken for customer text.
    ui->internalNotesGroup->setStyleSheet(QStringLiteral("QGroupBox { font-style: italic; }"));

    auto *wallTimeDelegate = new WallTimeDelegate(this);
    ui->windowsView->setItemDelegateForColumn(WindowsTableModel::StartColumn, wallTimeDelegate);
    ui->windowsView->setItemDelegateForColumn(WindowsTableModel::EndColumn, wallTimeDelegate);
    ui->updatesView->setItemDelegateForColumn(StatusUpdatesTableModel::TimeColumn, wallTimeDelegate);
    connect(wallTimeDelegate, &QAbstractItemDelegate::closeEditor, this, &IncidentEditor::onCloseEditor);
    for (QTableView *view : {ui->windowsView, ui->updatesView, ui->actionItemsView})
        connect(view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, &IncidentEditor::onCloseEditor);
    setupTable(ui->windowsView, m_windows);
    setupTable(ui->updatesView, m_updates);
    setupTable(ui->actionItemsView, m_actionItems);
    ui->windowsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->updatesView->horizontalHeader()->setSectionResizeMode(StatusUpdatesTableModel::TimeColumn,
                                                              QHeaderView::ResizeToContents);
    ui->actionItemsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->actionItemsView->horizontalHeader()->setSectionResizeMode(ActionItemsTableModel::TitleColumn,
                                                                  QHeaderView::Stretch);
    ui->actionItemsView->horizontalHeader()->setStretchLastSection(false);

    auto *instanceDelegate = new ChoiceDelegate(
        [this] {
            QList<ChoiceDelegate::Choice> choices;
            for (const auto &instance : m_windows->instances())
                choices.append({tr("%1 (%2)").arg(instance.name, instance.dataCenter), instance.name});
            return choices;
        },
        this);
    ui->windowsView->setItemDelegateForColumn(WindowsTableModel::InstanceColumn, instanceDelegate);
    auto *impactDelegate = new ChoiceDelegate(
        [] {
            QList<ChoiceDelegate::Choice> choices;
            for (const Impact i : {Impact::Outage, Impact::Degraded, Impact::Maintenance})
                choices.append({DisplayNames::impact(i), int(i)});
            return choices;
        },
        this);
    ui->windowsView->setItemDelegateForColumn(WindowsTableModel::ImpactColumn, impactDelegate);
    auto *statusDelegate = new ChoiceDelegate(
        [] {
            QList<ChoiceDelegate::Choice> choices;
            for (const IncidentStatus s : {IncidentStatus::Investigating, IncidentStatus::Identified,
                                           IncidentStatus::Monitoring, IncidentStatus::Resolved})
                choices.append({DisplayNames::status(s), int(s)});
            return choices;
        },
        this);
    ui->updatesView->setItemDelegateForColumn(StatusUpdatesTableModel::StatusColumn, statusDelegate);

    for (IncidentPartModel *model : {static_cast<IncidentPartModel *>(m_windows), static_cast<IncidentPartModel *>(m_updates),
                                     static_cast<IncidentPartModel *>(m_actionItems)}) {
        connect(model, &IncidentPartModel::editRequested, this,
                [this](const Incident &after, const QString &description) { commit(after, description); });
    }

    connect(ui->titleEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        Incident after = m_incident;
        after.title = text;
        commit(after, tr("Edit title"), QStringLiteral("title"));
    });
    connect(ui->causeEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        Incident after = m_incident;
        after.cause = text;
        commit(after, tr("Edit cause"), QStringLiteral("cause"));
    });
    connect(ui->detectedByEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        Incident after = m_incident;
        after.detectedBy = text;
        commit(after, tr("Edit \"detected by\""), QStringLiteral("detectedBy"));
    });
    connect(ui->internalNotesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        Incident after = m_incident;
        after.internalNotes = ui->internalNotesEdit->toPlainText();
        commit(after, tr("Edit internal notes"), QStringLiteral("internalNotes"));
    });
    connect(ui->severityCombo, &QComboBox::activated, this, [this] {
        Incident after = m_incident;
        after.severity = Severity(ui->severityCombo->currentData().toInt());
        commit(after, tr("Change severity"));
    });
    connect(ui->statusCombo, &QComboBox::activated, this, [this] {
        Incident after = m_incident;
        after.status = IncidentStatus(ui->statusCombo->currentData().toInt());
        commit(after, tr("Change status"));
    });
    connect(ui->dataImpactCombo, &QComboBox::activated, this, [this] {
        Incident after = m_incident;
        after.dataImpact = triStateOf(ui->dataImpactCombo);
        commit(after, tr("Change data impact"));
    });
    connect(ui->securityBreachCombo, &QComboBox::activated, this, [this] {
        Incident after = m_incident;
        after.securityBreach = triStateOf(ui->securityBreachCombo);
        commit(after, tr("Change security breach"));
    });

    // A new run of typing starts whenever focus moves: "undo" then takes back one
    // field's worth of typing, not every keystroke and not the whole session.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this] {
        flushPendingEdits();
        m_history->endTypingRun();
    });

    // A window row's problem is said on the row and in the bar under the table, never
    // in a box while typing; the focus stays where the entry was refused.
    ui->windowNoteBar->hide();
    connect(m_windows, &WindowsTableModel::notesChanged, this, &IncidentEditor::updateWindowNote);
    connect(m_windows, &QAbstractItemModel::modelReset, this, &IncidentEditor::updateWindowNote);
    connect(m_windows, &QAbstractItemModel::dataChanged, this, &IncidentEditor::updateWindowNote);
    connect(ui->windowsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentEditor::updateWindowNote);
    connect(m_windows, &WindowsTableModel::entryRefused, this, &IncidentEditor::keepFocusOnRefusedEntry);
    connect(ui->slipFixButton, &QPushButton::clicked, this, &IncidentEditor::fixSlipOnNoteRow);
    connect(ui->acceptSlipButton, &QPushButton::clicked, this, &IncidentEditor::acceptSlipOnNoteRow);

    connect(ui->addWindowButton, &QPushButton::clicked, this, &IncidentEditor::addWindow);
    connect(ui->removeWindowButton, &QPushButton::clicked, this, &IncidentEditor::removeSelectedWindows);
    connect(ui->addUpdateButton, &QPushButton::clicked, this, &IncidentEditor::addUpdate);
    connect(ui->removeUpdateButton, &QPushButton::clicked, this, &IncidentEditor::removeSelectedUpdates);
    auto *templates = new StatusTemplateMenu(ui->updateTemplateButton);
    ui->updateTemplateButton->setMenu(templates);
    connect(templates, &StatusTemplateMenu::chosen, this, &IncidentEditor::addUpdateFromTemplate);
    connect(ui->addActionItemButton, &QPushButton::clicked, this, &IncidentEditor::addActionItem);
    connect(ui->removeActionItemButton, &QPushButton::clicked, this, &IncidentEditor::removeSelectedActionItems);

    // Text fields keep no undo history of their own: Ctrl+Z goes to the workspace's
    // undo stack, which holds the same typing as merged commands.
    for (QWidget *field : {static_cast<QWidget *>(ui->titleEdit), static_cast<QWidget *>(ui->causeEdit),
                           static_cast<QWidget *>(ui->detectedByEdit), static_cast<QWidget *>(ui->internalNotesEdit),
                           static_cast<QWidget *>(m_rcaEdit)})
        field->installEventFilter(this);
    ui->internalNotesEdit->setUndoRedoEnabled(false);
    m_rcaEdit->setUndoRedoEnabled(false);

    m_rcaDebounce.setSingleShot(true);
    m_rcaDebounce.setInterval(kRcaDebounceMs);
    connect(&m_rcaDebounce, &QTimer::timeout, this, &IncidentEditor::commitRcaText);
    m_rcaMaxDelay.setSingleShot(true);
    m_rcaMaxDelay.setInterval(kRcaMaxSaveDelayMs);
    connect(&m_rcaMaxDelay, &QTimer::timeout, this, &IncidentEditor::commitRcaText);

    setEnabled(false);
}

IncidentEditor::~IncidentEditor()
{
    // ~QWidget closes a top-level editor and moves the focus after this class is
    // gone; the focus handler must not run on the half-destroyed object.
    disconnect(m_focusConnection);
}

void IncidentEditor::setupRcaEditor()
{
    // The RCA tab is a bare container: the full RCA editor replaces this plain
    // text edit here, in one place.
    m_rcaEditor = new RcaEditorWidget(ui->rcaPage);
    m_rcaEdit = m_rcaEditor->textEdit();
    m_rcaEdit->setObjectName(QStringLiteral("rcaEdit"));
    m_rcaEdit->setPlaceholderText(tr("Root cause analysis, in Markdown."));
    ui->rcaPage->layout()->addWidget(m_rcaEditor);
    // Review steps and restores are edits of the incident like any other.
    connect(m_rcaEditor, &RcaEditorWidget::rcaEditRequested, this,
            [this](const RcaDocument &document, const QString &description) {
                flushPendingEdits();
                m_history->endTypingRun();
                Incident after = m_incident;
                after.rca = document;
                commit(after, description);
            });
    connect(m_rcaEditor, &RcaEditorWidget::problem, this, &IncidentEditor::refused);
    connect(m_rcaEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling) {
            m_rcaDebounce.start();
            if (!m_rcaMaxDelay.isActive())
                m_rcaMaxDelay.start();
        }
    });
}

bool IncidentEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Swallowed but not accepted: the field never sees the key, and the
            // window's Undo/Redo shortcut gets it.
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QTableView *IncidentEditor::windowsView() const
{
    return ui->windowsView;
}

QWidget *IncidentEditor::rcaPage() const
{
    return ui->rcaPage;
}

void IncidentEditor::setWallTimeQuestion(WallTimeQuestion *question)
{
    m_question = question ? question : m_messageBoxQuestion.get();
    m_windows->setQuestion(m_question);
    m_updates->setQuestion(m_question);
    m_actionItems->setQuestion(m_question);
}

void IncidentEditor::setUserName(const QString &name)
{
    m_userName = name.trimmed();
    m_rcaEditor->setApproverName(m_userName);
}

void IncidentEditor::setHourCycle(HourCycle cycle)
{
    m_windows->setHourCycle(cycle);
    m_updates->setHourCycle(cycle);
}

QWidget *IncidentEditor::windowNoteBar() const
{
    return ui->windowNoteBar;
}

QPushButton *IncidentEditor::slipFixButton() const
{
    return ui->slipFixButton;
}

QPushButton *IncidentEditor::acceptSlipButton() const
{
    return ui->acceptSlipButton;
}

void IncidentEditor::updateWindowNote()
{
    // The current row speaks first; otherwise the first row with something to say.
    int row = ui->windowsView->currentIndex().isValid() ? ui->windowsView->currentIndex().row() : -1;
    if (m_windows->rowNote(row).isEmpty()) {
        row = -1;
        for (int r = 0; r < m_windows->rowCount(); ++r) {
            if (m_windows->isMarked(r)) {
                row = r;
                break;
            }
        }
    }
    m_noteRow = row;
    const QString note = m_windows->rowNote(row);
    ui->windowNoteBar->setVisible(!note.isEmpty());
    if (note.isEmpty())
        return;
    ui->windowNoteLabel->setText(tr("Window %1: %2").arg(row + 1).arg(note));
    const QDateTime fix = m_windows->slipFix(row);
    ui->slipFixButton->setVisible(fix.isValid());
    if (fix.isValid()) {
        const OutageWindow &w = m_windows->incident().windows.at(row);
        const QTimeZone zone = m_windows->zoneOfInstance(w.instance);
        ui->slipFixButton->setText(tr("&Use %1").arg(TimeFormat::clock(fix.toTimeZone(zone).time(), m_windows->hourCycle())));
    }
    // Only a stored window can be kept as it is; a refused entry was never stored.
    ui->acceptSlipButton->setVisible(!m_windows->slipSubject(row).isEmpty());
}

void IncidentEditor::keepFocusOnRefusedEntry(const QModelIndex &index)
{
    // After the view has closed the editor: back on the refused cell, with what was
    // typed, so the next keystrokes correct it instead of going elsewhere.
    const QPersistentModelIndex cell(index);
    const bool hasFix = m_windows->slipFix(index.row()).isValid();
    QTimer::singleShot(0, this, [this, cell, hasFix] {
        if (!cell.isValid())
            return;
        // Refused because the user went elsewhere (a click on another field): the row
        // says what is wrong, and the focus is not taken back from where they went.
        QWidget *focus = QApplication::focusWidget();
        if (focus && focus != ui->windowsView && !ui->windowsView->isAncestorOf(focus)) {
            updateWindowNote();
            return;
        }
        ui->tabs->setCurrentWidget(ui->windowsPage);
        ui->windowsView->setFocus(Qt::OtherFocusReason);
        ui->windowsView->setCurrentIndex(cell);
        updateWindowNote();
        // With a fix on offer the cell stays selected (Alt+U takes the fix); otherwise
        // its editor opens again on the text that was refused.
        if (!hasFix)
            ui->windowsView->edit(cell);
    });
}

void IncidentEditor::fixSlipOnNoteRow()
{
    if (m_noteRow < 0)
        return;
    const int row = m_noteRow;
    m_history->endTypingRun();
    m_windows->applySlipFix(row);
    ui->windowsView->setFocus(Qt::OtherFocusReason);
    ui->windowsView->setCurrentIndex(m_windows->index(row, WindowsTableModel::EndColumn));
}

void IncidentEditor::acceptSlipOnNoteRow()
{
    const QString subject = m_windows->slipSubject(m_noteRow);
    if (subject.isEmpty() || !m_workspace || m_incident.id == 0)
        return;
    if (m_userName.isEmpty()) {
        Q_EMIT refused(tr("Set your name in Preferences first: an acceptance records who looked at the window."));
        return;
    }
    LintFinding finding;
    finding.level = LintFinding::Level::Error;
    finding.code = QString::fromLatin1(Linter::kAmPmSlipCode);
    finding.subject = subject;
    finding.message = m_windows->rowNote(m_noteRow);
    QString error;
    if (!LintAcceptanceRepository(m_workspace).accept(m_incident.id, finding, m_userName, Clock::now(), 0, &error)) {
        Q_EMIT refused(error);
        return;
    }
    loadAcceptedSlips();
    m_rcaEditor->refreshNow();
}

void IncidentEditor::loadAcceptedSlips()
{
    QSet<QString> subjects;
    if (m_workspace && m_workspace->isOpen() && m_incident.id != 0) {
        for (const LintAcceptance &a : LintAcceptanceRepository(m_workspace).list(m_incident.id)) {
            if (a.code == QLatin1String(Linter::kAmPmSlipCode))
                subjects.insert(a.subject);
        }
    }
    m_windows->setAcceptedSlips(subjects);
}

void IncidentEditor::setWorkspace(Workspace *workspace)
{
    flushPendingEdits();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::incidentChanged, this, [this](const QUuid &uuid) {
            if (uuid == m_incident.uuid)
                reload();
        });
        connect(m_workspace, &Workspace::incidentRemoved, this, [this](const QUuid &uuid) {
            if (uuid == m_incident.uuid)
                showIncident(QUuid());
        });
        connect(m_workspace, &Workspace::catalogChanged, this, &IncidentEditor::reloadCatalog);
        connect(m_workspace, &Workspace::reset, this, &IncidentEditor::reload);
    }
    m_rcaEditor->setWorkspace(m_workspace);
    reloadCatalog();
    showIncident(QUuid());
}

void IncidentEditor::showIncident(const QUuid &uuid)
{
    if (uuid == m_incident.uuid && !uuid.isNull())
        return;
    flushPendingEdits();
    m_incident = Incident();
    m_incident.uuid = uuid;
    reload();
}

void IncidentEditor::reload()
{
    std::optional<Incident> loaded;
    if (m_workspace && m_workspace->isOpen() && !m_incident.uuid.isNull())
        loaded = IncidentRepository(m_workspace).load(m_incident.uuid);
    m_incident = loaded.value_or(Incident());
    setEnabled(loaded.has_value());
    fillForm();
}

void IncidentEditor::reloadCatalog()
{
    if (m_workspace && m_workspace->isOpen()) {
        const CatalogRepository catalog(m_workspace);
        const auto dataCenters = catalog.dataCenters();
        const auto instances = catalog.instances();
        m_windows->setCatalog(dataCenters, instances);
        m_updates->setCatalog(dataCenters, instances);
    } else {
        m_windows->setCatalog({}, {});
        m_updates->setCatalog({}, {});
    }
}

void IncidentEditor::fillForm()
{
    const bool wasFilling = std::exchange(m_filling, true);
    // Only what differs is set, so the field being typed in keeps its cursor.
    auto setLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) {
            edit->setText(text);
            // Read from the start, not scrolled to the end of a long value.
            if (!edit->hasFocus())
                edit->setCursorPosition(0);
        }
    };
    setLine(ui->titleEdit, m_incident.title);
    setLine(ui->causeEdit, m_incident.cause);
    setLine(ui->detectedByEdit, m_incident.detectedBy);
    ui->severityCombo->setCurrentIndex(ui->severityCombo->findData(int(m_incident.severity)));
    ui->statusCombo->setCurrentIndex(ui->statusCombo->findData(int(m_incident.status)));
    ui->dataImpactCombo->setCurrentIndex(ui->dataImpactCombo->findData(triStateData(m_incident.dataImpact)));
    ui->securityBreachCombo->setCurrentIndex(ui->securityBreachCombo->findData(triStateData(m_incident.securityBreach)));
    if (ui->internalNotesEdit->toPlainText() != m_incident.internalNotes)
        ui->internalNotesEdit->setPlainText(m_incident.internalNotes);
    const QString rcaText = m_incident.rca ? m_incident.rca->text : QString();
    // Text still waiting for its debounce is newer than what storage holds.
    if (!m_rcaDebounce.isActive() && m_rcaEdit->toPlainText() != rcaText)
        m_rcaEdit->setPlainText(rcaText);
    m_rcaEditor->setIncident(m_incident);
    m_windows->setIncident(m_incident);
    loadAcceptedSlips();
    m_updates->setIncident(m_incident);
    m_actionItems->setIncident(m_incident);
    m_filling = wasFilling;
}

void IncidentEditor::commit(const Incident &after, const QString &description, const QString &mergeKey)
{
    if (m_incident.uuid.isNull() || m_filling)
        return;
    QString error;
    if (!m_history->editIncident(m_incident, after, description, mergeKey, &error)) {
        // Storage refused: show what it holds again, and say why.
        fillForm();
        Q_EMIT refused(error);
    }
}

void IncidentEditor::commitRcaText()
{
    m_rcaDebounce.stop();
    m_rcaMaxDelay.stop();
    if (m_incident.uuid.isNull())
        return;
    const QString text = m_rcaEdit->toPlainText();
    if ((m_incident.rca ? m_incident.rca->text : QString()) == text)
        return;
    Incident after = m_incident;
    if (!after.rca)
        after.rca = RcaDocument();
    // An approved (or in-review) RCA that is edited needs reviewing again.
    RcaReview::applyEdit(*after.rca, text);
    commit(after, tr("Edit RCA text"), QStringLiteral("rca"));
}

void IncidentEditor::flushPendingEdits()
{
    if (m_rcaDebounce.isActive())
        commitRcaText();
}

void IncidentEditor::editAddedRow(QTableView *view, const QModelIndex &index)
{
    // Escape in the first editor of a row just added takes the row back: a window
    // "ongoing since now" left behind by a change of mind would count as downtime.
    m_undoIndexOfAddedRow = m_history->undoStack()->index();
    view->setCurrentIndex(index);
    view->edit(index);
}

void IncidentEditor::onCloseEditor(QWidget *, QAbstractItemDelegate::EndEditHint hint)
{
    const int added = std::exchange(m_undoIndexOfAddedRow, -1);
    QUndoStack *stack = m_history->undoStack();
    if (hint == QAbstractItemDelegate::RevertModelCache && added >= 0 && stack->index() == added && stack->canUndo())
        stack->undo();
}

QList<int> IncidentEditor::selectedRows(QTableView *view) const
{
    QList<int> rows;
    const auto selected = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    return rows;
}

void IncidentEditor::addWindow()
{
    if (m_incident.uuid.isNull())
        return;
    const auto &instances = m_windows->instances();
    if (instances.isEmpty()) {
        Q_EMIT refused(tr("There is no instance to record a window on yet. Add a data center and an instance "
                          "first (Workspace ▸ Data centers and instances…)."));
        return;
    }
    OutageWindow window;
    window.instance = m_incident.windows.isEmpty() ? instances.first().name : m_incident.windows.last().instance;
    window.start = nowToTheMinute();
    Incident after = m_incident;
    after.windows << window;
    commit(after, tr("Add window"));
    const QModelIndex start = m_windows->index(int(m_incident.windows.size()) - 1, WindowsTableModel::StartColumn);
    if (start.isValid()) {
        ui->tabs->setCurrentWidget(ui->windowsPage);
        editAddedRow(ui->windowsView, start);
    }
}

void IncidentEditor::removeSelectedWindows()
{
    Incident after = m_incident;
    for (const int row : selectedRows(ui->windowsView))
        after.windows.removeAt(row);
    commit(after, tr("Remove window"));
}

void IncidentEditor::addUpdate()
{
    if (m_incident.uuid.isNull())
        return;
    Incident after = m_incident;
    after.updates << StatusUpdate{nowToTheMinute(), m_incident.status, QString()};
    commit(after, tr("Add status update"));
    const QModelIndex message = m_updates->index(int(m_incident.updates.size()) - 1, StatusUpdatesTableModel::MessageColumn);
    if (message.isValid()) {
        ui->tabs->setCurrentWidget(ui->updatesPage);
        editAddedRow(ui->updatesView, message);
    }
}

void IncidentEditor::addUpdateFromTemplate(const StatusUpdateTemplate &statusTemplate)
{
    if (m_incident.uuid.isNull() || !m_workspace)
        return;
    RenderContext context = RenderContext::fromCatalog(CatalogRepository(m_workspace));
    context.now = Clock::now();
    Incident after = m_incident;
    after.updates << StatusUpdate{nowToTheMinute(), statusTemplate.status,
                                  StatusUpdateTemplates::fill(statusTemplate, m_incident, context)};
    commit(after, tr("Add status update from template"));
    const QModelIndex message = m_updates->index(int(m_incident.updates.size()) - 1, StatusUpdatesTableModel::MessageColumn);
    if (message.isValid()) {
        ui->tabs->setCurrentWidget(ui->updatesPage);
        ui->updatesView->setCurrentIndex(message);
    }
}

void IncidentEditor::removeSelectedUpdates()
{
    Incident after = m_incident;
    for (const int row : selectedRows(ui->updatesView))
        after.updates.removeAt(row);
    commit(after, tr("Remove status update"));
}

void IncidentEditor::addActionItem()
{
    if (m_incident.uuid.isNull())
        return;
    Incident after = m_incident;
    after.actionItems << ActionItem{tr("New action item"), QString(), QDate(), false};
    commit(after, tr("Add action item"));
    const QModelIndex title = m_actionItems->index(int(m_incident.actionItems.size()) - 1, ActionItemsTableModel::TitleColumn);
    if (title.isValid()) {
        ui->tabs->setCurrentWidget(ui->actionItemsPage);
        editAddedRow(ui->actionItemsView, title);
    }
}

void IncidentEditor::removeSelectedActionItems()
{
    Incident after = m_incident;
    for (const int row : selectedRows(ui->actionItemsView))
        after.actionItems.removeAt(row);
    commit(after, tr("Remove action item"));
}

} // namespace OutageDesk
