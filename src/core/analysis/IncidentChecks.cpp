#include "analysis/IncidentChecks.h"

#include "analysis/Linter.h"
#include "storage/CatalogRepository.h"
#include "time/Clock.h"

namespace OutageDesk {

QList<LintFinding> IncidentChecks::run(Workspace *workspace, const Incident &incident)
{
    const CatalogRepository catalog(workspace);
    QList<LintFinding> findings =
        Linter::checkIncident(incident, catalog.dataCenters(), catalog.instances(), Clock::now());
    return findings;
}

} // namespace OutageDesk
