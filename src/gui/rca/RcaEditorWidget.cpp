#include "gui/rca/RcaEditorWidget.h"

#include "analysis/Linter.h"
#include "analysis/RcaTextLinter.h"
#include "analysis/SpellChecker.h"
#include "analysis/WordDiff.h"
#include "gui/dialogs/ApproveDialog.h"
#include "gui/rca/FindReplaceBar.h"
#include "gui/rca/LintFindingsModel.h"
#include "gui/rca/RcaHighlighter.h"
#include "gui/rca/RcaOutlineModel.h"
#include "gui/rca/RcaRevisionsModel.h"
#include "gui/rca/RcaTextEdit.h"
#include "gui/widgets/TextDirectionDelegate.h"
#include "model/RcaReview.h"
#include "render/RcaRenderer.h"
#include "render/RcaTemplates.h"
#include "storage/CatalogRepository.h"
#include "storage/LintAcceptanceRepository.h"
#include "storage/RcaRevisionRepository.h"
#include "storage/Workspace.h"
#include "time/Clock.h"
#include "time/TimeFormat.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace OutageDesk {
namespace {

// Beyond this many changed blocks (another incident, a long paste), building a new
// preview document is cheaper than changing the shown one, which Qt lays out at once.
constexpr int kPreviewUpdateLimit = 200;

int countWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*"));
    int count = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

RcaEditorWidget::RcaEditorWidget(QWidget *parent)
    : QWidget(parent)
    , m_lint(new LintFindingsModel(this))
    , m_outline(new RcaOutlineModel(this))
    , m_revisions(new RcaRevisionsModel(this))
{
    setObjectName(QStringLiteral("rcaEditor"));
    buildUi();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kPreviewDebounceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RcaEditorWidget::refreshNow);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_refreshTimer.start();
        updateTemplateBar();
    });
    m_context.now = Clock::now();
}

RcaEditorWidget::~RcaEditorWidget() = default;

