#include "gui/gantt/AvailabilityModel.h"

#include "time/TimeFormat.h"

#include <QLocale>

namespace OutageDesk {

AvailabilityModel::AvailabilityModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void AvailabilityModel::setReport(const AvailabilityReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void AvailabilityModel::setRange(const QDateTime &from, const QDateTime &to, const QTimeZone &zone)
{
    m_from = from;
    m_to = to;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

QString AvailabilityModel::rangeDescription() const
{
    const QDateTime from = m_report.from.isValid() ? m_report.from : m_from;
    const QDateTime to = m_report.to.isValid() ? m_report.to : m_to;
    if (!from.isValid() || !to.isValid() || from >= to)
        return tr("Availability");
    const QDateTime first = from.toTimeZone(m_zone);
    const QDateTime last = to.addMSecs(-1).toTimeZone(m_zone);
    // Whole days read as days (the last one inclusive, as in From/To); anything
    // else as the instants, each with its zone.
    const bool wholeDays = first.time() == QTime(0, 0) && to.toTimeZone(m_zone).time() == QTime(0, 0);
    if (wholeDays) {
        const QString zone = TimeFormat::zoneLabel(first, m_zone);
        if (first.date() == last.date())
            return tr("Availability on %1 (%2), the From/To range").arg(first.date().toString(Qt::ISODate), zone);
        return tr("Availability %1 – %2 (%3), the From/To range")
            .arg(first.date().toString(Qt::ISODate), last.date().toString(Qt::ISODate), zone);
    }
    return tr("Availability %1 – %2, the range shown on request")
        .arg(TimeFormat::dateTime(from, m_zone), TimeFormat::dateTime(to, m_zone));
}

// Internal id: kTopLevel for data centers, else the data center's row for instances.
QModelIndex AvailabilityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex AvailabilityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int AvailabilityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_report.dataCenters.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_report.dataCenters.at(parent.row()).instances.size());
}

int AvailabilityModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant AvailabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool topLevel = index.internalId() == kTopLevel;
    const DataCenterAvailability &dc = m_report.dataCenters.at(topLevel ? index.row() : int(index.internalId()));
    const AvailabilityFigures &f = topLevel ? dc.figures : dc.instances.at(index.row()).figures;
    const QString name = topLevel ? (dc.name.isEmpty() ? dc.code : QStringLiteral("%1 · %2").arg(dc.code, dc.name))
                                  : dc.instances.at(index.row()).name;

    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ValueRole) {
        switch (index.column()) {
        case NameColumn:
            return name;
        case DowntimeColumn:
            return f.downtimeSeconds;
        case DegradedColumn:
            return f.degradedSeconds;
        case MaintenanceColumn:
            return f.maintenanceSeconds;
        case AvailabilityColumn:
            return f.availabilityPercent;
        case WindowsColumn:
            return f.windowCount;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return name;
    case DowntimeColumn:
        return TimeFormat::duration(f.downtimeSeconds);
    case DegradedColumn:
        return TimeFormat::duration(f.degradedSeconds);
    case MaintenanceColumn:
        return TimeFormat::duration(f.maintenanceSeconds);
    case AvailabilityColumn:
        return tr("%1 %").arg(QLocale().toString(f.availabilityPercent, 'f', 3));
    case WindowsColumn:
        return QLocale().toString(f.windowCount);
    }
    return {};
}

QVariant AvailabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Data center / instance");
    case DowntimeColumn:
        return tr("Downtime");
    case DegradedColumn:
        return tr("Degraded");
    case MaintenanceColumn:
        return tr("Maintenance");
    case AvailabilityColumn:
        return tr("Availability");
    case WindowsColumn:
        return tr("Windows");
    }
    return {};
}

} // namespace OutageDesk
