#pragma once

#include <QtGlobal>

namespace OutageDesk {

// The Gantt's time↔x mapping (KGantt's "grid"): a visible range of instants in
// epoch milliseconds laid over a horizontal pixel range. It knows nothing about
// widgets or charts, so zoom and pan behave the same on screen, in an export and
// in tests. The time axis always runs left to right, also in right-to-left layouts.
class GanttTimeScale
{
public:
    static constexpr qint64 kMinSpanMs = 60 * 1000;                        // one minute
    static constexpr qint64 kMaxSpanMs = qint64(20) * 366 * 24 * 3600 * 1000; // twenty years

    GanttTimeScale() = default;
    GanttTimeScale(qint64 startMs, qint64 endMs, double left, double width);

    // Spans shorter than kMinSpanMs grow around their middle; longer than kMaxSpanMs shrink.
    void setRange(qint64 startMs, qint64 endMs);
    void setPixelRange(double left, double width);

    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    qint64 spanMs() const { return m_endMs - m_startMs; }
    double left() const { return m_left; }
    double width() const { return m_width; }
    double right() const { return m_left + m_width; }

    double mapTimeToX(qint64 ms) const;
    double mapTimeToX(double ms) const;
    qint64 mapXToTime(double x) const;
    double pixelsPerMs() const { return m_width / double(spanMs()); }

    // factor > 1 zooms in. The instant under `aroundX` stays under it (unless the
    // span hits its limits, in which case it stays as close as it can).
    void zoom(double factor, double aroundX);
    // Moves the content by `dx` pixels: dragging right (dx > 0) shows earlier times.
    void pan(double dx);
    void panMs(qint64 deltaMs);

    friend bool operator==(const GanttTimeScale &a, const GanttTimeScale &b)
    {
        return a.m_startMs == b.m_startMs && a.m_endMs == b.m_endMs && qFuzzyCompare(a.m_left + 1, b.m_left + 1)
            && qFuzzyCompare(a.m_width + 1, b.m_width + 1);
    }
    friend bool operator!=(const GanttTimeScale &a, const GanttTimeScale &b) { return !(a == b); }

private:
    qint64 m_startMs = 0;
    qint64 m_endMs = 24 * 3600 * 1000;
    double m_left = 0;
    double m_width = 1;
};

} // namespace OutageDesk
