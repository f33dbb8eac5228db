#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace OutageDesk {

class WallTimeQuestion;

// Turns a wall time typed in a data center's zone ("2016-11-14 14:56") into an
// instant, asking `question` about daylight-saving gaps and repeated hours.
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

    static Result resolve(const QString &text, const QTimeZone &zone, WallTimeQuestion &question);
    // The editable text of an instant in a zone: "2016-11-14 14:56".
    static QString editText(const QDateTime &instant, const QTimeZone &zone);
    static QString zoneName(const QTimeZone &zone);
};

} // namespace OutageDesk
