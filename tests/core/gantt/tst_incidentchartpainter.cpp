#include "model/Incident.h"
#include "render/RenderContext.h"
#include "render/gantt/GanttStyle.h"
#include "render/gantt/IncidentChartPainter.h"
#include "render/gantt/IncidentChartSvg.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace OutageDesk;

namespace {

const QDateTime kNow(QDate(2016, 11, 15), QTime(12, 0), QTimeZone::utc());

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2016, 11, day), QTime(hour, minute), QTimeZone::utc());
}

RenderContext catalog()
{
    const DataCenter ams{0, "AMS", "Amsterdam", "Europe/Amsterdam"};
    const DataCenter chi{0, "CHI", "Chicago", "America/Chicago"};
    RenderContext context;
    context.now = kNow;
    context.dataCenterOfInstance.insert("Primo EU01", ams);
    context.dataCenterOfInstance.insert("Primo EU02", ams);
    context.dataCenterOfInstance.insert("Alma NA01", chi);
    return context;
}

bool isImpactColour(QRgb pixel, const GanttStyle &style, Impact *which = nullptr)
{
    for (const Impact impact : {Impact::Outage, Impact::Degraded, Impact::Maintenance}) {
        if ((pixel & 0xffffff) == (style.impactColor(impact).rgb() & 0xffffff)) {
            if (which)
                *which = impact;
            return true;
        }
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(QList<OutageWindow>)

// One incident's chart painted with QPainter: the same layout as the portal's SVG,
// checked pixel by pixel on a QImage.
class TestIncidentChartPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bars_areWhereTheLayoutSaysAndNowhereElse_data()
    {
        QTest::addColumn<QList<OutageWindow>>("windows");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("dark");
        const QList<OutageWindow> one{{"Primo EU01", utc(14, 13, 56), utc(14, 14, 36), Impact::Outage}};
        const QList<OutageWindow> several{{"Primo EU01", utc(15, 9, 56), utc(15, 10, 14), Impact::Outage},
                                          {"Primo EU01", utc(15, 10, 0), utc(15, 10, 40), Impact::Degraded},
                                          {"Primo EU02", utc(15, 10, 23), utc(15, 10, 29), Impact::Maintenance},
                                          {"Alma NA01", utc(15, 10, 59), utc(15, 11, 20), Impact::Outage}};
        const QList<OutageWindow> ongoing{{"Primo EU02", utc(15, 9, 0), {}, Impact::Degraded}};
        QTest::newRow("one window") << one << 1.0 << false;
        QTest::newRow("one window, twice the size") << one << 2.0 << false;
        QTest::newRow("lanes, rows, two zones") << several << 1.5 << false;
        QTest::newRow("lanes, rows, two zones, dark") << several << 1.0 << true;
        QTest::newRow("ongoing") << ongoing << 1.0 << false;
    }

    void bars_areWhereTheLayoutSaysAndNowhereElse()
    {
        QFETCH(QList<OutageWindow>, windows);
        QFETCH(double, scale);
        QFETCH(bool, dark);
        const GanttStyle style = dark ? GanttStyle::dark() : GanttStyle::light();
        Incident incident;
        incident.uuid = QUuid::createUuid();
        incident.title = QStringLiteral("Pixels");
        incident.windows = windows;
        const IncidentChartPainter painter(catalog(), QStringLiteral("en"));
        const IncidentChartLayout::Chart chart = painter.chartLayout().layout(incident);
        const QImage image = painter.image(incident, scale, style);
        QCOMPARE(image.width(), int(std::ceil(IncidentChartLayout::kWidth * scale)));
        QCOMPARE(image.height(), int(std::ceil(chart.height * scale)));
        QCOMPARE(image.pixel(1, 1) & 0xffffff, style.background().rgb() & 0xffffff);

        // Each bar's middle has its impact's colour.
        QList<QRectF> barsInPixels;
        int bars = 0;
        for (const auto &row : chart.rows) {
            for (const auto &bar : row.bars) {
                ++bars;
                const QRectF r(bar.rect.x() * scale, bar.rect.y() * scale, bar.rect.width() * scale, bar.rect.height() * scale);
                // The outline and the fade of an ongoing bar belong to it.
                barsInPixels << r.adjusted(-1.5, -1.5, 1.5 + (bar.ongoing ? IncidentChartLayout::kFadeWidth * scale : 0), 1.5);
                Impact impact;
                const QPoint middle = r.center().toPoint();
                QVERIFY2(isImpactColour(image.pixel(middle), style, &impact),
                         qPrintable(QStringLiteral("%1 at %2,%3").arg(QColor(image.pixel(middle)).name()).arg(middle.x()).arg(middle.y())));
                QCOMPARE(int(impact), int(bar.impact));
            }
        }
        QCOMPARE(bars, windows.size());

        // Above the axis nothing else has an impact's colour: no bar where the mapping puts none.
        int coloured = 0;
        for (int y = 0; y < int(chart.rowsBottom * scale); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (!isImpactColour(image.pixel(x, y), style))
                    continue;
                ++coloured;
                const QPointF p(x + 0.5, y + 0.5);
                const bool inBar = std::any_of(barsInPixels.cbegin(), barsInPixels.cend(), [&p](const QRectF &r) { return r.contains(p); });
                QVERIFY2(inBar, qPrintable(QStringLiteral("impact colour at %1,%2").arg(x).arg(y)));
            }
        }
        QVERIFY(coloured > 0);
    }

    void bars_edgesFollowTheTimeMapping()
    {
        // Two windows of the same length in one row: same width in pixels, and the gap
        // between them as long as the time between them says.
        Incident incident;
        incident.uuid = QUuid::createUuid();
        incident.windows = {{"Primo EU01", utc(14, 10, 0), utc(14, 11, 0), Impact::Outage},
                            {"Primo EU01", utc(14, 13, 0), utc(14, 14, 0), Impact::Outage}};
        const IncidentChartPainter painter(catalog(), QStringLiteral("en"));
        const GanttStyle style = GanttStyle::light();
        const QImage image = painter.image(incident, 1.0, style);
        const IncidentChartLayout::Chart chart = painter.chartLayout().layout(incident);
        const int y = int(chart.rows.front().bars.front().rect.center().y());
        QList<std::pair<int, int>> runs; // [first, last] x of each run of the outage colour
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) != (style.impactColor(Impact::Outage).rgb() & 0xffffff))
                continue;
            if (runs.isEmpty() || runs.last().second != x - 1)
                runs << std::make_pair(x, x);
            else
                runs.last().second = x;
        }
        QCOMPARE(runs.size(), 2);
        // The layout maps the instants linearly: same widths, starts three widths apart.
        const QRectF first = chart.rows.front().bars.at(0).rect;
        const QRectF second = chart.rows.front().bars.at(1).rect;
        QVERIFY(std::abs(first.width() - second.width()) < 1e-6);
        QVERIFY(std::abs((second.left() - first.left()) - 3 * first.width()) < 1e-6);
        // The pixels follow the layout (the outline takes the edge pixel on either side).
        for (int i = 0; i < 2; ++i) {
            const QRectF rect = i == 0 ? first : second;
            QVERIFY2(std::abs(runs[i].first - rect.left()) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(runs[i].first).arg(rect.left())));
            QVERIFY2(std::abs(runs[i].second + 1 - rect.right()) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(runs[i].second).arg(rect.right())));
        }
    }

    void chartOfIncidentA_showsNothingOfIncidentB()
    {
        // B shares A's data center and hours; A's chart is drawn from A alone.
        Incident a;
        a.uuid = QUuid::createUuid();
        a.title = QStringLiteral("Incident A");
        a.windows = {{"Primo EU01", utc(15, 10, 0), utc(15, 11, 0), Impact::Outage}};
        Incident b;
        b.uuid = QUuid::createUuid();
        b.title = QStringLiteral("Incident B");
        b.windows = {{"Primo EU02", utc(15, 10, 30), utc(15, 12, 0), Impact::Degraded}};
        const GanttStyle style = GanttStyle::light();
        const QImage image = IncidentChartPainter(catalog(), QStringLiteral("en")).image(a, 1.0, style);
        int degraded = 0;
        int outage = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                Impact impact;
                if (isImpactColour(image.pixel(x, y), style, &impact))
                    ++(impact == Impact::Degraded ? degraded : outage);
            }
        }
        QCOMPARE(degraded, 0);
        QVERIFY(outage > 0);
        const QString svg = IncidentChartSvg(catalog(), QStringLiteral("en")).svg(a);
        QVERIFY(!svg.contains(QLatin1String("EU02")));
        QVERIFY(!svg.contains(QLatin1String("Incident B")));
        QVERIFY(!svg.contains(QLatin1String("bar d")));
    }

    void noWindows_paintsNothing()
    {
        Incident incident;
        QVERIFY(IncidentChartPainter(catalog()).image(incident, 1.0, GanttStyle::light()).isNull());
    }
};

QTEST_MAIN(TestIncidentChartPainter)
#include "tst_incidentchartpainter.moc"