void RcaEditorWidget::buildUi()
{
    m_edit = new RcaTextEdit(this);
    m_edit->installEventFilter(this);
    m_findBar = new FindReplaceBar(m_edit, this);

    // Toolbar: Markdown shortcuts, find, spelling language, export.
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("rcaToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto addAction = [this](const QString &text, const QString &shortcutText, auto slot) {
        QAction *action = m_toolBar->addAction(text);
        action->setToolTip(shortcutText.isEmpty() ? text : tr("%1 (%2)").arg(text, shortcutText));
        connect(action, &QAction::triggered, m_edit, slot);
        return action;
    };
    addAction(tr("Bold"), QKeySequence(Qt::CTRL | Qt::Key_B).toString(QKeySequence::NativeText), &RcaTextEdit::toggleBold);
    addAction(tr("Italic"), QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText), &RcaTextEdit::toggleItalic);
    addAction(tr("Heading"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H).toString(QKeySequence::NativeText), &RcaTextEdit::makeHeading);
    addAction(tr("List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText), &RcaTextEdit::makeList);
    addAction(tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText), &RcaTextEdit::insertLink);
    m_toolBar->addSeparator();
    QAction *findAction = m_toolBar->addAction(tr("Find"));
    connect(findAction, &QAction::triggered, m_findBar, &FindReplaceBar::showFind);
    QAction *replaceAction = m_toolBar->addAction(tr("Replace"));
    connect(replaceAction, &QAction::triggered, m_findBar, &FindReplaceBar::showReplace);
    m_toolBar->addSeparator();
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("spellingLanguage"));
    m_languageCombo->setToolTip(tr("Spelling language of this incident's RCA"));
    m_languageCombo->addItem(tr("No spelling check"), QString());
    const QStringList languages = SpellChecker::availableLanguages();
    for (const QString &language : languages)
        m_languageCombo->addItem(QLocale(language).nativeLanguageName() + QStringLiteral(" (") + language + QLatin1Char(')'), language);
    if (languages.isEmpty())
        m_languageCombo->setToolTip(tr("No Hunspell dictionary is installed (Debian: hunspell-en-us, hunspell-de-de, …)"));
    connect(m_languageCombo, &QComboBox::activated, this, [this] {
        const QString language = m_languageCombo->currentData().toString();
        SpellChecker::setLanguageFor(m_incident.uuid, language);
        setSpellingLanguage(language);
    });
    m_toolBar->addWidget(m_languageCombo);
    // The same choice as a menu (for the window's menu bar) and a shortcut that opens the list.
    m_spellingMenu = new QMenu(tr("Spelling &Language"), this);
    m_spellingMenu->setObjectName(QStringLiteral("spellingMenu"));
    m_spellingGroup = new QActionGroup(m_spellingMenu);
    for (int i = 0; i < m_languageCombo->count(); ++i) {
        QAction *choice = m_spellingMenu->addAction(m_languageCombo->itemText(i));
        choice->setCheckable(true);
        choice->setData(m_languageCombo->itemData(i));
        m_spellingGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, choice] {
            const QString language = choice->data().toString();
            SpellChecker::setLanguageFor(m_incident.uuid, language);
            setSpellingLanguage(language);
        });
    }
    m_spellingAction = new QAction(tr("Choose Spelling &Language…"), this);
    m_spellingAction->setShortcut(QKeySequence(Qt::Key_F7));
    connect(m_spellingAction, &QAction::triggered, this, [this] {
        if (m_languageCombo->isVisible()) {
            m_languageCombo->setFocus(Qt::ShortcutFocusReason);
            m_languageCombo->showPopup();
        } else {
            m_spellingMenu->popup(mapToGlobal(rect().center()));
            m_spellingMenu->setActiveAction(m_spellingGroup->checkedAction());
        }
    });
    m_toolBar->addSeparator();
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("rcaExportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(tr("E&xport RCA"), exportButton);
    exportMenu->setObjectName(QStringLiteral("rcaExportMenu"));
    m_exportMenu = exportMenu;
    connect(exportMenu->addAction(tr("Markdown…")), &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Markdown, QPageSize::A4); });
    connect(exportMenu->addAction(tr("HTML…")), &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Html, QPageSize::A4); });
    connect(exportMenu->addAction(tr("PDF, A4…")), &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Pdf, QPageSize::A4); });
    connect(exportMenu->addAction(tr("PDF, Letter…")), &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Pdf, QPageSize::Letter); });
    exportMenu->addSeparator();
    connect(exportMenu->addAction(tr("Save Text as Template…")), &QAction::triggered, this, &RcaEditorWidget::saveAsTemplate);
    exportButton->setMenu(exportMenu);
    m_toolBar->addWidget(exportButton);
    m_exportAction = new QAction(tr("&Export RCA…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this, exportButton] {
        // The formats to choose from by keyboard, under the button when it shows.
        const QPoint at = exportButton->isVisible() ? exportButton->mapToGlobal(QPoint(0, exportButton->height()))
                                                    : mapToGlobal(rect().center());
        m_exportMenu->popup(at);
        m_exportMenu->setActiveAction(m_exportMenu->actions().value(0));
    });

    // Review state.
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("rcaStateLabel"));
    m_submitButton = new QPushButton(tr("Submit for Review"), this);
    m_submitButton->setObjectName(QStringLiteral("submitForReview"));
    m_approveButton = new QPushButton(tr("Approve…"), this);
    m_approveButton->setObjectName(QStringLiteral("approve"));
    m_draftButton = new QPushButton(tr("Back to Draft"), this);
    m_draftButton->setObjectName(QStringLiteral("backToDraft"));
    m_submitAction = new QAction(tr("&Submit RCA for Review"), this);
    m_submitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_approveAction = new QAction(tr("&Approve RCA…"), this);
    m_approveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_draftAction = new QAction(tr("Return RCA to Dra&ft"), this);
    m_draftAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_submitAction, &QAction::triggered, this, &RcaEditorWidget::submitForReview);
    connect(m_approveAction, &QAction::triggered, this, &RcaEditorWidget::approve);
    connect(m_draftAction, &QAction::triggered, this, &RcaEditorWidget::returnToDraft);
    for (auto [button, action] : {std::pair{m_submitButton, m_submitAction}, std::pair{m_approveButton, m_approveAction},
                                  std::pair{m_draftButton, m_draftAction}}) {
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        button->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
    }
    // Without a window around it (tests, or a future window of its own) the shortcuts
    // still work here; in the main window its menus hold the same actions.
    addActions({m_submitAction, m_approveAction, m_draftAction, m_exportAction, m_spellingAction});
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_stateLabel, 1);
    reviewRow->addWidget(m_submitButton);
    reviewRow->addWidget(m_approveButton);
    reviewRow->addWidget(m_draftButton);

    // Template bar, shown while the text is empty.
    m_templateBar = new QWidget(this);
    auto *templateRow = new QHBoxLayout(m_templateBar);
    templateRow->setContentsMargins(0, 0, 0, 0);
    m_templateCombo = new QComboBox(m_templateBar);
    m_templateCombo->setObjectName(QStringLiteral("templateCombo"));
    auto *useTemplate = new QPushButton(tr("Start from Template"), m_templateBar);
    useTemplate->setObjectName(QStringLiteral("useTemplate"));
    templateRow->addWidget(new QLabel(tr("This incident has no RCA yet."), m_templateBar));
    templateRow->addWidget(m_templateCombo, 1);
    templateRow->addWidget(useTemplate);
    connect(useTemplate, &QPushButton::clicked, this, [this] { insertTemplate(m_templateCombo->currentData().toString()); });

    // Outline | editor | preview, lint, history.
    m_outlineView = new QListView(this);
    m_outlineView->setObjectName(QStringLiteral("rcaOutline"));
    m_outlineView->setModel(m_outline);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *outlineDelegate = new TextDirectionDelegate(m_outlineView);
    outlineDelegate->fitToWidthOf(m_outlineView);
    m_outlineView->setItemDelegate(outlineDelegate);
    m_outlineView->setResizeMode(QListView::Adjust); // items re-fitted as the column resizes
    m_outlineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outlineView->setTextElideMode(Qt::ElideRight);
    connect(m_outlineView, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_edit->goToLine(index.data(RcaOutlineModel::LineRole).toInt());
    });

    auto *editorColumn = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(2);
    editorLayout->addWidget(m_templateBar);
    editorLayout->addWidget(m_edit, 1);
    editorLayout->addWidget(m_findBar);
    m_wordCountLabel = new QLabel(this);
    m_wordCountLabel->setObjectName(QStringLiteral("wordCount"));
    editorLayout->addWidget(m_wordCountLabel);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("rcaPreview"));
    // The preview never navigates: links are shown, not followed.
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setUndoRedoEnabled(false); // rebuilt on each refresh; undo would only cost time
    // Lines break between words only: a narrow table column grows the table (the
    // preview scrolls sideways) rather than showing "Instanc e".
    m_preview->setWordWrapMode(QTextOption::WordWrap);

    auto *lintPage = new QWidget(this);
    auto *lintLayout = new QVBoxLayout(lintPage);
    lintLayout->setContentsMargins(0, 0, 0, 0);
    m_lintSummary = new QLabel(lintPage);
    m_lintView = new QListView(lintPage);
    m_lintView->setObjectName(QStringLiteral("lintView"));
    m_lintView->setModel(m_lint);
    m_lintView->setWordWrap(true);
    m_lintView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lintLayout->addWidget(m_lintSummary);
    lintLayout->addWidget(m_lintView, 1);
    connect(m_lintView, &QListView::clicked, this, [this](const QModelIndex &index) {
        const int line = index.data(LintFindingsModel::LineRole).toInt();
        if (line > 0)
            m_edit->goToLine(line, index.data(LintFindingsModel::ColumnRole).toInt());
    });

    auto *historyPage = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    m_historyView = new QTableView(historyPage);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_revisions);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *historyHint = new QLabel(tr("Select one revision to compare it with the current text, or two to compare them."), historyPage);
    historyHint->setWordWrap(true);
    m_diffView = new QTextBrowser(historyPage);
    m_diffView->setObjectName(QStringLiteral("diffView"));
    m_restoreButton = new QPushButton(tr("Restore This Revision"), historyPage);
    m_restoreButton->setObjectName(QStringLiteral("restoreRevision"));
    m_restoreButton->setEnabled(false);
    historyLayout->addWidget(m_historyView, 2);
    historyLayout->addWidget(historyHint);
    historyLayout->addWidget(m_diffView, 3);
    historyLayout->addWidget(m_restoreButton);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RcaEditorWidget::showDiffOfSelection);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
        if (rows.size() == 1)
            restoreRevision(rows.first().data(RcaRevisionsModel::RevisionIdRole).toLongLong());
    });

    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("rcaSideTabs"));
    m_sideTabs->addTab(m_preview, tr("Preview"));
    m_sideTabs->addTab(lintPage, tr("Checks"));
    m_sideTabs->addTab(historyPage, tr("History"));
    connect(m_sideTabs, &QTabWidget::currentChanged, this, [this, historyPage](int index) {
        if (m_sideTabs->widget(index) == historyPage)
            m_revisions->reload();
        if (m_sideTabs->widget(index) == m_preview && m_previewStale)
            refreshPreview();
    });

    m_previewSplitter = new QSplitter(Qt::Horizontal, this);
    m_previewSplitter->setObjectName(QStringLiteral("rcaPreviewSplitter"));
    m_previewSplitter->addWidget(editorColumn);
    m_previewSplitter->addWidget(m_sideTabs);
    m_previewSplitter->setStretchFactor(0, 1);
    m_previewSplitter->setStretchFactor(1, 1);
    m_previewSplitter->setChildrenCollapsible(false);
    m_previewSplitter->setSizes({500, 500});
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("rcaSplitter"));
    m_splitter->addWidget(m_outlineView);
    m_splitter->addWidget(m_previewSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({140, 1000});
    QSplitter *splitter = m_splitter;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addLayout(reviewRow);
    layout->addWidget(splitter, 1);

    updateReviewState();
    updateTemplateBar();
}

