#include "gui/gantt/GanttChart.h"
#include "render/gantt/GanttBarPainter.h"
#include "render/gantt/GanttDocument.h"

#include <QAreaSeries>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QValueAxis>
#include <QtTest>
#include <algorithm>
#include <memory>
#include <unistd.h>

using namespace OutageDesk;

namespace {

constexpr int kDataCenters = 20;
constexpr int kInstancesPerDataCenter = 10;
constexpr int kWindows = 50000;
constexpr int kNaiveWindows = 2000;
const QSize kSize(1600, 900);

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

double medianMs(const std::function<void()> &work, int runs = 31)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Deep copies, as rows read from SQLite would be: no sharing between records.
QString copy(const QString &s)
{
    return QString(s.constData(), s.size());
}

} // namespace

// bench_gantt: 50,000 windows over 2016, 200 instances in 20 data centers, at 1600×900.
class bench_Gantt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void firstLayout();
    void fullRepaint();
    void barsOnlyRepaint();
    void zoomStep();
    void panStep();
    void hoverHitTest();
    void referenceFillRect();
    void referenceNaiveQtCharts();

private:
    void buildDocument(GanttDocument &doc) const;
    void layOut();
    void renderOnce();
    QList<std::pair<QRectF, QColor>> visibleRects() const;

    QList<DataCenter> m_dcs;
    QList<Instance> m_instances;
    QList<WindowRecord> m_windows;
    std::unique_ptr<GanttDocument> m_doc;
    std::unique_ptr<QGraphicsScene> m_scene;
    GanttChart *m_chart = nullptr;
    QImage m_image;
    qint64 m_rssBefore = 0;
    qint64 m_rssAfter = 0;
    QMap<QString, double> m_medians;
    int m_visibleBars = 0;
    double m_hitTestMicroseconds = 0;
};

void bench_Gantt::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_image = QImage(kSize, QImage::Format_ARGB32_Premultiplied);
    // The fonts and the platform's first paint cost once, not in the 50k chart's memory.
    {
        GanttDocument warm;
        QGraphicsScene scene;
        auto *chart = new GanttChart(&warm);
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(kSize)));
        chart->layout()->activate();
        QPainter p(&m_image);
        scene.render(&p);
    }
    QRandomGenerator random(20161115);
    const qint64 yearStart = QDateTime(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 yearMs = qint64(366) * 24 * 3600 * 1000;
    const QStringList zones{QStringLiteral("Europe/Amsterdam"), QStringLiteral("America/Chicago"), QStringLiteral("Asia/Singapore"),
                            QStringLiteral("Australia/Sydney")};
    for (int d = 0; d < kDataCenters; ++d) {
        m_dcs << DataCenter{0, QStringLiteral("DC%1").arg(d, 2, 10, QLatin1Char('0')), QStringLiteral("Data center %1").arg(d),
                            zones.at(d % zones.size())};
        for (int i = 0; i < kInstancesPerDataCenter; ++i)
            m_instances << Instance{0, QStringLiteral("Instance %1-%2").arg(d).arg(i), QStringLiteral("Primo"), m_dcs.constLast().code};
    }
    for (int w = 0; w < kWindows; ++w) {
        const Instance &inst = m_instances.at(int(random.bounded(m_instances.size())));
        WindowRecord r;
        r.startMs = yearStart + qint64(random.bounded(double(yearMs - 5 * 3600 * 1000)));
        r.endMs = r.startMs + (5 + qint64(random.bounded(235))) * 60 * 1000;
        const quint32 kind = random.bounded(10);
        r.impact = kind < 6 ? Impact::Outage : (kind < 9 ? Impact::Degraded : Impact::Maintenance);
        r.severity = Severity(random.bounded(4));
        r.instance = copy(inst.name);
        r.dataCenter = copy(inst.dataCenter);
        r.incidentId = w / 5 + 1;
        r.incidentUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.incidentTitle = QStringLiteral("Synthetic incident %1 on %2").arg(w / 5).arg(inst.name);
        m_windows << r;
    }
    std::sort(m_windows.begin(), m_windows.end(), [](const WindowRecord &a, const WindowRecord &b) { return a.startMs < b.startMs; });
    // The generated rows stand in for the workspace file: the chart's memory is what
    // it holds on top of them (its own list of records, the row index, the items).
    m_rssBefore = residentBytes();
}

void bench_Gantt::init()
{
    // Every measurement starts from the whole year in view, as after "Fit all".
    if (m_doc) {
        m_doc->fitAll();
        m_chart->setFirstRow(0);
        m_chart->refresh();
    }
}

