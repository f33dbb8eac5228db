#include "analysis/AmPmSlip.h"
#include "analysis/Linter.h"
#include "model/RcaReview.h"
#include "time/Rfc3339.h"

#include <QTest>

using namespace OutageDesk;

namespace {

OutageWindow window(const QString &instance, const QString &start, const QString &end, Impact impact = Impact::Outage)
{
    OutageWindow w;
    w.instance = instance;
    w.start = Rfc3339::parse(start);
    w.end = end.isEmpty() ? QDateTime() : Rfc3339::parse(end);
    w.impact = impact;
    return w;
}

QStringList codes(const QList<LintFinding> &findings)
{
    QStringList c;
    for (const auto &f : findings)
        c << f.toLine().section(QLatin1String(": "), 0, 1);
    return c;
}

} // namespace

class TestLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data()
    {
        QTest::addColumn<QList<OutageWindow>>("windows");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("resolvedAt"); // a "resolved" update, or empty
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("fragment"); // in the first finding's message

        const QString eu = QStringLiteral("Primo MT EU01");
        QTest::newRow("clean") << QList<OutageWindow>{window(eu, QStringLiteral("2016-11-14T14:56:00+01:00"), QStringLiteral("2016-11-14T15:36:00+01:00"))}
                               << int(IncidentStatus::Resolved) << "2016-11-16T19:20:00Z" << QStringList{} << "";
        // Recorded as 19:56 → 08:11 the next morning: really 19:56 → 20:11.
        QTest::newRow("am/pm slip") << QList<OutageWindow>{window(eu, QStringLiteral("2016-11-16T19:56:00+01:00"), QStringLiteral("2016-11-17T08:11:00+01:00"))}
                                    << int(IncidentStatus::Monitoring) << "" << QStringList{QStringLiteral("error: window-ampm-slip")}
                                    << "2016-11-16 20:11 CET";
        QTest::newRow("long night maintenance is not a slip")
            << QList<OutageWindow>{window(eu, QStringLiteral("2016-11-16T13:00:00+01:00"), QStringLiteral("2016-11-17T08:11:00+01:00"))}
            << int(IncidentStatus::Monitoring) << "" << QStringList{} << "";
        QTest::newRow("overlap") << QList<OutageWindow>{window(eu, QStringLiteral("2016-11-15T10:56:00+01:00"), QStringLiteral("2016-11-15T11:30:00+01:00")),
                                                        window(eu, QStringLiteral("2016-11-15T11:23:00+01:00"), QStringLiteral("2016-11-15T11:29:00+01:00"))}
                                 << int(IncidentStatus::Monitoring) << "" << QStringList{QStringLiteral("warning: window-overlap")}
                                 << "11:23 CET";
        QTest::newRow("other instance does not overlap")
            << QList<OutageWindow>{window(eu, QStringLiteral("2016-11-15T10:56:00+01:00"), QStringLiteral("2016-11-15T11:30:00+01:00")),
                                   window(QStringLiteral("Alma EU02"), QStringLiteral("2016-11-15T11:23:00+01:00"), QStringLiteral("2016-11-15T11:29:00+01:00"))}
            << int(IncidentStatus::Monitoring) << "" << QStringList{} << "";
        QTest::newRow("resolved with ongoing") << QList<OutageWindow>{window(eu, QStringLiteral("2016-11-15T10:56:00+01:00"), QString())}
                                               << int(IncidentStatus::Resolved) << "" << QStringList{QStringLiteral("error: resolved-with-ongoing-window")}
                                               << "10:56 CET";
        QTest::newRow("after resolved update") << QList<OutageWindow>{window(eu, QStringLiteral("2016-11-16T19:56:00+01:00"), QStringLiteral("2016-11-16T20:30:00+01:00"))}
                                               << int(IncidentStatus::Resolved) << "2016-11-16T19:20:00Z"
                                               << QStringList{QStringLiteral("warning: window-outside-timeline")} << "resolved";
        QTest::newRow("missing zone") << QList<OutageWindow>{window(QStringLiteral("Legacy 01"), QStringLiteral("2016-11-15T10:56:00+01:00"), QStringLiteral("2016-11-15T11:00:00+01:00"))}
                                      << int(IncidentStatus::Monitoring) << "" << QStringList{QStringLiteral("error: missing-zone")} << "OLD";
        QTest::newRow("outage in the future") << QList<OutageWindow>{window(eu, QStringLiteral("2030-01-01T10:00:00Z"), QStringLiteral("2030-01-01T11:00:00Z"))}
                                              << int(IncidentStatus::Investigating) << "" << QStringList{QStringLiteral("error: window-in-future")} << "future";
        QTest::newRow("maintenance in the future is fine")
            << QList<OutageWindow>{window(eu, QStringLiteral("2030-01-01T10:00:00Z"), QStringLiteral("2030-01-01T11:00:00Z"), Impact::Maintenance)}
            << int(IncidentStatus::Investigating) << "" << QStringList{} << "";
    }

    void checks()
    {
        QFETCH(QList<OutageWindow>, windows);
        QFETCH(int, status);
        QFETCH(QString, resolvedAt);
        QFETCH(QStringList, expected);
        QFETCH(QString, fragment);

        Incident incident;
        incident.title = QStringLiteral("Test");
        incident.status = IncidentStatus(status);
        incident.windows = windows;
        if (!resolvedAt.isEmpty())
            incident.updates << StatusUpdate{Rfc3339::parse(resolvedAt), IncidentStatus::Resolved, QStringLiteral("Fixed.")};
        const QList<DataCenter> dcs{{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")},
                                    {0, QStringLiteral("OLD"), QStringLiteral("Old"), QString()}};
        const QList<Instance> instances{{0, QStringLiteral("Primo MT EU01"), QString(), QStringLiteral("EU")},
                                        {0, QStringLiteral("Alma EU02"), QString(), QStringLiteral("EU")},
                                        {0, QStringLiteral("Legacy 01"), QString(), QStringLiteral("OLD")}};
        const auto findings = Linter::checkIncident(incident, dcs, instances, Rfc3339::parse(QStringLiteral("2026-11-23T00:00:00Z")));
        QCOMPARE(codes(findings), expected);
        if (!fragment.isEmpty())
            QVERIFY2(findings.first().message.contains(fragment), qPrintable(findings.first().message));
    }

    void amPmSlip_data();
    void amPmSlip();
    void amPmSlip_questionInTheWindowsHourCycle();
    void openErrors_acceptedErrorsAndWarningsDoNotHoldUpApproval();
};


