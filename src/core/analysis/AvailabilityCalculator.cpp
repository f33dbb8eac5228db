#include "analysis/AvailabilityCalculator.h"

#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "time/IntervalSet.h"

#include <QHash>
#include <algorithm>

namespace OutageDesk {
namespace {

struct Sets
{
    IntervalSet outage;
    IntervalSet degraded;
    IntervalSet maintenance;
    int windows = 0;

    void add(const WindowRecord &w, qint64 end)
    {
        switch (w.impact) {
        case Impact::Outage:
            outage.add(w.startMs, end);
            break;
        case Impact::Degraded:
            degraded.add(w.startMs, end);
            break;
        case Impact::Maintenance:
            maintenance.add(w.startMs, end);
            break;
        }
        ++windows;
    }
    void unite(const Sets &other)
    {
        outage.unite(other.outage);
        degraded.unite(other.degraded);
        maintenance.unite(other.maintenance);
        windows += other.windows;
    }
    AvailabilityFigures figures(qint64 periodMs) const
    {
        AvailabilityFigures f;
        f.downtimeSeconds = outage.totalLength() / 1000;
        f.degradedSeconds = degraded.totalLength() / 1000;
        f.maintenanceSeconds = maintenance.totalLength() / 1000;
        f.windowCount = windows;
        f.availabilityPercent = periodMs > 0 ? 100.0 * (1.0 - double(outage.totalLength()) / double(periodMs)) : 100.0;
        return f;
    }
};

} // namespace

AvailabilityReport AvailabilityCalculator::compute(const QList<DataCenter> &dataCenters,
                                                   const QList<Instance> &instances,
                                                   const QList<WindowRecord> &windows, const QDateTime &from,
                                                   const QDateTime &to, const QDateTime &now)
{
    AvailabilityReport report;
    report.from = from.toUTC();
    report.to = to.toUTC();
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 periodMs = std::max<qint64>(0, toMs - fromMs);

    QHash<QString, Sets> perInstance;
    for (const auto &w : windows) {
        // Ongoing windows count up to min(now, to); clipping does the `to` part.
        const qint64 end = std::min(w.endOr(nowMs), toMs);
        const qint64 start = std::max(w.startMs, fromMs);
        if (end <= start)
            continue;
        perInstance[w.instance].add(w, end);
    }

    for (const auto &dc : dataCenters) {
        DataCenterAvailability dca;
        dca.code = dc.code;
        dca.name = dc.name;
        Sets dcSets;
        for (const auto &inst : instances) {
            if (inst.dataCenter != dc.code)
                continue;
            Sets sets = perInstance.value(inst.name);
            sets.outage = sets.outage.clippedTo(fromMs, toMs);
            sets.degraded = sets.degraded.clippedTo(fromMs, toMs);
            sets.maintenance = sets.maintenance.clippedTo(fromMs, toMs);
            dca.instances << InstanceAvailability{inst.name, sets.figures(periodMs)};
            dcSets.unite(sets);
        }
        dca.figures = dcSets.figures(periodMs);
        report.dataCenters << dca;
    }
    return report;
}

AvailabilityReport AvailabilityCalculator::compute(Workspace *workspace, const QDateTime &from, const QDateTime &to,
                                                   const QDateTime &now, const QString &dataCenterCode)
{
    const CatalogRepository catalog(workspace);
    QList<DataCenter> dcs = catalog.dataCenters();
    if (!dataCenterCode.isEmpty())
        dcs.erase(std::remove_if(dcs.begin(), dcs.end(), [&](const DataCenter &d) { return d.code != dataCenterCode; }),
                  dcs.end());
    const IncidentRepository incidents(workspace);
    return compute(dcs, catalog.instances(), incidents.windowSpansBetween(from, to), from, to, now);
}

} // namespace OutageDesk
