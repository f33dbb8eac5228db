#include "render/gantt/GanttBarPainter.h"
#include "render/gantt/GanttDocument.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace OutageDesk;

namespace {

QDateTime at(const char *rfc3339)
{
    return QDateTime::fromString(QString::fromLatin1(rfc3339), Qt::ISODate).toUTC();
}

} // namespace

// Draws a known workspace offscreen and checks pixels where bars must and must not be,
// with every position taken from the mapping classes.
class tst_GanttRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bars_arePaintedWhereTheMappingPutsThem_data();
    void bars_arePaintedWhereTheMappingPutsThem();
    void criticalSeverity_isHatched();
    void selectedIncident_isOutlined();
    void hitTest_findsThePaintedBar();
    void offscreenWindows_areNotPainted();

private:
    struct Canvas
    {
        QImage image;
        GanttStyle style = GanttStyle::light();
    };
    Canvas paint(const QUuid &selected = {});
    static bool near(QRgb a, const QColor &b) { return qAbs(qRed(a) - b.red()) + qAbs(qGreen(a) - b.green()) + qAbs(qBlue(a) - b.blue()) < 12; }

    QTemporaryDir m_dir;
    Workspace m_workspace;
    GanttDocument m_doc;
    QUuid m_primo;
    QUuid m_storage;
};

void tst_GanttRender::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("render.sqlite"))), qPrintable(m_workspace.errorString()));

    QString error;
    CatalogRepository catalog(&m_workspace);
    DataCenter eu{0, QStringLiteral("EU"), QStringLiteral("Europe Data Center"), QStringLiteral("Europe/Amsterdam")};
    QVERIFY2(catalog.saveDataCenter(eu, &error), qPrintable(error));
    Instance primo{0, QStringLiteral("Primo MT EU01"), QStringLiteral("Primo"), QStringLiteral("EU")};
    Instance alma{0, QStringLiteral("Alma EU02"), QStringLiteral("Alma"), QStringLiteral("EU")};
    QVERIFY2(catalog.saveInstance(primo, &error), qPrintable(error));
    QVERIFY2(catalog.saveInstance(alma, &error), qPrintable(error));

    IncidentRepository incidents(&m_workspace);
    Incident a;
    a.title = QStringLiteral("Primo MT EU01 service interruptions");
    a.severity = Severity::Major;
    a.status = IncidentStatus::Resolved;
    a.windows << OutageWindow{primo.name, at("2016-11-15T10:56:00+01:00"), at("2016-11-15T11:14:00+01:00"), Impact::Outage}
              << OutageWindow{primo.name, at("2016-11-15T11:59:00+01:00"), at("2016-11-15T12:20:00+01:00"), Impact::Outage}
              << OutageWindow{primo.name, at("2016-11-15T20:00:00+01:00"), at("2016-11-15T21:00:00+01:00"), Impact::Degraded};
    QVERIFY2(incidents.save(a, &error), qPrintable(error));
    m_primo = a.uuid;

    Incident b;
    b.title = QStringLiteral("Storage controller failure");
    b.severity = Severity::Critical;
    b.status = IncidentStatus::Resolved;
    b.windows << OutageWindow{alma.name, at("2016-11-15T14:00:00+01:00"), at("2016-11-15T16:00:00+01:00"), Impact::Outage};
    QVERIFY2(incidents.save(b, &error), qPrintable(error));
    m_storage = b.uuid;

    m_doc.load(&m_workspace);
    m_doc.setNowMs(at("2016-11-20T00:00:00Z").toMSecsSinceEpoch());
    m_doc.scale().setRange(at("2016-11-15T00:00:00+01:00").toMSecsSinceEpoch(),
                           at("2016-11-16T00:00:00+01:00").toMSecsSinceEpoch());
    m_doc.scale().setPixelRange(20, 1440);
    m_doc.layout().setGeometry(10, 40, 0);
    QCOMPARE(m_doc.layout().rowCount(), 3);
}

tst_GanttRender::Canvas tst_GanttRender::paint(const QUuid &selected)
{
    m_doc.setSelectedIncident(selected);
    Canvas canvas;
    canvas.image = QImage(1480, 140, QImage::Format_ARGB32);
    canvas.image.fill(Qt::white);
    QPainter painter(&canvas.image);
    const GanttBarPainter bars(m_doc.scale(), m_doc.layout(), m_doc.data(), canvas.style);
    bars.paintBars(&painter, QRectF(20, 10, 1440, 120));
    return canvas;
}

void tst_GanttRender::bars_arePaintedWhereTheMappingPutsThem_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("impact");

    QTest::newRow("10:56–11:14 CET outage") << "Primo MT EU01" << "2016-11-15T10:56:00+01:00" << "2016-11-15T11:14:00+01:00" << int(Impact::Outage);
    QTest::newRow("11:59–12:20 CET outage") << "Primo MT EU01" << "2016-11-15T11:59:00+01:00" << "2016-11-15T12:20:00+01:00" << int(Impact::Outage);
    QTest::newRow("20:00–21:00 CET degraded") << "Primo MT EU01" << "2016-11-15T20:00:00+01:00" << "2016-11-15T21:00:00+01:00" << int(Impact::Degraded);
}

