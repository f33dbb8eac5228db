#pragma once

#include "storage/IncidentPlacesQuery.h"
#include "storage/IncidentQuery.h"
#include "time/HourCycle.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <QUuid>

namespace OutageDesk {

class Workspace;

// The incident list: rows come from IncidentRepository::list() a page at a time
// (canFetchMore/fetchMore) with the total from count(), so a workspace of 100k
// incidents opens as fast as one of ten. Filtering and sorting run in SQL.
// Times are shown in the zone of the incident's own data center (that of its
// earliest window), with the zone's label, as the editor shows them.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Data center and duration come last, so a header state saved before they existed still fits.
    enum Column { TitleColumn, StatusColumn, SeverityColumn, StartColumn, EndColumn, DataCenterColumn, DurationColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit IncidentListModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setQuery(const IncidentQuery &query);
    const IncidentQuery &query() const { return m_query; }
    int totalCount() const { return m_total; }
    int rowOf(const QUuid &uuid) const; // -1 when not loaded
    QUuid uuidAt(int row) const;
    // How times show (Preferences); default 24 h.
    void setHourCycle(HourCycle cycle);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    // Re-reads the rows loaded so far; a plain update when the same incidents come
    // back in the same order, a reset otherwise.
    void refresh();

private:
    void reload();
    void loadPlaces(const QList<IncidentSummary> &rows, bool replace);
    QTimeZone zoneOf(const IncidentSummary &row) const;

    Workspace *m_workspace = nullptr;
    IncidentQuery m_query;
    QList<IncidentSummary> m_rows;
    QHash<qint64, IncidentPlaces> m_places; // by incident row id, for the rows loaded
    int m_total = 0;
    HourCycle m_hourCycle = HourCycle::TwentyFour;
};

} // namespace OutageDesk
