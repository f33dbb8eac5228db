#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace OutageDesk {

// What a person typed as a wall time, read but not yet placed in a zone.
struct TypedWallTime
{
    enum class Status {
        WallTime, // `date` and `time` hold it
        Empty,    // nothing typed (an ongoing window's end)
        Invalid   // `message` says which part was not understood
    };

    Status status = Status::Invalid;
    QDate date;
    QTime time;
    bool twelveHour = false; // typed with AM/PM
    bool dateTyped = false;  // false: the date came from the caller's default
    QString message;         // translated, one line; empty unless Invalid

    bool isWallTime() const { return status == Status::WallTime; }
};

// Reads the wall times people type into the windows table and the editor's time
// fields: "2016-11-14 14:56", "2016-11-14 2:56 PM", "2:56pm", "2.56 PM", with or
// without seconds, "Nov 14, 2016 2:56 PM", in English and with the UI language's
// own AM/PM forms (QLocale::amText/pmText, e.g. Hebrew לפנה״צ / אחה״צ). A time
// without a date takes `defaultDate`. Nothing typed is ever dropped: anything left
// over after the time is refused with a message that names it, except the zone's
// own label as the tables show it ("CET", "+01:00", the IANA id), which a pasted
// time carries along. No widgets: the GUI, and any later CLI entry, call this.
class WallTimeParser
{
public:
    // `zone` is the data center's (for the message and the label check), `uiLocale`
    // the window's (its AM/PM words and month names are read besides English).
    explicit WallTimeParser(QTimeZone zone, QLocale uiLocale = QLocale());

    TypedWallTime parse(const QString &text, const QDate &defaultDate = QDate()) const;

    // The example shown when nothing could be read: "2016-11-14 14:56 or 2016-11-14 2:56 PM".
    static QString example();

private:
    bool isZoneLabel(const QString &label, const QDate &date, const QTime &time) const;
    int meridiemOf(const QString &word) const; // 0 = AM, 1 = PM, -1 = neither
    int monthOf(const QString &word) const;    // 1..12, 0 = not a month

    QTimeZone m_zone;
    QLocale m_locale;
};

} // namespace OutageDesk
