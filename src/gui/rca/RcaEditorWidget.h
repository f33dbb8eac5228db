#pragma once

#include "analysis/LintFinding.h"
#include "model/Incident.h"
#include "model/Instance.h"
#include "render/IncrementalHtmlDocument.h"
#include "render/MarkdownRenderer.h"
#include "render/RenderContext.h"

#include <QPageSize>
#include <QTimer>
#include <QWidget>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QListView;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolBar;

namespace OutageDesk {

class FindReplaceBar;
class LintFindingsModel;
class RcaOutlineModel;
class RcaRevisionsModel;
class RcaTextEdit;
class SpellChecker;
class Workspace;

// The RCA tab: the Markdown editor with its outline, a live preview rendered by
// the same code as the exports, the lint panel, the review state and the history.
//
// The owner (IncidentEditor) keeps the text's persistence: it reads textEdit(),
// writes through the undo stack after a pause in typing, and hands every reloaded
// incident to setIncident(). Review changes and restores come back to the owner as
// rcaEditRequested() so they are undoable edits like any other.
class RcaEditorWidget : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Markdown, Html, Pdf };

    explicit RcaEditorWidget(QWidget *parent = nullptr);
    ~RcaEditorWidget() override;

    RcaTextEdit *textEdit() const { return m_edit; }
    QTextBrowser *preview() const { return m_preview; }
    FindReplaceBar *findBar() const { return m_findBar; }
    LintFindingsModel *lintModel() const { return m_lint; }
    RcaOutlineModel *outlineModel() const { return m_outline; }
    RcaRevisionsModel *revisionsModel() const { return m_revisions; }
    QListView *lintView() const { return m_lintView; }
    QListView *outlineView() const { return m_outlineView; }
    QTableView *historyView() const { return m_historyView; }
    QTextBrowser *diffView() const { return m_diffView; }
    SpellChecker *spellChecker() const { return m_spelling.get(); }

    // The review steps, the export menu and the spelling language as actions, so that
    // the window's menus offer them with shortcuts (they work wherever the focus is in
    // the window) and the buttons here run the same actions.
    QAction *submitAction() const { return m_submitAction; }
    QAction *approveAction() const { return m_approveAction; }
    QAction *draftAction() const { return m_draftAction; }
    QAction *exportAction() const { return m_exportAction; } // opens the export menu under its button
    QMenu *exportMenu() const { return m_exportMenu; }
    QAction *spellingAction() const { return m_spellingAction; } // opens the language list
    QMenu *spellingMenu() const { return m_spellingMenu; }

    // Where the preview, checks and history sit: beside the text (default) or below it.
    void setPreviewBelow(bool below);
    bool previewBelow() const;
    // Both splitters' sizes, to keep across restarts.
    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

    void setWorkspace(Workspace *workspace);
    // The user's own name (Preferences): who an approval from this editor is by.
    void setApproverName(const QString &name);
    QString approverName() const { return m_approverName; }
    // The lint errors that hold up approval now (nobody accepted them).
    QList<LintFinding> openErrors();
    // The incident as stored (title, windows, state…); the text shown is the editor's.
    void setIncident(const Incident &incident);
    const Incident &incident() const { return m_incident; }
    // The incident with the editor's current text: what the preview and lint show.
    Incident currentIncident() const;

    // Preview, outline, word count and lint now, without waiting for the debounce.
    void refreshNow();
    // Only the preview (what bench_editor measures as "preview refresh").
    void refreshPreview();
    int wordCount() const { return m_wordCount; }

    void setSpellingLanguage(const QString &language); // empty: no spelling
    QString spellingLanguage() const;

    bool exportTo(const QString &path, ExportFormat format, QPageSize::PageSizeId pageSize, QString *error) const;

    // Preview refresh delay after the last keystroke.
    static constexpr int kPreviewDebounceMs = 250;

public Q_SLOTS:
    void submitForReview();
    void approve(); // the approve dialog: who approves, and the open errors to fix or accept
    // Refused (problem()) with an empty name or an open error not in `accepting`.
    void approveAs(const QString &approver, const QList<OutageDesk::LintFinding> &accepting = {});
    void returnToDraft();
    void restoreRevision(qint64 revisionId);
    void insertTemplate(const QString &name);
    void showDiffOfSelection();

Q_SIGNALS:
    // A change of the RCA other than typing (review state, restore, template): the
    // owner applies it as one undoable edit.
    void rcaEditRequested(const OutageDesk::RcaDocument &document, const QString &description);
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void reloadCatalog();
    void updateReviewState();
    void updateTemplateBar();
    void refreshLint();
    void recordRevisionIfChanged(const Incident &previous);
    void requestEdit(const RcaDocument &document, const QString &description);
    void exportWithDialog(ExportFormat format, QPageSize::PageSizeId pageSize);
    void saveAsTemplate();
    QString previewStyleSheet() const;
    void updateSpellingMenu();

    Workspace *m_workspace = nullptr;
    Incident m_incident;
    RenderContext m_context;
    QList<DataCenter> m_dataCenters;
    QString m_approverName;
    QList<Instance> m_instances;
    std::unique_ptr<SpellChecker> m_spelling;
    bool m_restorePending = false;
    bool m_previewStale = true;
    int m_wordCount = 0;

    RcaTextEdit *m_edit = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QListView *m_outlineView = nullptr;
    QListView *m_lintView = nullptr;
    QTableView *m_historyView = nullptr;
    QTextBrowser *m_diffView = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_wordCountLabel = nullptr;
    QLabel *m_lintSummary = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_draftButton = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QSplitter *m_splitter = nullptr;        // outline | the rest
    QSplitter *m_previewSplitter = nullptr; // text | preview, checks, history
    QAction *m_submitAction = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_draftAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_spellingAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_spellingMenu = nullptr;
    QActionGroup *m_spellingGroup = nullptr;
    QWidget *m_templateBar = nullptr;
    QComboBox *m_templateCombo = nullptr;
    LintFindingsModel *m_lint;
    RcaOutlineModel *m_outline;
    RcaRevisionsModel *m_revisions;
    QTimer m_refreshTimer;
    // The preview is updated block by block: a keystroke re-imports one paragraph, not
    // the whole RCA (bench_editor: preview refresh).
    IncrementalHtmlDocument m_previewDocument;
    MarkdownRenderer::HtmlBlockCache m_previewHtmlCache;
};

} // namespace OutageDesk
