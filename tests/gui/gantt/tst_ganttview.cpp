#include "analysis/AvailabilityCalculator.h"
#include "gui/gantt/AvailabilityModel.h"
#include "gui/gantt/GanttChart.h"
#include "gui/gantt/GanttChartView.h"
#include "gui/gantt/GanttExporter.h"
#include "gui/gantt/GanttView.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QPrinter>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QHelpEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <QtTest>

using namespace OutageDesk;

namespace {

QDateTime at(const char *rfc3339)
{
    return QDateTime::fromString(QString::fromLatin1(rfc3339), Qt::ISODate).toUTC();
}

} // namespace

// The Gantt tab offscreen: wheel zoom, drag, keys, click to select, live updates,
// and the availability panel against the calculator the CLI uses.
class tst_GanttView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wheel_zoomsAroundTheCursor_data();
    void wheel_zoomsAroundTheCursor();
    void drag_pansTheTimeAxis();
    void shiftDrag_zoomsToTheRubberBand();
    void hover_showsTheWindowInTheDataCentersZone();
    void zoneChoice_relabelsTheAxis();
    void keys_zoomAndWalkTheHistory();
    void clickOnBar_activatesItsIncident();
    void clickOnEmptySpace_activatesNothing();
    void setSelectedIncident_fitSelectionShowsItsWindows();
    void workspaceEdit_appearsLive();
    void hidden_loadsWhenShownWithEditsMadeMeanwhile();
    void availability_matchesTheCalculator();
    void availability_coversTheChosenRangeNotTheZoom();
    void presetDay_onDaylightSavingDay();
    void exportAndPrint_drawTheShownRange();
    void exporterArguments_data();
    void exporterArguments();
    void barsAndAxes_agreeOnEveryTick();
    void collapseDataCenter_byDoubleClickOnItsRow();
    void screenshots();

private:
    QPoint viewportPointAt(qint64 ms, int row) const;
    void showNovember15();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GanttView> m_view;
    QUuid m_primo;
};

void tst_GanttView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->open(m_dir.filePath(QStringLiteral("view.sqlite"))), qPrintable(m_workspace->errorString()));
    QString error;
    CatalogRepository catalog(m_workspace.get());
    DataCenter eu{0, QStringLiteral("EU"), QStringLiteral("Europe Data Center"), QStringLiteral("Europe/Amsterdam")};
    Instance primo{0, QStringLiteral("Primo MT EU01"), QStringLiteral("Primo"), QStringLiteral("EU")};
    QVERIFY2(catalog.saveDataCenter(eu, &error), qPrintable(error));
    QVERIFY2(catalog.saveInstance(primo, &error), qPrintable(error));
    // The five windows of the November 2016 sample (docs/spec/examples).
    Incident incident;
    incident.title = QStringLiteral("Primo MT EU01 service interruptions, 14-16 November 2016");
    incident.severity = Severity::Major;
    incident.status = IncidentStatus::Resolved;
    incident.windows << OutageWindow{primo.name, at("2016-11-14T14:56:00+01:00"), at("2016-11-14T15:36:00+01:00"), Impact::Outage}
                     << OutageWindow{primo.name, at("2016-11-15T10:56:00+01:00"), at("2016-11-15T11:14:00+01:00"), Impact::Outage}
                     << OutageWindow{primo.name, at("2016-11-15T11:23:00+01:00"), at("2016-11-15T11:29:00+01:00"), Impact::Outage}
                     << OutageWindow{primo.name, at("2016-11-15T11:59:00+01:00"), at("2016-11-15T12:20:00+01:00"), Impact::Outage}
                     << OutageWindow{primo.name, at("2016-11-16T19:56:00+01:00"), at("2016-11-16T20:11:00+01:00"), Impact::Outage};
    QVERIFY2(IncidentRepository(m_workspace.get()).save(incident, &error), qPrintable(error));
    m_primo = incident.uuid;
}

