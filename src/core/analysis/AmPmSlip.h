#pragma once

#include "time/HourCycle.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace OutageDesk {

struct OutageWindow;

// The one rule for the AM/PM slip, used by the windows table's row mark and its
// one-click fix, by the lint (as an error) and so by approval. A window looks
// like a slip when
//  - its end is not after its start ("7:56 PM until 8:11 AM" typed literally), or
//  - it runs from the evening (17:00 or later) to the morning (before noon) and
//    lasts more than eight hours ("8:11 AM" meant as the next morning);
// the end meant is then the same wall time in the other half of the day (or, for
// an end before the start, the next day), as long as that is after the start and
// less than twelve hours after it.
class AmPmSlip
{
public:
    static constexpr qint64 kEveningToMorningSeconds = 8 * 3600;
    static constexpr int kEveningFromHour = 17;
    static constexpr int kMorningUntilHour = 12;
    static constexpr qint64 kLongestSuggestionSeconds = 12 * 3600;

    enum class Kind { EndNotAfterStart, EveningToMorning };

    struct Finding
    {
        Kind kind;
        QDateTime suggestedEnd; // UTC; after the start
    };

    // nullopt: not a slip (or no end, or nothing sensible to suggest).
    static std::optional<Finding> check(const QDateTime &start, const QDateTime &end, const QTimeZone &zone);
    static std::optional<Finding> check(const OutageWindow &window, const QTimeZone &zone);

    // The window as acceptance remembers it ("Primo MT EU01|<start ms>|<end ms>"):
    // an acceptance holds for exactly these times, and lapses when they are edited.
    static QString subject(const OutageWindow &window);

    // "did you mean 20:11?" — the wall time of the suggestion, in the window's hour cycle.
    static QString question(const Finding &finding, const QTimeZone &zone, HourCycle cycle = HourCycle::TwentyFour);
};

} // namespace OutageDesk