bool RcaEditorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combination = key->keyCombination();
        std::function<void()> handler;
        if (key->matches(QKeySequence::Find))
            handler = [this] { m_findBar->showFind(); };
        else if (key->matches(QKeySequence::Replace) || combination == QKeyCombination(Qt::CTRL, Qt::Key_H))
            handler = [this] { m_findBar->showReplace(); };
        else if (combination == QKeyCombination(Qt::CTRL, Qt::Key_B))
            handler = [this] { m_edit->toggleBold(); };
        else if (combination == QKeyCombination(Qt::CTRL, Qt::Key_I))
            handler = [this] { m_edit->toggleItalic(); };
        else if (combination == QKeyCombination(Qt::CTRL, Qt::Key_K))
            handler = [this] { m_edit->insertLink(); };
        else if (combination == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_H))
            handler = [this] { m_edit->makeHeading(); };
        else if (combination == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_L))
            handler = [this] { m_edit->makeList(); };
        else if (key->matches(QKeySequence::FindNext))
            handler = [this] { m_findBar->findNext(); };
        if (handler) {
            // Claim the key before window-wide shortcuts (the main window's search
            // also uses Ctrl+F) while the text has focus.
            if (event->type() == QEvent::ShortcutOverride)
                event->accept();
            else
                handler();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RcaEditorWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshPreview();
}

void RcaEditorWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewStale)
        refreshPreview();
}

void RcaEditorWidget::setPreviewBelow(bool below)
{
    m_previewSplitter->setOrientation(below ? Qt::Vertical : Qt::Horizontal);
}

bool RcaEditorWidget::previewBelow() const
{
    return m_previewSplitter->orientation() == Qt::Vertical;
}

QByteArray RcaEditorWidget::saveSplitterState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << m_previewSplitter->saveState();
    return state;
}

void RcaEditorWidget::restoreSplitterState(const QByteArray &state)
{
    QByteArray outer, inner;
    QDataStream in(state);
    in >> outer >> inner;
    if (in.status() != QDataStream::Ok)
        return;
    // Where the preview sits is a setting of its own; the state carries only the sizes.
    const Qt::Orientation orientation = m_previewSplitter->orientation();
    m_splitter->restoreState(outer);
    m_previewSplitter->restoreState(inner);
    m_previewSplitter->setOrientation(orientation);
}

void RcaEditorWidget::updateSpellingMenu()
{
    const QString language = spellingLanguage();
    for (QAction *choice : m_spellingGroup->actions())
        choice->setChecked(choice->data().toString() == language);
}

void RcaEditorWidget::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::catalogChanged, this, &RcaEditorWidget::reloadCatalog);
    reloadCatalog();
    m_revisions->setSource(m_workspace, 0);
}

