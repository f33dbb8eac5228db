#include "cli/AvailabilityCommand.h"

#include "analysis/AvailabilityCalculator.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/TimeRangeOptions.h"
#include "storage/CatalogRepository.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace OutageDesk {

QString AvailabilityCommand::summary() const
{
    return QCoreApplication::translate("AvailabilityCommand", "downtime and availability per data center and instance");
}

void AvailabilityCommand::configure(QCommandLineParser &parser) const
{
    TimeRangeOptions::add(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("AvailabilityCommand", "print JSON")});
}

int AvailabilityCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    TimeRangeOptions range;
    if (!range.read(parser, context))
        return ExitUsage;
    Workspace *workspace = context.workspaceForReading();
    if (!workspace)
        return ExitIoFailure;
    if (!range.dataCenter.isEmpty() && !CatalogRepository(workspace).dataCenter(range.dataCenter)) {
        context.error(QCoreApplication::translate("AvailabilityCommand", "availability: unknown data center %1").arg(range.dataCenter));
        return ExitUsage;
    }
    const AvailabilityReport report = AvailabilityCalculator::compute(workspace, range.from, range.to, Clock::now(), range.dataCenter);
    if (parser.isSet(QStringLiteral("json")))
        context.out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        context.out() << report.toText();
    return ExitSuccess;
}

} // namespace OutageDesk
