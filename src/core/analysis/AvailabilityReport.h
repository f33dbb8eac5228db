#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace OutageDesk {

struct AvailabilityFigures
{
    qint64 downtimeSeconds = 0;    // union of outage windows
    qint64 degradedSeconds = 0;    // union of degraded windows
    qint64 maintenanceSeconds = 0; // union of maintenance windows
    double availabilityPercent = 100.0;
    int windowCount = 0; // windows overlapping the period, of any impact
};

struct InstanceAvailability
{
    QString name;
    AvailabilityFigures figures;
};

struct DataCenterAvailability
{
    QString code;
    QString name;
    AvailabilityFigures figures;
    QList<InstanceAvailability> instances;
};

// Downtime and availability over [from, to), as docs/spec/cli.md defines them.
struct AvailabilityReport
{
    QDateTime from;
    QDateTime to;
    QList<DataCenterAvailability> dataCenters;

    // The JSON of `outagedesk availability --json`.
    QJsonObject toJson() const;
    // The plain-text table of `outagedesk availability`.
    QString toText() const;
};

} // namespace OutageDesk
