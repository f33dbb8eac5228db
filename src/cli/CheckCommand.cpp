#include "cli/CheckCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/TerminalText.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CheckCommand", text);
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("check the workspace file for damage (exit 1 when damaged)");
}

void CheckCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("quick"), tr("check the structure only (PRAGMA quick_check), not every index")});
}

int CheckCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QString path = QFileInfo(context.workspacePath()).absoluteFilePath();
    const Workspace::FileCheck result = Workspace::checkFile(
        path, parser.isSet(QStringLiteral("quick")) ? Workspace::IntegrityCheck::Quick : Workspace::IntegrityCheck::Full);
    if (!result.error.isEmpty()) {
        context.error(result.error);
        return ExitIoFailure;
    }
    if (result.problems.isEmpty()) {
        context.out() << tr("%1: intact (SQLite found no damage)").arg(TerminalText::escaped(path)) << Qt::endl;
        return ExitSuccess;
    }
    // The findings for whoever repairs the file, one a line; the one line on stderr says what to do.
    for (const QString &problem : result.problems)
        context.out() << TerminalText::escaped(problem) << '\n';
    context.error(Workspace::damageMessage(path, result.problems));
    return ExitProblemsFound;
}

} // namespace OutageDesk
