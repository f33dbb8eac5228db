#pragma once

#include "gui/models/IncidentPartModel.h"

namespace OutageDesk {

// The incident's action items: title, owner, due date (YYYY-MM-DD), done.
class ActionItemsTableModel : public IncidentPartModel
{
    Q_OBJECT

public:
    enum Column { DoneColumn, TitleColumn, OwnerColumn, DueColumn, ColumnCount };

    using IncidentPartModel::IncidentPartModel;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    int partCount(const Incident &incident) const override { return int(incident.actionItems.size()); }
};

} // namespace OutageDesk
