#include "time/ZoneResolver.h"

#include <QSet>
#include <algorithm>

namespace OutageDesk {

ZoneResolver::ZoneResolver(QTimeZone zone)
    : m_zone(std::move(zone))
{
}

WallTimeResolution ZoneResolver::resolve(const QDate &date, const QTime &time) const
{
    WallTimeResolution result;
    if (!m_zone.isValid() || !date.isValid() || !time.isValid())
        return result;

    // The wall time read as if it were UTC: subtracting a real offset gives a candidate instant.
    const qint64 naiveMs = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;

    // Offsets in force a day either side cover every transition (they are months apart;
    // zones that changed twice within two days have no such history in tzdata).
    QList<int> offsets;
    for (const qint64 probe : {naiveMs - kDayMs, naiveMs, naiveMs + kDayMs}) {
        const int offset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probe, Qt::UTC));
        if (!offsets.contains(offset))
            offsets << offset;
    }

    QList<qint64> instants;
    for (const int offset : std::as_const(offsets)) {
        const qint64 candidate = naiveMs - qint64(offset) * 1000;
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(candidate, Qt::UTC);
        if (m_zone.offsetFromUtc(utc) == offset && !instants.contains(candidate))
            instants << candidate;
    }
    std::sort(instants.begin(), instants.end());

    if (instants.size() == 1) {
        result.kind = WallTimeResolution::Kind::Unique;
        result.instant = QDateTime::fromMSecsSinceEpoch(instants.first(), Qt::UTC);
    } else if (instants.size() >= 2) {
        result.kind = WallTimeResolution::Kind::Ambiguous;
        result.instant = QDateTime::fromMSecsSinceEpoch(instants.first(), Qt::UTC);
        result.second = QDateTime::fromMSecsSinceEpoch(instants.last(), Qt::UTC);
    } else {
        result.kind = WallTimeResolution::Kind::Gap;
        // The offset before the jump maps the missing wall time to the same elapsed
        // time after it: 02:30 in a 02:00→03:00 gap becomes 03:30.
        const int before = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naiveMs - kDayMs, Qt::UTC));
        result.suggestion = QDateTime::fromMSecsSinceEpoch(naiveMs - qint64(before) * 1000, Qt::UTC);
    }
    return result;
}

} // namespace OutageDesk
