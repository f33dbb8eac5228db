#pragma once

namespace OutageDesk {

// How a wall time is written for the person at the desk: 14:56 or 2:56 PM.
// A display preference only; what is stored is always an instant.
enum class HourCycle { TwentyFour, Twelve };

} // namespace OutageDesk
