#include "gui/gantt/GanttView.h"

#include "analysis/AvailabilityCalculator.h"
#include "gui/gantt/AvailabilityModel.h"
#include "gui/gantt/GanttChart.h"
#include "gui/gantt/GanttChartView.h"
#include "gui/gantt/GanttExportDialog.h"
#include "gui/gantt/GanttExporter.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

namespace OutageDesk {

GanttView::GanttView(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new GanttChart(&m_document);
    m_chart->setGanttStyle(GanttStyle::forPalette(palette()));
    m_chartView = new GanttChartView(m_chart);
    m_chartView->setObjectName(QStringLiteral("ganttChartView"));
    m_rowScroll = new QScrollBar(Qt::Vertical);
    m_rowScroll->setObjectName(QStringLiteral("ganttRowScroll"));

    m_filterTree = new QTreeWidget;
    m_filterTree->setObjectName(QStringLiteral("ganttFilter"));
    m_filterTree->setHeaderLabel(tr("Data centers"));
    m_filterTree->setRootIsDecorated(true);

    m_availability = new AvailabilityModel(this);
    m_availabilityView = new QTreeView;
    m_availabilityView->setObjectName(QStringLiteral("ganttAvailability"));
    m_availabilityView->setModel(m_availability);
    m_availabilityView->setUniformRowHeights(true);
    m_availabilityView->setAlternatingRowColors(true);
    m_availabilityView->header()->setStretchLastSection(false);
    m_availabilityView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    buildToolBar();

    auto *chartBox = new QWidget;
    auto *chartLayout = new QHBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_rowScroll);

    auto *availabilityBox = new QWidget;
    auto *availabilityLayout = new QVBoxLayout(availabilityBox);
    availabilityLayout->setContentsMargins(0, 0, 0, 0);
    auto *availabilityTitle = new QLabel(tr("Availability"));
    availabilityTitle->setObjectName(QStringLiteral("ganttAvailabilityTitle"));
    connect(m_availability, &QAbstractItemModel::modelReset, availabilityTitle,
            [this, availabilityTitle] { availabilityTitle->setText(m_availability->rangeDescription()); });
    availabilityLayout->addWidget(availabilityTitle);
    availabilityLayout->addWidget(m_availabilityView);

    // The availability table sits under the chart rather than beside it: the tab
    // shares the window with the incident list, and the chart needs the width.
    auto *chartSplitter = new QSplitter(Qt::Vertical);
    chartSplitter->setObjectName(QStringLiteral("ganttChartSplitter"));
    chartSplitter->addWidget(chartBox);
    chartSplitter->addWidget(availabilityBox);
    chartSplitter->setStretchFactor(0, 3);
    chartSplitter->setStretchFactor(1, 1);
    chartSplitter->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("ganttSplitter"));
    splitter->addWidget(m_filterTree);
    splitter->addWidget(chartSplitter);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 1000});
    m_filterTree->setMinimumWidth(100);
    m_chartView->setMinimumSize(320, 200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_rangeBar);
    layout->addWidget(splitter, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &GanttView::applyPendingChanges);
    m_availabilityTimer = new QTimer(this);
    m_availabilityTimer->setSingleShot(true);
    m_availabilityTimer->setInterval(120);
    connect(m_availabilityTimer, &QTimer::timeout, this, &GanttView::updateAvailability);
    // Ongoing windows grow with the clock.
    m_nowTimer = new QTimer(this);
    m_nowTimer->setInterval(60 * 1000);
    connect(m_nowTimer, &QTimer::timeout, this, [this] {
        m_document.setNowMs(Clock::now().toMSecsSinceEpoch());
        m_chart->refresh();
    });
    m_nowTimer->start();

    connect(m_chart, &GanttChart::viewChanged, this, &GanttView::onViewChanged);
    connect(m_chartView, &GanttChartView::rangeChanged, this, &GanttView::updateHistoryActions);
    connect(m_chartView, &GanttChartView::fitAllRequested, this, &GanttView::fitAll);
    connect(m_chartView, &GanttChartView::contextMenuRequested, this, &GanttView::showContextMenu);
    connect(m_chartView, &GanttChartView::incidentClicked, this, [this](const QUuid &uuid) {
        setSelectedIncident(uuid);
        if (!uuid.isNull())
            Q_EMIT incidentActivated(uuid);
    });
    connect(m_rowScroll, &QScrollBar::valueChanged, this, [this](int value) {
        if (value != m_chart->firstRow())
            m_chart->setFirstRow(value);
    });
    connect(m_filterTree, &QTreeWidget::itemChanged, this, &GanttView::onFilterItemChanged);
    connect(m_filterTree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        m_document.setCollapsed(item->data(0, Qt::UserRole).toString(), false);
        m_chart->refresh();
    });
    connect(m_filterTree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        m_document.setCollapsed(item->data(0, Qt::UserRole).toString(), true);
        m_chart->refresh();
    });

    m_document.setNowMs(Clock::now().toMSecsSinceEpoch());
    m_document.fitAll();
    m_chart->refresh();
}