void RcaEditorWidget::reloadCatalog()
{
    if (m_workspace && m_workspace->isOpen()) {
        const CatalogRepository catalog(m_workspace);
        m_context = RenderContext::fromCatalog(catalog);
        m_dataCenters = catalog.dataCenters();
        m_instances = catalog.instances();
    } else {
        m_context = RenderContext();
        m_context.now = Clock::now();
        m_dataCenters.clear();
        m_instances.clear();
    }
    m_refreshTimer.start();
}

void RcaEditorWidget::setIncident(const Incident &incident)
{
    const Incident previous = std::exchange(m_incident, incident);
    const bool sameIncident = previous.uuid == incident.uuid && !incident.uuid.isNull();
    if (sameIncident) {
        recordRevisionIfChanged(previous);
    } else {
        m_revisions->setSource(m_workspace, incident.id);
        m_diffView->clear();
        // Spelling language is remembered per incident (RCAs are written in the
        // customers' language, which differs between regions).
        const QString language = SpellChecker::languageFor(incident.uuid);
        setSpellingLanguage(language);
    }
    m_context.now = Clock::now();
    updateReviewState();
    updateTemplateBar();
    m_refreshTimer.start();
}

void RcaEditorWidget::recordRevisionIfChanged(const Incident &previous)
{
    if (!m_workspace || !m_workspace->isOpen() || m_workspace->isReadOnly() || !m_incident.rca)
        return;
    const RcaDocument before = previous.rca.value_or(RcaDocument());
    const RcaDocument &after = *m_incident.rca;
    if (before.text == after.text && before.state == after.state)
        return;
    RcaRevision::Reason reason = RcaRevision::Reason::Edit;
    if (m_restorePending)
        reason = RcaRevision::Reason::Restore;
    else if (before.state != after.state)
        reason = RcaRevision::Reason::StateChange;
    m_restorePending = false;
    QString error;
    RcaRevisionRepository revisions(m_workspace);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The stored text changed already; the one before it is `before`.
    if ((previous.rca && !revisions.recordBaselineIfEmpty(m_incident.id, before, now.addMSecs(-1), &error))
        || !revisions.record(m_incident.id, after, reason, now, &error))
        Q_EMIT problem(error);
    if (m_historyView->isVisible())
        m_revisions->reload();
}

Incident RcaEditorWidget::currentIncident() const
{
    Incident incident = m_incident;
    RcaDocument document = incident.rca.value_or(RcaDocument());
    document.text = m_edit->toPlainText();
    incident.rca = document;
    return incident;
}

void RcaEditorWidget::setSpellingLanguage(const QString &language)
{
    if (language.isEmpty())
        m_spelling.reset();
    else if (!m_spelling || m_spelling->language() != language)
        m_spelling = std::make_unique<SpellChecker>(language);
    if (m_spelling && !m_spelling->isValid())
        m_spelling.reset();
    m_edit->setSpellChecker(m_spelling.get());
    const int index = m_languageCombo->findData(m_spelling ? m_spelling->language() : QString());
    m_languageCombo->setCurrentIndex(qMax(0, index));
    updateSpellingMenu();
    m_refreshTimer.start();
}

QString RcaEditorWidget::spellingLanguage() const
{
    return m_spelling ? m_spelling->language() : QString();
}

void RcaEditorWidget::refreshNow()
{
    m_refreshTimer.stop();
    const QString text = m_edit->toPlainText();
    m_outline->setText(text);
    m_wordCount = countWords(text);
    m_wordCountLabel->setText(tr("%n word(s)", nullptr, m_wordCount));
    // A hidden preview (another side tab, another editor tab) is rebuilt when shown:
    // on long documents its layout is the most expensive part of a refresh.
    if (m_preview->isVisible())
        refreshPreview();
    else
        m_previewStale = true;
    refreshLint();
}

