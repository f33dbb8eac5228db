#include "app/WindowsConsole.h"
#include "cli/CommandLine.h"
#include "cli/StandardCommands.h"
#include "gui/GuiLauncher.h"
#include "gui/gantt/GanttCommand.h"
#include "i18n/Translator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

using namespace OutageDesk;

namespace {

// Qt's own options (QGuiApplication's and QApplication's, e.g. -platform xcb, -style
// Fusion, -reverse), with one or two dashes, as Qt reads them itself from argv. They
// are taken out before our command line is read so that it neither refuses them nor
// takes their values for subcommands; only those before the subcommand count.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue{
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qmljsdebugger"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("session"),
        QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("style"), QStringLiteral("stylesheet"),
        QStringLiteral("dialogs"), QStringLiteral("fontengine")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
                                   QStringLiteral("dograb"), QStringLiteral("sync")};
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i == 0 || !arg.startsWith(QLatin1Char('-'))) {
            kept << arg;
            if (i > 0) { // the subcommand: the rest is its own
                kept << arguments.mid(i + 1);
                break;
            }
            continue;
        }
        if (arg == QLatin1String("--db") || arg == QLatin1String("--lang")) {
            kept << arguments.mid(i, 2);
            ++i;
            continue;
        }
        const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
        if (flags.contains(name) && !arg.contains(QLatin1Char('=')))
            continue;
        if (withValue.contains(name)) {
            if (!arg.contains(QLatin1Char('=')))
                ++i; // the value follows
            continue;
        }
        kept << arg;
    }
    return kept;
}

} // namespace

int main(int argc, char *argv[])
{
    // Set before anything asks QStandardPaths for the default workspace.
    QCoreApplication::setOrganizationName(QStringLiteral("OutageDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("outagedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTAGEDESK_VERSION_STRING));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    arguments = withoutQtOptions(arguments);

    CommandLine commandLine;
    addStandardCommands(commandLine);
    commandLine.add(std::make_unique<GanttCommand>());
    const CommandLine::Invocation invocation = commandLine.peek(arguments);

    if (!invocation.opensWindow()) {
        attachParentConsole();
        const Command::Runtime runtime = invocation.command ? invocation.command->runtime() : Command::Runtime::Core;
        // Subcommands never need a display: they draw offscreen unless told otherwise.
        if (runtime != Command::Runtime::Core && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The minimal platform loads no font unless asked to: a PDF or chart drawn
        // under it would carry no readable text.
        if (runtime != Command::Runtime::Core && qgetenv("QT_QPA_PLATFORM") == "minimal")
            qputenv("QT_QPA_PLATFORM", "minimal:enable_fonts");
        // Cron jobs and CI have no login session: without this Qt prints a warning on
        // stderr, where scripts expect nothing but our one line about what went wrong.
        if (runtime != Command::Runtime::Core && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtimeDir = QDir::temp().filePath(QStringLiteral("outagedesk-runtime-%1").arg(QString::fromLocal8Bit(qgetenv("USER"))));
            if (QDir().mkpath(runtimeDir)) {
                QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir));
            }
        }
        std::unique_ptr<QCoreApplication> app;
        switch (runtime) {
        case Command::Runtime::Core:
            app = std::make_unique<QCoreApplication>(argc, argv);
            break;
        case Command::Runtime::Gui:
            app = std::make_unique<QGuiApplication>(argc, argv);
            break;
        case Command::Runtime::Widgets:
            app = std::make_unique<QApplication>(argc, argv);
            break;
        }
        // Subcommands speak --lang or the system's language (docs/spec/cli.md), never
        // the window's preference, so that scripts behave the same for every user.
        Translator translator;
        if (!translator.install(invocation.language)) {
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(QCoreApplication::translate("main", "outagedesk: unknown language: %1")
                                            .arg(invocation.language)));
            return 2;
        }
        return commandLine.run(arguments);
    }

    QApplication app(argc, argv);
    // The Wayland app id and the icon lookup: the name of the installed desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.outagedesk.OutageDesk"));
    // --lang wins over Preferences > Language, which wins over the system's language.
    Translator translator;
    const QString language = invocation.language.isEmpty() ? Translator::languagePreference() : invocation.language;
    if (!translator.install(language)) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "outagedesk: unknown language: %1").arg(language)));
        translator.install(QString());
    }
    const bool explicitWorkspace = arguments.contains(QStringLiteral("--db"))
        || std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) { return a.startsWith(QLatin1String("--db=")); });
    return launchGui(app, explicitWorkspace ? QFileInfo(invocation.workspacePath).absoluteFilePath() : QString());
}
