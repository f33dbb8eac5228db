#pragma once

#include "analysis/AvailabilityReport.h"

#include <QAbstractItemModel>

namespace OutageDesk {

// The Gantt's availability panel: data centers with their instances below, and
// the figures of AvailabilityCalculator (the same as `outagedesk availability`).
class AvailabilityModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DowntimeColumn, DegradedColumn, MaintenanceColumn, AvailabilityColumn, WindowsColumn, ColumnCount };
    // The raw number behind a figure (seconds, percent, count) for sorting and tests.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit AvailabilityModel(QObject *parent = nullptr);

    void setReport(const AvailabilityReport &report);
    const AvailabilityReport &report() const { return m_report; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr kTopLevel = ~quintptr(0);
    AvailabilityReport m_report;
};

} // namespace OutageDesk
