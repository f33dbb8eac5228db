#include "GuiTestSupport.h"

#include "gui/editor/WallTimeEntry.h"

#include <QLocale>
#include <QTest>

using namespace OutageDesk;
using OutageDesk::TestSupport::ScriptedQuestion;

Q_DECLARE_METATYPE(WallTimeEntry::Outcome)
Q_DECLARE_METATYPE(WallTimeQuestion::Occurrence)

// Wall times typed in a data center's zone, through the question interface:
// nothing here opens a dialog.
class TestWallTimeEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void resolve_asksAboutGapsAndRepeats_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("acceptGap");
        QTest::addColumn<WallTimeQuestion::Occurrence>("occurrence");
        QTest::addColumn<QStringList>("expectedAsked");
        QTest::addColumn<WallTimeEntry::Outcome>("expectedOutcome");
        QTest::addColumn<QString>("expectedUtc");
        QTest::addColumn<QStringList>("questionMentions");

        using O = WallTimeQuestion::Occurrence;
        using R = WallTimeEntry::Outcome;
        const QString ams = QStringLiteral("Europe/Amsterdam");
        const QStringList gap{QStringLiteral("gap")};
        const QStringList overlap{QStringLiteral("overlap")};
        const QStringList refuse{QStringLiteral("refuse")};

        QTest::newRow("plain winter time") << ams << "2016-11-14 14:56" << true << O::First << QStringList() << R::Instant
                                           << "2016-11-14T13:56:00Z" << QStringList();
        QTest::newRow("label pasted along is ignored") << ams << "2016-11-14 14:56 CET" << true << O::First
                                                       << QStringList() << R::Instant << "2016-11-14T13:56:00Z"
                                                       << QStringList();
        QTest::newRow("gap, suggestion accepted")
            << ams << "2016-03-27 02:30" << true << O::First << gap << R::Instant << "2016-03-27T01:30:00Z"
            << QStringList{QStringLiteral("02:30"), QStringLiteral("27 March 2016"), ams, QStringLiteral("03:30 CEST")};
        QTest::newRow("gap, suggestion declined") << ams << "2016-03-27 02:30" << false << O::First << gap
                                                  << R::Refused << QString() << QStringList{QStringLiteral("03:30 CEST")};
        QTest::newRow("repeated hour, first chosen")
            << ams << "2016-10-30 02:30" << true << O::First << overlap << R::Instant << "2016-10-30T00:30:00Z"
            << QStringList{QStringLiteral("02:30"), QStringLiteral("30 October 2016"), ams};
        QTest::newRow("repeated hour, second chosen") << ams << "2016-10-30 02:30" << true << O::Second << overlap
                                                      << R::Instant << "2016-10-30T01:30:00Z" << QStringList();
        QTest::newRow("repeated hour, cancelled") << ams << "2016-10-30 02:30" << true << O::Cancel << overlap
                                                  << R::Refused << QString() << QStringList();
        QTest::newRow("Chicago gap accepted") << "America/Chicago" << "2017-03-12 02:30" << true << O::First << gap
                                              << R::Instant << "2017-03-12T08:30:00Z"
                                              << QStringList{QStringLiteral("03:30 CDT")};
        QTest::newRow("Lord Howe half-hour repeat, second")
            << "Australia/Lord_Howe" << "2017-04-02 01:45" << true << O::Second << overlap << R::Instant
            << "2017-04-01T15:15:00Z" << QStringList();
        QTest::newRow("Kolkata has no daylight saving") << "Asia/Kolkata" << "2016-11-14 19:26" << true << O::First
                                                        << QStringList() << R::Instant << "2016-11-14T13:56:00Z"
                                                        << QStringList();
        QTest::newRow("not a time") << ams << "yesterday afternoon" << true << O::First << refuse << R::Refused
                                    << QString() << QStringList{QStringLiteral("2016-11-14 14:56")};
        QTest::newRow("impossible date") << ams << "2016-02-30 10:00" << true << O::First << refuse << R::Refused
                                         << QString() << QStringList();
        QTest::newRow("empty means no time") << ams << "   " << true << O::First << QStringList() << R::Empty
                                             << QString() << QStringList();
    }

    void resolve_asksAboutGapsAndRepeats()
    {
        QFETCH(QString, zone);
        QFETCH(QString, typed);
        QFETCH(bool, acceptGap);
        QFETCH(WallTimeQuestion::Occurrence, occurrence);
        QFETCH(QStringList, expectedAsked);
        QFETCH(WallTimeEntry::Outcome, expectedOutcome);
        QFETCH(QString, expectedUtc);
        QFETCH(QStringList, questionMentions);

        ScriptedQuestion question;
        question.acceptGap = acceptGap;
        question.occurrence = occurrence;
        const auto result = WallTimeEntry::resolve(typed, QTimeZone(zone.toUtf8()), question);

        QCOMPARE(question.asked, expectedAsked);
        QCOMPARE(result.outcome, expectedOutcome);
        if (!expectedUtc.isEmpty())
            QCOMPARE(result.instant, QDateTime::fromString(expectedUtc, Qt::ISODate));
        else
            QVERIFY(!result.instant.isValid());
        for (const QString &mention : std::as_const(questionMentions))
            QVERIFY2(question.lastQuestion.contains(mention), qPrintable(question.lastQuestion));
    }

    void resolve_labelsBothOccurrencesWithTheirOffsets()
    {
        ScriptedQuestion question;
        WallTimeEntry::resolve(QStringLiteral("2016-10-30 02:15"), QTimeZone("Europe/Amsterdam"), question);
        QCOMPARE(question.labels.size(), 2);
        QVERIFY2(question.labels.at(0).contains(QLatin1String("CEST")) && question.labels.at(0).contains(QLatin1String("+02:00")),
                 qPrintable(question.labels.at(0)));
        QVERIFY2(question.labels.at(1).contains(QLatin1String("CET")) && question.labels.at(1).contains(QLatin1String("+01:00")),
                 qPrintable(question.labels.at(1)));
    }

    void editText_roundTripsThroughResolve()
    {
        const QTimeZone zone("Australia/Sydney");
        const QDateTime instant = QDateTime::fromString(QStringLiteral("2016-11-14T13:56:00Z"), Qt::ISODate);
        const QString text = WallTimeEntry::editText(instant, zone);
        QCOMPARE(text, QStringLiteral("2016-11-15 00:56"));
        ScriptedQuestion question;
        QCOMPARE(WallTimeEntry::resolve(text, zone, question).instant, instant);
    }
};

QTEST_GUILESS_MAIN(TestWallTimeEntry)
#include "tst_walltimeentry.moc"
