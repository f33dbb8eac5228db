#include "storage/RcaRevisionPolicy.h"

namespace OutageDesk {

RcaRevisionPolicy::Decision RcaRevisionPolicy::decide(const std::optional<RcaRevision> &latest, const QString &text,
                                                      RcaState state, RcaRevision::Reason reason, const QDateTime &now)
{
    if (!latest)
        return Decision::Insert;
    const bool unchanged = latest->text == text && latest->state == state;
    if (reason != RcaRevision::Reason::Edit)
        return unchanged && reason == RcaRevision::Reason::StateChange ? Decision::Skip : Decision::Insert;
    if (unchanged)
        return Decision::Skip;
    // A state change or publication is a milestone: typing after it starts a new
    // revision instead of rewriting what was reviewed or published.
    if (latest->reason == RcaRevision::Reason::Edit && latest->at.secsTo(now) < kTypingWindowSeconds
        && latest->at <= now)
        return Decision::UpdateLatest;
    return Decision::Insert;
}

} // namespace OutageDesk