void tst_GanttView::init()
{
    m_view = std::make_unique<GanttView>();
    m_view->resize(1500, 700);
    m_view->setWorkspace(m_workspace.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    showNovember15();
}

void tst_GanttView::cleanup()
{
    m_view.reset();
}

void tst_GanttView::showNovember15()
{
    m_view->showRange(at("2016-11-15T00:00:00+01:00"), at("2016-11-16T00:00:00+01:00"));
    QCoreApplication::processEvents();
}

QPoint tst_GanttView::viewportPointAt(qint64 ms, int row) const
{
    GanttChart *chart = m_view->chart();
    const GanttDocument &doc = *chart->document();
    const QPointF inChart(doc.scale().mapTimeToX(ms), doc.layout().rowTop(row) + doc.layout().rowHeight() / 2);
    return m_view->chartView()->mapFromScene(chart->mapToScene(inChart));
}

void tst_GanttView::wheel_zoomsAroundTheCursor_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<int>("delta");

    QTest::newRow("in on 11:00 CET") << "2016-11-15T11:00:00+01:00" << 120;
    QTest::newRow("in twice on 06:00 CET") << "2016-11-15T06:00:00+01:00" << 240;
    QTest::newRow("out on 18:00 CET") << "2016-11-15T18:00:00+01:00" << -120;
}

void tst_GanttView::wheel_zoomsAroundTheCursor()
{
    QFETCH(QString, instant);
    QFETCH(int, delta);

    const GanttDocument &doc = m_view->document();
    const qint64 t = at(instant.toLatin1().constData()).toMSecsSinceEpoch();
    const QPoint pos = viewportPointAt(t, 1);
    const qint64 spanBefore = doc.scale().spanMs();
    QWidget *viewport = m_view->chartView()->viewport();
    QWheelEvent wheel(QPointF(pos), QPointF(viewport->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);

    if (delta > 0)
        QVERIFY(doc.scale().spanMs() < spanBefore);
    else
        QVERIFY(doc.scale().spanMs() > spanBefore);
    // The instant under the cursor stays under it (within a pixel: the event's
    // position is whole pixels).
    const double x = m_view->chart()->mapFromScene(m_view->chartView()->mapToScene(pos)).x();
    QVERIFY(qAbs(doc.scale().mapTimeToX(t) - x) <= 1.0);
    QVERIFY(m_view->chartView()->history().canGoBack());
}

void tst_GanttView::drag_pansTheTimeAxis()
{
    const GanttDocument &doc = m_view->document();
    const qint64 startBefore = doc.scale().startMs();
    const qint64 spanBefore = doc.scale().spanMs();
    QWidget *viewport = m_view->chartView()->viewport();
    const QPoint from = viewportPointAt(at("2016-11-15T06:00:00+01:00").toMSecsSinceEpoch(), 1);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + QPoint(50, 0));
    QTest::mouseMove(viewport, from + QPoint(200, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, from + QPoint(200, 0));
    QCOMPARE(doc.scale().spanMs(), spanBefore);
    // Dragging right by 200 px shows earlier times by 200 px' worth.
    const double expectedShift = 200.0 * double(spanBefore) / doc.scale().width();
    QVERIFY(qAbs(double(startBefore - doc.scale().startMs()) - expectedShift) < double(spanBefore) / doc.scale().width() * 2);
}

void tst_GanttView::shiftDrag_zoomsToTheRubberBand()
{
    QWidget *viewport = m_view->chartView()->viewport();
    const qint64 six = at("2016-11-15T06:00:00+01:00").toMSecsSinceEpoch();
    const qint64 noon = at("2016-11-15T12:00:00+01:00").toMSecsSinceEpoch();
    const QPoint from = viewportPointAt(six, 1);
    const QPoint to = viewportPointAt(noon, 1);
    const qint64 msPerPixel = m_view->document().scale().spanMs() / qint64(m_view->document().scale().width());
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(viewport, from + QPoint(20, 0));
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, to);
    const GanttTimeScale &scale = m_view->document().scale();
    QVERIFY2(qAbs(scale.startMs() - six) <= msPerPixel, qPrintable(QString::number(scale.startMs() - six)));
    QVERIFY2(qAbs(scale.endMs() - noon) <= msPerPixel, qPrintable(QString::number(scale.endMs() - noon)));
    QVERIFY(m_view->chartView()->history().canGoBack());
}