GanttView::~GanttView()
{
    // The chart view owns the chart, which points into m_document: delete it first.
    delete m_chartView;
}

void GanttView::buildToolBar()
{
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("ganttToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar = bar;

    m_backAction = bar->addAction(tr("Back"), m_chartView, &GanttChartView::goBack);
    m_backAction->setToolTip(tr("Previous zoom (Alt+Left)"));
    m_forwardAction = bar->addAction(tr("Forward"), m_chartView, &GanttChartView::goForward);
    m_forwardAction->setToolTip(tr("Next zoom (Alt+Right)"));
    bar->addSeparator();
    bar->addAction(tr("Zoom in"), m_chartView, [this] { m_chartView->zoomBy(1.5); })->setToolTip(tr("Zoom in (+)"));
    bar->addAction(tr("Zoom out"), m_chartView, [this] { m_chartView->zoomBy(1 / 1.5); })->setToolTip(tr("Zoom out (-)"));
    bar->addAction(tr("Fit all"), this, &GanttView::fitAll)->setToolTip(tr("Show every window (Home)"));
    m_fitSelectionAction = bar->addAction(tr("Fit selection"), this, &GanttView::fitSelection);
    m_fitSelectionAction->setEnabled(false);
    bar->addSeparator();

    const QList<std::pair<GanttDocument::Preset, QString>> presets{
        {GanttDocument::Preset::Day, tr("Day")},         {GanttDocument::Preset::Week, tr("Week")},
        {GanttDocument::Preset::Month, tr("Month")},     {GanttDocument::Preset::Quarter, tr("Quarter")},
        {GanttDocument::Preset::Year, tr("Year")}};
    for (const auto &[preset, label] : presets) {
        const GanttDocument::Preset p = preset;
        bar->addAction(label, this, [this, p] {
            const qint64 middle = m_document.scale().startMs() + m_document.scale().spanMs() / 2;
            const auto [from, to] = GanttDocument::presetRange(p, middle, m_document.axisZone());
            m_chartView->showRange(from, to);
        });
    }

    // A second row for the zone and the dates, so that narrow windows keep them visible.
    bar = new QToolBar;
    bar->setObjectName(QStringLiteral("ganttRangeBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rangeBar = bar;
    bar->addWidget(new QLabel(tr("Zone:")));
    m_zoneCombo = new QComboBox;
    m_zoneCombo->setObjectName(QStringLiteral("ganttZone"));
    m_zoneCombo->addItem(tr("Data center"), int(GanttDocument::ZoneMode::DataCenter));
    m_zoneCombo->addItem(tr("UTC"), int(GanttDocument::ZoneMode::Utc));
    m_zoneCombo->addItem(tr("Local (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                         int(GanttDocument::ZoneMode::Local));
    connect(m_zoneCombo, &QComboBox::activated, this, [this](int index) {
        setZoneMode(GanttDocument::ZoneMode(m_zoneCombo->itemData(index).toInt()));
    });
    bar->addWidget(m_zoneCombo);
    bar->addSeparator();

    bar->addWidget(new QLabel(tr("From:")));
    m_fromEdit = new QDateEdit;
    m_fromEdit->setObjectName(QStringLiteral("ganttFrom"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(tr("To:")));
    m_toEdit = new QDateEdit;
    m_toEdit->setObjectName(QStringLiteral("ganttTo"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toEdit->setToolTip(tr("Last day shown (inclusive)"));
    bar->addWidget(m_toEdit);
    bar->addAction(tr("Show"), this, &GanttView::applyDateRange);
    bar->addSeparator();
    bar->addAction(tr("Export…"), this, &GanttView::exportChart);
}

void GanttView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_fitOnNextLoad = true;
    if (workspace) {
        const auto incidentEdited = [this](const QUuid &uuid) {
            m_changedIncidents.insert(uuid);
            m_reloadTimer->start();
        };
        connect(workspace, &Workspace::incidentChanged, this, incidentEdited);
        connect(workspace, &Workspace::incidentRemoved, this, incidentEdited);
        connect(workspace, &Workspace::catalogChanged, this, [this] {
            m_fullReloadPending = true;
            m_reloadTimer->start();
        });
        connect(workspace, &Workspace::reset, this, [this] {
            m_fitOnNextLoad = true;
            m_fullReloadPending = true;
            m_reloadTimer->start();
        });
    }
    m_fullReloadPending = true;
    applyPendingChanges();
}

void GanttView::applyPendingChanges()
{
    // Loading every window of a large workspace takes seconds: a chart nobody looks
    // at waits until it is shown (showEvent) or asked for (bringUpToDate).
    if (isVisible())
        bringUpToDate();
}

void GanttView::showEvent(QShowEvent *event)
{
    bringUpToDate();
    QWidget::showEvent(event);
}

void GanttView::bringUpToDate()
{
    if (!m_fullReloadPending && m_changedIncidents.isEmpty())
        return;
    if (m_fullReloadPending || !m_workspace || !m_workspace->isOpen()) {
        reload();
        return;
    }
    const QSet<QUuid> changed = std::exchange(m_changedIncidents, {});
    for (const QUuid &uuid : changed)
        m_document.updateIncident(m_workspace, uuid);
    m_chart->refresh();
    m_availabilityTimer->start();
}

void GanttView::reload()
{
    m_fullReloadPending = false;
    m_changedIncidents.clear();
    if (m_workspace && m_workspace->isOpen()) {
        m_document.load(m_workspace);
    } else {
        m_document.setCatalog({}, {});
        m_document.setWindows({});
    }
    if (m_fitOnNextLoad) {
        m_document.fitAll();
        m_chartView->history().clear();
        m_fitOnNextLoad = false;
        chooseAvailabilityRange(m_document.scale().startMs(), m_document.scale().endMs());
    }
    rebuildFilterTree();
    m_chart->refresh();
    m_availabilityTimer->start();
}

void GanttView::rebuildFilterTree()
{
    const QSignalBlocker blocker(m_filterTree);
    m_filterTree->clear();
    const GanttRowLayout &layout = m_document.layout();
    const QStringList filter = layout.filter();
    for (const DataCenter &dc : layout.dataCenters()) {
        auto *item = new QTreeWidgetItem(m_filterTree);
        item->setText(0, dc.name.isEmpty() ? dc.code : QStringLiteral("%1 · %2").arg(dc.code, dc.name));
        item->setToolTip(0, dc.timeZone);
        item->setData(0, Qt::UserRole, dc.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, filter.isEmpty() || filter.contains(dc.code) ? Qt::Checked : Qt::Unchecked);
        for (const Instance &inst : layout.instances()) {
            if (inst.dataCenter != dc.code)
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, inst.name);
            child->setFlags(Qt::ItemIsEnabled);
        }
        item->setExpanded(!layout.isCollapsed(dc.code));
    }
}

void GanttView::onFilterItemChanged(QTreeWidgetItem *item)
{
    Q_UNUSED(item)
    QStringList shown;
    bool all = true;
    for (int i = 0; i < m_filterTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_filterTree->topLevelItem(i);
        if (top->checkState(0) == Qt::Checked)
            shown << top->data(0, Qt::UserRole).toString();
        else
            all = false;
    }
    // Nothing checked shows nothing: an empty filter would mean "all".
    if (shown.isEmpty())
        shown << QStringLiteral("\x01");
    m_document.setFilter(all ? QStringList() : shown);
    m_chart->refresh();
    m_availabilityTimer->start();
}

void GanttView::onViewChanged()
{
    const int maxFirst = std::max(0, m_document.layout().rowCount() - m_chart->visibleRowCount());
    {
        const QSignalBlocker blocker(m_rowScroll);
        m_rowScroll->setRange(0, maxFirst);
        m_rowScroll->setPageStep(m_chart->visibleRowCount());
        m_rowScroll->setValue(m_chart->firstRow());
        m_rowScroll->setVisible(maxFirst > 0);
    }
    const QTimeZone zone = m_document.axisZone();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_document.scale().startMs(), zone);
    const QDateTime lastShown = QDateTime::fromMSecsSinceEpoch(m_document.scale().endMs() - 1, zone);
    {
        const QSignalBlocker b1(m_fromEdit);
        const QSignalBlocker b2(m_toEdit);
        m_fromEdit->setDate(from.date());
        m_toEdit->setDate(lastShown.date());
    }
    updateHistoryActions();
    m_availabilityTimer->start();
}

void GanttView::updateHistoryActions()
{
    m_backAction->setEnabled(m_chartView->history().canGoBack());
    m_forwardAction->setEnabled(m_chartView->history().canGoForward());
}

// The availability panel covers the range chosen (From/To, a range shown on
// request, the whole data after a load), not what zooming and panning show.
void GanttView::chooseAvailabilityRange(qint64 fromMs, qint64 toMs)
{
    m_availability->setRange(QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()),
                             QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()), m_document.axisZone());
    m_availabilityTimer->start();
}

void GanttView::updateAvailability()
{
    if (!m_availability->hasRange())
        m_availability->setRange(QDateTime::fromMSecsSinceEpoch(m_document.scale().startMs(), QTimeZone::utc()),
                                 QDateTime::fromMSecsSinceEpoch(m_document.scale().endMs(), QTimeZone::utc()),
                                 m_document.axisZone());
    const QDateTime from = m_availability->rangeFrom();
    const QDateTime to = m_availability->rangeTo();
    const GanttRowLayout &layout = m_document.layout();
    // The same calculator as `outagedesk availability`, on the windows already loaded.
    m_availability->setReport(AvailabilityCalculator::compute(layout.shownDataCenters(), layout.instances(),
                                                              m_document.data().windows(), from, to,
                                                              QDateTime::fromMSecsSinceEpoch(m_document.nowMs(), QTimeZone::utc())));
    m_availabilityView->expandAll();
}

void GanttView::applyDateRange()
{
    bringUpToDate();
    const QTimeZone zone = m_document.axisZone();
    const QDate first = std::min(m_fromEdit->date(), m_toEdit->date());
    const QDate last = std::max(m_fromEdit->date(), m_toEdit->date());
    chooseAvailabilityRange(first.startOfDay(zone).toMSecsSinceEpoch(), last.addDays(1).startOfDay(zone).toMSecsSinceEpoch());
    m_chartView->showRange(first.startOfDay(zone).toMSecsSinceEpoch(), last.addDays(1).startOfDay(zone).toMSecsSinceEpoch());
}

void GanttView::showRange(const QDateTime &from, const QDateTime &to)
{
    bringUpToDate();
    chooseAvailabilityRange(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    m_chartView->showRange(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
}

void GanttView::setZoneMode(GanttDocument::ZoneMode mode)
{
    m_document.setZoneMode(mode, mode == GanttDocument::ZoneMode::Local ? QTimeZone::systemTimeZone() : QTimeZone());
    const int index = m_zoneCombo->findData(int(mode));
    if (index >= 0)
        m_zoneCombo->setCurrentIndex(index);
    m_chart->refresh();
}

void GanttView::setSelectedIncident(const QUuid &uuid)
{
    m_document.setSelectedIncident(uuid);
    m_fitSelectionAction->setEnabled(!uuid.isNull());
    m_chart->refresh();
}

void GanttView::fitAll()
{
    bringUpToDate();
    const GanttTimeScale &scale = m_document.scale();
    m_chartView->history().push({scale.startMs(), scale.endMs()});
    m_document.fitAll();
    m_chart->refresh();
}

void GanttView::fitSelection()
{
    bringUpToDate();
    const QUuid uuid = m_document.data().selectedIncident();
    if (uuid.isNull())
        return;
    const GanttTimeScale &scale = m_document.scale();
    const GanttZoomHistory::Range before{scale.startMs(), scale.endMs()};
    if (m_document.fitIncident(uuid)) {
        m_chartView->history().push(before);
        m_chart->refresh();
    }
}

void GanttView::exportChart()
{
    bringUpToDate();
    GanttExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (GanttExporter::exportToFile(m_document, dialog.path(), dialog.chartSize(), GanttStyle::light(), &error))
        Q_EMIT message(tr("Chart written to %1").arg(dialog.path()));
    else
        Q_EMIT message(error);
}

void GanttView::printChart()
{
    bringUpToDate();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!GanttExporter::print(m_document, &printer, GanttStyle::light()))
        Q_EMIT message(tr("The chart could not be printed."));
}

void GanttView::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Export chart…"), this, &GanttView::exportChart);
    menu.addAction(tr("Print chart…"), this, &GanttView::printChart);
    menu.addSeparator();
    menu.addAction(tr("Fit all"), this, &GanttView::fitAll);
    menu.addAction(tr("Fit selection"), this, &GanttView::fitSelection)->setEnabled(!m_document.data().selectedIncident().isNull());
    menu.addAction(tr("Back"), m_chartView, &GanttChartView::goBack)->setEnabled(m_chartView->history().canGoBack());
    menu.addAction(tr("Forward"), m_chartView, &GanttChartView::goForward)->setEnabled(m_chartView->history().canGoForward());
    menu.addSeparator();
    menu.addAction(tr("Collapse all data centers"), this, [this] {
        m_document.layout().setAllCollapsed(true);
        m_document.rowsChanged();
        rebuildFilterTree();
        m_chart->refresh();
    });
    menu.addAction(tr("Expand all data centers"), this, [this] {
        m_document.layout().setAllCollapsed(false);
        m_document.rowsChanged();
        rebuildFilterTree();
        m_chart->refresh();
    });
    menu.exec(globalPos);
}

void GanttView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_chart->setGanttStyle(GanttStyle::forPalette(palette()));
        m_chart->refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace OutageDesk
