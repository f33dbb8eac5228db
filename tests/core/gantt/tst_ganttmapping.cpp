#include "render/gantt/GanttDataset.h"
#include "render/gantt/GanttDocument.h"
#include "render/gantt/GanttRowLayout.h"
#include "render/gantt/GanttTickCalculator.h"
#include "render/gantt/GanttTimeScale.h"
#include "render/gantt/GanttZoomHistory.h"

#include <QtTest>

using namespace OutageDesk;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

qint64 ms(const char *rfc3339)
{
    return QDateTime::fromString(QString::fromLatin1(rfc3339), Qt::ISODate).toMSecsSinceEpoch();
}

QTimeZone amsterdam()
{
    return QTimeZone("Europe/Amsterdam");
}

WindowRecord window(const QString &instance, const QString &dc, qint64 start, qint64 end,
                    const QString &uuid = QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101"))
{
    WindowRecord w;
    w.instance = instance;
    w.dataCenter = dc;
    w.startMs = start;
    w.endMs = end;
    w.incidentUuid = uuid;
    w.incidentTitle = QStringLiteral("Title");
    return w;
}

} // namespace

class tst_GanttMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mapTimeToX_roundTrips_data();
    void mapTimeToX_roundTrips();
    void zoom_keepsInstantUnderCursor_data();
    void zoom_keepsInstantUnderCursor();
    void zoom_clampsToMinimumSpan();
    void pan_movesContentByPixels();
    void rows_perInstanceUnderDataCenters_data();
    void rows_perInstanceUnderDataCenters();
    void rows_collapsedGroupTakesItsInstancesBars();
    void rows_filterKeepsChosenDataCenters();
    void rowAt_followsGeometry_data();
    void rowAt_followsGeometry();
    void dayTicks_followDaylightSaving_data();
    void dayTicks_followDaylightSaving();
    void hourTicks_repeatTheFallBackHour();
    void tickLabels_carryZoneAbbreviation_data();
    void tickLabels_carryZoneAbbreviation();
    void chooseStep_keepsLabelsApart_data();
    void chooseStep_keepsLabelsApart();
    void presetDay_lastsTwentyThreeOrTwentyFiveHours_data();
    void presetDay_lastsTwentyThreeOrTwentyFiveHours();
    void dataset_findsOnlyOverlappingBars();
    void dataset_stacksOverlappingWindowsInLanes();
    void dataset_ongoingWindowEndsAtNow();
    void history_backAndForward();
    void axisZone_dataCenterModeUsesSharedZoneElseUtc();
};

void tst_GanttMapping::mapTimeToX_roundTrips_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("width");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<double>("expectedX");

    const qint64 day = ms("2016-11-15T00:00:00+01:00");
    QTest::newRow("start maps to left") << day << day + kDay << 100.0 << 960.0 << day << 100.0;
    QTest::newRow("end maps to right") << day << day + kDay << 100.0 << 960.0 << day + kDay << 1060.0;
    QTest::newRow("noon of a day is the middle") << day << day + kDay << 0.0 << 1000.0 << day + 12 * kHour << 500.0;
    QTest::newRow("10:56 CET on 15 Nov") << day << day + kDay << 50.0 << 1440.0 << ms("2016-11-15T10:56:00+01:00")
                                         << 50.0 + 10 * 60 + 56;
    QTest::newRow("before the range is left of it") << day << day + kDay << 0.0 << 240.0 << day - kHour << -10.0;
}

void tst_GanttMapping::mapTimeToX_roundTrips()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(double, left);
    QFETCH(double, width);
    QFETCH(qint64, instant);
    QFETCH(double, expectedX);

    const GanttTimeScale scale(start, end, left, width);
    QCOMPARE(scale.mapTimeToX(instant), expectedX);
    // Back to time within one pixel's worth of milliseconds.
    const qint64 msPerPixel = (end - start) / qint64(width);
    QVERIFY(qAbs(scale.mapXToTime(expectedX) - instant) <= msPerPixel);
}