void bench_Gantt::buildDocument(GanttDocument &doc) const
{
    doc.setNowMs(QDateTime(QDate(2017, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    doc.setCatalog(m_dcs, m_instances);
    doc.setWindows(m_windows);
    doc.fitAll();
}

void bench_Gantt::layOut()
{
    m_doc = std::make_unique<GanttDocument>();
    buildDocument(*m_doc);
    m_scene = std::make_unique<QGraphicsScene>();
    m_chart = new GanttChart(m_doc.get());
    m_scene->addItem(m_chart);
    m_chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(kSize)));
    m_chart->layout()->activate();
    m_chart->refresh();
    m_scene->setSceneRect(QRectF(QPointF(0, 0), QSizeF(kSize)));
}

void bench_Gantt::renderOnce()
{
    m_image.fill(Qt::white);
    QPainter painter(&m_image);
    m_scene->render(&painter);
}

void bench_Gantt::firstLayout()
{
    // Index 50k windows into rows, build the chart, lay it out and paint it once.
    QBENCHMARK_ONCE {
        layOut();
        renderOnce();
    }
    m_rssAfter = residentBytes();
    QVERIFY(m_chart->visibleRowCount() > 10);
    m_medians.insert(QStringLiteral("first layout"), medianMs([this] { layOut(); renderOnce(); }, 5));
}

void bench_Gantt::fullRepaint()
{
    QBENCHMARK {
        renderOnce();
    }
    m_medians.insert(QStringLiteral("full repaint"), medianMs([this] { renderOnce(); }));
}

void bench_Gantt::barsOnlyRepaint()
{
    // Our painter alone, without the chart's axes, labels and legend: against the
    // fillRect floor, this is the price of borders, hatching, lanes and culling.
    const GanttStyle style = GanttStyle::light();
    const GanttBarPainter bars(m_doc->scale(), m_doc->layout(), m_doc->data(), style);
    const QRectF plot = m_chart->plotArea();
    const auto paint = [&] {
        m_image.fill(Qt::white);
        QPainter painter(&m_image);
        bars.paintBars(&painter, plot);
    };
    QBENCHMARK {
        paint();
    }
    m_medians.insert(QStringLiteral("bars only repaint"), medianMs(paint));
}

void bench_Gantt::zoomStep()
{
    // Alternating in and out keeps the view on the year while every step pays a
    // re-layout of axes and ticks and a repaint.
    bool in = true;
    const auto step = [this, &in] {
        GanttTimeScale &scale = m_doc->scale();
        scale.zoom(in ? 1.25 : 0.8, scale.left() + scale.width() / 3);
        in = !in;
        m_chart->refresh();
        renderOnce();
    };
    QBENCHMARK {
        step();
    }
    m_medians.insert(QStringLiteral("zoom step"), medianMs(step));
}

void bench_Gantt::panStep()
{
    int direction = 1;
    const auto step = [this, &direction] {
        m_doc->scale().pan(40 * direction);
        direction = -direction;
        m_chart->refresh();
        renderOnce();
    };
    QBENCHMARK {
        step();
    }
    m_medians.insert(QStringLiteral("pan step"), medianMs(step));
}

void bench_Gantt::hoverHitTest()
{
    QRandomGenerator random(7);
    const QRectF plot = m_chart->plotArea();
    QList<QPointF> points;
    for (int i = 0; i < 1000; ++i)
        points << QPointF(plot.left() + random.bounded(plot.width()), plot.top() + random.bounded(plot.height()));
    int i = 0;
    int hits = 0;
    QBENCHMARK {
        hits += m_chart->hitTest(points.at(i++ % points.size())) >= 0;
    }
    m_hitTestMicroseconds = 1000.0 * medianMs([&] {
                                for (const QPointF &p : std::as_const(points))
                                    hits += m_chart->hitTest(p) >= 0;
                            }) / double(points.size());
    QVERIFY(hits >= 0);
}

QList<std::pair<QRectF, QColor>> bench_Gantt::visibleRects() const
{
    QList<std::pair<QRectF, QColor>> rects;
    const GanttStyle style = GanttStyle::light();
    const GanttBarPainter painter(m_doc->scale(), m_doc->layout(), m_doc->data(), style);
    const GanttRowLayout &layout = m_doc->layout();
    const QRectF plot = m_chart->plotArea();
    for (int row = layout.firstRow(); row < layout.rowCount() && layout.rowTop(row) < plot.bottom(); ++row) {
        const auto [first, last] = m_doc->data().candidates(row, m_doc->scale().startMs(), m_doc->scale().endMs());
        for (int i = first; i < last; ++i) {
            const GanttBar &bar = m_doc->data().row(row).bars[size_t(i)];
            if (bar.endMs > m_doc->scale().startMs())
                rects.append({painter.barRect(row, bar) & plot, style.impactColor(bar.impact)});
        }
    }
    return rects;
}

void bench_Gantt::referenceFillRect()
{
    // The floor: the same visible rectangles, filled and nothing else.
    const QList<std::pair<QRectF, QColor>> rects = visibleRects();
    m_visibleBars = int(rects.size());
    const auto paint = [this, &rects] {
        m_image.fill(Qt::white);
        QPainter painter(&m_image);
        for (const auto &[rect, color] : rects)
            painter.fillRect(rect, color);
    };
    QBENCHMARK {
        paint();
    }
    m_medians.insert(QStringLiteral("fillRect floor"), medianMs(paint));
}

void bench_Gantt::referenceNaiveQtCharts()
{
    // One QAreaSeries per window, as Qt Charts would have it, on 2,000 windows only.
    QGraphicsScene scene;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const qint64 from = m_doc->scale().startMs();
    const qint64 to = m_doc->scale().endMs();
    x->setRange(double(from), double(to));
    y->setRange(0, m_instances.size());
    QHash<QString, int> rowOf;
    for (int i = 0; i < m_instances.size(); ++i)
        rowOf.insert(m_instances.at(i).name, i);

    QElapsedTimer build;
    build.start();
    for (int i = 0; i < kNaiveWindows; ++i) {
        const WindowRecord &w = m_windows.at(i * (kWindows / kNaiveWindows));
        const int row = rowOf.value(w.instance);
        auto *upper = new QLineSeries(chart);
        auto *lower = new QLineSeries(chart);
        upper->append(double(w.startMs), row + 0.8);
        upper->append(double(w.endMs), row + 0.8);
        lower->append(double(w.startMs), row + 0.2);
        lower->append(double(w.endMs), row + 0.2);
        auto *area = new QAreaSeries(upper, lower);
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(kSize)));
    chart->layout()->activate();
    QCoreApplication::processEvents();
    m_medians.insert(QStringLiteral("naive build (2k series)"), double(build.nsecsElapsed()) / 1e6);

    const auto paint = [this, &scene] {
        m_image.fill(Qt::white);
        QPainter painter(&m_image);
        scene.render(&painter);
    };
    QBENCHMARK {
        paint();
    }
    m_medians.insert(QStringLiteral("naive repaint (2k series)"), medianMs(paint, 11));
    bool in = true;
    const auto zoom = [&] {
        const double span = x->max() - x->min();
        const double newSpan = in ? span / 1.25 : span * 1.25;
        in = !in;
        x->setRange(x->min(), x->min() + newSpan);
        QCoreApplication::processEvents();
        paint();
    };
    m_medians.insert(QStringLiteral("naive zoom step (2k series)"), medianMs(zoom, 11));
}

