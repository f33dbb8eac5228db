#pragma once

#include "gui/models/IncidentPartModel.h"

namespace OutageDesk {

// The customer-facing status updates, oldest first. Their times are shown and
// typed in the zone of the incident's first window (UTC without windows).
class StatusUpdatesTableModel : public IncidentPartModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StatusColumn, MessageColumn, ColumnCount };

    using IncidentPartModel::IncidentPartModel;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    int partCount(const Incident &incident) const override { return int(incident.updates.size()); }
};

} // namespace OutageDesk
