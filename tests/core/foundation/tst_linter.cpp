#include "analysis/Linter.h"
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
                                    << int(IncidentStatus::Monitoring) << "" << QStringList{QStringLiteral("warning: window-ampm-slip")}
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
};

QTEST_GUILESS_MAIN(TestLinter)
#include "tst_linter.moc"