void tst_GanttView::hover_showsTheWindowInTheDataCentersZone()
{
    const int row = m_view->document().layout().rowOfInstance(QStringLiteral("Primo MT EU01"));
    const QPoint pos = viewportPointAt(at("2016-11-15T12:10:00+01:00").toMSecsSinceEpoch(), row);
    QWidget *viewport = m_view->chartView()->viewport();
    QHelpEvent help(QEvent::ToolTip, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("Start: 2016-11-15 11:59 CET")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("End: 2016-11-15 12:20 CET")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("21 min")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Europe Data Center")), qPrintable(text));
    QToolTip::hideText();
}

void tst_GanttView::zoneChoice_relabelsTheAxis()
{
    const auto labels = [this] {
        QStringList all;
        for (const GanttTick &t : m_view->chart()->ticks())
            all << t.label;
        return all;
    };
    QVERIFY(labels().filter(QStringLiteral(" CET")).size() == labels().size());
    m_view->setZoneMode(GanttDocument::ZoneMode::Utc);
    QVERIFY(!labels().isEmpty());
    QCOMPARE(labels().filter(QStringLiteral(" UTC")).size(), labels().size());
    // The view starts at 15 Nov 00:00 CET = 14 Nov 23:00 UTC, so the UTC day begins inside it.
    QVERIFY(labels().contains(QStringLiteral("15 Nov UTC")));
    m_view->setZoneMode(GanttDocument::ZoneMode::DataCenter);
    QCOMPARE(labels().filter(QStringLiteral(" CET")).size(), labels().size());
}

void tst_GanttView::keys_zoomAndWalkTheHistory()
{
    GanttChartView *view = m_view->chartView();
    const GanttDocument &doc = m_view->document();
    const auto before = std::make_pair(doc.scale().startMs(), doc.scale().endMs());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(doc.scale().spanMs() < before.second - before.first);
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(std::make_pair(doc.scale().startMs(), doc.scale().endMs()), before);
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(doc.scale().spanMs() < before.second - before.first);
}

void tst_GanttView::clickOnBar_activatesItsIncident()
{
    QSignalSpy activated(m_view.get(), &GanttView::incidentActivated);
    const int row = m_view->document().layout().rowOfInstance(QStringLiteral("Primo MT EU01"));
    const QPoint pos = viewportPointAt(at("2016-11-15T11:05:00+01:00").toMSecsSinceEpoch(), row);
    QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().value<QUuid>(), m_primo);
    QCOMPARE(m_view->document().data().selectedIncident(), m_primo);
}

void tst_GanttView::clickOnEmptySpace_activatesNothing()
{
    QSignalSpy activated(m_view.get(), &GanttView::incidentActivated);
    const int row = m_view->document().layout().rowOfInstance(QStringLiteral("Primo MT EU01"));
    const QPoint pos = viewportPointAt(at("2016-11-15T04:00:00+01:00").toMSecsSinceEpoch(), row);
    QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(activated.count(), 0);
}

void tst_GanttView::setSelectedIncident_fitSelectionShowsItsWindows()
{
    m_view->setSelectedIncident(m_primo);
    m_view->fitSelection();
    const GanttTimeScale &scale = m_view->document().scale();
    QVERIFY(scale.startMs() <= at("2016-11-14T14:56:00+01:00").toMSecsSinceEpoch());
    QVERIFY(scale.endMs() >= at("2016-11-16T20:11:00+01:00").toMSecsSinceEpoch());
    QVERIFY(scale.spanMs() < 4 * 24 * 3600 * 1000);
}

// Opening a large workspace must not wait for a chart that sits in a hidden tab.
void tst_GanttView::hidden_loadsWhenShownWithEditsMadeMeanwhile()
{
    const int shown = m_view->document().data().windows().size();
    QVERIFY(shown > 0);
    GanttView hidden;
    hidden.setWorkspace(m_workspace.get());
    QCoreApplication::processEvents();
    QCOMPARE(hidden.document().data().windows().size(), 0);

    Incident incident;
    incident.title = QStringLiteral("Edited while hidden");
    incident.windows << OutageWindow{QStringLiteral("Primo MT EU01"), at("2016-11-17T10:00:00+01:00"),
                                     at("2016-11-17T11:00:00+01:00"), Impact::Degraded};
    QString error;
    QVERIFY2(IncidentRepository(m_workspace.get()).save(incident, &error), qPrintable(error));
    m_workspace->notifyIncidentChanged(incident.uuid);
    QCoreApplication::processEvents();
    QCOMPARE(hidden.document().data().windows().size(), 0);

    hidden.resize(800, 400);
    hidden.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hidden));
    QCOMPARE(hidden.document().data().windows().size(), shown + 1);
    QVERIFY(IncidentRepository(m_workspace.get()).remove(incident.uuid, &error));
    m_workspace->notifyIncidentRemoved(incident.uuid);
    QTRY_COMPARE(hidden.document().data().windows().size(), shown);
}

