#pragma once

#include <QString>

// Keychain tests need a Secret Service of their own. A test's main() calls
// enterOrReexec() first: the process re-executes itself through
// run-with-keychain.sh (private D-Bus session, unlocked GNOME Keyring, fresh HOME),
// so the same binary works from CTest and by hand.
namespace KeychainSession {

void enterOrReexec(int argc, char **argv);
// Empty when a private Secret Service is running; else why keychain tests skip.
QString unavailableReason();

} // namespace KeychainSession
