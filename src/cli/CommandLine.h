#pragma once

#include "cli/Command.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace OutageDesk {

// Global options (--db, --lang, --help, --version) and the dispatch to subcommands.
class CommandLine
{
public:
    CommandLine();
    ~CommandLine();

    void add(std::unique_ptr<Command> command);
    const Command *command(const QString &name) const;

    struct Invocation
    {
        QString workspacePath; // --db, or the default
        QString language;      // --lang
        const Command *command = nullptr;
        bool help = false;
        bool version = false;
        bool unknownCommand = false; // run() reports it
        bool opensWindow() const { return !command && !help && !version && !unknownCommand; }
    };
    // Finds the global options and the subcommand without needing an application object.
    Invocation peek(const QStringList &arguments) const;

    // Runs the subcommand (or --help/--version) and returns the exit status.
    int run(const QStringList &arguments) const;

    QString helpText() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace OutageDesk
