#pragma once

#include "gui/models/IncidentPartModel.h"

namespace OutageDesk {

// The incident's outage windows. Times show and are typed as wall time in the
// zone of the instance's data center, each with its abbreviation; the typed text
// goes through WallTimeEntry, which asks about daylight-saving gaps and repeats.
class WindowsTableModel : public IncidentPartModel
{
    Q_OBJECT

public:
    enum Column { InstanceColumn, StartColumn, EndColumn, DurationColumn, ImpactColumn, ColumnCount };

    using IncidentPartModel::IncidentPartModel;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    int partCount(const Incident &incident) const override { return int(incident.windows.size()); }
};

} // namespace OutageDesk
