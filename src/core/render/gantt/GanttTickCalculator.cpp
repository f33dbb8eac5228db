#include "render/gantt/GanttTickCalculator.h"

#include "time/TimeFormat.h"
#include "time/ZoneResolver.h"

#include <QDateTime>
#include <QLocale>
#include <array>

namespace OutageDesk {
namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

using Step = GanttTickCalculator::Step;
using Unit = GanttTickCalculator::Unit;

constexpr std::array<Step, 17> kSteps{{
    {Unit::Minute, 1}, {Unit::Minute, 5}, {Unit::Minute, 10}, {Unit::Minute, 15}, {Unit::Minute, 30},
    {Unit::Hour, 1}, {Unit::Hour, 2}, {Unit::Hour, 3}, {Unit::Hour, 6}, {Unit::Hour, 12},
    {Unit::Day, 1}, {Unit::Day, 2}, {Unit::Week, 1}, {Unit::Month, 1}, {Unit::Month, 3},
    {Unit::Year, 1}, {Unit::Year, 5},
}};

QDateTime inZone(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone);
}

// The instant a wall time first happens; in a gap, the instant the clocks jumped.
qint64 resolveWallTime(const ZoneResolver &resolver, const QDate &date, const QTime &time)
{
    const WallTimeResolution r = resolver.resolve(date, time);
    switch (r.kind) {
    case WallTimeResolution::Kind::Gap:
        return r.suggestion.toMSecsSinceEpoch();
    case WallTimeResolution::Kind::Invalid:
        return QDateTime(date, time, resolver.zone()).toMSecsSinceEpoch();
    default:
        return r.instant.toMSecsSinceEpoch();
    }
}

} // namespace

qint64 GanttTickCalculator::Step::nominalMs() const
{
    switch (unit) {
    case Unit::Minute:
        return count * kMinute;
    case Unit::Hour:
        return count * kHour;
    case Unit::Day:
        return count * kDay;
    case Unit::Week:
        return count * 7 * kDay;
    case Unit::Month:
        return count * 30 * kDay;
    case Unit::Year:
        return count * 365 * kDay;
    }
    return kDay;
}

GanttTickCalculator::Step GanttTickCalculator::chooseStep(qint64 spanMs, double widthPx, double minSpacingPx)
{
    if (spanMs <= 0 || widthPx <= 0)
        return kSteps.back();
    const double msPerPx = double(spanMs) / widthPx;
    for (const Step &s : kSteps) {
        if (double(s.nominalMs()) / msPerPx >= minSpacingPx)
            return s;
    }
    return kSteps.back();
}

QList<GanttTick> GanttTickCalculator::ticks(qint64 fromMs, qint64 toMs, const QTimeZone &zone, double widthPx,
                                            double minSpacingPx, const QLocale &locale)
{
    return ticks(fromMs, toMs, zone, chooseStep(toMs - fromMs, widthPx, minSpacingPx), locale);
}

QList<GanttTick> GanttTickCalculator::ticks(qint64 fromMs, qint64 toMs, const QTimeZone &zone, Step step,
                                            const QLocale &locale)
{
    QList<GanttTick> result;
    if (toMs <= fromMs || !zone.isValid())
        return result;
    // Guard against a caller asking for minutes over years.
    if ((toMs - fromMs) / step.nominalMs() > 5000)
        return result;

    QDate previousDate;
    auto add = [&](qint64 ms) {
        if (ms < fromMs || ms > toMs || (!result.isEmpty() && ms <= result.constLast().ms))
            return;
        const QDate date = inZone(ms, zone).date();
        bool major = false;
        if (step.unit == Unit::Minute || step.unit == Unit::Hour)
            major = date != previousDate;
        else
            major = inZone(ms, zone).date().dayOfYear() == 1;
        previousDate = date;
        result.append({ms, label(ms, zone, step, major, locale), major});
    };

    const QDate firstDate = inZone(fromMs, zone).date();
    const QDate lastDate = inZone(toMs, zone).date();

    if (step.unit == Unit::Minute || (step.unit == Unit::Hour && step.count == 1)) {
        // Even steps of at most an hour: step through instants, which keeps every
        // hour of a 25-hour day (02:00 CEST, then 02:00 CET). Re-align after an
        // offset change that is not a whole number of steps (Lord Howe's 30 minutes).
        const qint64 stepMs = step.nominalMs();
        auto aligned = [&](qint64 ms) {
            const qint64 local = ms + qint64(zone.offsetFromUtc(inZone(ms, zone))) * 1000;
            const qint64 rem = ((local % stepMs) + stepMs) % stepMs;
            return rem == 0 ? ms : ms + (stepMs - rem);
        };
        for (qint64 t = aligned(fromMs); t <= toMs; t = aligned(t + stepMs))
            add(t);
        return result;
    }

    const ZoneResolver resolver(zone);
    if (step.unit == Unit::Hour) {
        for (QDate d = firstDate; d <= lastDate; d = d.addDays(1)) {
            for (int h = 0; h < 24; h += step.count)
                add(resolveWallTime(resolver, d, QTime(h, 0)));
        }
        return result;
    }
    if (step.unit == Unit::Day) {
        // Day numbers count from a fixed epoch so that 2-day ticks do not jump when panning.
        for (QDate d = firstDate; d <= lastDate; d = d.addDays(1)) {
            if (d.toJulianDay() % step.count == 0)
                add(d.startOfDay(zone).toMSecsSinceEpoch());
        }
        return result;
    }
    if (step.unit == Unit::Week) {
        for (QDate d = firstDate.addDays(1 - firstDate.dayOfWeek()); d <= lastDate; d = d.addDays(7))
            add(d.startOfDay(zone).toMSecsSinceEpoch());
        return result;
    }
    if (step.unit == Unit::Month) {
        for (QDate d(firstDate.year(), firstDate.month(), 1); d <= lastDate; d = d.addMonths(1)) {
            if ((d.month() - 1) % step.count == 0)
                add(d.startOfDay(zone).toMSecsSinceEpoch());
        }
        return result;
    }
    for (int y = firstDate.year(); y <= lastDate.year(); ++y) {
        if (y % step.count == 0)
            add(QDate(y, 1, 1).startOfDay(zone).toMSecsSinceEpoch());
    }
    return result;
}

QString GanttTickCalculator::label(qint64 ms, const QTimeZone &zone, Step step, bool major, const QLocale &locale)
{
    const QDateTime local = inZone(ms, zone);
    const QString abbreviation = TimeFormat::zoneLabel(local, zone);
    QString text;
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        // The first tick of a day names the day instead of its hour: Qt Charts cuts
        // labels wider than the space between ticks, and "15 Nov" is the news there.
        if (!major)
            text = locale.toString(local, QStringLiteral("HH:mm"));
        else if (local.time() == QTime(0, 0))
            text = locale.toString(local, QStringLiteral("d MMM"));
        else
            text = locale.toString(local, QStringLiteral("d MMM HH:mm"));
        break;
    case Unit::Day:
    case Unit::Week:
        text = locale.toString(local, QStringLiteral("ddd d MMM"));
        break;
    case Unit::Month:
        text = locale.toString(local, QStringLiteral("MMM yyyy"));
        break;
    case Unit::Year:
        text = locale.toString(local, QStringLiteral("yyyy"));
        break;
    }
    return text + QLatin1Char(' ') + abbreviation;
}

} // namespace OutageDesk