QString RcaEditorWidget::previewStyleSheet() const
{
    const QPalette pal = palette();
    const QString border = pal.color(QPalette::Mid).name();
    const QString header = pal.color(QPalette::AlternateBase).name();
    const QString link = pal.color(QPalette::Link).name();
    // Headings a size smaller than a browser's: the preview shares the width with the editor.
    return QStringLiteral("h1 { font-size: x-large; }\n"
                          "h2 { font-size: large; }\n"
                          "table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }\n"
                          "th, td { border: 1px solid %1; padding: 2px 4px; }\n"
                          "th { background-color: %2; }\n"
                          "a { color: %3; }\n"
                          "code, pre { font-family: monospace; }\n")
        .arg(border, header, link);
}

void RcaEditorWidget::refreshPreview()
{
    if (!m_preview)
        return;
    m_previewStale = false;
    // Same renderer as the exports: what the preview shows is what gets published.
    const RcaRenderer renderer(m_context);
    const QStringList blocks = renderer.htmlBlocks(currentIncident(), &m_previewHtmlCache);
    QScrollBar *bar = m_preview->verticalScrollBar();
    const int scroll = bar->value();
    // Importing and laying out a long RCA whole takes many times its rendering; only
    // the blocks that changed are imported again, the rest keeps its layout. A new
    // style sheet (palette change) or a document changed elsewhere means a rebuild.
    QPointer<QTextDocument> document = m_preview->document();
    const QString styleSheet = previewStyleSheet();
    if (m_previewDocument.document() != document || document->defaultStyleSheet() != styleSheet
        || !m_previewDocument.update(blocks, kPreviewUpdateLimit)) {
        // Built apart, then shown: built in place, the whole document would be laid out
        // at once, where a new one is laid out from the top, a screenful first.
        auto *rebuilt = new QTextDocument(m_preview);
        rebuilt->setUndoRedoEnabled(false);
        rebuilt->setDefaultFont(document->defaultFont());
        rebuilt->setDefaultStyleSheet(styleSheet);
        QTextOption wrapping = rebuilt->defaultTextOption();
        wrapping.setWrapMode(QTextOption::WordWrap); // see buildUi()
        rebuilt->setDefaultTextOption(wrapping);
        m_previewDocument.rebuild(rebuilt, blocks);
        m_preview->setDocument(rebuilt);
        if (document && document->parent() == m_preview)
            delete document;
    }
    bar->setValue(scroll);
}

void RcaEditorWidget::refreshLint()
{
    const Incident incident = currentIncident();
    QList<LintFinding> findings = RcaTextLinter::check(incident, m_spelling.get());
    if (!m_incident.uuid.isNull())
        findings += Linter::checkIncident(incident, m_dataCenters, m_instances, Clock::now());
    std::stable_sort(findings.begin(), findings.end(), [](const LintFinding &a, const LintFinding &b) {
        return int(a.level) < int(b.level);
    });
    if (m_workspace && m_workspace->isOpen() && m_incident.id != 0)
        LintAcceptanceRepository::markAccepted(findings, LintAcceptanceRepository(m_workspace).list(m_incident.id));
    m_lint->setFindings(findings);
    int errors = 0, warnings = 0, infos = 0;
    for (const LintFinding &f : std::as_const(findings)) {
        errors += f.level == LintFinding::Level::Error;
        warnings += f.level == LintFinding::Level::Warning;
        infos += f.level == LintFinding::Level::Info;
    }
    m_lintSummary->setText(findings.isEmpty() ? tr("No problems found.")
                                              : tr("%1 error(s), %2 warning(s), %3 note(s)").arg(errors).arg(warnings).arg(infos));
    m_sideTabs->setTabText(1, errors > 0 ? tr("Checks (%1)").arg(errors) : tr("Checks"));
}

