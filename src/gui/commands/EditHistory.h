#pragma once

#include "gui/commands/EditCatalogCommand.h"
#include "model/Incident.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace OutageDesk {

class Workspace;
class WorkspaceCommand;

// The one door through which the GUI changes a workspace (after Subsurface's
// command facade): each call builds a command, applies it, and only if storage
// accepted it puts it on the undo stack. Refusals come back as false plus the
// editFailed signal; nothing here shows a dialog.
class EditHistory : public QObject
{
    Q_OBJECT

public:
    explicit EditHistory(QObject *parent = nullptr);
    ~EditHistory() override;

    void setWorkspace(Workspace *workspace); // clears the history
    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_stack; }

    bool createIncident(const Incident &incident, QString *error = nullptr);
    bool deleteIncident(const Incident &incident, QString *error = nullptr);
    bool editIncident(const Incident &before, const Incident &after, const QString &text,
                      const QString &mergeKey = QString(), QString *error = nullptr);
    bool editCatalog(const EditCatalogCommand::Catalog &before, const EditCatalogCommand::Catalog &after,
                     const QString &text, QString *error = nullptr);

    // Ends the current typing run: the next keystroke starts a new undo step.
    void endTypingRun() { ++m_typingRun; }
    int typingRun() const { return m_typingRun; }

Q_SIGNALS:
    void editFailed(const QString &message);
    void edited(); // something was written (also by undo/redo)

private:
    bool push(std::unique_ptr<WorkspaceCommand> command, QString *error);

    Workspace *m_workspace = nullptr;
    QUndoStack *m_stack;
    int m_typingRun = 0;
};

} // namespace OutageDesk
