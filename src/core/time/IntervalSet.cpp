#include "time/IntervalSet.h"

#include <algorithm>

namespace OutageDesk {

void IntervalSet::add(qint64 start, qint64 end)
{
    if (end <= start)
        return;
    m_intervals.append({start, end});
    m_normalized = false;
}

void IntervalSet::unite(const IntervalSet &other)
{
    for (const auto &i : other.intervals())
        add(i.start, i.end);
}

const QList<IntervalSet::Interval> &IntervalSet::intervals() const
{
    normalize();
    return m_intervals;
}

qint64 IntervalSet::totalLength() const
{
    qint64 total = 0;
    for (const auto &i : intervals())
        total += i.end - i.start;
    return total;
}

IntervalSet IntervalSet::clippedTo(qint64 from, qint64 to) const
{
    IntervalSet clipped;
    for (const auto &i : intervals())
        clipped.add(std::max(i.start, from), std::min(i.end, to));
    return clipped;
}

void IntervalSet::normalize() const
{
    if (m_normalized)
        return;
    std::sort(m_intervals.begin(), m_intervals.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    QList<Interval> merged;
    merged.reserve(m_intervals.size());
    for (const auto &i : std::as_const(m_intervals)) {
        if (!merged.isEmpty() && i.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, i.end);
        else
            merged.append(i);
    }
    m_intervals = merged;
    m_normalized = true;
}

} // namespace OutageDesk
