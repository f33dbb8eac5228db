#include "gui/models/DataCentersTableModel.h"

#include "i18n/DisplayNames.h"
#include "gui/models/ModelRoles.h"
#include "storage/CatalogRepository.h"
#include "storage/Workspace.h"
#include "time/Clock.h"
#include "time/TimeFormat.h"

namespace OutageDesk {

DataCentersTableModel::DataCentersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DataCentersTableModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::catalogChanged, this, &DataCentersTableModel::reload);
        connect(m_workspace, &Workspace::reset, this, &DataCentersTableModel::reload);
    }
    reload();
}

void DataCentersTableModel::reload()
{
    beginResetModel();
    m_rows = m_workspace && m_workspace->isOpen() ? CatalogRepository(m_workspace).dataCenters() : QList<DataCenter>();
    endResetModel();
}

int DataCentersTableModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).code == code)
            return i;
    }
    return -1;
}

int DataCentersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DataCentersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataCentersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataCenter &dc = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return dc.code;
        case NameColumn:
            return dc.name;
        case ZoneColumn:
            // The zone with what it means now: "Europe/Amsterdam (CET)".
            return dc.hasValidZone() ? tr("%1 (%2)").arg(DisplayNames::leftToRight(dc.timeZone),
                                                         DisplayNames::leftToRight(TimeFormat::zoneLabel(Clock::now(), dc.zone())))
                                     : tr("%1 (unknown zone)").arg(dc.timeZone);
        }
        break;
    case ModelRoles::DataCenterCodeRole:
        return dc.code;
    case ModelRoles::TimeZoneRole:
        return dc.timeZone;
    case ModelRoles::CatalogIdRole:
        return dc.id;
    }
    return {};
}

QVariant DataCentersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case ZoneColumn:
        return tr("Time zone");
    }
    return {};
}

} // namespace OutageDesk
