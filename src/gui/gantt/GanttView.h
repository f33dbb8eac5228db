#pragma once

#include "render/gantt/GanttDocument.h"
#include "storage/Workspace.h"

#include <QPointer>
#include <QSet>
#include <QUuid>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QScrollBar;
class QTimer;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace OutageDesk {

class AvailabilityModel;
class GanttChart;
class GanttChartView;

// The Gantt tab: data center filter on one side, the chart in the middle, the
// availability of the visible range on the other, and a toolbar for zoom, history,
// presets, the axis zone and the date range. It follows the workspace's change
// signals, so undo and edits elsewhere show at once.
//
// For the main window: connect incidentActivated() to "select and open incident",
// call setSelectedIncident() when the list selection changes, and put exportChart()
// and printChart() in File ▸ Export chart / Print chart.
class GanttView : public QWidget
{
    Q_OBJECT

public:
    explicit GanttView(QWidget *parent = nullptr);
    ~GanttView() override;

    // Shows the workspace (nullptr: empty). Not owned.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    GanttDocument &document() { return m_document; }
    GanttChart *chart() const { return m_chart; }
    GanttChartView *chartView() const { return m_chartView; }
    AvailabilityModel *availabilityModel() const { return m_availability; }

    // Shows [from, to) and records the previous range in the zoom history.
    void showRange(const QDateTime &from, const QDateTime &to);
    void setZoneMode(GanttDocument::ZoneMode mode);

public Q_SLOTS:
    // Highlights the incident's bars (the list's selection); a null UUID clears it.
    void setSelectedIncident(const QUuid &uuid);
    void fitAll();
    void fitSelection();
    // Asks for a file and a size, then writes PNG, SVG or PDF by extension.
    void exportChart();
    void printChart();
    // Reads the whole workspace again.
    void reload();

Q_SIGNALS:
    // The user clicked a bar of this incident: select it in the list and open it.
    void incidentActivated(const QUuid &uuid);
    // A status line for the main window (export written, print failed…).
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildToolBar();
    void rebuildFilterTree();
    void onFilterItemChanged(QTreeWidgetItem *item);
    void onViewChanged();
    void chooseAvailabilityRange(qint64 fromMs, qint64 toMs);
    void updateAvailability();
    void applyDateRange();
    void showContextMenu(const QPoint &globalPos);
    void updateHistoryActions();
    void applyPendingChanges();
    void bringUpToDate();

    QPointer<Workspace> m_workspace;
    GanttDocument m_document;
    GanttChart *m_chart = nullptr;
    GanttChartView *m_chartView = nullptr;
    QScrollBar *m_rowScroll = nullptr;
    QTreeWidget *m_filterTree = nullptr;
    QTreeView *m_availabilityView = nullptr;
    AvailabilityModel *m_availability = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_fitSelectionAction = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_availabilityTimer = nullptr;
    QTimer *m_nowTimer = nullptr;
    QWidget *m_toolBar = nullptr;
    QWidget *m_rangeBar = nullptr;
    bool m_fitOnNextLoad = true;
    bool m_fullReloadPending = true;
    QSet<QUuid> m_changedIncidents; // re-read one by one unless a full reload is due
};

} // namespace OutageDesk
