#pragma once

#include <QString>

class QApplication;

namespace OutageDesk {

// Shows the main window on `workspacePath` (empty: the last workspace, the default
// one, or on first start the offer of a sample workspace) and runs the event loop.
int launchGui(QApplication &app, const QString &workspacePath);

} // namespace OutageDesk
