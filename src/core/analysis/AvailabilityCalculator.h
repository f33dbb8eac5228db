#pragma once

#include "analysis/AvailabilityReport.h"
#include "model/DataCenter.h"
#include "model/Instance.h"
#include "storage/WindowRecord.h"

namespace OutageDesk {

class Workspace;

// The one implementation of the availability rules, shared by the CLI, the Gantt's
// availability panel and the portal: unions, never sums, of windows clipped to the
// period; a data center is down while any of its instances is; ongoing windows
// count up to now.
class AvailabilityCalculator
{
public:
    static AvailabilityReport compute(const QList<DataCenter> &dataCenters, const QList<Instance> &instances,
                                      const QList<WindowRecord> &windows, const QDateTime &from,
                                      const QDateTime &to, const QDateTime &now);
    // Reads the catalog and the windows of the period from the workspace.
    // `dataCenterCode` empty = all data centers.
    static AvailabilityReport compute(Workspace *workspace, const QDateTime &from, const QDateTime &to,
                                      const QDateTime &now, const QString &dataCenterCode = {});
};

} // namespace OutageDesk
