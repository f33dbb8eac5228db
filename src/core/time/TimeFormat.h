#pragma once

#include "time/HourCycle.h"

#include <QDateTime>
#include <QLocale>
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
    // The window's own forms, in the user's hour cycle: "2016-11-14 2:56 PM CET"
    // with the AM/PM word of `locale`. Customer-facing text never uses these.
    static QString dateTime(const QDateTime &instant, const QTimeZone &zone, HourCycle cycle,
                            const QLocale &locale = QLocale());
    static QString time(const QDateTime &instant, const QTimeZone &zone, HourCycle cycle,
                        const QLocale &locale = QLocale());
    // "14:56" or "2:56 PM" ("2:56:30 PM" when the seconds are not zero).
    static QString clock(const QTime &wallTime, HourCycle cycle, const QLocale &locale = QLocale());
    // "40 min", "2 h 05 min", "3 d 4 h 10 min"
    static QString duration(qint64 seconds);
    // "+01:00"
    static QString offset(int offsetSeconds);
};

} // namespace OutageDesk
