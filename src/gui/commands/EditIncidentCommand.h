#pragma once

#include "gui/commands/WorkspaceCommand.h"
#include "model/Incident.h"

namespace OutageDesk {

// Any change to one incident (a field, a window, an update, an action item, the
// RCA text), held as the whole aggregate before and after: the repository saves
// aggregates, and snapshots make undo exact whatever changed.
class EditIncidentCommand : public WorkspaceCommand
{
public:
    static constexpr int kTypingId = 0x0D1;

    // `mergeKey` non-empty: consecutive edits with the same key (same field, same
    // typing session) merge into one undo step.
    EditIncidentCommand(Workspace *workspace, Incident before, Incident after, const QString &text,
                        const QString &mergeKey = QString());

    int id() const override { return m_mergeKey.isEmpty() ? -1 : kTypingId; }
    bool mergeWith(const QUndoCommand *other) override;

    const Incident &before() const { return m_before; }
    const Incident &after() const { return m_after; }

protected:
    bool apply(bool forward, QString *error) override;

private:
    Incident m_before;
    Incident m_after;
    QString m_mergeKey;
};

} // namespace OutageDesk
