#pragma once

#include "model/Incident.h"
#include "time/HourCycle.h"

#include <QAbstractItemDelegate>
#include <QTimer>
#include <QUuid>
#include <QWidget>
#include <memory>

class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Ui {
class IncidentEditor;
}

namespace OutageDesk {

class ActionItemsTableModel;
class EditHistory;
class MessageBoxWallTimeQuestion;
class RcaEditorWidget;
class StatusUpdatesTableModel;
struct StatusUpdateTemplate;
class WallTimeQuestion;
class WindowsTableModel;
class Workspace;

// The page that edits one incident (form ui/IncidentEditor.ui). There is no Save
// button: every change is an undo command written at once, text fields as you
// type (merged into one undo step per run of typing), so a crash loses nothing.
// The page only reads the workspace; it follows its change signals.
class IncidentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentEditor(EditHistory *history, QWidget *parent = nullptr);
    ~IncidentEditor() override;

    void setWorkspace(Workspace *workspace);
    void showIncident(const QUuid &uuid); // a null uuid clears the page
    QUuid incidentUuid() const { return m_incident.uuid; }
    const Incident &incident() const { return m_incident; }

    // Replaces the message boxes that ask about daylight-saving gaps and repeats
    // (tests answer from a script). nullptr restores the message boxes.
    void setWallTimeQuestion(WallTimeQuestion *question);

    // Preferences: the user's own name (approvals, acceptances) and how times show.
    void setUserName(const QString &name);
    QString userName() const { return m_userName; }
    void setHourCycle(HourCycle cycle);

    // The windows table's row note bar: what the row says, its one-click fix, and
    // "keep as typed" (the slip accepted, under the user's name).
    QWidget *windowNoteBar() const;
    QPushButton *slipFixButton() const;
    QPushButton *acceptSlipButton() const;
    int windowNoteRow() const { return m_noteRow; }

    WindowsTableModel *windowsModel() const { return m_windows; }
    StatusUpdatesTableModel *updatesModel() const { return m_updates; }
    ActionItemsTableModel *actionItemsModel() const { return m_actionItems; }
    QTableView *windowsView() const;
    QWidget *rcaPage() const;
    RcaEditorWidget *rcaEditor() const { return m_rcaEditor; }

public Q_SLOTS:
    void addWindow();
    void removeSelectedWindows();
    void addUpdate();
    void removeSelectedUpdates();
    // A status update from a template (gui/publish/StatusTemplateMenu), an ordinary undoable edit.
    void addUpdateFromTemplate(const OutageDesk::StatusUpdateTemplate &statusTemplate);
    void addActionItem();
    void removeSelectedActionItems();
    // Writes RCA text still waiting for its debounce (before undo, switching, quitting).
    void flushPendingEdits();
    void fixSlipOnNoteRow();
    void acceptSlipOnNoteRow();

Q_SIGNALS:
    void refused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupRcaEditor();
    void reload();
    void reloadCatalog();
    void fillForm();
    void commit(const Incident &after, const QString &description, const QString &mergeKey = QString());
    void commitRcaText();
    QList<int> selectedRows(QTableView *view) const;
    void editAddedRow(QTableView *view, const QModelIndex &index);
    void onCloseEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint);
    void updateWindowNote();
    void loadAcceptedSlips();
    void keepFocusOnRefusedEntry(const QModelIndex &index);

    std::unique_ptr<Ui::IncidentEditor> ui;
    EditHistory *m_history;
    Workspace *m_workspace = nullptr;
    Incident m_incident;
    bool m_filling = false;
    WindowsTableModel *m_windows;
    StatusUpdatesTableModel *m_updates;
    ActionItemsTableModel *m_actionItems;
    std::unique_ptr<MessageBoxWallTimeQuestion> m_messageBoxQuestion;
    WallTimeQuestion *m_question = nullptr;
    QPlainTextEdit *m_rcaEdit = nullptr;
    RcaEditorWidget *m_rcaEditor = nullptr;
    QTimer m_rcaDebounce;
    QTimer m_rcaMaxDelay; // bounds the wait while typing never pauses
    QMetaObject::Connection m_focusConnection;
    QString m_userName;
    int m_noteRow = -1; // the windows row the note bar speaks of
    int m_undoIndexOfAddedRow = -1; // undo index right after adding a row, while its first editor is open
};

} // namespace OutageDesk
