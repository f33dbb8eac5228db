#pragma once

#include "render/gantt/GanttDataset.h"
#include "render/gantt/GanttRowLayout.h"
#include "render/gantt/GanttTimeScale.h"

#include <QTimeZone>
#include <optional>

namespace OutageDesk {

class Workspace;

// Everything the Gantt shows, without widgets: the catalog and windows read from
// the workspace, the row layout, the time scale and the zone of the axis. The
// chart on screen, its exports and `outagedesk gantt` all draw from one of these,
// so they cannot disagree.
class GanttDocument
{
public:
    enum class ZoneMode {
        DataCenter, // each data center's own zone (the default)
        Utc,
        Local,
        Fixed // one IANA zone given by the user
    };

    // Reads the catalog and every window; keeps layout state (filter, collapsed
    // groups) and the visible range.
    void load(Workspace *workspace);
    // Re-reads one incident's windows (or drops them when it is gone): an edit in a
    // workspace of 50,000 windows must not re-read all of them.
    void updateIncident(Workspace *workspace, const QUuid &uuid);
    void setCatalog(const QList<DataCenter> &dataCenters, const QList<Instance> &instances);
    void setWindows(QList<WindowRecord> windows);
    void setNowMs(qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }

    GanttTimeScale &scale() { return m_scale; }
    const GanttTimeScale &scale() const { return m_scale; }
    const GanttRowLayout &layout() const { return m_layout; }
    GanttRowLayout &layout() { return m_layout; }
    const GanttDataset &data() const { return m_data; }

    // After changing the layout's filter or collapsed groups: places the bars again.
    void rowsChanged();
    void setFilter(const QStringList &codes);
    void setCollapsed(const QString &code, bool collapsed);
    void setSelectedIncident(const QUuid &uuid) { m_data.setSelectedIncident(uuid); }

    void setZoneMode(ZoneMode mode, const QTimeZone &fixed = {});
    ZoneMode zoneMode() const { return m_zoneMode; }
    // `dc`, `utc`, `local` or an IANA id, as on the command line; nullopt if unknown.
    static std::optional<std::pair<ZoneMode, QTimeZone>> parseZone(const QString &text);
    // The axis zone: in DataCenter mode the shown data centers' zone when they share
    // one, else UTC (one axis cannot run in two zones; tooltips still use each
    // data center's own).
    QTimeZone axisZone() const;
    // The zone for times of a row's windows in tooltips.
    QTimeZone zoneOfDataCenter(const QString &code) const;

    // Hover text of a window: instance, data center, start and end with the zone's
    // abbreviation, duration and incident title.
    QString toolTip(int record) const;

    enum class Preset { Day, Week, Month, Quarter, Year };
    // The calendar period of `preset` in `zone` that contains `aroundMs`: a day is
    // [startOfDay, next startOfDay) and so lasts 23 or 25 hours around a DST change.
    static std::pair<qint64, qint64> presetRange(Preset preset, qint64 aroundMs, const QTimeZone &zone);
    void showPreset(Preset preset);

    // Visible range = all windows (with a margin), or a day around now when there is none.
    void fitAll();
    bool fitIncident(const QUuid &uuid);

private:
    QList<DataCenter> m_dataCenters;
    GanttRowLayout m_layout;
    GanttDataset m_data;
    GanttTimeScale m_scale;
    qint64 m_nowMs = 0;
    ZoneMode m_zoneMode = ZoneMode::DataCenter;
    QTimeZone m_fixedZone;
};

} // namespace OutageDesk
