#include "analysis/IncidentChecks.h"

#include "analysis/Linter.h"
#include "analysis/RcaTextLinter.h"
#include "analysis/SpellChecker.h"
#include "storage/CatalogRepository.h"
#include "storage/LintAcceptanceRepository.h"
#include "time/Clock.h"

namespace OutageDesk {

QList<LintFinding> IncidentChecks::run(Workspace *workspace, const Incident &incident)
{
    const CatalogRepository catalog(workspace);
    QList<LintFinding> findings =
        Linter::checkIncident(incident, catalog.dataCenters(), catalog.instances(), Clock::now());
    const SpellChecker spelling(SpellChecker::languageFor(incident.uuid));
    findings << RcaTextLinter::check(incident, &spelling);
    // What someone already looked at and accepted no longer holds up approval.
    if (incident.id != 0)
        LintAcceptanceRepository::markAccepted(findings, LintAcceptanceRepository(workspace).list(incident.id));
    return findings;
}

} // namespace OutageDesk
