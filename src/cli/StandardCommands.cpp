#include "cli/StandardCommands.h"

#include "cli/CommandLine.h"

namespace OutageDesk {

void addStandardCommands(CommandLine &commandLine)
{
    Q_UNUSED(commandLine)
}

} // namespace OutageDesk
