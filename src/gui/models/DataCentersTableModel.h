#pragma once

#include "model/DataCenter.h"

#include <QAbstractTableModel>

namespace OutageDesk {

class Workspace;

// The workspace's data centers, read from CatalogRepository and re-read whenever
// the catalog changes. Read-only: edits go through EditHistory.
class DataCentersTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, ZoneColumn, ColumnCount };

    explicit DataCentersTableModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace);
    const QList<DataCenter> &dataCenters() const { return m_rows; }
    int rowOfCode(const QString &code) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    Workspace *m_workspace = nullptr;
    QList<DataCenter> m_rows;
};

} // namespace OutageDesk
