#include "i18n/PublicLocale.h"

#include "i18n/Translator.h"
#include "model/Incident.h"
#include "time/TimeFormat.h"

#include <QCoreApplication>

namespace OutageDesk {

PublicLocale::PublicLocale(const QString &language, HourClock clock)
    : m_language(language.isEmpty() ? QStringLiteral("en") : language)
    , m_clock(clock)
    , m_locale(m_language)
{
    // The same messages as TimeFormat's, which the window uses: one translation each.
    m_days = translate({"TimeFormat"}, QT_TRANSLATE_NOOP("TimeFormat", "%1 d %2 h %3 min"));
    m_hours = translate({"TimeFormat"}, QT_TRANSLATE_NOOP("TimeFormat", "%1 h %2 min"));
    m_minutes = translate({"TimeFormat"}, QT_TRANSLATE_NOOP("TimeFormat", "%1 min"));
    m_percent = translate({"OutageDesk::PublicLocale"}, QT_TRANSLATE_NOOP("OutageDesk::PublicLocale", "%1 %"));
}

PublicLocale PublicLocale::ofRca(const Incident &incident)
{
    if (!incident.rca)
        return PublicLocale();
    return PublicLocale(incident.rca->language, incident.rca->hourClock);
}

QString PublicLocale::translate(std::initializer_list<const char *> contexts, const char *sourceText,
                                const char *disambiguation, int n) const
{
    return Translator::translateIn(m_language, contexts, sourceText, disambiguation, n);
}

QString PublicLocale::clockTime(const QDateTime &local) const
{
    if (m_clock == HourClock::TwelveHour)
        return m_locale.toString(local.time(), QStringLiteral("h:mm AP"));
    return local.toString(QStringLiteral("HH:mm"));
}

QString PublicLocale::dateTime(const QDateTime &instant, const QTimeZone &zone) const
{
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return local.toString(QStringLiteral("yyyy-MM-dd ")) + clockTime(local) + QLatin1Char(' ')
        + TimeFormat::zoneLabel(instant, zone);
}

QString PublicLocale::time(const QDateTime &instant, const QTimeZone &zone) const
{
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return clockTime(local) + QLatin1Char(' ') + TimeFormat::zoneLabel(instant, zone);
}

QString PublicLocale::dayName(const QDate &date) const
{
    return m_locale.dayName(date.dayOfWeek());
}

QString PublicLocale::duration(qint64 seconds) const
{
    const qint64 minutes = (seconds + 30) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return m_days.arg(days).arg(hours).arg(mins);
    if (hours > 0)
        return m_hours.arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    return m_minutes.arg(mins);
}

QString PublicLocale::percent(double value, int decimals) const
{
    return m_percent.arg(m_locale.toString(value, 'f', decimals));
}

} // namespace OutageDesk
