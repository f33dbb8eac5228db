#include "gui/publish/PortalListModel.h"

#include "publish/PortalRepository.h"

namespace OutageDesk {

PortalListModel::PortalListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PortalListModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void PortalListModel::reload()
{
    beginResetModel();
    m_portals = m_workspace ? PortalRepository(m_workspace).portals() : QList<Portal>();
    endResetModel();
}

int PortalListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_portals.size(); ++i) {
        if (m_portals.at(i).name == name)
            return i;
    }
    return -1;
}

int PortalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_portals.size());
}

QVariant PortalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Portal &p = m_portals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.name;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2").arg(toWireName(p.kind), p.url);
    case Qt::UserRole:
        return p.id;
    default:
        return {};
    }
}

} // namespace OutageDesk
