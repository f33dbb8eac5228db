#include "gui/commands/WorkspaceCommand.h"

namespace OutageDesk {

WorkspaceCommand::WorkspaceCommand(Workspace *workspace, const QString &text)
    : m_workspace(workspace)
{
    setText(text);
}

void WorkspaceCommand::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return;
    QString error;
    if (!apply(true, &error) && m_reportError)
        m_reportError(error);
}

void WorkspaceCommand::undo()
{
    QString error;
    if (!apply(false, &error) && m_reportError)
        m_reportError(error);
}

} // namespace OutageDesk
