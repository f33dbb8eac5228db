#include "gui/models/InstancesTableModel.h"

#include "gui/models/ModelRoles.h"
#include "storage/CatalogRepository.h"
#include "storage/Workspace.h"

namespace OutageDesk {

InstancesTableModel::InstancesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InstancesTableModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::catalogChanged, this, &InstancesTableModel::reload);
        connect(m_workspace, &Workspace::reset, this, &InstancesTableModel::reload);
    }
    reload();
}

void InstancesTableModel::reload()
{
    beginResetModel();
    m_rows = m_workspace && m_workspace->isOpen() ? CatalogRepository(m_workspace).instances() : QList<Instance>();
    endResetModel();
}

int InstancesTableModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

int InstancesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstancesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstancesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &instance = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return instance.name;
        case ProductColumn:
            return instance.product;
        case DataCenterColumn:
            return instance.dataCenter;
        }
        break;
    case ModelRoles::InstanceNameRole:
        return instance.name;
    case ModelRoles::DataCenterCodeRole:
        return instance.dataCenter;
    case ModelRoles::CatalogIdRole:
        return instance.id;
    }
    return {};
}

QVariant InstancesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Instance");
    case ProductColumn:
        return tr("Product");
    case DataCenterColumn:
        return tr("Data center");
    }
    return {};
}

} // namespace OutageDesk
