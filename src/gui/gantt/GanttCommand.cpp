#include "gui/gantt/GanttCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/TimeRangeOptions.h"
#include "gui/gantt/GanttExporter.h"
#include "render/gantt/GanttDocument.h"
#include "storage/CatalogRepository.h"
#include "time/Clock.h"

#include <QCoreApplication>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GanttCommand", text);
}

const QString kZone = QStringLiteral("zone");
const QString kSize = QStringLiteral("size");
const QString kOutput = QStringLiteral("output");

} // namespace

QString GanttCommand::name() const
{
    return QStringLiteral("gantt");
}

QString GanttCommand::summary() const
{
    return tr("draw the outage Gantt chart to a PNG, SVG or PDF file");
}

void GanttCommand::configure(QCommandLineParser &parser) const
{
    // --from, --to and --data-center read exactly as `availability` reads them.
    TimeRangeOptions::add(parser);
    parser.addOption({kZone, tr("Zone of the time axis: an IANA id, utc, or dc (each data center's own, the default)."),
                      tr("Z"), QStringLiteral("dc")});
    parser.addOption({kSize, tr("Size in pixels (points for PDF), default 1600x900."), tr("WxH"), QStringLiteral("1600x900")});
    parser.addOption({{QStringLiteral("o"), kOutput}, tr("The file to write; .png, .svg or .pdf."), tr("FILE")});
}

int GanttCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    // Every check comes before the workspace is read and anything is written.
    if (!parser.isSet(kOutput)) {
        context.error(tr("gantt needs -o FILE (.png, .svg or .pdf)"));
        return ExitUsage;
    }
    TimeRangeOptions range;
    if (!range.read(parser, context))
        return ExitUsage;
    const auto zone = GanttDocument::parseZone(parser.value(kZone));
    if (!zone) {
        context.error(tr("unknown time zone %1 (use an IANA id such as Europe/Amsterdam, utc, or dc)")
                          .arg(parser.value(kZone)));
        return ExitUsage;
    }
    const auto size = GanttExporter::parseSize(parser.value(kSize));
    if (!size) {
        context.error(tr("invalid --size %1 (use WxH, each between %2 and %3)")
                          .arg(parser.value(kSize))
                          .arg(GanttExporter::kMinSide)
                          .arg(GanttExporter::kMaxSide));
        return ExitUsage;
    }
    const QString output = parser.value(kOutput);
    if (!GanttExporter::formatForPath(output)) {
        context.error(tr("unknown file type of %1 (use .png, .svg or .pdf)").arg(output));
        return ExitUsage;
    }

    Workspace *workspace = context.workspaceForReading();
    if (!workspace)
        return ExitIoFailure;
    const QString &code = range.dataCenter;
    if (!code.isEmpty() && !CatalogRepository(workspace).dataCenter(code)) {
        context.error(tr("unknown data center %1").arg(code));
        return ExitUsage;
    }

    GanttDocument document;
    document.load(workspace);
    document.setNowMs(Clock::now().toMSecsSinceEpoch());
    if (!code.isEmpty())
        document.setFilter({code});
    document.setZoneMode(zone->first, zone->second);
    document.scale().setRange(range.from.toMSecsSinceEpoch(), range.to.toMSecsSinceEpoch());

    QString error;
    if (!GanttExporter::exportToFile(document, output, *size, GanttStyle::light(), &error)) {
        context.error(error);
        return ExitIoFailure;
    }
    return ExitSuccess;
}

} // namespace OutageDesk