void RcaEditorWidget::updateReviewState()
{
    const bool hasIncident = !m_incident.uuid.isNull();
    const RcaDocument document = m_incident.rca.value_or(RcaDocument());
    QString text;
    switch (document.state) {
    case RcaState::Draft:
        text = tr("<b>Draft</b>: not yet reviewed; it will not be published.");
        break;
    case RcaState::InReview:
        text = tr("<b>In review</b>: waiting for approval; any edit returns it to draft.");
        break;
    case RcaState::Approved:
        text = tr("<b>Approved</b> by %1 on %2; any edit returns it to draft.")
                   .arg(document.approvedBy.toHtmlEscaped(),
                        TimeFormat::dateTime(document.approvedAt, QTimeZone::systemTimeZone()).toHtmlEscaped());
        break;
    }
    m_stateLabel->setText(hasIncident ? text : QString());
    m_submitAction->setEnabled(hasIncident && document.state == RcaState::Draft);
    m_approveAction->setEnabled(hasIncident && document.state != RcaState::Approved);
    m_draftAction->setEnabled(hasIncident && document.state != RcaState::Draft);
    m_submitButton->setEnabled(m_submitAction->isEnabled());
    m_approveButton->setEnabled(m_approveAction->isEnabled());
    m_draftButton->setEnabled(m_draftAction->isEnabled());
    m_exportAction->setEnabled(hasIncident);
}

void RcaEditorWidget::updateTemplateBar()
{
    const bool empty = m_edit->document()->isEmpty();
    if (empty && m_templateCombo->count() == 0) {
        for (const QString &name : RcaTemplates::names())
            m_templateCombo->addItem(name, name);
        m_templateCombo->setCurrentIndex(qMax(0, m_templateCombo->findData(RcaTemplates::defaultName())));
    }
    m_templateBar->setVisible(empty && !m_incident.uuid.isNull());
}

void RcaEditorWidget::requestEdit(const RcaDocument &document, const QString &description)
{
    Q_EMIT rcaEditRequested(document, description);
}

void RcaEditorWidget::submitForReview()
{
    RcaDocument document = currentIncident().rca.value_or(RcaDocument());
    QString error;
    if (!RcaReview::submit(document, &error)) {
        Q_EMIT problem(error);
        return;
    }
    requestEdit(document, tr("Submit RCA for review"));
}

void RcaEditorWidget::setApproverName(const QString &name)
{
    m_approverName = name.trimmed();
}

QList<LintFinding> RcaEditorWidget::openErrors()
{
    refreshLint();
    return RcaReview::openErrors(m_lint->findings());
}

