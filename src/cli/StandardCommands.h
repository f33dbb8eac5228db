#pragma once

namespace OutageDesk {

class CommandLine;

// Registers the subcommands that need only the core library.
void addStandardCommands(CommandLine &commandLine);

} // namespace OutageDesk
