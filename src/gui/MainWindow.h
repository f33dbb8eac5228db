#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace OutageDesk {

class EditHistory;
class GanttView;
class IncidentEditor;
class IncidentListModel;
class PublishingActions;
class Settings;
class Workspace;

// The window for daily use, built in code: the filterable incident list on the
// left, the editor of the selected incident on the right, menus with the usual
// shortcuts, and a status bar that says where the work is kept and that it is saved.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if missing) the workspace at `path` in place of the current
    // one. On failure the current workspace stays open and `error` says why.
    bool openWorkspace(const QString &path, QString *error = nullptr);
    // Like openWorkspace(), but a failure is shown with the offer to pick another file.
    bool openWorkspaceInteractively(const QString &path);

    Workspace *workspace() const { return m_workspace.get(); }
    EditHistory *history() const { return m_history; }
    IncidentListModel *incidentModel() const { return m_listModel; }
    IncidentEditor *editor() const { return m_editor; }
    QTableView *incidentView() const { return m_incidentView; }
    GanttView *ganttView() const { return m_ganttView; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *newIncidentAction() const { return m_newIncidentAction; }
    QAction *focusModeAction() const { return m_focusModeAction; }
    QAction *showListAction() const { return m_showListAction; }
    QAction *previewBelowAction() const { return m_previewBelowAction; }
    QAction *nextTabAction() const { return m_nextTabAction; }
    QAction *previousTabAction() const { return m_previousTabAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    QTabWidget *mainTabs() const { return m_tabs; }
    QSplitter *mainSplitter() const { return m_splitter; }
    PublishingActions *publishing() const { return m_publishing; }
    QUuid currentIncident() const;

    bool importFile(const QString &path, QString *message);
    // Writes the exchange format: the whole workspace, or the incident shown.
    bool exportToFile(const QString &path, bool wholeWorkspace, QString *error);
    void selectIncident(const QUuid &uuid);

public Q_SLOTS:
    void newIncident();
    void deleteCurrentIncident();
    void showDataCentersDialog();
    void chooseNewWorkspace();
    void chooseWorkspaceToOpen();
    void chooseFilesToImport();
    void chooseExportFile();
    void applyFilters();
    // F11: only the incident's tabs (the RCA editor, the windows…) or the chart, in the
    // whole window: no list, no incident header.
    void setFocusMode(bool on);
    void showPreferencesDialog();
    // Ctrl+Tab / Ctrl+PgDown and back: the tabs around the focus (the incident's
    // tabs, the RCA's side tabs), or the window's own (Incident, Gantt).
    void switchTab(int step);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();
    void updateRecentMenu();
    void updateStatusBar();
    void updateDataCenterFilter();
    void updateActions();
    void markSaved();
    void showRefusal(const QString &message);
    void updateEmptyListLabel();
    void onCurrentRowChanged();
    void reselectAfterReset();
    void applyPreferences();
    void undoOrRedo(bool undo);
    void updateListVisibility();
    QList<QWidget *> incidentHeaderWidgets() const;

    Settings &m_settings;
    std::unique_ptr<Workspace> m_workspace;
    EditHistory *m_history;
    IncidentListModel *m_listModel;
    IncidentEditor *m_editor = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QWidget *m_placeholderPage = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_listPanel = nullptr;
    QTableView *m_incidentView = nullptr;
    QTabWidget *m_tabs = nullptr;
    GanttView *m_ganttView = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QComboBox *m_dataCenterFilter = nullptr;
    QTimer m_searchDebounce;
    QLabel *m_emptyListLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newWorkspaceAction = nullptr;
    QAction *m_openWorkspaceAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newIncidentAction = nullptr;
    QAction *m_deleteIncidentAction = nullptr;
    QAction *m_addWindowAction = nullptr;
    QAction *m_addUpdateAction = nullptr;
    QAction *m_dataCentersAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_focusModeAction = nullptr;
    QAction *m_showListAction = nullptr;
    QAction *m_previewBelowAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_incidentTabAction = nullptr;
    QAction *m_ganttTabAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    PublishingActions *m_publishing = nullptr;
    QUuid m_shownIncident;
    bool m_importCancelled = false; // the last importFile() was cancelled by the user
};

} // namespace OutageDesk
