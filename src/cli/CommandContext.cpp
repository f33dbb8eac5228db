#include "cli/CommandContext.h"

#include "cli/TerminalText.h"
#include "storage/IncidentRepository.h"

#include <QFileInfo>

namespace OutageDesk {

CommandContext::CommandContext(QString workspacePath, QTextStream &out, QTextStream &err)
    : m_workspacePath(std::move(workspacePath))
    , m_out(out)
    , m_err(err)
{
}

Workspace *CommandContext::workspace(Workspace::Mode mode)
{
    if (m_workspace && m_workspace->isOpen())
        return m_workspace.get();
    m_workspace = std::make_unique<Workspace>();
    if (!m_workspace->open(m_workspacePath, mode)) {
        error(m_workspace->errorString());
        m_workspace.reset();
        return nullptr;
    }
    return m_workspace.get();
}

Workspace *CommandContext::workspaceForReading()
{
    if (m_workspace && m_workspace->isOpen())
        return m_workspace.get();
    if (QFileInfo::exists(m_workspacePath)) {
        auto probe = std::make_unique<Workspace>();
        if (probe->open(m_workspacePath, Workspace::Mode::ReadOnly)) {
            m_workspace = std::move(probe);
            return m_workspace.get();
        }
        if (probe->errorKind() != Workspace::ErrorKind::NeedsMigration
            && probe->errorKind() != Workspace::ErrorKind::NeedsRecovery) {
            error(probe->errorString());
            return nullptr;
        }
    }
    return workspace(Workspace::Mode::ReadWrite);
}

bool CommandContext::intact(Workspace *workspace)
{
    const QStringList problems = workspace->checkIntegrity(Workspace::IntegrityCheck::Quick);
    if (problems.isEmpty())
        return true;
    error(Workspace::damageMessage(workspace->path(), problems));
    return false;
}

void CommandContext::error(const QString &message)
{
    // One line, whatever the message quotes (a title, a file name, a value from a file).
    m_err << "outagedesk: " << TerminalText::escaped(message) << Qt::endl;
}

std::optional<Incident> CommandContext::incident(Workspace *workspace, const QString &idOrPrefix, const QString &command)
{
    QString why;
    auto found = IncidentRepository(workspace).find(idOrPrefix, &why);
    if (!found)
        error(command + QStringLiteral(": ") + why);
    return found;
}

} // namespace OutageDesk
