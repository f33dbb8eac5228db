#pragma once

#include <QString>

namespace OutageDesk {

// What wall-time entry asks the user when a typed time does not exist (clocks
// jumped forward) or happened twice (clocks fell back). The editor answers with
// message boxes; tests answer from a script, with no modal dialog.
class WallTimeQuestion
{
public:
    enum class Occurrence { First, Second, Cancel };

    virtual ~WallTimeQuestion() = default;
    // `question` names the missing time and the suggestion; true = use the suggestion.
    virtual bool acceptSuggestion(const QString &question) = 0;
    virtual Occurrence chooseOccurrence(const QString &question, const QString &firstLabel,
                                        const QString &secondLabel) = 0;
    // An entry that cannot be used at all (malformed, end before start).
    virtual void refuse(const QString &message) = 0;
};

} // namespace OutageDesk
