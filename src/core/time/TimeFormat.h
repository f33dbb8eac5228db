#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace OutageDesk {

// Human-facing times. Every time carries its zone's abbreviation or offset,
// because a bare wall time is ambiguous across a daylight-saving change.
class TimeFormat
{
public:
    // "CET", "CEST", "IST", "+1030" … never empty.
    static QString zoneLabel(const QDateTime &instant, const QTimeZone &zone);
    // "2016-11-14 14:56 CET"
    static QString dateTime(const QDateTime &instant, const QTimeZone &zone);
    // "14:56 CET"
    static QString time(const QDateTime &instant, const QTimeZone &zone);
    // "40 min", "2 h 05 min", "3 d 4 h 10 min"
    static QString duration(qint64 seconds);
    // "+01:00"
    static QString offset(int offsetSeconds);
};

} // namespace OutageDesk
