#include "analysis/AvailabilityCalculator.h"
#include "time/IntervalSet.h"
#include "time/Rfc3339.h"

#include <QJsonArray>
#include <QTest>

using namespace OutageDesk;

namespace {

// "instance|impact|start|end" ; end "-" = ongoing
WindowRecord window(const QString &spec)
{
    const QStringList p = spec.split(QLatin1Char('|'));
    WindowRecord w;
    w.instance = p.at(0);
    w.dataCenter = p.at(0).section(QLatin1Char('-'), 0, 0);
    w.impact = impactFromWireName(p.at(1)).value();
    w.startMs = Rfc3339::parse(p.at(2)).toMSecsSinceEpoch();
    w.endMs = p.at(3) == QLatin1String("-") ? WindowRecord::kOngoing : Rfc3339::parse(p.at(3)).toMSecsSinceEpoch();
    return w;
}

} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalUnion_data()
    {
        QTest::addColumn<QList<qint64>>("pairs");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("pieces");
        QTest::newRow("empty") << QList<qint64>{} << qint64(0) << 0;
        QTest::newRow("one") << QList<qint64>{10, 20} << qint64(10) << 1;
        QTest::newRow("disjoint") << QList<qint64>{10, 20, 30, 35} << qint64(15) << 2;
        QTest::newRow("overlap") << QList<qint64>{10, 20, 15, 25} << qint64(15) << 1;
        QTest::newRow("nested") << QList<qint64>{10, 40, 15, 25} << qint64(30) << 1;
        QTest::newRow("touching merge") << QList<qint64>{10, 20, 20, 30} << qint64(20) << 1;
        QTest::newRow("unsorted duplicates") << QList<qint64>{30, 40, 10, 20, 10, 20} << qint64(20) << 2;
        QTest::newRow("empty interval ignored") << QList<qint64>{10, 10, 20, 15} << qint64(0) << 0;
    }

    void intervalUnion()
    {
        QFETCH(QList<qint64>, pairs);
        QFETCH(qint64, total);
        QFETCH(int, pieces);
        IntervalSet set;
        for (int i = 0; i + 1 < pairs.size(); i += 2)
            set.add(pairs.at(i), pairs.at(i + 1));
        QCOMPARE(set.totalLength(), total);
        QCOMPARE(set.intervals().size(), pieces);
    }

    void compute_data()
    {
        QTest::addColumn<QStringList>("windows");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QList<qint64>>("expected"); // dc down, degraded, maintenance, inst1 down, inst2 down

        const QString nov1 = QStringLiteral("2016-11-01T00:00:00Z");
        const QString dec1 = QStringLiteral("2016-12-01T00:00:00Z");
        const QString later = QStringLiteral("2017-01-01T00:00:00Z");

        QTest::newRow("seed example, 6000 s")
            << QStringList{QStringLiteral("EU-1|outage|2016-11-14T14:56:00+01:00|2016-11-14T15:36:00+01:00"),
                           QStringLiteral("EU-1|outage|2016-11-15T10:56:00+01:00|2016-11-15T11:14:00+01:00"),
                           QStringLiteral("EU-1|outage|2016-11-15T11:23:00+01:00|2016-11-15T11:29:00+01:00"),
                           QStringLiteral("EU-1|outage|2016-11-15T11:59:00+01:00|2016-11-15T12:20:00+01:00"),
                           QStringLiteral("EU-1|outage|2016-11-16T19:56:00+01:00|2016-11-16T20:11:00+01:00")}
            << nov1 << dec1 << later << QList<qint64>{6000, 0, 0, 6000, 0};
        QTest::newRow("overlap in one instance counted once")
            << QStringList{QStringLiteral("EU-1|outage|2016-11-14T10:00:00Z|2016-11-14T11:00:00Z"),
                           QStringLiteral("EU-1|outage|2016-11-14T10:30:00Z|2016-11-14T11:30:00Z")}
            << nov1 << dec1 << later << QList<qint64>{5400, 0, 0, 5400, 0};
        QTest::newRow("data center is the union over instances")
            << QStringList{QStringLiteral("EU-1|outage|2016-11-14T10:00:00Z|2016-11-14T11:00:00Z"),
                           QStringLiteral("EU-2|outage|2016-11-14T10:30:00Z|2016-11-14T12:00:00Z")}
            << nov1 << dec1 << later << QList<qint64>{7200, 0, 0, 3600, 5400};
        // The repeated hour of 30 Oct 2016 in Amsterdam: 02:30 CEST to 02:30 CET is one hour, not zero.
        QTest::newRow("amsterdam autumn overlap hour")
            << QStringList{QStringLiteral("EU-1|outage|2016-10-30T02:30:00+02:00|2016-10-30T02:30:00+01:00")}
            << "2016-10-01T00:00:00Z" << nov1 << later << QList<qint64>{3600, 0, 0, 3600, 0};
        // Spring forward: 01:30 CET to 03:30 CEST is one hour of wall-clock jump, one hour elapsed.
        QTest::newRow("amsterdam spring gap")
            << QStringList{QStringLiteral("EU-1|outage|2016-03-27T01:30:00+01:00|2016-03-27T03:30:00+02:00")}
            << "2016-03-01T00:00:00Z" << "2016-04-01T00:00:00Z" << later << QList<qint64>{3600, 0, 0, 3600, 0};
        QTest::newRow("lord howe half-hour dst")
            << QStringList{QStringLiteral("EU-1|outage|2016-10-02T01:45:00+10:30|2016-10-02T02:45:00+11:00")}
            << "2016-10-01T00:00:00Z" << nov1 << later << QList<qint64>{1800, 0, 0, 1800, 0};
        QTest::newRow("kolkata half-hour offset")
            << QStringList{QStringLiteral("EU-1|outage|2016-11-14T05:30:00+05:30|2016-11-14T06:00:00+05:30")}
            << nov1 << dec1 << later << QList<qint64>{1800, 0, 0, 1800, 0};
        QTest::newRow("ongoing counts up to now")
            << QStringList{QStringLiteral("EU-1|outage|2016-11-30T23:00:00Z|-")}
            << nov1 << dec1 << "2016-11-30T23:20:00Z" << QList<qint64>{1200, 0, 0, 1200, 0};
        QTest::newRow("ongoing counts up to the end of the period")
            << QStringList{QStringLiteral("EU-1|outage|2016-11-30T23:00:00Z|-")}
            << nov1 << dec1 << later << QList<qint64>{3600, 0, 0, 3600, 0};
        QTest::newRow("clipped to the period")
            << QStringList{QStringLiteral("EU-1|outage|2016-10-31T23:00:00Z|2016-11-01T01:00:00Z"),
                           QStringLiteral("EU-1|outage|2016-11-30T23:30:00Z|2016-12-01T02:00:00Z")}
            << nov1 << dec1 << later << QList<qint64>{5400, 0, 0, 5400, 0};
        QTest::newRow("degraded and maintenance apart")
            << QStringList{QStringLiteral("EU-1|degraded|2016-11-14T10:00:00Z|2016-11-14T11:00:00Z"),
                           QStringLiteral("EU-2|degraded|2016-11-14T10:30:00Z|2016-11-14T11:30:00Z"),
                           QStringLiteral("EU-1|maintenance|2016-11-20T02:00:00Z|2016-11-20T04:00:00Z"),
                           QStringLiteral("EU-1|outage|2016-11-14T10:15:00Z|2016-11-14T10:25:00Z")}
            << nov1 << dec1 << later << QList<qint64>{600, 5400, 7200, 600, 0};
    }

    void compute()
    {
        QFETCH(QStringList, windows);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, now);
        QFETCH(QList<qint64>, expected);

        const QList<DataCenter> dcs{{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")}};
        const QList<Instance> instances{{0, QStringLiteral("EU-1"), QString(), QStringLiteral("EU")},
                                        {0, QStringLiteral("EU-2"), QString(), QStringLiteral("EU")}};
        QList<WindowRecord> records;
        for (const auto &spec : windows)
            records << window(spec);
        const auto report = AvailabilityCalculator::compute(dcs, instances, records, Rfc3339::parse(from),
                                                            Rfc3339::parse(to), Rfc3339::parse(now));
        QCOMPARE(report.dataCenters.size(), 1);
        const auto &dc = report.dataCenters.first();
        QCOMPARE(dc.figures.downtimeSeconds, expected.at(0));
        QCOMPARE(dc.figures.degradedSeconds, expected.at(1));
        QCOMPARE(dc.figures.maintenanceSeconds, expected.at(2));
        QCOMPARE(dc.instances.at(0).figures.downtimeSeconds, expected.at(3));
        QCOMPARE(dc.instances.at(1).figures.downtimeSeconds, expected.at(4));
        const double period = Rfc3339::parse(from).secsTo(Rfc3339::parse(to));
        QCOMPARE(dc.figures.availabilityPercent, 100.0 * (1.0 - double(expected.at(0)) / period));
    }

    void json_matchesContract()
    {
        const QList<DataCenter> dcs{{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")}};
        const QList<Instance> instances{{0, QStringLiteral("Primo MT EU01"), QStringLiteral("Primo"), QStringLiteral("EU")}};
        WindowRecord w = window(QStringLiteral("EU-1|outage|2016-11-14T13:56:00Z|2016-11-14T15:36:00Z"));
        w.instance = QStringLiteral("Primo MT EU01");
        const auto json = AvailabilityCalculator::compute(dcs, instances, {w}, Rfc3339::parse(QStringLiteral("2016-11-01T00:00:00Z")),
                                                          Rfc3339::parse(QStringLiteral("2016-12-01T00:00:00Z")),
                                                          Rfc3339::parse(QStringLiteral("2017-01-01T00:00:00Z")))
                              .toJson();
        QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2016-11-01T00:00:00Z"));
        const auto dc = json.value(QStringLiteral("dataCenters")).toArray().first().toObject();
        QCOMPARE(dc.value(QStringLiteral("code")).toString(), QStringLiteral("EU"));
        QCOMPARE(dc.value(QStringLiteral("downtimeSeconds")).toInteger(), 6000);
        QCOMPARE(dc.value(QStringLiteral("availabilityPercent")).toDouble(), 99.76852);
        const auto inst = dc.value(QStringLiteral("instances")).toArray().first().toObject();
        QCOMPARE(inst.value(QStringLiteral("name")).toString(), QStringLiteral("Primo MT EU01"));
        QCOMPARE(inst.value(QStringLiteral("maintenanceSeconds")).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
