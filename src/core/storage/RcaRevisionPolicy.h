#pragma once

#include "storage/RcaRevision.h"

#include <optional>

namespace OutageDesk {

// Keeps the history compact without losing anything a reader could want back:
// typing makes at most one revision per minute (later saves in that minute update
// it), while state changes, publications and restores always make their own.
class RcaRevisionPolicy
{
public:
    enum class Decision { Skip, Insert, UpdateLatest };
    static constexpr qint64 kTypingWindowSeconds = 60;

    static Decision decide(const std::optional<RcaRevision> &latest, const QString &text, RcaState state,
                           RcaRevision::Reason reason, const QDateTime &now);
};

} // namespace OutageDesk
