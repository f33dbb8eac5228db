#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace OutageDesk {

// RFC 3339 timestamps, strictly: an explicit offset is required, because a wall
// time without one is ambiguous once daylight saving ends.
class Rfc3339
{
public:
    enum class Error { None, Malformed, MissingOffset, OutOfRange, OutsideSupportedYears };

    // The years an instant may have, in UTC and wherever it is written in a zone: RFC 3339
    // has four-digit years, and Qt has no year 0 (it writes the year before 1 as -0001).
    static constexpr int kFirstYear = 1;
    static constexpr int kLastYear = 9999;

    // Returns a UTC QDateTime, or an invalid one with `error` set.
    static QDateTime parse(const QString &text, Error *error = nullptr);
    // A date alone (YYYY-MM-DD) is accepted as midnight UTC (the CLI's T).
    static QDateTime parseInstantOrDate(const QString &text, Error *error = nullptr);
    static QString errorMessage(Error error);

    static QString formatUtc(const QDateTime &instant);            // 2016-11-14T13:56:00Z
    // 2016-11-14T14:56:00+01:00; in UTC where the zone's offset then has seconds (local
    // mean time before a zone adopted standard time, e.g. -00:44:30), since an RFC 3339
    // offset has none and a rounded one would shift the instant.
    static QString formatInZone(const QDateTime &instant, const QTimeZone &zone);
    // Whether formatInZone(instant, zone) (formatUtc() for an invalid zone) writes a
    // year in kFirstYear…kLastYear, so that parse() reads the instant back.
    static bool isWritable(const QDateTime &instant, const QTimeZone &zone = QTimeZone());
};

} // namespace OutageDesk
