#include "model/Incident.h"

#include <algorithm>

namespace OutageDesk {

QDateTime Incident::firstStart() const
{
    QDateTime first;
    for (const auto &w : windows) {
        if (!first.isValid() || w.start < first)
            first = w.start;
    }
    return first;
}

QDateTime Incident::lastEnd() const
{
    if (windows.isEmpty() || hasOngoingWindow())
        return {};
    QDateTime last;
    for (const auto &w : windows) {
        if (!last.isValid() || w.end > last)
            last = w.end;
    }
    return last;
}

bool Incident::hasOngoingWindow() const
{
    return std::any_of(windows.cbegin(), windows.cend(), [](const OutageWindow &w) { return w.isOngoing(); });
}

bool Incident::sameContentAs(const Incident &o) const
{
    return uuid == o.uuid && title == o.title && severity == o.severity && status == o.status
        && cause == o.cause && detectedBy == o.detectedBy && dataImpact == o.dataImpact
        && securityBreach == o.securityBreach && internalNotes == o.internalNotes
        && windows == o.windows && updates == o.updates && actionItems == o.actionItems
        && publications == o.publications && rca == o.rca;
}

} // namespace OutageDesk
