#include "render/gantt/GanttDocument.h"

#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "time/Clock.h"
#include "time/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GanttDocument", text);
}

// Fitting leaves a margin so that bars at the edges do not touch the frame.
void fitRange(GanttTimeScale &scale, qint64 from, qint64 to)
{
    const qint64 margin = std::max<qint64>((to - from) / 20, 5 * 60 * 1000);
    scale.setRange(from - margin, to + margin);
}

} // namespace

void GanttDocument::load(Workspace *workspace)
{
    const CatalogRepository catalog(workspace);
    const IncidentRepository incidents(workspace);
    m_nowMs = Clock::now().toMSecsSinceEpoch();
    m_dataCenters = catalog.dataCenters();
    m_layout.setCatalog(m_dataCenters, catalog.instances());
    m_data.setWindows(incidents.windowsBetween(QDateTime(), QDateTime()));
    rowsChanged();
}

void GanttDocument::updateIncident(Workspace *workspace, const QUuid &uuid)
{
    QList<WindowRecord> windows = m_data.windows();
    windows.removeIf([&uuid](const WindowRecord &w) { return QUuid::fromString(w.incidentUuid) == uuid; });
    if (const std::optional<Incident> incident = IncidentRepository(workspace).load(uuid)) {
        QHash<QString, QString> dataCenterOf;
        for (const Instance &inst : m_layout.instances())
            dataCenterOf.insert(inst.name, inst.dataCenter);
        for (const OutageWindow &w : incident->windows) {
            WindowRecord r;
            r.startMs = w.start.toMSecsSinceEpoch();
            r.endMs = w.isOngoing() ? WindowRecord::kOngoing : w.end.toMSecsSinceEpoch();
            r.impact = w.impact;
            r.instance = w.instance;
            r.dataCenter = dataCenterOf.value(w.instance);
            r.incidentId = incident->id;
            r.incidentUuid = incident->uuidString();
            r.incidentTitle = incident->title;
            r.severity = incident->severity;
            windows << r;
        }
    }
    std::stable_sort(windows.begin(), windows.end(),
                     [](const WindowRecord &a, const WindowRecord &b) { return a.startMs < b.startMs; });
    setWindows(std::move(windows));
}

void GanttDocument::setCatalog(const QList<DataCenter> &dataCenters, const QList<Instance> &instances)
{
    m_dataCenters = dataCenters;
    m_layout.setCatalog(dataCenters, instances);
    rowsChanged();
}

void GanttDocument::setWindows(QList<WindowRecord> windows)
{
    m_data.setWindows(std::move(windows));
    rowsChanged();
}

void GanttDocument::setNowMs(qint64 nowMs)
{
    m_nowMs = nowMs;
    rowsChanged();
}

void GanttDocument::rowsChanged()
{
    m_data.rebuild(m_layout, m_nowMs);
}

void GanttDocument::setFilter(const QStringList &codes)
{
    m_layout.setFilter(codes);
    rowsChanged();
}

void GanttDocument::setCollapsed(const QString &code, bool collapsed)
{
    m_layout.setCollapsed(code, collapsed);
    rowsChanged();
}

void GanttDocument::setZoneMode(ZoneMode mode, const QTimeZone &fixed)
{
    m_zoneMode = mode;
    m_fixedZone = fixed;
}

std::optional<std::pair<GanttDocument::ZoneMode, QTimeZone>> GanttDocument::parseZone(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("dc"))
        return std::make_pair(ZoneMode::DataCenter, QTimeZone());
    if (text.compare(QLatin1String("utc"), Qt::CaseInsensitive) == 0)
        return std::make_pair(ZoneMode::Utc, QTimeZone::utc());
    if (text == QLatin1String("local"))
        return std::make_pair(ZoneMode::Local, QTimeZone::systemTimeZone());
    const QByteArray id = text.toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(id))
        return std::nullopt;
    const QTimeZone zone(id);
    if (!zone.isValid())
        return std::nullopt;
    return std::make_pair(ZoneMode::Fixed, zone);
}

