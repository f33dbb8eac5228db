#pragma once

#include "analysis/LintFinding.h"
#include "model/DataCenter.h"
#include "model/Incident.h"
#include "model/Instance.h"

#include <QDateTime>
#include <QList>

namespace OutageDesk {

// Consistency checks on an incident's recorded data (the writing checks of the RCA
// text live beside it). The slips they catch are the ones real RCAs go out with:
// a window typed with AM for PM, a resolved incident whose outage never ended.
class Linter
{
public:
    static QList<LintFinding> checkIncident(const Incident &incident, const QList<DataCenter> &dataCenters,
                                            const QList<Instance> &instances, const QDateTime &now);

    // The AM/PM slip (AmPmSlip), an error.
    static constexpr const char *kAmPmSlipCode = "window-ampm-slip";
};

} // namespace OutageDesk