void tst_GanttMapping::zoom_keepsInstantUnderCursor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("cursorX");

    QTest::newRow("in at the left edge") << 2.0 << 0.0;
    QTest::newRow("in at a third") << 1.25 << 333.0;
    QTest::newRow("in a lot near the right") << 50.0 << 990.0;
    QTest::newRow("out in the middle") << 0.5 << 500.0;
    QTest::newRow("out off-centre") << 0.8 << 720.5;
}

void tst_GanttMapping::zoom_keepsInstantUnderCursor()
{
    QFETCH(double, factor);
    QFETCH(double, cursorX);

    const qint64 start = ms("2016-11-14T00:00:00Z");
    GanttTimeScale scale(start, start + 3 * kDay, 0, 1000);
    const qint64 underCursor = scale.mapXToTime(cursorX);
    const qint64 spanBefore = scale.spanMs();
    scale.zoom(factor, cursorX);
    QVERIFY(qAbs(scale.mapTimeToX(underCursor) - cursorX) < 0.01);
    QVERIFY(qAbs(double(scale.spanMs()) - double(spanBefore) / factor) <= 1.0);
}

void tst_GanttMapping::zoom_clampsToMinimumSpan()
{
    GanttTimeScale scale(0, kHour, 0, 600);
    scale.zoom(1e6, 300);
    QCOMPARE(scale.spanMs(), GanttTimeScale::kMinSpanMs);
    QVERIFY(qAbs(scale.mapTimeToX(kHour / 2) - 300) < 0.01);
}

void tst_GanttMapping::pan_movesContentByPixels()
{
    GanttTimeScale scale(0, kDay, 10, 960);
    const qint64 t = 7 * kHour;
    const double before = scale.mapTimeToX(t);
    scale.pan(120);
    QVERIFY(qAbs(scale.mapTimeToX(t) - (before + 120)) < 0.01);
    QCOMPARE(scale.spanMs(), kDay);
}

void tst_GanttMapping::rows_perInstanceUnderDataCenters_data()
{
    QTest::addColumn<int>("dataCenters");
    QTest::addColumn<int>("instancesEach");
    QTest::addColumn<int>("expectedRows");

    QTest::newRow("empty catalog") << 0 << 0 << 0;
    QTest::newRow("a data center without instances") << 1 << 0 << 1;
    QTest::newRow("one instance") << 1 << 1 << 2;
    QTest::newRow("many") << 20 << 10 << 220;
}

void tst_GanttMapping::rows_perInstanceUnderDataCenters()
{
    QFETCH(int, dataCenters);
    QFETCH(int, instancesEach);
    QFETCH(int, expectedRows);

    QList<DataCenter> dcs;
    QList<Instance> instances;
    // Inserted in reverse to check that rows come out sorted.
    for (int d = dataCenters - 1; d >= 0; --d) {
        dcs << DataCenter{0, QStringLiteral("DC%1").arg(d, 2, 10, QLatin1Char('0')), QString(), QStringLiteral("UTC")};
        for (int i = instancesEach - 1; i >= 0; --i)
            instances << Instance{0, QStringLiteral("i%1-%2").arg(d, 2, 10, QLatin1Char('0')).arg(i, 2, 10, QLatin1Char('0')),
                                  QStringLiteral("P"), dcs.constLast().code};
    }
    GanttRowLayout layout;
    layout.setCatalog(dcs, instances);
    QCOMPARE(layout.rowCount(), expectedRows);
    for (int r = 0; r < layout.rowCount(); ++r) {
        const GanttRow &row = layout.rows().at(r);
        if (row.kind == GanttRow::Kind::Instance) {
            QCOMPARE(layout.rowOfInstance(row.instance), r);
            // An instance row sits below its data center's header.
            QVERIFY(layout.rowOfDataCenter(row.dataCenter) < r);
            if (r > 0 && layout.rows().at(r - 1).kind == GanttRow::Kind::Instance)
                QVERIFY(layout.rows().at(r - 1).instance < row.instance);
        }
    }
    if (dataCenters > 1)
        QCOMPARE(layout.rows().constFirst().dataCenter, QStringLiteral("DC00"));
}

