#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QString>

namespace OutageDesk {

struct OutageWindow
{
    QString instance;   // an Instance name
    QDateTime start;    // UTC instant
    QDateTime end;      // UTC instant; invalid while the window is ongoing
    Impact impact = Impact::Outage;

    bool isOngoing() const { return !end.isValid(); }
    // Ongoing windows last until `now`; durations always come from instants.
    qint64 durationSeconds(const QDateTime &now) const
    {
        return start.secsTo(isOngoing() ? now : end);
    }
    friend bool operator==(const OutageWindow &a, const OutageWindow &b)
    {
        return a.instance == b.instance && a.start == b.start && a.end == b.end && a.impact == b.impact;
    }
};

} // namespace OutageDesk
