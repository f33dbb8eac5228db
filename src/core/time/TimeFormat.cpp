#include "time/TimeFormat.h"

#include <QCoreApplication>

namespace OutageDesk {

QString TimeFormat::offset(int offsetSeconds)
{
    const int abs = qAbs(offsetSeconds);
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString TimeFormat::zoneLabel(const QDateTime &instant, const QTimeZone &zone)
{
    if (!zone.isValid() || zone.id() == "UTC")
        return QStringLiteral("UTC");
    QString abbreviation = zone.abbreviation(instant);
    // tzdata spells zones without a letter abbreviation as "+0530" or "+10"; ICU may
    // say "GMT+1". Both are replaced by an explicit offset, which is never ambiguous.
    if (abbreviation.isEmpty() || abbreviation.startsWith(QLatin1String("GMT+"))
        || abbreviation.startsWith(QLatin1String("GMT-")) || abbreviation.startsWith(QLatin1Char('+'))
        || abbreviation.startsWith(QLatin1Char('-')))
        return offset(zone.offsetFromUtc(instant));
    return abbreviation;
}

QString TimeFormat::dateTime(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') + zoneLabel(instant, zone);
}

QString TimeFormat::time(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return local.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + zoneLabel(instant, zone);
}

QString TimeFormat::clock(const QTime &wallTime, HourCycle cycle, const QLocale &locale)
{
    const QString seconds = wallTime.second() != 0 ? QStringLiteral(":%1").arg(wallTime.second(), 2, 10, QLatin1Char('0'))
                                                   : QString();
    if (cycle == HourCycle::TwentyFour)
        return wallTime.toString(QStringLiteral("HH:mm")) + seconds;
    const int hour = wallTime.hour() % 12 == 0 ? 12 : wallTime.hour() % 12;
    return QStringLiteral("%1:%2%3 %4")
        .arg(hour)
        .arg(wallTime.minute(), 2, 10, QLatin1Char('0'))
        .arg(seconds, wallTime.hour() < 12 ? locale.amText() : locale.pmText());
}

QString TimeFormat::dateTime(const QDateTime &instant, const QTimeZone &zone, HourCycle cycle, const QLocale &locale)
{
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return local.date().toString(Qt::ISODate) + QLatin1Char(' ') + clock(local.time(), cycle, locale) + QLatin1Char(' ')
        + zoneLabel(instant, zone);
}

QString TimeFormat::time(const QDateTime &instant, const QTimeZone &zone, HourCycle cycle, const QLocale &locale)
{
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return clock(local.time(), cycle, locale) + QLatin1Char(' ') + zoneLabel(instant, zone);
}

QString TimeFormat::duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return QCoreApplication::translate("TimeFormat", "%1 d %2 h %3 min").arg(days).arg(hours).arg(mins);
    if (hours > 0)
        return QCoreApplication::translate("TimeFormat", "%1 h %2 min").arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("TimeFormat", "%1 min").arg(mins);
}

} // namespace OutageDesk
