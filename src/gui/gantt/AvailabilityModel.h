#pragma once

#include "analysis/AvailabilityReport.h"

#include <QAbstractItemModel>
#include <QTimeZone>

namespace OutageDesk {

// The Gantt's availability panel: data centers with their instances below, and
// the figures of AvailabilityCalculator (the same as `outagedesk availability`).
// The figures cover the range chosen in the panel's From/To (or a range shown on
// request), not whatever zooming and panning happen to show: a number that
// changes with the mouse wheel would say nothing. rangeDescription() says which.
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

    // The range the figures are to cover, [from, to), with the zone its days are
    // counted in (the chart's axis zone). Until one is chosen, hasRange() is false.
    void setRange(const QDateTime &from, const QDateTime &to, const QTimeZone &zone);
    bool hasRange() const { return m_from.isValid() && m_to.isValid(); }
    QDateTime rangeFrom() const { return m_from; }
    QDateTime rangeTo() const { return m_to; }
    // "Availability 2016-11-01 – 2016-11-30 (CET), the From/To range": the panel's title.
    QString rangeDescription() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr kTopLevel = ~quintptr(0);
    AvailabilityReport m_report;
    QDateTime m_from;
    QDateTime m_to;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace OutageDesk