void bench_Gantt::cleanupTestCase()
{
    const auto value = [this](const char *key) { return m_medians.value(QString::fromLatin1(key)); };
    qInfo().noquote() << QStringLiteral("bench_gantt: %1 windows, %2 instances in %3 data centers, %4x%5, %6 bars in view")
                             .arg(kWindows).arg(m_instances.size()).arg(kDataCenters).arg(kSize.width()).arg(kSize.height())
                             .arg(m_visibleBars);
    for (auto it = m_medians.cbegin(); it != m_medians.cend(); ++it)
        qInfo().noquote() << QStringLiteral("  median %1: %2 ms").arg(it.key(), -28).arg(it.value(), 0, 'f', 4);
    qInfo().noquote() << QStringLiteral("  median hover hit-test: %1 us").arg(m_hitTestMicroseconds, 0, 'f', 3);
    if (value("fillRect floor") > 0) {
        qInfo().noquote() << QStringLiteral("  ratio full repaint (chart and bars) / fillRect floor: %1").arg(value("full repaint") / value("fillRect floor"), 0, 'f', 2);
        qInfo().noquote() << QStringLiteral("  ratio bars only / fillRect floor: %1").arg(value("bars only repaint") / value("fillRect floor"), 0, 'f', 2);
    }
    if (value("full repaint") > 0)
        qInfo().noquote() << QStringLiteral("  ratio naive Qt Charts repaint (2k windows) / ours (50k windows): %1")
                                 .arg(value("naive repaint (2k series)") / value("full repaint"), 0, 'f', 2);
    if (value("zoom step") > 0)
        qInfo().noquote() << QStringLiteral("  ratio naive Qt Charts zoom step (2k windows) / ours (50k windows): %1")
                                 .arg(value("naive zoom step (2k series)") / value("zoom step"), 0, 'f', 2);
    qInfo().noquote() << QStringLiteral("  memory of the 50k-window chart (RSS delta): %1 MB")
                             .arg(double(m_rssAfter - m_rssBefore) / (1024 * 1024), 0, 'f', 1);
}

QTEST_MAIN(bench_Gantt)
#include "bench_gantt.moc"
