#pragma once

#include <QList>

namespace OutageDesk {

// A union of half-open intervals [start, end) in milliseconds since the epoch.
// Availability sums this, so overlapping windows are never counted twice.
class IntervalSet
{
public:
    struct Interval
    {
        qint64 start = 0;
        qint64 end = 0;
        friend bool operator==(const Interval &a, const Interval &b) { return a.start == b.start && a.end == b.end; }
    };

    void add(qint64 start, qint64 end);
    void unite(const IntervalSet &other);
    // Merges overlapping and touching intervals; add() leaves this to be done once.
    const QList<Interval> &intervals() const;
    qint64 totalLength() const;
    IntervalSet clippedTo(qint64 from, qint64 to) const;
    bool isEmpty() const { return m_intervals.isEmpty(); }

private:
    void normalize() const;

    mutable QList<Interval> m_intervals;
    mutable bool m_normalized = true;
};

} // namespace OutageDesk
