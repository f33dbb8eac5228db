#include "cli/StandardCommands.h"

#include "cli/ApproveCommand.h"
#include "cli/AvailabilityCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CommandLine.h"
#include "cli/CustomersCommand.h"
#include "cli/ExportCommand.h"
#include "cli/OutboxCommand.h"
#include "cli/PortalCommand.h"
#include "cli/PublishCommand.h"
#include "cli/ImportCommand.h"
#include "cli/LintCommand.h"
#include "cli/ListCommand.h"

namespace OutageDesk {

void addStandardCommands(CommandLine &commandLine)
{
    commandLine.add(std::make_unique<ImportCommand>());
    commandLine.add(std::make_unique<ListCommand>());
    commandLine.add(std::make_unique<ExportCommand>());
    commandLine.add(std::make_unique<LintCommand>());
    commandLine.add(std::make_unique<AvailabilityCommand>());
    commandLine.add(std::make_unique<ApproveCommand>());
    commandLine.add(std::make_unique<PortalCommand>());
    commandLine.add(std::make_unique<PublishCommand>());
    commandLine.add(std::make_unique<OutboxCommand>());
    commandLine.add(std::make_unique<CheckCommand>());
    commandLine.add(std::make_unique<CustomersCommand>());
}

} // namespace OutageDesk