QTimeZone GanttDocument::axisZone() const
{
    switch (m_zoneMode) {
    case ZoneMode::Utc:
        return QTimeZone::utc();
    case ZoneMode::Local:
        return QTimeZone::systemTimeZone();
    case ZoneMode::Fixed:
        return m_fixedZone.isValid() ? m_fixedZone : QTimeZone::utc();
    case ZoneMode::DataCenter:
        break;
    }
    QByteArray shared;
    for (const DataCenter &dc : m_layout.shownDataCenters()) {
        if (!dc.hasValidZone())
            return QTimeZone::utc();
        if (!shared.isEmpty() && shared != dc.timeZone.toUtf8())
            return QTimeZone::utc();
        shared = dc.timeZone.toUtf8();
    }
    return shared.isEmpty() ? QTimeZone::utc() : QTimeZone(shared);
}

QTimeZone GanttDocument::zoneOfDataCenter(const QString &code) const
{
    if (m_zoneMode != ZoneMode::DataCenter)
        return axisZone();
    for (const DataCenter &dc : m_dataCenters) {
        if (dc.code == code && dc.hasValidZone())
            return dc.zone();
    }
    return QTimeZone::utc();
}

QString GanttDocument::toolTip(int record) const
{
    if (record < 0 || record >= m_data.windows().size())
        return {};
    const WindowRecord &w = m_data.windows().at(record);
    const QTimeZone zone = zoneOfDataCenter(w.dataCenter);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(w.startMs, QTimeZone::utc());
    const qint64 endMs = w.endOr(m_nowMs);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(endMs, QTimeZone::utc());
    QString dataCenter = w.dataCenter;
    for (const DataCenter &dc : m_dataCenters) {
        if (dc.code == w.dataCenter && !dc.name.isEmpty())
            dataCenter = QStringLiteral("%1 (%2)").arg(dc.name, dc.code);
    }
    QString impact;
    switch (w.impact) {
    case Impact::Outage:
        impact = tr("Outage");
        break;
    case Impact::Degraded:
        impact = tr("Degraded");
        break;
    case Impact::Maintenance:
        impact = tr("Maintenance");
        break;
    }
    const QString endText = w.isOngoing() ? tr("ongoing (now %1)").arg(TimeFormat::dateTime(end, zone))
                                          : TimeFormat::dateTime(end, zone);
    return tr("%1\nInstance: %2\nData center: %3\nStart: %4\nEnd: %5\nDuration: %6\n%7")
        .arg(w.incidentTitle, w.instance, dataCenter, TimeFormat::dateTime(start, zone), endText,
             TimeFormat::duration((endMs - w.startMs) / 1000), impact);
}

std::pair<qint64, qint64> GanttDocument::presetRange(Preset preset, qint64 aroundMs, const QTimeZone &zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(aroundMs, zone).date();
    QDate first = day;
    QDate next = day.addDays(1);
    switch (preset) {
    case Preset::Day:
        break;
    case Preset::Week:
        first = day.addDays(1 - day.dayOfWeek());
        next = first.addDays(7);
        break;
    case Preset::Month:
        first = QDate(day.year(), day.month(), 1);
        next = first.addMonths(1);
        break;
    case Preset::Quarter:
        first = QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
        next = first.addMonths(3);
        break;
    case Preset::Year:
        first = QDate(day.year(), 1, 1);
        next = first.addYears(1);
        break;
    }
    return {first.startOfDay(zone).toMSecsSinceEpoch(), next.startOfDay(zone).toMSecsSinceEpoch()};
}

void GanttDocument::showPreset(Preset preset)
{
    const qint64 middle = m_scale.startMs() + m_scale.spanMs() / 2;
    const auto [from, to] = presetRange(preset, middle, axisZone());
    m_scale.setRange(from, to);
}

void GanttDocument::fitAll()
{
    const auto [from, to] = m_data.extent();
    if (from == 0 && to == 0) {
        m_scale.setRange(m_nowMs - 12 * 3600 * 1000, m_nowMs + 12 * 3600 * 1000);
        return;
    }
    fitRange(m_scale, from, to);
}

bool GanttDocument::fitIncident(const QUuid &uuid)
{
    const auto [from, to] = m_data.extentOfIncident(uuid);
    if (from == 0 && to == 0)
        return false;
    fitRange(m_scale, from, to);
    return true;
}

} // namespace OutageDesk
