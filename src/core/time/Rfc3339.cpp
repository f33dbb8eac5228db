#include "time/Rfc3339.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace OutageDesk {

namespace {

int digitsAt(const QString &text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The shape nearly every timestamp has, read without the regular expression (an
// import reads hundreds of thousands). Returns false, leaving `*utcMs` alone, for
// anything it does not accept outright; parse() then decides with the pattern.
bool parseCommonShape(const QString &text, qint64 *utcMs)
{
    const qsizetype n = text.size();
    if (n < 20 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(13) != u':' || text.at(16) != u':')
        return false;
    const char16_t t = text.at(10).unicode();
    if (t != u'T' && t != u't' && t != u' ')
        return false;
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2), second = digitsAt(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return false;
    qsizetype at = 19;
    int ms = 0;
    if (text.at(at) == u'.') {
        const qsizetype first = ++at;
        while (at < n && at - first < 9 && text.at(at).unicode() >= u'0' && text.at(at).unicode() <= u'9')
            ++at;
        const qsizetype count = at - first;
        if (count == 0)
            return false;
        for (qsizetype i = 0; i < 3; ++i)
            ms = ms * 10 + (i < count ? text.at(first + i).unicode() - u'0' : 0);
    }
    if (at >= n)
        return false;
    int offsetSeconds = 0;
    const char16_t zone = text.at(at).unicode();
    if (zone == u'Z' || zone == u'z') {
        if (at + 1 != n)
            return false;
    } else if (zone == u'+' || zone == u'-') {
        if (at + 6 != n || text.at(at + 3) != u':')
            return false;
        const int hours = digitsAt(text, at + 1, 2), minutes = digitsAt(text, at + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59)
            return false;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone == u'-' ? -1 : 1);
    } else {
        return false;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return false;
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    *utcMs = (date.toJulianDay() - kUnixEpochJulianDay) * 86400000LL + time.msecsSinceStartOfDay()
        - qint64(offsetSeconds) * 1000;
    return true;
}

bool inSupportedYears(const QDate &date)
{
    return date.year() >= Rfc3339::kFirstYear && date.year() <= Rfc3339::kLastYear;
}

// The first and the last millisecond of the supported years, in UTC.
struct SupportedRange
{
    qint64 firstMs = QDateTime(QDate(Rfc3339::kFirstYear, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    qint64 lastMs = QDateTime(QDate(Rfc3339::kLastYear, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
};

} // namespace

QDateTime Rfc3339::parse(const QString &text, Error *error)
{
    static const SupportedRange range;
    auto fail = [error](Error e) {
        if (error)
            *error = e;
        return QDateTime();
    };
    // A text of year 0001 with a positive offset, or of 9999 with a negative one, is an
    // instant in year 0 or 10000 UTC, which formatUtc() could not write back.
    auto accept = [&](qint64 utcMs) {
        if (utcMs < range.firstMs || utcMs > range.lastMs)
            return fail(Error::OutsideSupportedYears);
        if (error)
            *error = Error::None;
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    };
    qint64 fastMs = 0;
    if (parseCommonShape(text, &fastMs))
        return accept(fastMs);

    // Anchored at the very end: "$" would also match before a final newline.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral(
        R"((\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})?)")));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return fail(Error::Malformed);
    if (m.captured(8).isEmpty())
        return fail(Error::MissingOffset);

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (!m.captured(7).isEmpty())
        ms = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return fail(Error::OutOfRange);

    int offsetSeconds = 0;
    const QString offset = m.captured(8);
    if (offset.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
        const int hours = offset.mid(1, 2).toInt();
        const int minutes = offset.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return fail(Error::OutOfRange);
        offsetSeconds = (hours * 3600 + minutes * 60) * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return accept(QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - qint64(offsetSeconds) * 1000);
}

QDateTime Rfc3339::parseInstantOrDate(const QString &text, Error *error)
{
    static const QRegularExpression dateOnly(QRegularExpression::anchoredPattern(QStringLiteral(R"(\d{4}-\d{2}-\d{2})")));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            if (error)
                *error = Error::OutOfRange;
            return {};
        }
        if (error)
            *error = Error::None;
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    return parse(text, error);
}

QString Rfc3339::errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Malformed:
        return QCoreApplication::translate("Rfc3339", "not an RFC 3339 timestamp (expected e.g. 2016-11-14T14:56:00+01:00)");
    case Error::MissingOffset:
        return QCoreApplication::translate("Rfc3339", "timestamp has no UTC offset (add Z or ±hh:mm; a wall time alone is ambiguous)");
    case Error::OutOfRange:
        return QCoreApplication::translate("Rfc3339", "timestamp has an out-of-range date, time or offset");
    case Error::OutsideSupportedYears:
        return QCoreApplication::translate("Rfc3339", "timestamp is outside the supported years 0001 to 9999 (in UTC)");
    }
    return {};
}

QString Rfc3339::formatUtc(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    // Qt writes no "Z" for UTC in toString(); the suffix is added here.
    QString text = utc.toString(utc.time().msec() ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")
                                                  : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    return text + QLatin1Char('Z');
}

QString Rfc3339::formatInZone(const QDateTime &instant, const QTimeZone &zone)
{
    if (!zone.isValid())
        return formatUtc(instant);
    const QDateTime local = instant.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    if (offset % 60 != 0)
        return formatUtc(instant);
    QString text = local.toString(local.time().msec() ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")
                                                      : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    const int abs = qAbs(offset);
    text += QStringLiteral("%1%2:%3")
                .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                .arg(abs / 3600, 2, 10, QLatin1Char('0'))
                .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
    return text;
}

bool Rfc3339::isWritable(const QDateTime &instant, const QTimeZone &zone)
{
    static const SupportedRange range;
    if (!instant.isValid())
        return false;
    // No zone is a day away from UTC: most instants need no conversion (an import asks
    // for every window).
    constexpr qint64 kDayMs = 86400000;
    const qint64 ms = instant.toMSecsSinceEpoch();
    if (ms >= range.firstMs + kDayMs && ms <= range.lastMs - kDayMs)
        return true;
    if (!inSupportedYears(instant.toUTC().date()))
        return false;
    if (!zone.isValid())
        return true;
    const QDateTime local = instant.toTimeZone(zone);
    return local.offsetFromUtc() % 60 != 0 || inSupportedYears(local.date());
}

} // namespace OutageDesk
