#include "gui/models/ActionItemsTableModel.h"

#include "gui/editor/WallTimeQuestion.h"

namespace OutageDesk {

int ActionItemsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &a = incident().actionItems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title;
        case OwnerColumn:
            return a.owner;
        case DueColumn:
            return a.due.isValid() ? a.due.toString(Qt::ISODate) : QString();
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == DoneColumn)
            return a.done ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (index.column() == DoneColumn)
            return a.done ? tr("Done") : tr("Open");
        break;
    }
    return {};
}

QVariant ActionItemsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IncidentPartModel::headerData(section, orientation, role);
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case TitleColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due (YYYY-MM-DD)");
    }
    return {};
}

Qt::ItemFlags ActionItemsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = IncidentPartModel::flags(index);
    if (!index.isValid())
        return f;
    return index.column() == DoneColumn ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

bool ActionItemsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Incident after = incident();
    ActionItem &a = after.actionItems[index.row()];
    if (index.column() == DoneColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        a.done = Qt::CheckState(value.toInt()) == Qt::Checked;
        return requestEdit(after, a.done ? tr("Mark action done") : tr("Reopen action"));
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case TitleColumn:
        a.title = value.toString().trimmed();
        return requestEdit(after, tr("Edit action"));
    case OwnerColumn:
        a.owner = value.toString().trimmed();
        return requestEdit(after, tr("Change action owner"));
    case DueColumn: {
        const QString text = value.toString().trimmed();
        const QDate due = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !due.isValid()) {
            if (question())
                question()->refuse(tr("\"%1\" is not a date; type it as 2016-12-15.").arg(text));
            return false;
        }
        a.due = due;
        return requestEdit(after, tr("Change due date"));
    }
    }
    return false;
}

} // namespace OutageDesk
