#include "cli/ApproveCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "analysis/IncidentChecks.h"
#include "model/RcaReview.h"
#include "storage/IncidentRepository.h"
#include "storage/RcaStore.h"

#include <QCoreApplication>
#include <QSet>

namespace OutageDesk {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ApproveCommand", text, disambiguation, n);
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
    parser.addOption({QStringLiteral("accept"),
                      tr("accept the open lint error CODE (someone looked at it); repeat or separate with commas"),
                      QStringLiteral("CODE")});
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
    if (incident->rca->state == RcaState::Approved) {
        context.error(tr("approve: the RCA is already approved by %1").arg(incident->rca->approvedBy));
        return ExitUsage;
    }

    // The same checks as `lint` and the editor's panel: an open error holds up the
    // approval unless this person says, code by code, that they looked at it.
    QSet<QString> accepted;
    for (const QString &value : parser.values(QStringLiteral("accept"))) {
        for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            accepted.insert(code.trimmed());
    }
    const QList<LintFinding> open = RcaReview::openErrors(IncidentChecks::run(workspace, *incident));
    QSet<QString> openCodes;
    for (const LintFinding &f : open)
        openCodes.insert(f.code);
    QStringList unknown;
    for (const QString &code : std::as_const(accepted)) {
        if (!openCodes.contains(code))
            unknown << code;
    }
    if (!unknown.isEmpty()) {
        unknown.sort();
        context.error(tr("approve: --accept %1: no open lint error has that code").arg(unknown.join(QLatin1Char(','))));
        return ExitUsage;
    }
    QList<LintFinding> accepting;
    QList<LintFinding> blocking;
    for (const LintFinding &f : open)
        (accepted.contains(f.code) ? accepting : blocking) << f;
    if (!blocking.isEmpty()) {
        for (const LintFinding &f : std::as_const(blocking))
            context.error(QStringLiteral("approve: ") + f.toLine());
        context.error(tr("approve: not approved: %n open lint error(s); fix them, or accept each with --accept CODE",
                         nullptr, int(blocking.size())));
        return ExitUsage;
    }
    if (!RcaStore(workspace).approve(incident->uuid, by, accepting, &error)) {
        context.error(QStringLiteral("approve: ") + error);
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace OutageDesk
