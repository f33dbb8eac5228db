#pragma once

#include <QDateTime>
#include <QString>

namespace OutageDesk {

// The outcome of turning a wall time typed in a data center's zone into an instant.
struct WallTimeResolution
{
    enum class Kind {
        Unique,    // exactly one instant
        Gap,       // the wall time does not exist (clocks jumped forward)
        Ambiguous, // the wall time happened twice (clocks fell back)
        Invalid    // bad date, time or zone
    };

    Kind kind = Kind::Invalid;
    QDateTime instant;    // Unique: the instant. Ambiguous: the first occurrence.
    QDateTime second;     // Ambiguous: the second occurrence.
    QDateTime suggestion; // Gap: the instant the wall time would be with the offset before the jump.

    bool isUnique() const { return kind == Kind::Unique; }
};

} // namespace OutageDesk
