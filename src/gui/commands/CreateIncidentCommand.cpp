#include "gui/commands/CreateIncidentCommand.h"

#include "storage/IncidentRepository.h"
#include "storage/RcaRevisionRepository.h"
#include "storage/Workspace.h"

namespace OutageDesk {

CreateIncidentCommand::CreateIncidentCommand(Workspace *workspace, Incident incident, bool create, const QString &text)
    : WorkspaceCommand(workspace, text)
    , m_incident(std::move(incident))
    , m_create(create)
{
    if (m_incident.uuid.isNull())
        m_incident.uuid = QUuid::createUuid();
}

bool CreateIncidentCommand::apply(bool forward, QString *error)
{
    IncidentRepository repository(workspace());
    RcaRevisionRepository revisions(workspace());
    if (forward == m_create) {
        Incident copy = m_incident;
        copy.id = 0; // looked up by UUID: a re-insert gets a fresh row id
        return workspace()->transaction(
            [&](QString *err) {
                return repository.save(copy, err) && revisions.restoreHistory(copy.id, m_revisions, err);
            },
            error);
    }
    // The history goes with the incident's row; keep it for the way back.
    m_revisions = revisions.history(repository.idOf(m_incident.uuid));
    return repository.remove(m_incident.uuid, error);
}

} // namespace OutageDesk
