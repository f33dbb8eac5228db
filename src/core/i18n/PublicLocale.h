#pragma once

#include "model/HourClock.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <initializer_list>

namespace OutageDesk {

struct Incident;

// The language and clock of what customers read: portal pages, the feed, the JSON
// files' texts, an RCA's generated sections and its exports. Never the window's:
// a Hebrew desk publishing an English portal writes English durations, day names
// and numbers. Everything it says comes from `language`'s catalogue and QLocale,
// whatever Translator installed for the user interface.
//
// Dates stay ISO 8601 (2016-11-14) in every language, as the exchange format and the
// RCA tables have them; the time of day follows the HourClock ("14:56" or "2:56 PM",
// with the language's AM/PM), and every time carries its zone.
class PublicLocale
{
public:
    explicit PublicLocale(const QString &language = QStringLiteral("en"),
                          HourClock clock = HourClock::TwentyFourHour);
    // The RCA's language and clock; English and 24 hours when it has none.
    static PublicLocale ofRca(const Incident &incident);

    QString language() const { return m_language; }
    HourClock hourClock() const { return m_clock; }
    const QLocale &locale() const { return m_locale; }
    bool isRightToLeft() const { return m_locale.textDirection() == Qt::RightToLeft; }

    // One message in this language (Translator::translateIn).
    QString translate(std::initializer_list<const char *> contexts, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const;

    // "2016-11-14 14:56 CET" or "2016-11-14 2:56 PM CET".
    QString dateTime(const QDateTime &instant, const QTimeZone &zone) const;
    // "14:56 CET" or "2:56 PM CET".
    QString time(const QDateTime &instant, const QTimeZone &zone) const;
    // "Monday" in this language.
    QString dayName(const QDate &date) const;
    // "40 min", "2 h 05 min", "3 d 4 h 10 min" in this language.
    QString duration(qint64 seconds) const;
    // "99.972 %" with this language's separators.
    QString percent(double value, int decimals = 3) const;

private:
    QString clockTime(const QDateTime &local) const;

    QString m_language;
    HourClock m_clock;
    QLocale m_locale;
    // Translated once: a portal build formats tens of thousands of durations.
    QString m_days, m_hours, m_minutes, m_percent;
};

} // namespace OutageDesk
