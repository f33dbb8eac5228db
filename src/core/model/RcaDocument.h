#pragma once

#include "model/Enums.h"
#include "model/HourClock.h"

#include <QDateTime>
#include <QString>

namespace OutageDesk {

struct RcaDocument
{
    QString text; // Markdown with generated-section markers
    RcaState state = RcaState::Draft;
    QString approvedBy;
    QDateTime approvedAt; // UTC; invalid unless approved
    // The language its readers read (BCP 47 tag of a shipped catalogue; empty =
    // English) and the clock of its generated sections: customer-facing text never
    // takes either from the window it was written in.
    QString language;
    HourClock hourClock = HourClock::TwentyFourHour;

    friend bool operator==(const RcaDocument &a, const RcaDocument &b)
    {
        return a.text == b.text && a.state == b.state && a.approvedBy == b.approvedBy
            && a.approvedAt == b.approvedAt && a.language == b.language && a.hourClock == b.hourClock;
    }
};

} // namespace OutageDesk