void tst_GanttView::workspaceEdit_appearsLive()
{
    const int before = m_view->document().data().windows().size();
    Incident incident;
    incident.title = QStringLiteral("Late-night maintenance");
    incident.severity = Severity::Minor;
    incident.status = IncidentStatus::Resolved;
    incident.windows << OutageWindow{QStringLiteral("Primo MT EU01"), at("2016-11-15T22:00:00+01:00"),
                                     at("2016-11-15T23:00:00+01:00"), Impact::Maintenance};
    QString error;
    QVERIFY2(IncidentRepository(m_workspace.get()).save(incident, &error), qPrintable(error));
    m_workspace->notifyIncidentChanged(incident.uuid);
    QTRY_COMPARE(m_view->document().data().windows().size(), before + 1);
    // Re-read alone, it still lands on its instance's row with its title and zone.
    const GanttDocument &doc = m_view->document();
    const int row = doc.layout().rowOfInstance(QStringLiteral("Primo MT EU01"));
    const int record = doc.data().hitTest(row, at("2016-11-15T22:30:00+01:00").toMSecsSinceEpoch(), 0);
    QVERIFY(record >= 0);
    QCOMPARE(doc.data().windows().at(record).dataCenter, QStringLiteral("EU"));
    QVERIFY(doc.toolTip(record).contains(QStringLiteral("Late-night maintenance")));
    QVERIFY(doc.toolTip(record).contains(QStringLiteral("22:00 CET")));
    QVERIFY(IncidentRepository(m_workspace.get()).remove(incident.uuid, &error));
    m_workspace->notifyIncidentRemoved(incident.uuid);
    QTRY_COMPARE(m_view->document().data().windows().size(), before);
}

void tst_GanttView::availability_matchesTheCalculator()
{
    m_view->showRange(at("2016-11-01T00:00:00Z"), at("2016-12-01T00:00:00Z"));
    AvailabilityModel *model = m_view->availabilityModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), 1);
    const AvailabilityReport expected = AvailabilityCalculator::compute(
        m_workspace.get(), at("2016-11-01T00:00:00Z"), at("2016-12-01T00:00:00Z"), at("2016-12-01T00:00:00Z"));
    const QModelIndex dc = model->index(0, 0);
    QCOMPARE(model->rowCount(dc), 1);
    QCOMPARE(model->index(0, AvailabilityModel::DowntimeColumn).data(AvailabilityModel::ValueRole).toLongLong(),
             expected.dataCenters.constFirst().figures.downtimeSeconds);
    // The spec's example: 40 + 18 + 6 + 21 + 15 minutes in November.
    QCOMPARE(expected.dataCenters.constFirst().figures.downtimeSeconds, 6000);
    QCOMPARE(model->index(0, AvailabilityModel::WindowsColumn, dc).data(AvailabilityModel::ValueRole).toInt(), 5);
    QCOMPARE(model->index(0, AvailabilityModel::AvailabilityColumn, dc).data(AvailabilityModel::ValueRole).toDouble(),
             expected.dataCenters.constFirst().instances.constFirst().figures.availabilityPercent);
}

