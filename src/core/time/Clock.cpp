#include "time/Clock.h"

#include "time/Rfc3339.h"

namespace OutageDesk {

QDateTime Clock::now()
{
    const QString pinned = qEnvironmentVariable("OUTAGEDESK_NOW");
    if (!pinned.isEmpty()) {
        const QDateTime parsed = Rfc3339::parse(pinned);
        if (parsed.isValid())
            return parsed;
    }
    return QDateTime::currentDateTimeUtc();
}

} // namespace OutageDesk
