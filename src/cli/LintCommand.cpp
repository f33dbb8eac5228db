#include "cli/LintCommand.h"

#include "analysis/IncidentChecks.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/TerminalText.h"
#include "storage/IncidentRepository.h"

#include <QCoreApplication>

namespace OutageDesk {

QString LintCommand::summary() const
{
    return QCoreApplication::translate("LintCommand", "check an incident and its RCA (exit 1 on errors)");
}

void LintCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate(
                                                           "LintCommand", "the incident's UUID or a unique prefix of at least 8 characters"));
}

int LintCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        context.error(QCoreApplication::translate("LintCommand", "lint: name one incident ID"));
        return ExitUsage;
    }
    Workspace *workspace = context.workspaceForReading();
    if (!workspace)
        return ExitIoFailure;
    const auto incident = context.incident(workspace, ids.first(), QStringLiteral("lint"));
    if (!incident)
        return ExitUsage;
    bool anyError = false;
    for (const auto &finding : IncidentChecks::run(workspace, *incident)) {
        context.out() << TerminalText::escaped(finding.toLine()) << '\n';
        anyError = anyError || finding.level == LintFinding::Level::Error;
    }
    return anyError ? ExitProblemsFound : ExitSuccess;
}

} // namespace OutageDesk
