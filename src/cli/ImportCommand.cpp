#include "cli/ImportCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/TerminalText.h"
#include "exchange/IncidentImporter.h"
#include "time/Clock.h"

#include <QCoreApplication>

#include <utility>

namespace OutageDesk {

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("ImportCommand", "import incident files (exchange format), each all-or-nothing");
}

void ImportCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("ImportCommand", "files to import"),
                                 QStringLiteral("FILE…"));
}

int ImportCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.error(QCoreApplication::translate("ImportCommand", "import: name at least one file"));
        return ExitUsage;
    }
    int status = ExitSuccess;
    const QDateTime now = Clock::now();
    for (const QString &file : files) {
        ImportError error;
        error.file = file;
        QByteArray bytes;
        if (!IncidentImporter::readFile(file, &bytes, &error)) {
            context.error(error.toString());
            status = ExitUsage;
            continue;
        }
        // Validate before the workspace is even opened: a bad file never touches it.
        ImportBatch batch;
        if (!IncidentImporter::parse(std::move(bytes), now, &batch, &error)) {
            context.error(error.toString());
            status = ExitUsage;
            continue;
        }
        // Opening checks a workspace up to Workspace::kCheckOnOpenBytes; an import is a large
        // write and gets the check whatever the size (once: the workspace stays open).
        const bool opened = context.hasWorkspace();
        Workspace *workspace = context.workspace();
        if (!workspace || (!opened && !context.intact(workspace)))
            return ExitIoFailure;
        ImportSummary summary;
        if (!IncidentImporter::apply(workspace, std::move(batch), &summary, &error)) {
            context.error(error.toString());
            status = ExitUsage;
            continue;
        }
        context.out() << QCoreApplication::translate("ImportCommand", "%1: %2 created, %3 updated")
                             .arg(TerminalText::escaped(file))
                             .arg(summary.created)
                             .arg(summary.updated)
                      << Qt::endl;
    }
    return status;
}

} // namespace OutageDesk
