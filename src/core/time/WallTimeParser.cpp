#include "time/WallTimeParser.h"

#include "time/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WallTimeParser", text);
}

// Typed text goes back into a message: control characters (a pasted tab, an escape)
// are shown as "?" so nothing raw reaches a terminal or a dialog.
QString shown(const QString &typed)
{
    QString out = typed;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    return out;
}

// AM/PM words and month names compare without case, dots, quotes or the Hebrew
// geresh/gershayim, so "p.m.", "PM" and אחה"צ typed with a plain quote all match.
QString folded(const QString &word)
{
    QString out;
    for (const QChar c : word) {
        if (c == QLatin1Char('.') || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x05F3)
            || c == QChar(0x05F4) || c.isSpace())
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

QString zoneName(const QTimeZone &zone)
{
    return zone.isValid() ? QString::fromUtf8(zone.id()) : QStringLiteral("UTC");
}

TypedWallTime invalid(const QString &message)
{
    TypedWallTime result;
    result.status = TypedWallTime::Status::Invalid;
    result.message = message;
    return result;
}

} // namespace

WallTimeParser::WallTimeParser(QTimeZone zone, QLocale uiLocale)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
    , m_locale(std::move(uiLocale))
{
}

QString WallTimeParser::example()
{
    return tr("2016-11-14 14:56 or 2016-11-14 2:56 PM");
}

int WallTimeParser::meridiemOf(const QString &word) const
{
    const QString w = folded(word);
    if (w.isEmpty())
        return -1;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const QLocale &locale : {english, m_locale}) {
        if (w == folded(locale.amText()))
            return 0;
        if (w == folded(locale.pmText()))
            return 1;
    }
    return -1;
}

int WallTimeParser::monthOf(const QString &word) const
{
    const QString w = folded(word);
    if (w.isEmpty())
        return 0;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const QLocale &locale : {english, m_locale}) {
        for (int month = 1; month <= 12; ++month) {
            for (const QLocale::FormatType format : {QLocale::ShortFormat, QLocale::LongFormat}) {
                if (w == folded(locale.monthName(month, format)) || w == folded(locale.standaloneMonthName(month, format)))
                    return month;
            }
        }
    }
    if (w == QLatin1String("sept"))
        return 9;
    return 0;
}

bool WallTimeParser::isZoneLabel(const QString &label, const QDate &date, const QTime &time) const
{
    const QString wanted = label.toCaseFolded();
    if (wanted == QString::fromUtf8(m_zone.id()).toCaseFolded())
        return true;
    // The labels the tables show around that wall time: both sides of a change of
    // offset on that day, so a pasted "CEST" of a repeated hour is recognised too.
    const QDateTime around(date, time, m_zone);
    for (const int hours : {-12, 0, 12}) {
        const QDateTime instant = around.isValid() ? around.addSecs(hours * 3600)
                                                   : QDateTime(date, QTime(12, 0), m_zone).addSecs(hours * 3600);
        const int offset = m_zone.offsetFromUtc(instant);
        QString compact = TimeFormat::offset(offset);
        compact.remove(QLatin1Char(':'));
        for (const QString &candidate : {TimeFormat::zoneLabel(instant, m_zone), TimeFormat::offset(offset), compact,
                                         QStringLiteral("UTC") + TimeFormat::offset(offset)}) {
            if (wanted == candidate.toCaseFolded())
                return true;
        }
        if (offset == 0 && (wanted == QLatin1String("utc") || wanted == QLatin1String("z")))
            return true;
    }
    return false;
}

