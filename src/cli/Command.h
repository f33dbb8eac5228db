#pragma once

#include <QCommandLineParser>
#include <QString>

namespace OutageDesk {

class CommandContext;

// One subcommand of docs/spec/cli.md. Subcommands never open a window.
class Command
{
public:
    // Which application object the command needs; main() creates it before run().
    enum class Runtime {
        Core,   // QCoreApplication
        Gui,    // QGuiApplication (painting, fonts), offscreen platform unless one is set
        Widgets // QApplication (Qt Charts), offscreen platform unless one is set
    };

    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual Runtime runtime() const { return Runtime::Core; }
    // Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser &parser) const = 0;
    // Runs after parsing; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, CommandContext &context) const = 0;
};

} // namespace OutageDesk
