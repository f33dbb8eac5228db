#include "analysis/AvailabilityReport.h"

#include "time/Rfc3339.h"
#include "time/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace OutageDesk {
namespace {

// Not rounded to fewer than 5 significant digits (cli.md): keep 5 decimals.
double percent(double value)
{
    return std::round(value * 100000.0) / 100000.0;
}

QJsonObject figuresJson(const AvailabilityFigures &f)
{
    return QJsonObject{{QStringLiteral("downtimeSeconds"), f.downtimeSeconds},
                       {QStringLiteral("degradedSeconds"), f.degradedSeconds},
                       {QStringLiteral("maintenanceSeconds"), f.maintenanceSeconds},
                       {QStringLiteral("availabilityPercent"), percent(f.availabilityPercent)},
                       {QStringLiteral("windows"), f.windowCount}};
}

} // namespace

QJsonObject AvailabilityReport::toJson() const
{
    QJsonArray dcs;
    for (const auto &dc : dataCenters) {
        QJsonObject o{{QStringLiteral("code"), dc.code}};
        const QJsonObject figures = figuresJson(dc.figures);
        for (auto it = figures.begin(); it != figures.end(); ++it)
            o.insert(it.key(), it.value());
        QJsonArray instances;
        for (const auto &inst : dc.instances) {
            QJsonObject io{{QStringLiteral("name"), inst.name}};
            const QJsonObject f = figuresJson(inst.figures);
            for (auto it = f.begin(); it != f.end(); ++it)
                io.insert(it.key(), it.value());
            instances << io;
        }
        o.insert(QStringLiteral("instances"), instances);
        dcs << o;
    }
    return QJsonObject{{QStringLiteral("from"), Rfc3339::formatUtc(from)},
                       {QStringLiteral("to"), Rfc3339::formatUtc(to)},
                       {QStringLiteral("dataCenters"), dcs}};
}

QString AvailabilityReport::toText() const
{
    QString text = QCoreApplication::translate("AvailabilityReport", "Availability from %1 to %2\n")
                       .arg(Rfc3339::formatUtc(from), Rfc3339::formatUtc(to));
    auto line = [](const QString &indent, const QString &name, const AvailabilityFigures &f) {
        return QStringLiteral("%1%2\t%3 %\tdown %4\tdegraded %5\tmaintenance %6\twindows %7\n")
            .arg(indent, name)
            .arg(percent(f.availabilityPercent), 0, 'f', 5)
            .arg(TimeFormat::duration(f.downtimeSeconds), TimeFormat::duration(f.degradedSeconds),
                 TimeFormat::duration(f.maintenanceSeconds))
            .arg(f.windowCount);
    };
    for (const auto &dc : dataCenters) {
        text += line(QString(), dc.code, dc.figures);
        for (const auto &inst : dc.instances)
            text += line(QStringLiteral("  "), inst.name, inst.figures);
    }
    return text;
}

} // namespace OutageDesk
