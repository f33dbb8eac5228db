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
    QAction *preferencesAction() const { return m_preferencesAction; }
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
    void showPreferencesDialog();

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
    void applyPreferences(); // what Settings holds, to the views that show it
    void updateEmptyListLabel();
    void onCurrentRowChanged();
    void reselectAfterReset();

    Settings &m_settings;
    std::unique_ptr<Workspace> m_workspace;
    EditHistory *m_history;
    IncidentListModel *m_listModel;
    IncidentEditor *m_editor = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QWidget *m_placeholderPage = nullptr;
    QSplitter *m_splitter = nullptr;
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
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QUuid m_shownIncident;
    bool m_importCancelled = false; // the last importFile() was cancelled by the user
};

} // namespace OutageDesk
