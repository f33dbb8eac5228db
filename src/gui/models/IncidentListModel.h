#pragma once

#include "storage/IncidentQuery.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace OutageDesk {

class Workspace;

// The incident list: rows come from IncidentRepository::list() a page at a time
// (canFetchMore/fetchMore) with the total from count(), so a workspace of 100k
// incidents opens as fast as one of ten. Filtering and sorting run in SQL.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, SeverityColumn, StartColumn, EndColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit IncidentListModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setQuery(const IncidentQuery &query);
    const IncidentQuery &query() const { return m_query; }
    int totalCount() const { return m_total; }
    int rowOf(const QUuid &uuid) const; // -1 when not loaded
    QUuid uuidAt(int row) const;

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

    Workspace *m_workspace = nullptr;
    IncidentQuery m_query;
    QList<IncidentSummary> m_rows;
    int m_total = 0;
};

} // namespace OutageDesk