void tst_GanttView::availability_coversTheChosenRangeNotTheZoom()
{
    auto *from = m_view->findChild<QDateEdit *>(QStringLiteral("ganttFrom"));
    auto *to = m_view->findChild<QDateEdit *>(QStringLiteral("ganttTo"));
    auto *title = m_view->findChild<QLabel *>(QStringLiteral("ganttAvailabilityTitle"));
    QVERIFY(from && to && title);
    QAction *show = nullptr;
    for (QAction *action : m_view->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("Show"))
            show = action;
    }
    QVERIFY(show);
    // 14–16 November chosen in From/To (the last day inclusive), then Show.
    from->setDate(QDate(2016, 11, 14));
    to->setDate(QDate(2016, 11, 16));
    show->trigger();
    const QTimeZone zone = m_view->document().axisZone();
    const QDateTime first = QDate(2016, 11, 14).startOfDay(zone);
    const QDateTime end = QDate(2016, 11, 17).startOfDay(zone);
    AvailabilityModel *model = m_view->availabilityModel();
    QTRY_COMPARE(model->report().from, first);
    QCOMPARE(model->report().to, end);
    QCOMPARE(model->index(0, AvailabilityModel::DowntimeColumn).data(AvailabilityModel::ValueRole).toLongLong(), 6000);
    QVERIFY2(title->text().contains(QStringLiteral("2016-11-14 – 2016-11-16")), qPrintable(title->text()));
    QVERIFY2(title->text().contains(QLatin1String("CET")), qPrintable(title->text()));

    // Zooming into one window and panning leave the figures and the title alone:
    // they are about the chosen range, not about what the mouse wheel shows.
    m_view->chartView()->showRange(at("2016-11-15T10:50:00+01:00").toMSecsSinceEpoch(),
                                   at("2016-11-15T11:20:00+01:00").toMSecsSinceEpoch());
    QTest::qWait(400); // past the panel's debounce
    QCOMPARE(model->report().from, first);
    QCOMPARE(model->report().to, end);
    QCOMPARE(model->index(0, AvailabilityModel::DowntimeColumn).data(AvailabilityModel::ValueRole).toLongLong(), 6000);
    QVERIFY2(title->text().contains(QStringLiteral("2016-11-14 – 2016-11-16")), qPrintable(title->text()));

    // One day chosen: said as that day.
    from->setDate(QDate(2016, 11, 16));
    to->setDate(QDate(2016, 11, 16));
    show->trigger();
    QTRY_COMPARE(model->report().from, QDate(2016, 11, 16).startOfDay(zone));
    QCOMPARE(model->index(0, AvailabilityModel::DowntimeColumn).data(AvailabilityModel::ValueRole).toLongLong(), 15 * 60);
    QVERIFY2(title->text().contains(QLatin1String("on 2016-11-16")), qPrintable(title->text()));
}

void tst_GanttView::presetDay_onDaylightSavingDay()
{
    m_view->showRange(at("2016-10-30T10:00:00+01:00"), at("2016-10-30T11:00:00+01:00"));
    const auto [from, to] = GanttDocument::presetRange(GanttDocument::Preset::Day,
                                                       at("2016-10-30T10:30:00+01:00").toMSecsSinceEpoch(),
                                                       m_view->document().axisZone());
    m_view->chartView()->showRange(from, to);
    QCOMPARE(m_view->document().scale().spanMs(), qint64(25) * 3600 * 1000);
    for (const GanttTick &tick : m_view->chart()->ticks())
        QVERIFY2(tick.label.endsWith(QLatin1String(" CET")) || tick.label.endsWith(QLatin1String(" CEST")),
                 qPrintable(tick.label));
}

void tst_GanttView::exportAndPrint_drawTheShownRange()
{
    // File > Export chart and the context menu go through GanttExporter, as the CLI does.
    const QString svg = m_dir.filePath(QStringLiteral("view.svg"));
    QString error;
    QVERIFY2(GanttExporter::exportToFile(m_view->document(), svg, QSize(900, 500), GanttStyle::light(), &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("width=\"900px\""));
    // The axis of the shown day, in the data center's zone.
    QVERIFY(content.contains("12:00 CET"));
    // Exporting lays out a copy: the view keeps its rows and range.
    QCOMPARE(m_view->document().scale().spanMs(), qint64(24) * 3600 * 1000);

    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = m_dir.filePath(QStringLiteral("print.pdf"));
    printer.setOutputFileName(pdf);
    printer.setPageOrientation(QPageLayout::Landscape);
    QVERIFY(GanttExporter::print(m_view->document(), &printer, GanttStyle::light()));
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QCOMPARE(printed.read(5), QByteArray("%PDF-"));
    QVERIFY(printed.size() > 1000);
}

void tst_GanttView::exporterArguments_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("expectedSize");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expectedFormat"); // -1: refused

    QTest::newRow("default") << "1600x900" << QSize(1600, 900) << "a.png" << int(GanttExporter::Format::Png);
    QTest::newRow("capital X, SVG") << "800X600" << QSize(800, 600) << "a.SVG" << int(GanttExporter::Format::Svg);
    QTest::newRow("smallest, PDF") << "200x200" << QSize(200, 200) << "dir.v2/a.pdf" << int(GanttExporter::Format::Pdf);
    QTest::newRow("too small") << "199x900" << QSize() << "a.jpeg" << -1;
    QTest::newRow("too large") << "10001x900" << QSize() << "a.png.txt" << -1;
    QTest::newRow("negative") << "-5x900" << QSize() << "png" << -1;
    QTest::newRow("words") << "big" << QSize() << "a." << -1;
}

