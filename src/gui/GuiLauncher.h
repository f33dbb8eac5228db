#pragma once

#include <QString>

class QApplication;

namespace OutageDesk {

class MainWindow;
class Settings;

// Shows the main window on `workspacePath` (empty: the last workspace, the default
// one, or on first start the offer of a sample workspace) and runs the event loop.
int launchGui(QApplication &app, const QString &workspacePath);

// Opens the workspace the window starts on in the shown `window`: `workspacePath`,
// else the last one, the default one, or on first start what the user picks in the
// welcome box. False when the user chose none (nothing to show).
bool openStartWorkspace(MainWindow &window, Settings &settings, const QString &workspacePath);

// Builds the sample workspace from resources/sample/sample-workspace.json at
// `path` (empty: "sample-workspace.sqlite" in AppDataLocation) unless that file
// exists already. Returns the path, or empty with `error` set.
QString createSampleWorkspace(const QString &path, QString *error);

} // namespace OutageDesk