void tst_GanttRender::bars_arePaintedWhereTheMappingPutsThem()
{
    QFETCH(QString, instance);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, impact);

    const Canvas canvas = paint();
    const int row = m_doc.layout().rowOfInstance(instance);
    QVERIFY(row >= 0);
    const double x0 = m_doc.scale().mapTimeToX(at(start.toLatin1().constData()).toMSecsSinceEpoch());
    const double x1 = m_doc.scale().mapTimeToX(at(end.toLatin1().constData()).toMSecsSinceEpoch());
    const double midY = m_doc.layout().rowTop(row) + m_doc.layout().rowHeight() / 2;
    const QColor fill = canvas.style.impactColor(Impact(impact));

    QVERIFY2(near(canvas.image.pixel(int((x0 + x1) / 2), int(midY)), fill), "inside the bar");
    QVERIFY2(!near(canvas.image.pixel(int(x0) - 3, int(midY)), fill), "just left of the bar");
    QVERIFY2(!near(canvas.image.pixel(int(x1) + 3, int(midY)), fill), "just right of the bar");
    QVERIFY2(!near(canvas.image.pixel(int((x0 + x1) / 2), int(m_doc.layout().rowTop(row)) + 1), fill), "above, in the row's padding");
    // The data center's header row summarises the same window.
    const int header = m_doc.layout().rowOfDataCenter(QStringLiteral("EU"));
    QVERIFY(near(canvas.image.pixel(int((x0 + x1) / 2), int(m_doc.layout().rowTop(header) + m_doc.layout().rowHeight() / 2)), fill));
}

void tst_GanttRender::criticalSeverity_isHatched()
{
    const Canvas canvas = paint();
    const int row = m_doc.layout().rowOfInstance(QStringLiteral("Alma EU02"));
    const int x0 = int(m_doc.scale().mapTimeToX(at("2016-11-15T14:00:00+01:00").toMSecsSinceEpoch())) + 4;
    const int x1 = int(m_doc.scale().mapTimeToX(at("2016-11-15T16:00:00+01:00").toMSecsSinceEpoch())) - 4;
    const int y = int(m_doc.layout().rowTop(row) + m_doc.layout().rowHeight() / 2);
    int fill = 0;
    int hatch = 0;
    for (int x = x0; x < x1; ++x) {
        const QRgb p = canvas.image.pixel(x, y);
        fill += near(p, canvas.style.impactColor(Impact::Outage));
        hatch += near(p, canvas.style.borderColor());
    }
    // Both colours along the line: the pattern is what a greyscale print shows.
    QVERIFY2(fill > 0 && hatch > 0, qPrintable(QStringLiteral("fill %1 hatch %2").arg(fill).arg(hatch)));
}

void tst_GanttRender::selectedIncident_isOutlined()
{
    const int row = m_doc.layout().rowOfInstance(QStringLiteral("Primo MT EU01"));
    const double x0 = m_doc.scale().mapTimeToX(at("2016-11-15T10:56:00+01:00").toMSecsSinceEpoch());
    const int y = int(m_doc.layout().rowTop(row) + m_doc.layout().rowHeight() / 2);
    const GanttStyle style = GanttStyle::light();
    QVERIFY(!near(paint().image.pixel(int(x0) - 2, y), style.selection()));
    QVERIFY(near(paint(m_primo).image.pixel(int(x0) - 2, y), style.selection()));
}

void tst_GanttRender::hitTest_findsThePaintedBar()
{
    const GanttStyle style = GanttStyle::light();
    const GanttBarPainter bars(m_doc.scale(), m_doc.layout(), m_doc.data(), style);
    const int row = m_doc.layout().rowOfInstance(QStringLiteral("Alma EU02"));
    const double x = m_doc.scale().mapTimeToX(at("2016-11-15T15:00:00+01:00").toMSecsSinceEpoch());
    const int record = bars.hitTest(QPointF(x, m_doc.layout().rowTop(row) + m_doc.layout().rowHeight() / 2));
    QVERIFY(record >= 0);
    QCOMPARE(QUuid::fromString(m_doc.data().windows().at(record).incidentUuid), m_storage);
    const QString tip = m_doc.toolTip(record);
    QVERIFY2(tip.contains(QStringLiteral("2016-11-15 14:00 CET")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Storage controller failure")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("2 h 00 min")), qPrintable(tip));
    QCOMPARE(bars.hitTest(QPointF(m_doc.scale().mapTimeToX(at("2016-11-15T05:00:00+01:00").toMSecsSinceEpoch()),
                                  m_doc.layout().rowTop(row) + 20)),
             -1);
}

void tst_GanttRender::offscreenWindows_areNotPainted()
{
    // Zoomed on the morning: the afternoon windows must not reach the canvas.
    const GanttTimeScale saved = m_doc.scale();
    m_doc.scale().setRange(at("2016-11-15T10:00:00+01:00").toMSecsSinceEpoch(), at("2016-11-15T13:00:00+01:00").toMSecsSinceEpoch());
    QImage image(1480, 140, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const GanttStyle style = GanttStyle::light();
    const GanttBarPainter bars(m_doc.scale(), m_doc.layout(), m_doc.data(), style);
    const int drawn = bars.paintBars(&painter, QRectF(20, 10, 1440, 120));
    painter.end();
    m_doc.scale() = saved;
    QCOMPARE(drawn, 4); // two windows, each on its instance row and on the header
}

QTEST_MAIN(tst_GanttRender)
#include "tst_ganttrender.moc"