void tst_GanttView::exporterArguments()
{
    QFETCH(QString, size);
    QFETCH(QSize, expectedSize);
    QFETCH(QString, path);
    QFETCH(int, expectedFormat);

    const std::optional<QSize> parsed = GanttExporter::parseSize(size);
    QCOMPARE(parsed.has_value(), expectedSize.isValid());
    if (parsed)
        QCOMPARE(*parsed, expectedSize);
    const auto format = GanttExporter::formatForPath(path);
    QCOMPARE(format ? int(*format) : -1, expectedFormat);
}

void tst_GanttView::barsAndAxes_agreeOnEveryTick()
{
    // The bars are placed by our mapping, the axis by Qt Charts: they must meet.
    GanttChart *chart = m_view->chart();
    const GanttDocument &doc = m_view->document();
    QVERIFY(chart->ticks().size() >= 3);
    const QList<QAbstractSeries *> series = chart->series();
    QVERIFY(!series.isEmpty());
    for (const GanttTick &tick : chart->ticks()) {
        const QPointF onAxis = chart->mapToPosition(QPointF(double(tick.ms), 0), series.constFirst());
        QVERIFY2(qAbs(onAxis.x() - doc.scale().mapTimeToX(tick.ms)) < 0.5, qPrintable(tick.label));
    }
    // Rows count down from the top of the row axis: the second row's top edge is one below its maximum.
    const double span = chart->plotArea().height() / doc.layout().rowHeight();
    const QPointF rowTop = chart->mapToPosition(QPointF(double(doc.scale().startMs()), span - 1), series.constFirst());
    QVERIFY(qAbs(rowTop.y() - doc.layout().rowTop(doc.layout().firstRow() + 1)) < 0.5);
}

void tst_GanttView::collapseDataCenter_byDoubleClickOnItsRow()
{
    const GanttRowLayout &layout = m_view->document().layout();
    QCOMPARE(layout.rowCount(), 2);
    const int header = layout.rowOfDataCenter(QStringLiteral("EU"));
    QTest::mouseDClick(m_view->chartView()->viewport(), Qt::LeftButton, {},
                       viewportPointAt(at("2016-11-15T03:00:00+01:00").toMSecsSinceEpoch(), header));
    QCOMPARE(layout.rowCount(), 1);
    QVERIFY(layout.isCollapsed(QStringLiteral("EU")));
    // The instance's windows now sit on the data center's row.
    QCOMPARE(layout.rowOfInstance(QStringLiteral("Primo MT EU01")), header);
    QCOMPARE(int(m_view->document().data().row(header).bars.size()), 5);
    QTest::mouseDClick(m_view->chartView()->viewport(), Qt::LeftButton, {},
                       viewportPointAt(at("2016-11-15T03:00:00+01:00").toMSecsSinceEpoch(), header));
    QCOMPARE(layout.rowCount(), 2);
}

// Not a check: with OUTAGEDESK_SCREENSHOT_DIR set, writes the 15 November view in
// light, dark and right-to-left for a person to look at.
void tst_GanttView::screenshots()
{
    const QString dir = qEnvironmentVariable("OUTAGEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set OUTAGEDESK_SCREENSHOT_DIR to write screenshots");
    m_view->resize(1600, 800);
    const int row = m_view->document().layout().rowOfInstance(QStringLiteral("Primo MT EU01"));
    QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {},
                      viewportPointAt(at("2016-11-15T11:05:00+01:00").toMSecsSinceEpoch(), row));
    QTest::qWait(300); // the availability panel follows after a short debounce
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/gantt-light.png")));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    const QPalette saved = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark);
    QTest::qWait(100);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/gantt-dark.png")));
    QApplication::setPalette(saved);

    QApplication::setLayoutDirection(Qt::RightToLeft);
    QTest::qWait(100);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/gantt-rtl.png")));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(tst_GanttView)
#include "tst_ganttview.moc"
