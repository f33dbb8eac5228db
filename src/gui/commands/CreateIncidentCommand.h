#pragma once

#include "gui/commands/WorkspaceCommand.h"
#include "model/Incident.h"
#include "storage/RcaRevision.h"

namespace OutageDesk {

// Creates an incident (redo) or removes it again (undo). With `create` false it is
// the deletion: the same two steps the other way round.
class CreateIncidentCommand : public WorkspaceCommand
{
public:
    CreateIncidentCommand(Workspace *workspace, Incident incident, bool create, const QString &text);

    const Incident &incident() const { return m_incident; }

protected:
    bool apply(bool forward, QString *error) override;

private:
    Incident m_incident;
    bool m_create;
    QList<RcaRevision> m_revisions; // the RCA history while the incident is removed
};

} // namespace OutageDesk
