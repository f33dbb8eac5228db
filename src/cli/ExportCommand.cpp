#include "cli/ExportCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/OutputFile.h"
#include "exchange/IncidentExporter.h"
#include "render/RcaRenderer.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"

#include <QCoreApplication>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("export one incident (or --all) as json, md, html or pdf");
}

void ExportCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("the incident's UUID or a unique prefix of at least 8 characters"));
    parser.addOption({QStringLiteral("format"), tr("json, md, html or pdf"), QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("write to FILE instead of stdout"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("all"), tr("the whole workspace (json only)")});
    parser.addOption({QStringLiteral("page-size"), tr("pdf paper: a4 (default) or letter"), QStringLiteral("SIZE"),
                      QStringLiteral("a4")});
}

int ExportCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QString format = parser.value(QStringLiteral("format"));
    const QString output = parser.value(QStringLiteral("o"));
    const QStringList supported{QStringLiteral("json"), QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")};
    if (format.isEmpty()) {
        context.error(tr("export: --format is required (json, md, html or pdf)"));
        return ExitUsage;
    }
    if (!supported.contains(format)) {
        context.error(tr("export: unknown format \"%1\" (json, md, html or pdf)").arg(format));
        return ExitUsage;
    }
    const bool all = parser.isSet(QStringLiteral("all"));
    const QStringList ids = parser.positionalArguments();
    if (all == !ids.isEmpty() || ids.size() > 1) {
        context.error(tr("export: name one incident ID, or --all"));
        return ExitUsage;
    }
    if (all && format != QLatin1String("json")) {
        context.error(tr("export: --all exports json only"));
        return ExitUsage;
    }
    if (format == QLatin1String("pdf") && output.isEmpty()) {
        context.error(tr("export: pdf needs -o FILE"));
        return ExitUsage;
    }

    Workspace *workspace = context.workspaceForReading();
    if (!workspace)
        return ExitIoFailure;
    // The whole workspace is a backup someone relies on: never one with incidents missing.
    if (all)
        return context.intact(workspace) ? OutputFile::write(context, output, IncidentExporter::exportAll(workspace))
                                         : int(ExitIoFailure);

    QString error;
    const auto incident = context.incident(workspace, ids.first(), QStringLiteral("export"));
    if (!incident)
        return ExitUsage;
    if (format == QLatin1String("json"))
        return OutputFile::write(context, output, IncidentExporter::exportIncident(workspace, *incident));

    // md, html, pdf: the RCA as readers see it (generated sections expanded, no
    // internal notes), through the same renderer as the editor's preview.
    const QString pageSizeName = parser.value(QStringLiteral("page-size")).toLower();
    if (pageSizeName != QLatin1String("a4") && pageSizeName != QLatin1String("letter")) {
        context.error(tr("export: unknown page size \"%1\" (a4 or letter)").arg(pageSizeName));
        return ExitUsage;
    }
    const RcaRenderer renderer(RenderContext::fromCatalog(CatalogRepository(workspace)));
    if (format == QLatin1String("md"))
        return OutputFile::write(context, output, renderer.markdown(*incident).toUtf8());
    if (format == QLatin1String("html"))
        return OutputFile::write(context, output, renderer.standaloneHtml(*incident).toUtf8());
    const QByteArray pdf =
        renderer.pdf(*incident, pageSizeName == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4, &error);
    if (pdf.isEmpty()) {
        context.error(QStringLiteral("export: ") + error);
        return ExitIoFailure;
    }
    return OutputFile::write(context, output, pdf);
}

} // namespace OutageDesk