void tst_GanttMapping::rows_collapsedGroupTakesItsInstancesBars()
{
    GanttRowLayout layout;
    layout.setCatalog({{0, QStringLiteral("EU"), QStringLiteral("Europe"), QStringLiteral("Europe/Amsterdam")},
                       {0, QStringLiteral("NA"), QStringLiteral("America"), QStringLiteral("America/Chicago")}},
                      {{0, QStringLiteral("EU01"), QStringLiteral("P"), QStringLiteral("EU")},
                       {0, QStringLiteral("EU02"), QStringLiteral("P"), QStringLiteral("EU")},
                       {0, QStringLiteral("NA01"), QStringLiteral("P"), QStringLiteral("NA")}});
    QCOMPARE(layout.rowCount(), 5);
    layout.setCollapsed(QStringLiteral("EU"), true);
    QCOMPARE(layout.rowCount(), 3);
    QCOMPARE(layout.rowOfInstance(QStringLiteral("EU01")), 0);
    QCOMPARE(layout.rowOfInstance(QStringLiteral("EU02")), 0);
    QCOMPARE(layout.rowOfInstance(QStringLiteral("NA01")), 2);
    QVERIFY(layout.rows().at(0).collapsed);

    GanttDataset data;
    data.setWindows({window(QStringLiteral("EU01"), QStringLiteral("EU"), 0, kHour),
                     window(QStringLiteral("EU02"), QStringLiteral("EU"), 2 * kHour, 3 * kHour),
                     window(QStringLiteral("NA01"), QStringLiteral("NA"), 0, kHour)});
    data.rebuild(layout, 10 * kHour);
    QCOMPARE(int(data.row(0).bars.size()), 2);
    QCOMPARE(int(data.row(1).bars.size()), 1); // NA's header summarises NA01
    QCOMPARE(int(data.row(2).bars.size()), 1);
}

void tst_GanttMapping::rows_filterKeepsChosenDataCenters()
{
    GanttRowLayout layout;
    layout.setCatalog({{0, QStringLiteral("EU"), QString(), QStringLiteral("Europe/Amsterdam")},
                       {0, QStringLiteral("NA"), QString(), QStringLiteral("America/Chicago")}},
                      {{0, QStringLiteral("EU01"), QString(), QStringLiteral("EU")},
                       {0, QStringLiteral("NA01"), QString(), QStringLiteral("NA")}});
    layout.setFilter({QStringLiteral("NA")});
    QCOMPARE(layout.rowCount(), 2);
    QCOMPARE(layout.rowOfInstance(QStringLiteral("EU01")), -1);
    QCOMPARE(layout.rowOfInstance(QStringLiteral("NA01")), 1);
    QCOMPARE(layout.shownDataCenters().size(), 1);
    layout.setFilter({});
    QCOMPARE(layout.rowCount(), 4);
}

void tst_GanttMapping::rowAt_followsGeometry_data()
{
    QTest::addColumn<int>("firstRow");
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("expectedRow");

    // Ten rows of 20 px from y = 40.
    QTest::newRow("above the rows") << 0 << 39.0 << -1;
    QTest::newRow("top edge of row 0") << 0 << 40.0 << 0;
    QTest::newRow("last pixel of row 0") << 0 << 59.9 << 0;
    QTest::newRow("row 3") << 0 << 105.0 << 3;
    QTest::newRow("scrolled by 4") << 4 << 45.0 << 4;
    QTest::newRow("below the last row") << 0 << 240.0 << -1;
}

