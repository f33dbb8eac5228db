#pragma once

#include "analysis/LintFinding.h"
#include "model/Incident.h"

#include <QList>

namespace OutageDesk {

class Workspace;

// Every check on one incident, in one place, so that `outagedesk lint` and the
// editor's lint panel can never disagree: the data checks (Linter) and the
// writing checks of the RCA text.
class IncidentChecks
{
public:
    static QList<LintFinding> run(Workspace *workspace, const Incident &incident);
};

} // namespace OutageDesk
