#include "analysis/Linter.h"

#include "analysis/AmPmSlip.h"
#include "time/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Linter", text);
}

LintFinding finding(LintFinding::Level level, const char *code, const QString &message, int windowIndex = -1)
{
    LintFinding f;
    f.level = level;
    f.code = QString::fromLatin1(code);
    f.message = message;
    f.windowIndex = windowIndex;
    return f;
}

// "the window of 16 Nov 19:56 CET on Primo MT EU01": windows are named by their local
// start, which is how people find them in the timeline.
QString windowName(const OutageWindow &w, const QTimeZone &zone)
{
    return tr("the window starting %1 on %2").arg(TimeFormat::dateTime(w.start, zone), w.instance);
}

} // namespace

QList<LintFinding> Linter::checkIncident(const Incident &incident, const QList<DataCenter> &dataCenters,
                                         const QList<Instance> &instances, const QDateTime &now)
{
    QList<LintFinding> findings;
    QHash<QString, DataCenter> dcOfInstance;
    for (const auto &inst : instances) {
        for (const auto &dc : dataCenters) {
            if (dc.code == inst.dataCenter)
                dcOfInstance.insert(inst.name, dc);
        }
    }

    QSet<QString> reportedZones;
    for (int i = 0; i < incident.windows.size(); ++i) {
        const auto &w = incident.windows.at(i);
        const DataCenter dc = dcOfInstance.value(w.instance);
        if (!dc.hasValidZone() && !reportedZones.contains(dc.code)) {
            reportedZones.insert(dc.code);
            findings << finding(LintFinding::Level::Error, "missing-zone",
                                dc.code.isEmpty()
                                    ? tr("instance %1 belongs to no known data center, so its times have no zone").arg(w.instance)
                                    : tr("data center %1 has no valid IANA time zone (\"%2\"): its windows cannot be shown in local time")
                                          .arg(dc.code, dc.timeZone),
                                i);
        }
    }

    // Overlaps: sort each instance's windows by start, compare neighbours' reach.
    QHash<QString, QList<int>> byInstance;
    for (int i = 0; i < incident.windows.size(); ++i)
        byInstance[incident.windows.at(i).instance] << i;
    for (auto it = byInstance.begin(); it != byInstance.end(); ++it) {
        QList<int> &indices = it.value();
        std::sort(indices.begin(), indices.end(), [&](int a, int b) {
            return incident.windows.at(a).start < incident.windows.at(b).start;
        });
        const QTimeZone zone = dcOfInstance.value(it.key()).zone();
        int reachIndex = -1;
        for (const int i : std::as_const(indices)) {
            const auto &w = incident.windows.at(i);
            if (reachIndex >= 0) {
                const auto &r = incident.windows.at(reachIndex);
                if (r.isOngoing() || r.end > w.start) {
                    findings << finding(LintFinding::Level::Warning, "window-overlap",
                                        tr("%1 overlaps %2; the overlap is counted once in availability, "
                                           "but check whether the same outage was logged twice")
                                            .arg(windowName(w, zone), windowName(r, zone)),
                                        i);
                }
            }
            if (reachIndex < 0 || (!incident.windows.at(reachIndex).isOngoing() && (w.isOngoing() || w.end > incident.windows.at(reachIndex).end)))
                reachIndex = i;
        }
    }

    for (int i = 0; i < incident.windows.size(); ++i) {
        const auto &w = incident.windows.at(i);
        const DataCenter dc = dcOfInstance.value(w.instance);
        const QTimeZone zone = dc.zone();
        if (w.impact != Impact::Maintenance && w.start > now) {
            findings << finding(LintFinding::Level::Error, "window-in-future",
                                tr("%1 is an %2 window that starts in the future; only maintenance is announced ahead")
                                    .arg(windowName(w, zone), toWireName(w.impact)),
                                i);
        }
        if (w.isOngoing()) {
            if (incident.status == IncidentStatus::Resolved) {
                findings << finding(LintFinding::Level::Error, "resolved-with-ongoing-window",
                                    tr("the incident is resolved but %1 has no end; record when it ended")
                                        .arg(windowName(w, zone)),
                                    i);
            }
            continue;
        }
        // An error: a slip left in goes out as hours of downtime that never happened,
        // so approval waits until it is fixed or someone accepts it (AmPmSlip is the rule).
        if (!dc.hasValidZone())
            continue;
        if (const auto slip = AmPmSlip::check(w, zone)) {
            const QString message = slip->kind == AmPmSlip::Kind::EndNotAfterStart
                ? tr("%1 ends at %2, not after its start; if the end was meant in the other half of the day, "
                     "it is %3 (%4)")
                      .arg(windowName(w, zone), TimeFormat::dateTime(w.end, zone),
                           TimeFormat::dateTime(slip->suggestedEnd, zone),
                           TimeFormat::duration(w.start.secsTo(slip->suggestedEnd)))
                : tr("%1 runs %2, from evening to %3 the next morning; if the end was meant as PM, it is %4 (%5)")
                      .arg(windowName(w, zone), TimeFormat::duration(w.start.secsTo(w.end)),
                           TimeFormat::time(w.end, zone), TimeFormat::dateTime(slip->suggestedEnd, zone),
                           TimeFormat::duration(w.start.secsTo(slip->suggestedEnd)));
            LintFinding f = finding(LintFinding::Level::Error, kAmPmSlipCode, message, i);
            f.subject = AmPmSlip::subject(w);
            findings << f;
        }
    }

    // The status timeline: from the first update to the first "resolved" update.
    QDateTime resolvedAt;
    for (const auto &u : incident.updates) {
        if (u.status == IncidentStatus::Resolved && (!resolvedAt.isValid() || u.at < resolvedAt))
            resolvedAt = u.at;
    }
    if (resolvedAt.isValid()) {
        for (int i = 0; i < incident.windows.size(); ++i) {
            const auto &w = incident.windows.at(i);
            const QTimeZone zone = dcOfInstance.value(w.instance).zone();
            if (w.start >= resolvedAt || (!w.isOngoing() && w.end > resolvedAt)) {
                findings << finding(LintFinding::Level::Warning, "window-outside-timeline",
                                    tr("%1 goes on after the incident was posted as resolved (%2)")
                                        .arg(windowName(w, zone), TimeFormat::dateTime(resolvedAt, zone)),
                                    i);
            }
        }
    }
    return findings;
}

} // namespace OutageDesk