void tst_GanttMapping::rowAt_followsGeometry()
{
    QFETCH(int, firstRow);
    QFETCH(double, y);
    QFETCH(int, expectedRow);

    QList<Instance> instances;
    for (int i = 0; i < 9; ++i)
        instances << Instance{0, QStringLiteral("i%1").arg(i), QString(), QStringLiteral("X")};
    GanttRowLayout layout;
    layout.setCatalog({{0, QStringLiteral("X"), QString(), QStringLiteral("UTC")}}, instances);
    QCOMPARE(layout.rowCount(), 10);
    layout.setGeometry(40, 20, firstRow);
    QCOMPARE(layout.rowAt(y), expectedRow);
    if (expectedRow >= 0) {
        QVERIFY(layout.rowTop(expectedRow) <= y);
        QVERIFY(layout.rowTop(expectedRow) + layout.rowHeight() > y);
    }
}

void tst_GanttMapping::dayTicks_followDaylightSaving_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("expectedLength");

    QTest::newRow("spring forward, 27 Mar 2016") << QDate(2016, 3, 27) << 23 * kHour;
    QTest::newRow("fall back, 30 Oct 2016") << QDate(2016, 10, 30) << 25 * kHour;
    QTest::newRow("ordinary, 15 Nov 2016") << QDate(2016, 11, 15) << 24 * kHour;
}

void tst_GanttMapping::dayTicks_followDaylightSaving()
{
    QFETCH(QDate, day);
    QFETCH(qint64, expectedLength);

    const QTimeZone zone = amsterdam();
    const qint64 from = day.addDays(-1).startOfDay(zone).toMSecsSinceEpoch();
    const qint64 to = day.addDays(2).startOfDay(zone).toMSecsSinceEpoch();
    const QList<GanttTick> ticks = GanttTickCalculator::ticks(from, to, zone, {GanttTickCalculator::Unit::Day, 1});
    QCOMPARE(ticks.size(), 4);
    // Every tick is a local midnight, so the DST day is as long as the clock says.
    for (const GanttTick &tick : ticks)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(tick.ms, zone).time(), QTime(0, 0));
    QCOMPARE(ticks.at(2).ms - ticks.at(1).ms, expectedLength);
}

void tst_GanttMapping::hourTicks_repeatTheFallBackHour()
{
    const QTimeZone zone = amsterdam();
    const qint64 from = QDate(2016, 10, 30).startOfDay(zone).toMSecsSinceEpoch();
    const qint64 to = QDate(2016, 10, 31).startOfDay(zone).toMSecsSinceEpoch();
    const QList<GanttTick> ticks = GanttTickCalculator::ticks(from, to, zone, {GanttTickCalculator::Unit::Hour, 1});
    QCOMPARE(ticks.size(), 26); // 25 hours, both midnights included
    QStringList labels;
    for (const GanttTick &t : ticks)
        labels << t.label;
    QVERIFY2(labels.contains(QStringLiteral("02:00 CEST")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY2(labels.contains(QStringLiteral("02:00 CET")), qPrintable(labels.join(QLatin1Char('|'))));
}

void tst_GanttMapping::tickLabels_carryZoneAbbreviation_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<double>("width");
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<QString>("expectedAbbreviation");

    QTest::newRow("15 Nov in Amsterdam, hours") << "2016-11-15T00:00:00+01:00" << "2016-11-16T00:00:00+01:00" << 1200.0
                                                << "Europe/Amsterdam" << "CET";
    QTest::newRow("Nov 2016, days") << "2016-11-01T00:00:00+01:00" << "2016-12-01T00:00:00+01:00" << 1600.0
                                    << "Europe/Amsterdam" << "CET";
    QTest::newRow("July, summer time") << "2016-07-01T00:00:00+02:00" << "2016-07-02T00:00:00+02:00" << 1200.0
                                       << "Europe/Amsterdam" << "CEST";
    QTest::newRow("UTC") << "2016-11-15T00:00:00Z" << "2016-11-16T00:00:00Z" << 1200.0 << "UTC" << "UTC";
}

void tst_GanttMapping::tickLabels_carryZoneAbbreviation()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(double, width);
    QFETCH(QString, zoneId);
    QFETCH(QString, expectedAbbreviation);

    const QTimeZone zone(zoneId.toUtf8());
    const QList<GanttTick> ticks = GanttTickCalculator::ticks(ms(from.toLatin1().constData()), ms(to.toLatin1().constData()),
                                                              zone, width, 120);
    QVERIFY(ticks.size() >= 3);
    for (const GanttTick &tick : ticks)
        QVERIFY2(tick.label.endsWith(QLatin1Char(' ') + expectedAbbreviation), qPrintable(tick.label));
}

