#include "gui/commands/EditHistory.h"

#include "gui/commands/CreateIncidentCommand.h"
#include "gui/commands/EditIncidentCommand.h"

#include <QUndoStack>

namespace OutageDesk {

EditHistory::EditHistory(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, &EditHistory::edited);
}

EditHistory::~EditHistory() = default;

void EditHistory::setWorkspace(Workspace *workspace)
{
    m_stack->clear();
    m_workspace = workspace;
}

bool EditHistory::push(std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    if (!m_workspace) {
        *err = tr("No workspace is open.");
        Q_EMIT editFailed(*err);
        return false;
    }
    if (!command->applyForward(err)) {
        Q_EMIT editFailed(*err);
        return false;
    }
    command->setErrorReporter([this](const QString &message) { Q_EMIT editFailed(message); });
    command->skipNextRedo();
    m_stack->push(command.release());
    return true;
}

bool EditHistory::createIncident(const Incident &incident, QString *error)
{
    return push(std::make_unique<CreateIncidentCommand>(m_workspace, incident, true, tr("New incident")), error);
}

bool EditHistory::deleteIncident(const Incident &incident, QString *error)
{
    return push(std::make_unique<CreateIncidentCommand>(m_workspace, incident, false,
                                                        tr("Delete incident \"%1\"").arg(incident.title)),
                error);
}

bool EditHistory::editIncident(const Incident &before, const Incident &after, const QString &text,
                               const QString &mergeKey, QString *error)
{
    if (after.sameContentAs(before))
        return true;
    const QString key = mergeKey.isEmpty() ? QString() : QStringLiteral("%1/%2").arg(mergeKey).arg(m_typingRun);
    return push(std::make_unique<EditIncidentCommand>(m_workspace, before, after, text, key), error);
}

bool EditHistory::editCatalog(const EditCatalogCommand::Catalog &before, const EditCatalogCommand::Catalog &after,
                              const QString &text, QString *error)
{
    return push(std::make_unique<EditCatalogCommand>(m_workspace, before, after, text), error);
}

} // namespace OutageDesk
