#include "gui/editor/WallTimeEntry.h"

#include "gui/editor/WallTimeQuestion.h"
#include "time/TimeFormat.h"
#include "time/ZoneResolver.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WallTimeEntry", text);
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

QString WallTimeEntry::zoneName(const QTimeZone &zone)
{
    return zone.isValid() ? QString::fromUtf8(zone.id()) : QStringLiteral("UTC");
}

QString WallTimeEntry::editText(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

WallTimeEntry::Result WallTimeEntry::resolve(const QString &text, const QTimeZone &zone, WallTimeQuestion &question)
{
    Result result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.outcome = Outcome::Empty;
        return result;
    }
    // Date, time, and optionally the zone label the display adds ("CET", "+05:30"),
    // which is ignored: the zone is the data center's, whatever was pasted.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(?::(\d{2}))?(?:\s+\S+)?$)"));
    const auto match = pattern.match(trimmed);
    const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    QTime time = match.hasMatch() ? QTime::fromString(match.captured(2).rightJustified(5, QLatin1Char('0')),
                                                      QStringLiteral("HH:mm"))
                                  : QTime();
    if (time.isValid() && !match.captured(3).isEmpty())
        time = time.addSecs(match.captured(3).toInt());
    if (!date.isValid() || !time.isValid()) {
        question.refuse(tr("\"%1\" is not a date and time. Type it as 2016-11-14 14:56 (in %2).")
                            .arg(trimmed, zoneName(zone)));
        return result;
    }

    const QTimeZone effectiveZone = zone.isValid() ? zone : QTimeZone::utc();
    const WallTimeResolution resolution = ZoneResolver(effectiveZone).resolve(date, time);
    const QString wallTime = time.toString(QStringLiteral("HH:mm"));
    switch (resolution.kind) {
    case WallTimeResolution::Kind::Unique:
        result.outcome = Outcome::Instant;
        result.instant = resolution.instant;
        return result;
    case WallTimeResolution::Kind::Gap:
        if (question.acceptSuggestion(tr("%1 does not exist on %2 in %3 (the clocks were put forward); use %4?")
                                          .arg(wallTime, longDate(date), zoneName(effectiveZone),
                                               TimeFormat::time(resolution.suggestion, effectiveZone)))) {
            result.outcome = Outcome::Instant;
            result.instant = resolution.suggestion;
        }
        return result;
    case WallTimeResolution::Kind::Ambiguous: {
        auto label = [&](const QDateTime &instant) {
            return QStringLiteral("%1 %2").arg(TimeFormat::zoneLabel(instant, effectiveZone),
                                               TimeFormat::offset(effectiveZone.offsetFromUtc(instant)));
        };
        const auto answer = question.chooseOccurrence(
            tr("%1 happened twice on %2 in %3 (the clocks were put back). Which one?")
                .arg(wallTime, longDate(date), zoneName(effectiveZone)),
            tr("First, %1").arg(label(resolution.instant)), tr("Second, %1").arg(label(resolution.second)));
        if (answer == WallTimeQuestion::Occurrence::First) {
            result.outcome = Outcome::Instant;
            result.instant = resolution.instant;
        } else if (answer == WallTimeQuestion::Occurrence::Second) {
            result.outcome = Outcome::Instant;
            result.instant = resolution.second;
        }
        return result;
    }
    case WallTimeResolution::Kind::Invalid:
        break;
    }
    question.refuse(tr("\"%1\" cannot be placed in %2.").arg(trimmed, zoneName(effectiveZone)));
    return result;
}

} // namespace OutageDesk