void tst_GanttMapping::chooseStep_keepsLabelsApart_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<double>("width");

    QTest::newRow("an hour") << kHour << 1200.0;
    QTest::newRow("a day") << kDay << 1200.0;
    QTest::newRow("a week") << 7 * kDay << 1600.0;
    QTest::newRow("a quarter") << 92 * kDay << 1600.0;
    QTest::newRow("a year") << 366 * kDay << 800.0;
}

void tst_GanttMapping::chooseStep_keepsLabelsApart()
{
    QFETCH(qint64, span);
    QFETCH(double, width);
    const double minSpacing = 120;
    const GanttTickCalculator::Step step = GanttTickCalculator::chooseStep(span, width, minSpacing);
    QVERIFY(double(step.nominalMs()) * width / double(span) >= minSpacing);
}

void tst_GanttMapping::presetDay_lastsTwentyThreeOrTwentyFiveHours_data()
{
    QTest::addColumn<QString>("around");
    QTest::addColumn<qint64>("expectedSpan");
    QTest::newRow("30 Oct 2016") << "2016-10-30T12:00:00+01:00" << 25 * kHour;
    QTest::newRow("27 Mar 2016") << "2016-03-27T12:00:00+02:00" << 23 * kHour;
    QTest::newRow("15 Nov 2016") << "2016-11-15T11:00:00+01:00" << 24 * kHour;
}

void tst_GanttMapping::presetDay_lastsTwentyThreeOrTwentyFiveHours()
{
    QFETCH(QString, around);
    QFETCH(qint64, expectedSpan);
    const auto [from, to] = GanttDocument::presetRange(GanttDocument::Preset::Day, ms(around.toLatin1().constData()), amsterdam());
    QCOMPARE(to - from, expectedSpan);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(from, amsterdam()).time(), QTime(0, 0));
}

void tst_GanttMapping::dataset_findsOnlyOverlappingBars()
{
    GanttRowLayout layout;
    layout.setCatalog({{0, QStringLiteral("EU"), QString(), QStringLiteral("UTC")}},
                      {{0, QStringLiteral("EU01"), QString(), QStringLiteral("EU")}});
    QList<WindowRecord> windows;
    for (int i = 0; i < 100; ++i)
        windows << window(QStringLiteral("EU01"), QStringLiteral("EU"), i * kHour, i * kHour + 10 * 60 * 1000);
    windows << window(QStringLiteral("EU01"), QStringLiteral("EU"), 0, 200 * kHour); // one long window
    GanttDataset data;
    data.setWindows(windows);
    data.rebuild(layout, 1000 * kHour);

    const int row = layout.rowOfInstance(QStringLiteral("EU01"));
    const auto [first, last] = data.candidates(row, 50 * kHour + 30 * 60 * 1000, 52 * kHour);
    QSet<int> overlapping;
    for (int i = first; i < last; ++i) {
        const GanttBar &b = data.row(row).bars[size_t(i)];
        if (b.endMs > 50 * kHour + 30 * 60 * 1000)
            overlapping.insert(b.record);
    }
    // 51:00 and the long one; 50:00–50:10 ends before the range.
    QCOMPARE(overlapping, (QSet<int>{51, 100}));
    QCOMPARE(data.hitTest(row, 51 * kHour + 5 * 60 * 1000, 0), 51); // the shortest under the point
    QCOMPARE(data.hitTest(row, 51 * kHour + 30 * 60 * 1000, 0), 100);
}

