#include "gui/commands/EditIncidentCommand.h"

#include "storage/IncidentRepository.h"

namespace OutageDesk {

EditIncidentCommand::EditIncidentCommand(Workspace *workspace, Incident before, Incident after, const QString &text,
                                         const QString &mergeKey)
    : WorkspaceCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

bool EditIncidentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditIncidentCommand *>(other);
    if (!edit || edit->m_mergeKey != m_mergeKey || edit->m_before.uuid != m_after.uuid)
        return false;
    m_after = edit->m_after;
    // Typing a word and deleting it again leaves nothing to undo.
    setObsolete(m_after.sameContentAs(m_before));
    return true;
}

bool EditIncidentCommand::apply(bool forward, QString *error)
{
    Incident target = forward ? m_after : m_before;
    // The row id may have changed since (a deletion undone re-inserts the incident):
    // the UUID is the identity that lasts.
    target.id = 0;
    return IncidentRepository(workspace()).save(target, error);
}

} // namespace OutageDesk