TypedWallTime WallTimeParser::parse(const QString &text, const QDate &defaultDate) const
{
    const QString typed = text.simplified();
    if (typed.isEmpty()) {
        TypedWallTime empty;
        empty.status = TypedWallTime::Status::Empty;
        return empty;
    }
    const QString zone = zoneName(m_zone);
    auto notUnderstood = [&] {
        return invalid(tr("\"%1\" is not a date and time. Type it as %2 (in %3).").arg(shown(typed), example(), zone));
    };

    // 1. The date, if one was typed: ISO, "Nov 14, 2016" or "14 Nov 2016".
    static const QRegularExpression isoDate(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:T|,? |$))"));
    static const QRegularExpression monthFirst(QStringLiteral(R"(^([\p{L}][\p{L}\p{M}.'׳]*) (\d{1,2})(?:,? (\d{4}))?(?:,? |$))"));
    static const QRegularExpression dayFirst(QStringLiteral(R"(^(\d{1,2})\.? ([\p{L}][\p{L}\p{M}.'׳]*)(?: (\d{4}))?(?:,? |$))"));
    TypedWallTime result;
    QString rest = typed;
    if (const auto m = isoDate.match(rest); m.hasMatch()) {
        result.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!result.date.isValid())
            return invalid(tr("\"%1\" is not a date (in \"%2\"). Type it as %3.")
                               .arg(shown(m.captured(0).trimmed()), shown(typed), example()));
        result.dateTyped = true;
        rest = rest.mid(m.capturedLength());
    } else {
        for (const QRegularExpression *pattern : {&monthFirst, &dayFirst}) {
            const auto named = pattern->match(rest);
            if (!named.hasMatch())
                continue;
            const bool isMonthFirst = pattern == &monthFirst;
            const int month = monthOf(named.captured(isMonthFirst ? 1 : 2));
            if (month == 0)
                continue;
            const int day = named.captured(isMonthFirst ? 2 : 1).toInt();
            const int year = named.captured(3).isEmpty() ? (defaultDate.isValid() ? defaultDate.year() : 0)
                                                         : named.captured(3).toInt();
            if (year == 0)
                return invalid(tr("\"%1\" needs a year (in \"%2\"). Type it as %3.")
                                   .arg(shown(named.captured(0).trimmed()), shown(typed), example()));
            result.date = QDate(year, month, day);
            if (!result.date.isValid())
                return invalid(tr("\"%1\" is not a date (in \"%2\"). Type it as %3.")
                                   .arg(shown(named.captured(0).trimmed()), shown(typed), example()));
            result.dateTyped = true;
            rest = rest.mid(named.capturedLength());
            break;
        }
    }
    rest = rest.trimmed();

    // 2. The time: hours and minutes with ":" or ".", seconds optional.
    static const QRegularExpression clock(QStringLiteral(R"(^(\d{1,2})([:.])(\d{2})(?:\2(\d{2}))?)"));
    const auto t = clock.match(rest);
    if (!t.hasMatch()) {
        if (result.dateTyped && rest.isEmpty())
            return invalid(tr("\"%1\" has no time. Type it as %2.").arg(shown(typed), example()));
        if (result.dateTyped)
            return invalid(tr("\"%1\" is not a time (in \"%2\"). Type it as %3.").arg(shown(rest), shown(typed), example()));
        return notUnderstood();
    }
    int hour = t.captured(1).toInt();
    const int minute = t.captured(3).toInt();
    const int second = t.captured(4).isEmpty() ? 0 : t.captured(4).toInt();
    rest = rest.mid(t.capturedLength()).trimmed();

    // 3. AM/PM, glued on ("2:56pm") or a word of its own; "p.m." may carry a space.
    const QString clockText = t.captured(0);
    int meridiem = -1;
    int meridiemLength = 0;
    {
        const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int count = qMin(2, int(words.size())); count >= 1 && meridiem < 0; --count) {
            const QString candidate = words.mid(0, count).join(QLatin1Char(' '));
            meridiem = meridiemOf(candidate);
            if (meridiem >= 0)
                meridiemLength = int(candidate.size());
        }
    }
    if (meridiem >= 0) {
        const QString meridiemText = rest.left(meridiemLength);
        if (hour < 1 || hour > 12)
            return invalid(tr("\"%1 %2\" mixes a 24-hour time with AM/PM (in \"%3\"). Type %4 or %5.")
                               .arg(shown(clockText), shown(meridiemText), shown(typed),
                                    QStringLiteral("14:56"), QStringLiteral("2:56 PM")));
        hour = hour % 12 + (meridiem == 1 ? 12 : 0);
        result.twelveHour = true;
        rest = rest.mid(meridiemLength).trimmed();
    }
    result.time = QTime(hour, minute, second);
    if (!result.time.isValid())
        return invalid(tr("\"%1\" is not a time of day (in \"%2\"). Type it as %3.")
                           .arg(shown(clockText), shown(typed), example()));

    if (!result.dateTyped) {
        if (!defaultDate.isValid())
            return invalid(tr("\"%1\" has no date. Type it as %2.").arg(shown(typed), example()));
        result.date = defaultDate;
    }

    // 4. Nothing may be left but the zone's own label.
    if (!rest.isEmpty() && !(rest.indexOf(QLatin1Char(' ')) < 0 && isZoneLabel(rest, result.date, result.time))) {
        return invalid(tr("\"%1\" after the time was not understood (in \"%2\"). Type the time as %3; "
                          "it is read in %4.")
                           .arg(shown(rest), shown(typed), example(), zone));
    }
    result.status = TypedWallTime::Status::WallTime;
    return result;
}

} // namespace OutageDesk