void tst_GanttMapping::dataset_stacksOverlappingWindowsInLanes()
{
    GanttRowLayout layout;
    layout.setCatalog({{0, QStringLiteral("EU"), QString(), QStringLiteral("UTC")}},
                      {{0, QStringLiteral("EU01"), QString(), QStringLiteral("EU")}});
    GanttDataset data;
    data.setWindows({window(QStringLiteral("EU01"), QStringLiteral("EU"), 0, 4 * kHour),
                     window(QStringLiteral("EU01"), QStringLiteral("EU"), kHour, 2 * kHour),
                     window(QStringLiteral("EU01"), QStringLiteral("EU"), 3 * kHour, 5 * kHour),
                     window(QStringLiteral("EU01"), QStringLiteral("EU"), 6 * kHour, 7 * kHour)});
    data.rebuild(layout, 10 * kHour);
    const auto &row = data.row(1);
    QCOMPARE(row.laneCount, 2);
    QCOMPARE(int(row.bars[0].lane), 0);
    QCOMPARE(int(row.bars[1].lane), 1);
    QCOMPARE(int(row.bars[2].lane), 1);
    QCOMPARE(int(row.bars[3].lane), 0);
}

void tst_GanttMapping::dataset_ongoingWindowEndsAtNow()
{
    GanttRowLayout layout;
    layout.setCatalog({{0, QStringLiteral("EU"), QString(), QStringLiteral("UTC")}},
                      {{0, QStringLiteral("EU01"), QString(), QStringLiteral("EU")}});
    GanttDataset data;
    data.setWindows({window(QStringLiteral("EU01"), QStringLiteral("EU"), kHour, WindowRecord::kOngoing)});
    data.rebuild(layout, 5 * kHour);
    QCOMPARE(data.row(1).bars[0].endMs, 5 * kHour);
    QVERIFY(data.row(1).bars[0].ongoing);
    QCOMPARE(data.extent(), std::make_pair(kHour, 5 * kHour));
}

void tst_GanttMapping::history_backAndForward()
{
    GanttZoomHistory history;
    QVERIFY(!history.back({0, 1}));
    history.push({0, 10});
    history.push({2, 5});
    QCOMPARE(history.back({3, 4}), std::make_optional(std::make_pair(qint64(2), qint64(5))));
    QCOMPARE(history.back({2, 5}), std::make_optional(std::make_pair(qint64(0), qint64(10))));
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.forward({0, 10}), std::make_optional(std::make_pair(qint64(2), qint64(5))));
    history.push({2, 5});
    QVERIFY(!history.canGoForward());
}

void tst_GanttMapping::axisZone_dataCenterModeUsesSharedZoneElseUtc()
{
    GanttDocument doc;
    doc.setCatalog({{0, QStringLiteral("EU"), QString(), QStringLiteral("Europe/Amsterdam")},
                    {0, QStringLiteral("NA"), QString(), QStringLiteral("America/Chicago")}},
                   {});
    QCOMPARE(doc.axisZone().id(), QByteArray("UTC"));
    doc.setFilter({QStringLiteral("EU")});
    QCOMPARE(doc.axisZone().id(), QByteArray("Europe/Amsterdam"));
    doc.setZoneMode(GanttDocument::ZoneMode::Utc);
    QCOMPARE(doc.axisZone().id(), QByteArray("UTC"));
    QVERIFY(!GanttDocument::parseZone(QStringLiteral("Mars/Olympus")));
    QCOMPARE(GanttDocument::parseZone(QStringLiteral("Asia/Kolkata"))->second.id(), QByteArray("Asia/Kolkata"));
}

QTEST_GUILESS_MAIN(tst_GanttMapping)
#include "tst_ganttmapping.moc"
