#pragma once

namespace OutageDesk {

// outagedesk.exe is a GUI-subsystem program, so that opening the window from the
// Start menu shows no console. Started from a console to run a subcommand it then has
// no stdout, stderr or stdin, unless it attaches to that console: this does so for
// whichever of the three is not already redirected (pipes and files stay as they are).
// Does nothing on other systems.
void attachParentConsole();

} // namespace OutageDesk
