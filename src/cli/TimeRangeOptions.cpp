#include "cli/TimeRangeOptions.h"

#include "cli/CommandContext.h"
#include "time/Rfc3339.h"

#include <QCoreApplication>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TimeRangeOptions", text);
}

} // namespace

void TimeRangeOptions::add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"), tr("start of the period (RFC 3339 or YYYY-MM-DD)"), QStringLiteral("T")});
    parser.addOption({QStringLiteral("to"), tr("end of the period, exclusive"), QStringLiteral("T")});
    parser.addOption({QStringLiteral("data-center"), tr("only this data center"), QStringLiteral("CODE")});
}

bool TimeRangeOptions::read(const QCommandLineParser &parser, CommandContext &context)
{
    for (const char *name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option)) {
            context.error(tr("--%1 is required").arg(option));
            return false;
        }
        Rfc3339::Error error = Rfc3339::Error::None;
        const QDateTime value = Rfc3339::parseInstantOrDate(parser.value(option), &error);
        if (!value.isValid()) {
            context.error(tr("--%1 %2: %3").arg(option, parser.value(option), Rfc3339::errorMessage(error)));
            return false;
        }
        (option == QLatin1String("from") ? from : to) = value;
    }
    if (to <= from) {
        context.error(tr("the period is empty or reversed: --to %1 is not after --from %2")
                          .arg(Rfc3339::formatUtc(to), Rfc3339::formatUtc(from)));
        return false;
    }
    dataCenter = parser.value(QStringLiteral("data-center"));
    return true;
}

} // namespace OutageDesk
