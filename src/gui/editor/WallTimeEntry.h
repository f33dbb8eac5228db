#pragma once

#include "time/HourCycle.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace OutageDesk {

class WallTimeQuestion;

// Turns a wall time typed in a data center's zone ("2016-11-14 14:56", "2:56 PM")
// into an instant, asking `question` about daylight-saving gaps and repeated hours.
class WallTimeEntry
{
public:
    enum class Outcome {
        Instant, // `instant` holds the answer
        Empty,   // nothing typed (an ongoing window's end)
        Refused  // malformed or declined; the user has been told
    };
    struct Result
    {
        Outcome outcome = Outcome::Refused;
        QDateTime instant; // UTC
    };

    // `defaultDate` is the date of a time typed without one ("8:11 PM").
    static Result resolve(const QString &text, const QTimeZone &zone, WallTimeQuestion &question,
                          const QDate &defaultDate = QDate());
    // The editable text of an instant in a zone: "2016-11-14 14:56" or "2016-11-14 2:56 PM".
    static QString editText(const QDateTime &instant, const QTimeZone &zone, HourCycle cycle = HourCycle::TwentyFour);
    static QString zoneName(const QTimeZone &zone);
};

} // namespace OutageDesk
