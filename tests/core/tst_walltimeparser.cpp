#include "time/WallTimeParser.h"

#include <QLocale>
#include <QTest>

using namespace OutageDesk;

// The typed forms of a wall time, read in a data center's zone with the window's
// language: every one either gives exactly the wall time meant or is refused with
// a message naming the part that was not understood. Nothing is dropped.
class TestWallTimeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("defaultDate");
        QTest::addColumn<QString>("expected"); // "yyyy-MM-dd HH:mm:ss", "empty", or "" for refused
        QTest::addColumn<QString>("mentions"); // refused: the part the message must name

        const QString ams = QStringLiteral("Europe/Amsterdam");
        const QString en = QStringLiteral("en_GB");
        const QString day = QStringLiteral("2016-11-16");

        // The reference RCA's own forms.
        QTest::newRow("PM is read, not dropped") << en << ams << "2016-11-14 2:56 PM" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("AM") << en << ams << "2016-11-16 8:11 AM" << "" << "2016-11-16 08:11:00" << "";
        QTest::newRow("glued pm") << en << ams << "2016-11-14 2:56pm" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("p.m. with dots") << en << ams << "2016-11-14 2:56 p.m." << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("dot between hours and minutes") << en << ams << "2016-11-14 2.56 PM" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("24-hour") << en << ams << "2016-11-14 14:56" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("24-hour with seconds") << en << ams << "2016-11-14 14:56:30" << "" << "2016-11-14 14:56:30" << "";
        QTest::newRow("12-hour with seconds") << en << ams << "2016-11-14 2:56:30 PM" << "" << "2016-11-14 14:56:30" << "";
        QTest::newRow("ISO T") << en << ams << "2016-11-14T14:56" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("12 AM is midnight") << en << ams << "2016-11-14 12:05 AM" << "" << "2016-11-14 00:05:00" << "";
        QTest::newRow("12 PM is noon") << en << ams << "2016-11-14 12:05 PM" << "" << "2016-11-14 12:05:00" << "";
        QTest::newRow("month first with comma") << en << ams << "Nov 16, 2016 7:56 PM" << "" << "2016-11-16 19:56:00" << "";
        QTest::newRow("month first, year from the default") << en << ams << "Nov 16, 7:56 PM" << day << "2016-11-16 19:56:00" << "";
        QTest::newRow("day first, long month") << en << ams << "16 November 2016 19:56" << "" << "2016-11-16 19:56:00" << "";
        QTest::newRow("time alone takes the default date") << en << ams << "8:11 AM" << day << "2016-11-16 08:11:00" << "";
        QTest::newRow("zone label pasted along") << en << ams << "2016-11-14 14:56 CET" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("offset pasted along") << en << ams << "2016-11-14 2:56 PM +01:00" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("IANA id pasted along") << en << ams << "2016-11-14 14:56 Europe/Amsterdam" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("summer label") << en << ams << "2016-07-14 14:56 CEST" << "" << "2016-07-14 14:56:00" << "";
        QTest::newRow("UTC in a UTC zone") << en << "UTC" << "2016-11-14 14:56 UTC" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("blank") << en << ams << "   " << "" << "empty" << "";

        // The UI language's own forms.
        QTest::newRow("de PM") << "de_DE" << ams << "2016-11-14 2:56 PM" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("de month name") << "de_DE" << ams << "14. Nov. 2016 14:56" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("fr pm") << "fr_FR" << ams << "2016-11-14 2:56 pm" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("fr month name") << "fr_FR" << ams << "14 nov. 2016 14:56" << "" << "2016-11-14 14:56:00" << "";
        QTest::newRow("he pm (gershayim)") << "he_IL" << "Asia/Jerusalem" << "2016-11-14 2:56 אחה״צ" << ""
                                           << "2016-11-14 14:56:00" << "";
        QTest::newRow("he am (plain quote)") << "he_IL" << "Asia/Jerusalem" << "2016-11-14 8:11 לפנה\"צ" << ""
                                             << "2016-11-14 08:11:00" << "";
        QTest::newRow("he window, English PM") << "he_IL" << "Asia/Jerusalem" << "2016-11-14 2:56 PM" << ""
                                               << "2016-11-14 14:56:00" << "";
        QTest::newRow("Hebrew AM word not known in English") << en << ams << "2016-11-14 8:11 לפנה״צ" << "" << ""
                                                             << "לפנה״צ";

        // Refused, naming what was not understood.
        QTest::newRow("garbage after the time") << en << ams << "2016-11-14 14:56 tomorrow" << "" << "" << "\"tomorrow\"";
        QTest::newRow("digit glued to the minutes") << en << ams << "2016-11-14 14:567" << "" << "" << "\"7\"";
        QTest::newRow("XM is no meridiem") << en << ams << "2016-11-14 2:56 XM" << "" << "" << "\"XM\"";
        QTest::newRow("another zone's label") << en << ams << "2016-11-14 14:56 EST" << "" << "" << "\"EST\"";
        QTest::newRow("two words after") << en << ams << "2016-11-14 2:56 PM CET now" << "" << "" << "\"CET now\"";
        QTest::newRow("24-hour with PM") << en << ams << "2016-11-14 14:56 PM" << "" << "" << "\"14:56 PM\"";
        QTest::newRow("hour zero with AM") << en << ams << "2016-11-14 0:30 AM" << "" << "" << "\"0:30 AM\"";
        QTest::newRow("minute 61") << en << ams << "2016-11-14 14:61" << "" << "" << "\"14:61\"";
        QTest::newRow("hour 25") << en << ams << "2016-11-14 25:00" << "" << "" << "\"25:00\"";
        QTest::newRow("impossible date") << en << ams << "2016-02-30 10:00" << "" << "" << "\"2016-02-30\"";
        QTest::newRow("date without time") << en << ams << "2016-11-14" << "" << "" << "has no time";
        QTest::newRow("time without date or default") << en << ams << "2:56 PM" << "" << "" << "has no date";
        QTest::newRow("month name without year or default") << en << ams << "Nov 16 7:56 PM" << "" << "" << "needs a year";
        QTest::newRow("words") << en << ams << "yesterday afternoon" << "" << "" << "2016-11-14 14:56";
        QTest::newRow("control character shown safely") << en << ams << "2016-11-14 14:56 \x1b[31m" << "" << ""
                                                        << "\"?[31m\"";
    }

    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, zone);
        QFETCH(QString, typed);
        QFETCH(QString, defaultDate);
        QFETCH(QString, expected);
        QFETCH(QString, mentions);

        const WallTimeParser parser(QTimeZone(zone.toUtf8()), QLocale(locale));
        const TypedWallTime result = parser.parse(typed, QDate::fromString(defaultDate, Qt::ISODate));
        if (expected == QLatin1String("empty")) {
            QCOMPARE(result.status, TypedWallTime::Status::Empty);
            return;
        }
        if (expected.isEmpty()) {
            QCOMPARE(result.status, TypedWallTime::Status::Invalid);
            QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
            QVERIFY(!result.message.contains(QLatin1Char('\x1b')));
            QVERIFY(!result.message.contains(QLatin1Char('\n')));
            return;
        }
        QVERIFY2(result.isWallTime(), qPrintable(result.message));
        QCOMPARE(QDateTime(result.date, result.time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), expected);
        QVERIFY(result.message.isEmpty());
    }

    void parse_saysWhetherAmPmWasTyped()
    {
        const WallTimeParser parser(QTimeZone("Europe/Amsterdam"), QLocale(QStringLiteral("en_GB")));
        QVERIFY(parser.parse(QStringLiteral("2016-11-14 2:56 PM")).twelveHour);
        QVERIFY(!parser.parse(QStringLiteral("2016-11-14 14:56")).twelveHour);
        QVERIFY(parser.parse(QStringLiteral("2016-11-14 14:56")).dateTyped);
        QVERIFY(!parser.parse(QStringLiteral("14:56"), QDate(2016, 11, 14)).dateTyped);
    }

    void refusal_namesTheZone()
    {
        const WallTimeParser parser(QTimeZone("America/Chicago"), QLocale(QStringLiteral("en_US")));
        const QString message = parser.parse(QStringLiteral("2016-11-14 14:56 foo")).message;
        QVERIFY2(message.contains(QLatin1String("America/Chicago")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestWallTimeParser)
#include "tst_walltimeparser.moc"
