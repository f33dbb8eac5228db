#include "analysis/AmPmSlip.h"

#include "model/OutageWindow.h"
#include "time/TimeFormat.h"
#include "time/ZoneResolver.h"

#include <QCoreApplication>

namespace OutageDesk {
namespace {

// The instant of a wall time in `zone`: the suggestion is a wall time ("20:11"),
// so it is moved on the clock and placed again, across a daylight-saving change too.
QDateTime placeWallTime(const QDateTime &wall, const QTimeZone &zone)
{
    const WallTimeResolution r = ZoneResolver(zone).resolve(wall.date(), wall.time());
    switch (r.kind) {
    case WallTimeResolution::Kind::Unique:
    case WallTimeResolution::Kind::Ambiguous:
        return r.instant;
    case WallTimeResolution::Kind::Gap:
        return r.suggestion;
    case WallTimeResolution::Kind::Invalid:
        break;
    }
    return {};
}

} // namespace

std::optional<AmPmSlip::Finding> AmPmSlip::check(const QDateTime &start, const QDateTime &end, const QTimeZone &zoneIn)
{
    if (!start.isValid() || !end.isValid())
        return std::nullopt;
    const QTimeZone zone = zoneIn.isValid() ? zoneIn : QTimeZone::utc();
    const QDateTime startLocal = start.toTimeZone(zone);
    const QDateTime endLocal = end.toTimeZone(zone);
    // Wall-clock arithmetic on a zone-free copy of the end.
    const QDateTime endWall(endLocal.date(), endLocal.time(), Qt::UTC);

    if (end <= start) {
        // A morning end read as the evening ("8:11 AM" for 8:11 PM), or a time past
        // midnight typed on the start's day; never a suggestion of half a day or more.
        for (const int hours : {12, 24}) {
            if (hours == 12 && endLocal.time().hour() >= kMorningUntilHour)
                continue;
            const QDateTime candidate = placeWallTime(endWall.addSecs(hours * 3600), zone);
            if (candidate.isValid() && candidate > start && start.secsTo(candidate) < kLongestSuggestionSeconds)
                return Finding{Kind::EndNotAfterStart, candidate.toUTC()};
        }
        return std::nullopt;
    }
    if (start.secsTo(end) > kEveningToMorningSeconds && startLocal.time().hour() >= kEveningFromHour
        && endLocal.time().hour() < kMorningUntilHour) {
        const QDateTime candidate = placeWallTime(endWall.addSecs(-12 * 3600), zone);
        if (candidate.isValid() && candidate > start)
            return Finding{Kind::EveningToMorning, candidate.toUTC()};
    }
    return std::nullopt;
}

std::optional<AmPmSlip::Finding> AmPmSlip::check(const OutageWindow &window, const QTimeZone &zone)
{
    return check(window.start, window.end, zone);
}

QString AmPmSlip::subject(const OutageWindow &window)
{
    return QStringLiteral("%1|%2|%3")
        .arg(window.instance)
        .arg(window.start.toMSecsSinceEpoch())
        .arg(window.isOngoing() ? qint64(0) : window.end.toMSecsSinceEpoch());
}

QString AmPmSlip::question(const Finding &finding, const QTimeZone &zone, HourCycle cycle)
{
    const QDateTime local = finding.suggestedEnd.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return QCoreApplication::translate("AmPmSlip", "did you mean %1?").arg(TimeFormat::clock(local.time(), cycle));
}

} // namespace OutageDesk
