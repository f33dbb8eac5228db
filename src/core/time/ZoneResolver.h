#pragma once

#include "time/WallTimeResolution.h"

#include <QDate>
#include <QTime>
#include <QTimeZone>

namespace OutageDesk {

// Resolves wall times in an IANA zone to UTC instants. Qt 6.4 has no
// QDateTime::TransitionResolution (6.7), so gaps and overlaps are detected here by
// trying the offsets in force around the wall time and keeping those that round-trip.
class ZoneResolver
{
public:
    explicit ZoneResolver(QTimeZone zone);

    WallTimeResolution resolve(const QDate &date, const QTime &time) const;
    WallTimeResolution resolve(const QDateTime &wallTime) const { return resolve(wallTime.date(), wallTime.time()); }

    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
};

} // namespace OutageDesk
