#include "render/gantt/GanttDataset.h"

#include "render/gantt/GanttRowLayout.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace OutageDesk {

void GanttDataset::setWindows(QList<WindowRecord> windows)
{
    m_windows = std::move(windows);
    // Rows read from SQLite carry their own copy of every title, UUID and name;
    // sharing one per incident and per name keeps 50,000 windows in a few MB.
    QHash<qint64, const WindowRecord *> firstOfIncident;
    QSet<QString> names;
    const auto intern = [&names](QString &s) {
        const auto it = names.constFind(s);
        if (it == names.constEnd())
            names.insert(s);
        else
            s = *it;
    };
    for (WindowRecord &w : m_windows) {
        intern(w.instance);
        intern(w.dataCenter);
        const auto it = firstOfIncident.constFind(w.incidentId);
        if (it == firstOfIncident.constEnd()) {
            firstOfIncident.insert(w.incidentId, &w);
        } else {
            w.incidentUuid = (*it)->incidentUuid;
            w.incidentTitle = (*it)->incidentTitle;
        }
    }
    setSelectedIncident(m_selectedIncident);
}

void GanttDataset::setSelectedIncident(const QUuid &uuid)
{
    m_selectedIncident = uuid;
    m_selected.assign(size_t(m_windows.size()), false);
    if (uuid.isNull())
        return;
    for (int i = 0; i < m_windows.size(); ++i)
        m_selected[size_t(i)] = QUuid::fromString(m_windows.at(i).incidentUuid) == uuid;
}

void GanttDataset::rebuild(const GanttRowLayout &layout, qint64 nowMs)
{
    m_nowMs = nowMs;
    m_rows.assign(size_t(layout.rowCount()), RowBars{});
    for (int i = 0; i < m_windows.size(); ++i) {
        const WindowRecord &w = m_windows.at(i);
        GanttBar bar;
        bar.startMs = w.startMs;
        // An ongoing window that starts in the future still gets a sliver to show.
        bar.endMs = w.isOngoing() ? std::max(nowMs, w.startMs + 1) : std::max(w.endMs, w.startMs);
        bar.record = i;
        bar.impact = w.impact;
        bar.severity = w.severity;
        bar.ongoing = w.isOngoing();
        const int instanceRow = layout.rowOfInstance(w.instance);
        if (instanceRow < 0)
            continue;
        m_rows[size_t(instanceRow)].bars.push_back(bar);
        // Expanded data centers summarise their instances on the header row.
        const int groupRow = layout.rowOfDataCenter(w.dataCenter);
        if (groupRow >= 0 && groupRow != instanceRow)
            m_rows[size_t(groupRow)].bars.push_back(bar);
    }
    for (size_t r = 0; r < m_rows.size(); ++r) {
        RowBars &row = m_rows[r];
        std::stable_sort(row.bars.begin(), row.bars.end(),
                         [](const GanttBar &a, const GanttBar &b) { return a.startMs < b.startMs; });
        const bool stacks = layout.rows().at(int(r)).kind == GanttRow::Kind::Instance;
        // Greedy interval partitioning: each bar takes the first lane free at its start.
        qint64 laneEnds[kMaxLanes] = {};
        int lanesUsed = 1;
        for (GanttBar &bar : row.bars) {
            row.maxLengthMs = std::max(row.maxLengthMs, bar.endMs - bar.startMs);
            if (!stacks)
                continue;
            int lane = 0;
            while (lane < lanesUsed && laneEnds[lane] > bar.startMs)
                ++lane;
            if (lane == lanesUsed) {
                if (lanesUsed < kMaxLanes) {
                    ++lanesUsed;
                } else {
                    // More overlaps than lanes: share the lane that frees first; the
                    // outline keeps both bars visible.
                    lane = int(std::min_element(laneEnds, laneEnds + kMaxLanes) - laneEnds);
                }
            }
            bar.lane = quint8(lane);
            laneEnds[lane] = std::max(laneEnds[lane], bar.endMs);
        }
        row.laneCount = lanesUsed;
    }
}

std::pair<int, int> GanttDataset::candidates(int row, qint64 fromMs, qint64 toMs) const
{
    if (row < 0 || row >= rowCount())
        return {0, 0};
    const RowBars &r = m_rows[size_t(row)];
    const qint64 earliest = fromMs - r.maxLengthMs;
    const auto first = std::lower_bound(r.bars.begin(), r.bars.end(), earliest,
                                        [](const GanttBar &b, qint64 t) { return b.startMs < t; });
    const auto last = std::lower_bound(first, r.bars.end(), toMs,
                                       [](const GanttBar &b, qint64 t) { return b.startMs < t; });
    return {int(first - r.bars.begin()), int(last - r.bars.begin())};
}

int GanttDataset::hitTest(int row, qint64 ms, qint64 toleranceMs, int lane) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    const auto [first, last] = candidates(row, ms - toleranceMs, ms + toleranceMs + 1);
    const RowBars &r = m_rows[size_t(row)];
    int best = -1;
    qint64 bestLength = 0;
    qint64 bestDistance = 0;
    for (int i = first; i < last; ++i) {
        const GanttBar &b = r.bars[size_t(i)];
        if (lane >= 0 && r.laneCount > 1 && b.lane != lane)
            continue;
        const qint64 distance = ms < b.startMs ? b.startMs - ms : (ms >= b.endMs ? ms - b.endMs : 0);
        if (distance > toleranceMs)
            continue;
        const qint64 length = b.endMs - b.startMs;
        if (best < 0 || distance < bestDistance || (distance == bestDistance && length < bestLength)) {
            best = b.record;
            bestLength = length;
            bestDistance = distance;
        }
    }
    return best;
}

std::pair<qint64, qint64> GanttDataset::extent() const
{
    qint64 lo = 0;
    qint64 hi = 0;
    bool any = false;
    for (const RowBars &r : m_rows) {
        for (const GanttBar &b : r.bars) {
            lo = any ? std::min(lo, b.startMs) : b.startMs;
            hi = any ? std::max(hi, b.endMs) : b.endMs;
            any = true;
        }
    }
    return {lo, hi};
}

std::pair<qint64, qint64> GanttDataset::extentOfIncident(const QUuid &uuid) const
{
    qint64 lo = 0;
    qint64 hi = 0;
    bool any = false;
    for (const WindowRecord &w : m_windows) {
        if (QUuid::fromString(w.incidentUuid) != uuid)
            continue;
        const qint64 end = w.isOngoing() ? std::max(m_nowMs, w.startMs + 1) : w.endMs;
        lo = any ? std::min(lo, w.startMs) : w.startMs;
        hi = any ? std::max(hi, end) : end;
        any = true;
    }
    return {lo, hi};
}

} // namespace OutageDesk
