#pragma once

#include <QString>

class QApplication;

namespace OutageDesk {

// Shows the main window on `workspacePath` (empty: the last workspace, the default
// one, or on first start the offer of a sample workspace) and runs the event loop.
int launchGui(QApplication &app, const QString &workspacePath);

// Builds the sample workspace from resources/sample/sample-workspace.json at
// `path` (empty: "sample-workspace.sqlite" in AppDataLocation) unless that file
// exists already. Returns the path, or empty with `error` set.
QString createSampleWorkspace(const QString &path, QString *error);

} // namespace OutageDesk
