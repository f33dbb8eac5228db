#include "gui/GuiLauncher.h"

#include <QApplication>

namespace OutageDesk {

int launchGui(QApplication &app, const QString &workspacePath)
{
    Q_UNUSED(workspacePath)
    return app.exec();
}

} // namespace OutageDesk