void RcaEditorWidget::approve()
{
    // Who approves is the user's own name (Preferences), shown up front; the open
    // errors are listed there, each to be fixed or accepted before approval.
    ApproveDialog dialog(m_approverName, openErrors(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    approveAs(dialog.approver(), dialog.acceptedFindings());
}

void RcaEditorWidget::approveAs(const QString &approver, const QList<LintFinding> &accepting)
{
    RcaDocument document = currentIncident().rca.value_or(RcaDocument());
    if (approver.trimmed().isEmpty()) {
        Q_EMIT problem(tr("Not approved: set your name in Preferences first; an approval records who gave it."));
        return;
    }
    QStringList blocking;
    for (const LintFinding &f : openErrors()) {
        const bool isAccepted = std::any_of(accepting.begin(), accepting.end(), [&](const LintFinding &a) {
            return a.code == f.code && a.subject == f.subject;
        });
        if (!isAccepted)
            blocking << f.code;
    }
    if (!blocking.isEmpty()) {
        Q_EMIT problem(tr("Not approved: %n open error(s) in the checks (%1); fix or accept them first.", nullptr,
                          int(blocking.size()))
                           .arg(blocking.join(QStringLiteral(", "))));
        return;
    }
    QString error;
    if (!RcaReview::approve(document, approver, Clock::now(), &error)) {
        Q_EMIT problem(error);
        return;
    }
    requestEdit(document, tr("Approve RCA"));
    // The approval is stored by now (the edit is applied at once): the acceptances go
    // with its revision, so the history shows who accepted what.
    if (m_workspace && m_incident.id != 0 && !accepting.isEmpty()) {
        const auto revision = RcaRevisionRepository(m_workspace).latest(m_incident.id);
        LintAcceptanceRepository acceptances(m_workspace);
        for (const LintFinding &f : accepting) {
            if (!acceptances.accept(m_incident.id, f, approver, Clock::now(), revision ? revision->id : 0, &error)) {
                Q_EMIT problem(error);
                break;
            }
        }
        m_revisions->reload();
        refreshLint();
    }
}

void RcaEditorWidget::returnToDraft()
{
    RcaDocument document = currentIncident().rca.value_or(RcaDocument());
    QString error;
    if (!RcaReview::returnToDraft(document, &error)) {
        Q_EMIT problem(error);
        return;
    }
    requestEdit(document, tr("Return RCA to draft"));
}

void RcaEditorWidget::restoreRevision(qint64 revisionId)
{
    if (!m_workspace)
        return;
    const auto revision = RcaRevisionRepository(m_workspace).revision(revisionId);
    if (!revision || revision->incidentId != m_incident.id) {
        Q_EMIT problem(tr("That revision no longer exists."));
        return;
    }
    RcaDocument document = currentIncident().rca.value_or(RcaDocument());
    RcaReview::applyEdit(document, revision->text);
    m_restorePending = true;
    requestEdit(document, tr("Restore RCA revision of %1").arg(TimeFormat::dateTime(revision->at, QTimeZone::systemTimeZone())));
}

void RcaEditorWidget::insertTemplate(const QString &name)
{
    const QString text = RcaTemplates::text(name);
    if (text.isEmpty()) {
        Q_EMIT problem(tr("The template \"%1\" cannot be read.").arg(name));
        return;
    }
    // Typed into the editor rather than set, so it is one ordinary edit.
    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    m_edit->setTextCursor(QTextCursor(m_edit->document()));
    m_edit->setFocus();
}

void RcaEditorWidget::showDiffOfSelection()
{
    QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
    m_restoreButton->setEnabled(rows.size() == 1);
    if (rows.isEmpty() || rows.size() > 2 || !m_workspace) {
        m_diffView->clear();
        return;
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
    RcaRevisionRepository repository(m_workspace);
    const auto older = repository.revision(rows.first().data(RcaRevisionsModel::RevisionIdRole).toLongLong());
    if (!older)
        return;
    QString newer = m_edit->toPlainText();
    if (rows.size() == 2) {
        const auto second = repository.revision(rows.last().data(RcaRevisionsModel::RevisionIdRole).toLongLong());
        if (!second)
            return;
        newer = second->text;
    }
    const auto segments = WordDiff::diff(older->text, newer);
    m_diffView->setHtml(QStringLiteral("<p><i>%1</i></p><div style=\"font-family: monospace\">%2</div>")
                            .arg(tr("%n word(s) changed", nullptr, WordDiff::changedWordCount(segments)).toHtmlEscaped(),
                                 WordDiff::toHtml(segments)));
    m_diffView->scrollToAnchor(QStringLiteral("first-change"));
}

bool RcaEditorWidget::exportTo(const QString &path, ExportFormat format, QPageSize::PageSizeId pageSize, QString *error) const
{
    RenderContext context = m_context;
    context.now = Clock::now();
    const RcaRenderer renderer(context);
    const Incident incident = currentIncident();
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Markdown:
        bytes = renderer.markdown(incident).toUtf8();
        break;
    case ExportFormat::Html:
        bytes = renderer.standaloneHtml(incident).toUtf8();
        break;
    case ExportFormat::Pdf:
        bytes = renderer.pdf(incident, pageSize, error);
        if (bytes.isEmpty())
            return false;
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void RcaEditorWidget::exportWithDialog(ExportFormat format, QPageSize::PageSizeId pageSize)
{
    QString filter;
    QString suffix;
    switch (format) {
    case ExportFormat::Markdown:
        filter = tr("Markdown (*.md)");
        suffix = QStringLiteral(".md");
        break;
    case ExportFormat::Html:
        filter = tr("Web page (*.html)");
        suffix = QStringLiteral(".html");
        break;
    case ExportFormat::Pdf:
        filter = tr("PDF (*.pdf)");
        suffix = QStringLiteral(".pdf");
        break;
    }
    QString base = m_incident.title.isEmpty() ? QStringLiteral("rca") : m_incident.title;
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export RCA"), base + suffix, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, pageSize, &error))
        Q_EMIT problem(error);
}

void RcaEditorWidget::saveAsTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Template"), tr("Template name:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!RcaTemplates::saveUserTemplate(name.trimmed(), m_edit->toPlainText(), &error))
        Q_EMIT problem(error);
    m_templateCombo->clear(); // re-listed the next time it shows
}

} // namespace OutageDesk