void TestLinter::amPmSlip_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("suggestedEnd"); // empty: not a slip

    const QString ams = QStringLiteral("Europe/Amsterdam");
    // The reference RCA's 16 November window, 7:56 PM until 8:11 PM, typed three ways.
    QTest::newRow("typed literally: 8:11 AM the same day") << ams << "2016-11-16T19:56:00+01:00" << "2016-11-16T08:11:00+01:00"
                                                           << "2016-11-16T20:11:00+01:00";
    QTest::newRow("entered as the next morning") << ams << "2016-11-16T19:56:00+01:00" << "2016-11-17T08:11:00+01:00"
                                                 << "2016-11-16T20:11:00+01:00";
    QTest::newRow("as meant") << ams << "2016-11-16T19:56:00+01:00" << "2016-11-16T20:11:00+01:00" << "";
    QTest::newRow("a night shorter than eight hours is real") << ams << "2016-11-16T22:00:00+01:00"
                                                             << "2016-11-17T05:30:00+01:00" << "";
    QTest::newRow("afternoon start is not evening") << ams << "2016-11-16T13:00:00+01:00" << "2016-11-17T08:11:00+01:00" << "";
    QTest::newRow("end in the afternoon is not morning") << ams << "2016-11-16T19:56:00+01:00" << "2016-11-17T14:00:00+01:00" << "";
    QTest::newRow("end equal to start: nothing to suggest") << ams << "2016-11-16T19:56:00+01:00"
                                                            << "2016-11-16T19:56:00+01:00" << "";
    QTest::newRow("afternoon end before the start: no half-day guess") << ams << "2016-11-14T14:56:00+01:00"
                                                                      << "2016-11-14T14:00:00+01:00" << "";
    QTest::newRow("end before start, past midnight") << ams << "2016-11-16T23:30:00+01:00" << "2016-11-16T00:15:00+01:00"
                                                     << "2016-11-17T00:15:00+01:00";
    QTest::newRow("slip across the autumn change keeps the wall time") << ams << "2016-10-29T19:56:00+02:00"
                                                                      << "2016-10-30T08:11:00+01:00" << "2016-10-29T20:11:00+02:00";
    QTest::newRow("Chicago") << "America/Chicago" << "2016-11-16T19:56:00-06:00" << "2016-11-17T08:11:00-06:00"
                             << "2016-11-16T20:11:00-06:00";
}

void TestLinter::amPmSlip()
{
    QFETCH(QString, zone);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, suggestedEnd);
    const auto slip = AmPmSlip::check(Rfc3339::parse(start), Rfc3339::parse(end), QTimeZone(zone.toUtf8()));
    if (suggestedEnd.isEmpty()) {
        QVERIFY(!slip);
        return;
    }
    QVERIFY(slip);
    QCOMPARE(slip->suggestedEnd, Rfc3339::parse(suggestedEnd));
    QVERIFY(slip->suggestedEnd > Rfc3339::parse(start));
}

void TestLinter::amPmSlip_questionInTheWindowsHourCycle()
{
    const QTimeZone zone("Europe/Amsterdam");
    const auto slip = AmPmSlip::check(Rfc3339::parse(QStringLiteral("2016-11-16T19:56:00+01:00")),
                                      Rfc3339::parse(QStringLiteral("2016-11-16T08:11:00+01:00")), zone);
    QVERIFY(slip);
    QCOMPARE(AmPmSlip::question(*slip, zone), QStringLiteral("did you mean 20:11?"));
    QCOMPARE(AmPmSlip::question(*slip, zone, HourCycle::Twelve), QStringLiteral("did you mean 8:11 PM?"));
}

void TestLinter::openErrors_acceptedErrorsAndWarningsDoNotHoldUpApproval()
{
    LintFinding slip;
    slip.level = LintFinding::Level::Error;
    slip.code = QStringLiteral("window-ampm-slip");
    LintFinding accepted = slip;
    accepted.code = QStringLiteral("missing-zone");
    accepted.acceptedBy = QStringLiteral("Dana");
    LintFinding warning;
    warning.level = LintFinding::Level::Warning;
    warning.code = QStringLiteral("window-overlap");
    const auto open = RcaReview::openErrors({slip, accepted, warning});
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().code, QStringLiteral("window-ampm-slip"));
    QVERIFY(accepted.toLine().endsWith(QLatin1String("(accepted by Dana)")));
}

QTEST_GUILESS_MAIN(TestLinter)
#include "tst_linter.moc"
