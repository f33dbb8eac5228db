#include "cli/ApproveCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "storage/IncidentRepository.h"
#include "storage/RcaStore.h"

#include <QCoreApplication>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApproveCommand", text);
}

} // namespace

QString ApproveCommand::summary() const
{
    return tr("mark the incident's RCA approved (an edit afterwards returns it to draft)");
}

void ApproveCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("the incident's UUID or a unique prefix of at least 8 characters"));
    parser.addOption({QStringLiteral("by"), tr("who approves it"), QStringLiteral("NAME")});
}

int ApproveCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        context.error(tr("approve: name one incident ID"));
        return ExitUsage;
    }
    const QString by = parser.value(QStringLiteral("by")).trimmed();
    if (by.isEmpty()) {
        context.error(tr("approve: --by NAME is required"));
        return ExitUsage;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return ExitIoFailure;
    QString error;
    const auto incident = context.incident(workspace, ids.first(), QStringLiteral("approve"));
    if (!incident)
        return ExitUsage;
    if (!incident->rca || incident->rca->text.trimmed().isEmpty()) {
        context.error(tr("approve: incident %1 has no RCA text to approve").arg(incident->uuidString()));
        return ExitUsage;
    }
    if (!RcaStore(workspace).changeState(incident->uuid, RcaStore::Transition::Approve, by, &error)) {
        context.error(QStringLiteral("approve: ") + error);
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace OutageDesk
