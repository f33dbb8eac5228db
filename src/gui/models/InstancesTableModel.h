#pragma once

#include "model/Instance.h"

#include <QAbstractTableModel>

namespace OutageDesk {

class Workspace;

// The workspace's service instances, re-read whenever the catalog changes.
class InstancesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ProductColumn, DataCenterColumn, ColumnCount };

    explicit InstancesTableModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace);
    const QList<Instance> &instances() const { return m_rows; }
    int rowOfName(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    Workspace *m_workspace = nullptr;
    QList<Instance> m_rows;
};

} // namespace OutageDesk
