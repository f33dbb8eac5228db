#pragma once

#include "gui/Settings.h"

class QPalette;

namespace OutageDesk::Theme {

// Applies a theme to the whole application, at start and whenever Preferences
// change it: System gives back the desktop's own style and palette (as they were
// before the first call), Light and Dark use Fusion with a light or a dark palette.
void apply(Settings::Theme theme);

// The dark palette (Fusion): also what OUTAGEDESK_PALETTE=dark gives screenshots.
QPalette darkPalette();

} // namespace OutageDesk::Theme
