#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace OutageDesk {

struct GanttTick
{
    qint64 ms = 0;
    QString label;      // always ends with the zone's abbreviation at that instant
    bool major = false; // first tick of a day (sub-day steps) or of a year (longer steps)
};

// Calendar-aware ticks for the time axis, computed in the axis zone: days start at
// QDate::startOfDay(zone) (so a daylight-saving day has 23 or 25 hours), weeks on
// Mondays, months and years on their first day. QDateTimeAxis cannot do this: it
// spaces ticks evenly and only knows the machine's zone.
class GanttTickCalculator
{
public:
    enum class Unit { Minute, Hour, Day, Week, Month, Year };
    struct Step
    {
        Unit unit = Unit::Hour;
        int count = 1;
        qint64 nominalMs() const;
        friend bool operator==(const Step &a, const Step &b) { return a.unit == b.unit && a.count == b.count; }
    };

    // The finest step whose ticks are at least `minSpacingPx` apart.
    static Step chooseStep(qint64 spanMs, double widthPx, double minSpacingPx);
    // Month and day names in `locale`: the window's by default, the portal's for a chart it publishes.
    static QList<GanttTick> ticks(qint64 fromMs, qint64 toMs, const QTimeZone &zone, Step step,
                                  const QLocale &locale = QLocale());
    static QList<GanttTick> ticks(qint64 fromMs, qint64 toMs, const QTimeZone &zone, double widthPx,
                                  double minSpacingPx, const QLocale &locale = QLocale());

private:
    static QString label(qint64 ms, const QTimeZone &zone, Step step, bool major, const QLocale &locale);
};

} // namespace OutageDesk
