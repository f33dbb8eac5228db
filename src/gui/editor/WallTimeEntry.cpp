#include "gui/editor/WallTimeEntry.h"

#include "gui/editor/WallTimeQuestion.h"
#include "time/TimeFormat.h"
#include "time/WallTimeParser.h"
#include "time/ZoneResolver.h"

#include <QCoreApplication>
#include <QLocale>

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

QString WallTimeEntry::editText(const QDateTime &instant, const QTimeZone &zone, HourCycle cycle)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    // Seconds only when there are some, so what is edited is what is stored.
    return local.date().toString(Qt::ISODate) + QLatin1Char(' ') + TimeFormat::clock(local.time(), cycle);
}

WallTimeEntry::Result WallTimeEntry::resolve(const QString &text, const QTimeZone &zone, WallTimeQuestion &question,
                                             const QDate &defaultDate)
{
    Result result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.outcome = Outcome::Empty;
        return result;
    }
    // Reading what was typed is core's (WallTimeParser): 12-hour forms in English and
    // the window's language, and a refusal naming anything left over.
    const TypedWallTime typed = WallTimeParser(zone).parse(trimmed, defaultDate);
    if (typed.status != TypedWallTime::Status::WallTime) {
        question.refuse(typed.message);
        return result;
    }
    const QDate date = typed.date;
    const QTime time = typed.time;

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
