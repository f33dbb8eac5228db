#include "model/HourClock.h"

namespace OutageDesk {

QString toWireName(HourClock value)
{
    return value == HourClock::TwelveHour ? QStringLiteral("12h") : QStringLiteral("24h");
}

std::optional<HourClock> hourClockFromWireName(const QString &name)
{
    if (name == QLatin1String("24h"))
        return HourClock::TwentyFourHour;
    if (name == QLatin1String("12h"))
        return HourClock::TwelveHour;
    return std::nullopt;
}

QStringList hourClockWireNames()
{
    return {QStringLiteral("24h"), QStringLiteral("12h")};
}

} // namespace OutageDesk
