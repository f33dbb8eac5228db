#pragma once

#include <QDateTime>

namespace OutageDesk {

// "Now" for ongoing windows and future-start checks. OUTAGEDESK_NOW (RFC 3339)
// pins it, so that reports can be reproduced and tests do not depend on the date.
class Clock
{
public:
    static QDateTime now();
};

} // namespace OutageDesk
