#pragma once

#include "storage/WindowRecord.h"

#include <QList>
#include <QUuid>
#include <utility>
#include <vector>

namespace OutageDesk {

class GanttRowLayout;

// One bar: a window placed on a row, ongoing windows ending at "now".
struct GanttBar
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int record = 0; // index into GanttDataset::windows()
    Impact impact = Impact::Outage;
    Severity severity = Severity::None;
    bool ongoing = false;
    quint8 lane = 0; // overlapping windows of one instance stack in lanes
};

// The windows of the chart indexed by row: per row, bars sorted by start plus the
// longest bar's length, so that the bars overlapping a time range are found by
// binary search instead of a scan (50,000 windows must repaint in milliseconds).
class GanttDataset
{
public:
    static constexpr int kMaxLanes = 4;

    struct RowBars
    {
        std::vector<GanttBar> bars;
        qint64 maxLengthMs = 0;
        int laneCount = 1;
    };

    void setWindows(QList<WindowRecord> windows);
    const QList<WindowRecord> &windows() const { return m_windows; }
    // Places the windows on the layout's rows; rows of a data center (collapsed or
    // not) carry all of its instances' windows in one lane.
    void rebuild(const GanttRowLayout &layout, qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }

    int rowCount() const { return int(m_rows.size()); }
    const RowBars &row(int row) const { return m_rows.at(size_t(row)); }
    // Index range [first, last) of the bars in `row` that may overlap [fromMs, toMs);
    // callers still skip those that end before fromMs.
    std::pair<int, int> candidates(int row, qint64 fromMs, qint64 toMs) const;
    // The window under time `ms` (± toleranceMs) in `row` and `lane` (-1: any lane),
    // preferring the shortest; -1 when none.
    int hitTest(int row, qint64 ms, qint64 toleranceMs, int lane = -1) const;

    // Marks the windows of one incident (by UUID, any spelling) for highlighting;
    // a null UUID clears the selection.
    void setSelectedIncident(const QUuid &uuid);
    QUuid selectedIncident() const { return m_selectedIncident; }
    bool isSelected(int record) const { return record >= 0 && size_t(record) < m_selected.size() && m_selected[size_t(record)]; }

    // Earliest start and latest end (ongoing: now) of every placed window; {0,0} if none.
    std::pair<qint64, qint64> extent() const;
    // The same for one incident's windows.
    std::pair<qint64, qint64> extentOfIncident(const QUuid &uuid) const;

private:
    QList<WindowRecord> m_windows;
    std::vector<RowBars> m_rows;
    qint64 m_nowMs = 0;
    QUuid m_selectedIncident;
    std::vector<bool> m_selected;
};

} // namespace OutageDesk
