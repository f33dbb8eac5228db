#include "cli/ListCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/TerminalText.h"
#include "storage/IncidentRepository.h"
#include "time/Rfc3339.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OutageDesk {

QString ListCommand::summary() const
{
    return QCoreApplication::translate("ListCommand", "list the incidents, newest first");
}

void ListCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("ListCommand", "print a JSON array")});
}

int ListCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    Workspace *workspace = context.workspaceForReading();
    if (!workspace)
        return ExitIoFailure;
    const IncidentRepository repository(workspace);
    IncidentQuery query; // newest first by start
    const auto rows = repository.list(query, 0, std::numeric_limits<int>::max());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &row : rows) {
            auto instant = [](qint64 ms) {
                return QJsonValue(Rfc3339::formatUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
            };
            array << QJsonObject{{QStringLiteral("id"), row.uuid},
                                 {QStringLiteral("title"), row.title},
                                 {QStringLiteral("status"), toWireName(row.status)},
                                 {QStringLiteral("severity"), toWireName(row.severity)},
                                 {QStringLiteral("start"), row.hasStart ? instant(row.firstStartMs) : QJsonValue()},
                                 {QStringLiteral("end"), row.hasEnd ? instant(row.lastEndMs) : QJsonValue()}};
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    for (const auto &row : rows) {
        // A tab or a line break inside a title would break the one-line-per-incident format;
        // written out (\t, \n), they still say what the title holds.
        context.out() << row.uuid << '\t' << toWireName(row.status) << '\t' << toWireName(row.severity) << '\t'
                      << TerminalText::escaped(row.title) << '\n';
    }
    return ExitSuccess;
}

} // namespace OutageDesk
