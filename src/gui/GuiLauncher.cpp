#include "gui/GuiLauncher.h"

#include "exchange/IncidentImporter.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "gui/widgets/Theme.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QPalette>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GuiLauncher", text);
}

// First start: a populated sample, an empty workspace at the default path, or an
// existing file. Returns the path to open, or empty to quit.
QString offerFirstStart(QWidget *parent)
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

// The theme chosen in Preferences, and hooks for screenshots and visual checks, read
// from the environment so that they never show up in the user-facing command line:
//   OUTAGEDESK_PALETTE=dark   the dark theme whatever Preferences say
//   OUTAGEDESK_RTL=1          right-to-left layout (Hebrew, Arabic) before translations exist
//   OUTAGEDESK_SCREENSHOT=F   grab the main window to F after it settled, then quit
void applyThemeAndVisualCheckHooks(const Settings &settings)
{
    if (qEnvironmentVariable("OUTAGEDESK_PALETTE") == QLatin1String("dark"))
        Theme::apply(Settings::Theme::Dark);
    else if (settings.theme() != Settings::Theme::System)
        Theme::apply(settings.theme());
    if (qEnvironmentVariableIntValue("OUTAGEDESK_RTL") != 0)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
}

void scheduleScreenshot(MainWindow &window)
{
    const QString target = qEnvironmentVariable("OUTAGEDESK_SCREENSHOT");
    if (target.isEmpty())
        return;
    QTimer::singleShot(1500, &window, [&window, target] {
        window.grab().save(target);
        QCoreApplication::quit();
    });
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

bool openStartWorkspace(MainWindow &window, Settings &settings, const QString &workspacePath)
{
    QString path = workspacePath;
    if (path.isEmpty()) {
        const QString last = settings.lastWorkspace();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
        else if (QFileInfo::exists(Workspace::defaultPath()))
            path = Workspace::defaultPath();
    }
    if (path.isEmpty())
        path = offerFirstStart(&window);
    if (path.isEmpty() || !window.openWorkspaceInteractively(path))
        return window.workspace() != nullptr;
    return true;
}

int launchGui(QApplication &app, const QString &workspacePath)
{
    Q_UNUSED(app)
    Settings settings;
    applyThemeAndVisualCheckHooks(settings);
    MainWindow window(settings);
    window.show();
    if (!openStartWorkspace(window, settings, workspacePath))
        return 0;
    scheduleScreenshot(window);
    return app.exec();
}

} // namespace OutageDesk
