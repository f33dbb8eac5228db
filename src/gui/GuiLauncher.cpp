#include "gui/GuiLauncher.h"

#include "exchange/IncidentImporter.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GuiLauncher", text);
}

// First start: a populated sample, an empty workspace at the default path, or an
// existing file. Returns the path to open, or empty to quit.
QString offerFirstStart(QWidget *parent, Settings &settings)
{
    QMessageBox box(QMessageBox::Question, tr("Welcome to Outage Desk"),
                    tr("<p>There is no workspace yet. A workspace is one file that holds your incidents, "
                       "data centers and root cause analyses.</p>"
                       "<p>Open a <b>sample workspace</b> to look around (a few incidents in Europe, North "
                       "America and Asia-Pacific), or start with an empty one.</p>"),
                    QMessageBox::NoButton, parent);
    QPushButton *sample = box.addButton(tr("Open Sample Workspace"), QMessageBox::AcceptRole);
    QPushButton *empty = box.addButton(tr("Start Empty"), QMessageBox::AcceptRole);
    QPushButton *existing = box.addButton(tr("Open Existing…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(sample);
    box.exec();
    settings.setSampleOffered(true);
    if (box.clickedButton() == sample) {
        QString error;
        const QString path = createSampleWorkspace(QString(), &error);
        if (path.isEmpty())
            QMessageBox::warning(parent, tr("Sample workspace"), error);
        return path.isEmpty() ? Workspace::defaultPath() : path;
    }
    if (box.clickedButton() == empty)
        return Workspace::defaultPath();
    if (box.clickedButton() == existing)
        return QFileDialog::getOpenFileName(parent, tr("Open Workspace"), QDir::homePath(),
                                            tr("Outage Desk workspaces (*.sqlite *.db);;All files (*)"));
    return {};
}

} // namespace

QString createSampleWorkspace(const QString &path, QString *error)
{
    QString target = path;
    if (target.isEmpty()) {
        const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        target = dir.filePath(QStringLiteral("sample-workspace.sqlite"));
    }
    if (QFileInfo::exists(target)) {
        // Opened again as it is: the user may have edited the sample since.
        return target;
    }
    Workspace workspace;
    if (!workspace.open(target)) {
        *error = workspace.errorString();
        return {};
    }
    ImportSummary summary;
    ImportError importError;
    // The sample's windows are in the past of any real "now".
    if (!IncidentImporter::importFile(&workspace, QStringLiteral(":/outagedesk/sample/sample-workspace.json"),
                                      Clock::now(), &summary, &importError)) {
        *error = tr("The sample workspace could not be built: %1").arg(importError.toString());
        workspace.close();
        QFile::remove(target);
        return {};
    }
    return target;
}

int launchGui(QApplication &app, const QString &workspacePath)
{
    Settings settings;
    MainWindow window(settings);

    QString path = workspacePath;
    if (path.isEmpty()) {
        const QString last = settings.lastWorkspace();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
        else if (QFileInfo::exists(Workspace::defaultPath()))
            path = Workspace::defaultPath();
    }
    window.show();
    if (path.isEmpty())
        path = offerFirstStart(&window, settings);
    if (path.isEmpty() || !window.openWorkspaceInteractively(path)) {
        if (!window.workspace())
            return 0;
    }
    return app.exec();
}

} // namespace OutageDesk
