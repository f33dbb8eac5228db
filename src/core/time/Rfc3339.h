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
    enum class Error { None, Malformed, MissingOffset, OutOfRange };

    // Returns a UTC QDateTime, or an invalid one with `error` set.
    static QDateTime parse(const QString &text, Error *error = nullptr);
    // A date alone (YYYY-MM-DD) is accepted as midnight UTC (the CLI's T).
    static QDateTime parseInstantOrDate(const QString &text, Error *error = nullptr);
    static QString errorMessage(Error error);

    static QString formatUtc(const QDateTime &instant);            // 2016-11-14T13:56:00Z
    static QString formatInZone(const QDateTime &instant, const QTimeZone &zone); // ...+01:00
};

} // namespace OutageDesk
