#include "time/Rfc3339.h"
#include "time/TimeFormat.h"
#include "time/ZoneResolver.h"

#include <QTest>

using namespace OutageDesk;
using Kind = WallTimeResolution::Kind;

Q_DECLARE_METATYPE(OutageDesk::WallTimeResolution::Kind)

class TestZoneResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("wall"); // yyyy-MM-ddTHH:mm
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("first");  // expected instant (UTC) or the gap suggestion
        QTest::addColumn<QString>("second"); // second occurrence when ambiguous

        QTest::newRow("amsterdam winter") << "Europe/Amsterdam" << "2016-11-14T14:56" << Kind::Unique
                                          << "2016-11-14T13:56:00Z" << "";
        QTest::newRow("amsterdam summer") << "Europe/Amsterdam" << "2016-07-01T12:00" << Kind::Unique
                                          << "2016-07-01T10:00:00Z" << "";
        QTest::newRow("amsterdam spring gap") << "Europe/Amsterdam" << "2016-03-27T02:30" << Kind::Gap
                                              << "2016-03-27T01:30:00Z" << "";
        QTest::newRow("amsterdam just before gap") << "Europe/Amsterdam" << "2016-03-27T01:59" << Kind::Unique
                                                   << "2016-03-27T00:59:00Z" << "";
        QTest::newRow("amsterdam just after gap") << "Europe/Amsterdam" << "2016-03-27T03:00" << Kind::Unique
                                                  << "2016-03-27T01:00:00Z" << "";
        QTest::newRow("amsterdam autumn overlap") << "Europe/Amsterdam" << "2016-10-30T02:30" << Kind::Ambiguous
                                                  << "2016-10-30T00:30:00Z" << "2016-10-30T01:30:00Z";
        QTest::newRow("chicago spring gap") << "America/Chicago" << "2016-03-13T02:15" << Kind::Gap
                                            << "2016-03-13T08:15:00Z" << "";
        QTest::newRow("chicago autumn overlap") << "America/Chicago" << "2016-11-06T01:30" << Kind::Ambiguous
                                                << "2016-11-06T06:30:00Z" << "2016-11-06T07:30:00Z";
        // Lord Howe moves by half an hour: 02:00 → 02:30 in October, 02:00 → 01:30 in April.
        QTest::newRow("lord howe half-hour gap") << "Australia/Lord_Howe" << "2016-10-02T02:15" << Kind::Gap
                                                 << "2016-10-01T15:45:00Z" << "";
        QTest::newRow("lord howe half-hour overlap") << "Australia/Lord_Howe" << "2016-04-03T01:45" << Kind::Ambiguous
                                                     << "2016-04-02T14:45:00Z" << "2016-04-02T15:15:00Z";
        QTest::newRow("kolkata no dst") << "Asia/Kolkata" << "2016-03-27T02:30" << Kind::Unique
                                        << "2016-03-26T21:00:00Z" << "";
        QTest::newRow("utc") << "UTC" << "2016-10-30T02:30" << Kind::Unique << "2016-10-30T02:30:00Z" << "";
    }

    void resolve()
    {
        QFETCH(QString, zone);
        QFETCH(QString, wall);
        QFETCH(Kind, kind);
        QFETCH(QString, first);
        QFETCH(QString, second);

        const ZoneResolver resolver(QTimeZone(zone.toUtf8()));
        const QDateTime local = QDateTime::fromString(wall, QStringLiteral("yyyy-MM-ddTHH:mm"));
        QVERIFY(local.isValid());
        const WallTimeResolution r = resolver.resolve(local.date(), local.time());
        QCOMPARE(r.kind, kind);
        if (kind == Kind::Gap) {
            QCOMPARE(Rfc3339::formatUtc(r.suggestion), first);
            QVERIFY(!r.instant.isValid());
        } else {
            QCOMPARE(Rfc3339::formatUtc(r.instant), first);
        }
        if (kind == Kind::Ambiguous) {
            QCOMPARE(Rfc3339::formatUtc(r.second), second);
            // Both occurrences show the same wall time, which is the whole problem.
            const QTimeZone tz(zone.toUtf8());
            QCOMPARE(r.instant.toTimeZone(tz).time(), local.time());
            QCOMPARE(r.second.toTimeZone(tz).time(), local.time());
        }
    }

    void invalidInput_isInvalid()
    {
        const ZoneResolver resolver(QTimeZone("Europe/Amsterdam"));
        QCOMPARE(resolver.resolve(QDate(2016, 2, 30), QTime(1, 0)).kind, Kind::Invalid);
        const ZoneResolver bad(QTimeZone("Not/AZone"));
        QCOMPARE(bad.resolve(QDate(2016, 2, 1), QTime(1, 0)).kind, Kind::Invalid);
    }

    void zoneLabel_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("instant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("CET") << "Europe/Amsterdam" << "2016-11-14T13:56:00Z" << "2016-11-14 14:56 CET";
        QTest::newRow("CEST") << "Europe/Amsterdam" << "2016-07-01T10:00:00Z" << "2016-07-01 12:00 CEST";
        QTest::newRow("first 02:30 is CEST") << "Europe/Amsterdam" << "2016-10-30T00:30:00Z" << "2016-10-30 02:30 CEST";
        QTest::newRow("second 02:30 is CET") << "Europe/Amsterdam" << "2016-10-30T01:30:00Z" << "2016-10-30 02:30 CET";
        QTest::newRow("UTC") << "UTC" << "2016-10-30T01:30:00Z" << "2016-10-30 01:30 UTC";
        QTest::newRow("Lord Howe has only offsets") << "Australia/Lord_Howe" << "2016-07-01T00:00:00Z" << "2016-07-01 10:30 +10:30";
    }

    void zoneLabel()
    {
        QFETCH(QString, zone);
        QFETCH(QString, instant);
        QFETCH(QString, expected);
        QCOMPARE(TimeFormat::dateTime(Rfc3339::parse(instant), QTimeZone(zone.toUtf8())), expected);
    }

    void rfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty = refused
        QTest::addColumn<int>("error");
        QTest::newRow("offset") << "2016-11-14T14:56:00+01:00" << "2016-11-14T13:56:00Z" << int(Rfc3339::Error::None);
        QTest::newRow("Z") << "2016-11-14T13:56:00Z" << "2016-11-14T13:56:00Z" << int(Rfc3339::Error::None);
        QTest::newRow("half-hour offset") << "2016-11-14T19:26:00+05:30" << "2016-11-14T13:56:00Z" << int(Rfc3339::Error::None);
        QTest::newRow("fraction") << "2016-11-14T13:56:00.250Z" << "2016-11-14T13:56:00.250Z" << int(Rfc3339::Error::None);
        QTest::newRow("no offset") << "2016-11-14T14:56:00" << "" << int(Rfc3339::Error::MissingOffset);
        QTest::newRow("zone name") << "2016-11-14T14:56:00 CET" << "" << int(Rfc3339::Error::Malformed);
        QTest::newRow("12-hour") << "November 14, 2016 2:56 PM" << "" << int(Rfc3339::Error::Malformed);
        QTest::newRow("bad day") << "2016-02-30T10:00:00Z" << "" << int(Rfc3339::Error::OutOfRange);
        QTest::newRow("bad hour") << "2016-02-10T25:00:00Z" << "" << int(Rfc3339::Error::OutOfRange);
        QTest::newRow("bad offset") << "2016-02-10T10:00:00+24:00" << "" << int(Rfc3339::Error::OutOfRange);
    }

    void rfc3339()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QFETCH(int, error);
        Rfc3339::Error err = Rfc3339::Error::None;
        const QDateTime parsed = Rfc3339::parse(text, &err);
        QCOMPARE(int(err), error);
        QCOMPARE(parsed.isValid(), !utc.isEmpty());
        if (parsed.isValid())
            QCOMPARE(Rfc3339::formatUtc(parsed), utc);
    }

    void formatInZone_roundTrips()
    {
        const QDateTime instant = Rfc3339::parse(QStringLiteral("2016-10-30T01:30:00Z"));
        const QString text = Rfc3339::formatInZone(instant, QTimeZone("Europe/Amsterdam"));
        QCOMPARE(text, QStringLiteral("2016-10-30T02:30:00+01:00"));
        QCOMPARE(Rfc3339::parse(text), instant);
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("40 min") << qint64(2400) << "40 min";
        QTest::newRow("1 h 05") << qint64(3900) << "1 h 05 min";
        QTest::newRow("days") << qint64(90000 + 600) << "1 d 1 h 10 min";
    }

    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(TimeFormat::duration(seconds), expected);
    }
};

QTEST_GUILESS_MAIN(TestZoneResolver)
#include "tst_zoneresolver.moc"
