#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace OutageDesk {

// How customer-facing text shows a time of day: "14:56" or "2:56 PM". A setting of
// a portal and of an RCA's generated sections (the team's readers decide, not the
// desk's locale). Wire names "24h" and "12h" (docs/spec/incident-format.md, cli.md).
enum class HourClock { TwentyFourHour, TwelveHour };

QString toWireName(HourClock value);
std::optional<HourClock> hourClockFromWireName(const QString &name);
QStringList hourClockWireNames();

} // namespace OutageDesk
