#include "cli/CommandLine.h"

#include "cli/CommandContext.h"
#include "cli/EscapingDevice.h"
#include "cli/ExitCode.h"
#include "cli/TerminalText.h"
#include "outagedesk/config.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// A failure prints one clear line: Qt's own warnings ("QIODevice::read: device not
// open", a plugin's complaint) are not for the people and scripts reading stderr.
// OUTAGEDESK_DEBUG=1 shows them again, escaped like everything else.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static const bool debug = qEnvironmentVariableIntValue("OUTAGEDESK_DEBUG") != 0;
    if (debug || type == QtFatalMsg) {
        const QByteArray line = TerminalText::escaped(message).toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
}

bool takesValue(const QString &arg)
{
    return arg == QLatin1String("--db") || arg == QLatin1String("--lang");
}

} // namespace

CommandLine::CommandLine() = default;
CommandLine::~CommandLine() = default;

void CommandLine::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandLine::command(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

CommandLine::Invocation CommandLine::peek(const QStringList &arguments) const
{
    Invocation inv;
    inv.workspacePath = Workspace::defaultPath();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (takesValue(arg) && i + 1 < arguments.size()) {
            (arg == QLatin1String("--db") ? inv.workspacePath : inv.language) = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            inv.workspacePath = arg.mid(5);
        } else if (arg.startsWith(QLatin1String("--lang="))) {
            inv.language = arg.mid(7);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            inv.help = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            inv.version = true;
        } else if (!arg.startsWith(QLatin1Char('-'))) {
            inv.command = command(arg);
            inv.unknownCommand = !inv.command;
            break;
        }
    }
    return inv;
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: outagedesk [--db PATH] [--lang CODE] [SUBCOMMAND …]\n"
                      "Outage Desk: incidents, outage windows and root cause analyses for cloud operations.\n"
                      "With no subcommand it opens the main window.\n\n"
                      "Global options:\n"
                      "  --db PATH      the workspace file (default: %1)\n"
                      "  --lang CODE    user interface language (en, de, fr, he, …)\n"
                      "  --help         this help; SUBCOMMAND --help for a subcommand's options\n"
                      "  --version      the version\n\n"
                      "Subcommands:\n")
                       .arg(Workspace::defaultPath());
    for (const auto &c : m_commands)
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(14), c->summary());
    text += tr("\nExit status: 0 success, 1 problems found, 2 bad usage or invalid input (nothing written),\n"
               "3 accepted but queued, 4 database or I/O failure.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments) const
{
    qInstallMessageHandler(quietMessageHandler);
    // Declared before the streams, which flush into them when they go.
    EscapingDevice outDevice(stdout);
    EscapingDevice errDevice(stderr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    const auto fail = [&err](const QString &message) {
        err << TerminalText::escaped(message) << Qt::endl;
        return ExitUsage;
    };

    // Split: global options, the subcommand name, then the subcommand's own arguments.
    QString workspacePath = Workspace::defaultPath();
    int i = 1;
    bool help = false;
    bool version = false;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (takesValue(arg)) {
            if (i + 1 >= arguments.size()) {
                return fail(QStringLiteral("outagedesk: ") + tr("option %1 needs a value").arg(arg));
            }
            if (arg == QLatin1String("--db"))
                workspacePath = arguments.at(i + 1);
            ++i;
        } else if (arg.startsWith(QLatin1String("--db="))) {
            workspacePath = arg.mid(5);
        } else if (arg.startsWith(QLatin1String("--lang="))) {
            continue;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            help = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            version = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return fail(QStringLiteral("outagedesk: ") + tr("unknown option %1 (see outagedesk --help)").arg(arg));
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        if (version) {
            out << "outagedesk " << OUTAGEDESK_VERSION << Qt::endl;
            return ExitSuccess;
        }
        out << helpText();
        return help ? ExitSuccess : ExitUsage;
    }

    const Command *cmd = command(arguments.at(i));
    if (!cmd) {
        return fail(QStringLiteral("outagedesk: ") + tr("unknown subcommand %1 (see outagedesk --help)").arg(arguments.at(i)));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(cmd->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    cmd->configure(parser);
    QStringList commandArgs{QStringLiteral("outagedesk %1").arg(cmd->name())};
    commandArgs << arguments.mid(i + 1);
    if (!parser.parse(commandArgs)) {
        return fail(QStringLiteral("outagedesk %1: %2").arg(cmd->name(), parser.errorText()));
    }
    if (parser.isSet(helpOption) || help) {
        out << parser.helpText();
        return ExitSuccess;
    }
    CommandContext context(workspacePath, out, err);
    const int status = cmd->run(parser, context);
    out.flush();
    err.flush();
    return status;
}

} // namespace OutageDesk
