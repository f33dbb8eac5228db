#include "gui/models/StatusUpdatesTableModel.h"

#include "gui/editor/WallTimeEntry.h"
#include "gui/editor/WallTimeQuestion.h"
#include "i18n/DisplayNames.h"
#include "gui/models/ModelRoles.h"
#include "time/TimeFormat.h"

namespace OutageDesk {

int StatusUpdatesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusUpdatesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatusUpdate &u = incident().updates.at(index.row());
    const QTimeZone zone = incidentZone();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::DisplayRole ? DisplayNames::leftToRight(TimeFormat::dateTime(u.at, zone))
                                           : WallTimeEntry::editText(u.at, zone);
        case StatusColumn:
            return role == Qt::DisplayRole ? QVariant(DisplayNames::status(u.status)) : QVariant(int(u.status));
        case MessageColumn:
            return u.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return u.message;
        break;
    case ModelRoles::StartMsRole:
        return u.at.toMSecsSinceEpoch();
    case ModelRoles::StatusRole:
        return int(u.status);
    case ModelRoles::TimeZoneRole:
        return WallTimeEntry::zoneName(zone);
    }
    return {};
}

QVariant StatusUpdatesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IncidentPartModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Posted");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Message (customer-facing)");
    }
    return {};
}

Qt::ItemFlags StatusUpdatesTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = IncidentPartModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool StatusUpdatesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Incident after = incident();
    StatusUpdate &u = after.updates[index.row()];
    switch (index.column()) {
    case TimeColumn: {
        if (!question())
            return false;
        const auto entry = WallTimeEntry::resolve(value.toString(), incidentZone(), *question());
        if (entry.outcome == WallTimeEntry::Outcome::Empty)
            question()->refuse(tr("A status update needs the time it was posted."));
        if (entry.outcome != WallTimeEntry::Outcome::Instant)
            return false;
        u.at = entry.instant;
        return requestEdit(after, tr("Change update time"));
    }
    case StatusColumn:
        u.status = IncidentStatus(value.toInt());
        return requestEdit(after, tr("Change update status"));
    case MessageColumn:
        u.message = value.toString();
        return requestEdit(after, tr("Edit update message"));
    }
    return false;
}

} // namespace OutageDesk
