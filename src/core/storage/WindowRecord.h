#pragma once

#include "model/Enums.h"

#include <QString>
#include <limits>

namespace OutageDesk {

// One outage window joined with its instance, data center and incident: the row
// that availability, lint and the Gantt chart work from.
struct WindowRecord
{
    static constexpr qint64 kOngoing = std::numeric_limits<qint64>::max();

    qint64 startMs = 0;
    qint64 endMs = kOngoing; // kOngoing while the window is still open
    Impact impact = Impact::Outage;
    QString instance;
    QString dataCenter; // code
    qint64 incidentId = 0;
    QString incidentUuid;
    QString incidentTitle;
    Severity severity = Severity::None;

    bool isOngoing() const { return endMs == kOngoing; }
    qint64 endOr(qint64 nowMs) const { return isOngoing() ? nowMs : endMs; }
};

} // namespace OutageDesk
