#include "render/gantt/GanttTimeScale.h"

#include <cmath>

namespace OutageDesk {

GanttTimeScale::GanttTimeScale(qint64 startMs, qint64 endMs, double left, double width)
{
    setRange(startMs, endMs);
    setPixelRange(left, width);
}

void GanttTimeScale::setRange(qint64 startMs, qint64 endMs)
{
    if (endMs < startMs)
        std::swap(startMs, endMs);
    const qint64 span = endMs - startMs;
    if (span < kMinSpanMs || span > kMaxSpanMs) {
        const qint64 middle = startMs + span / 2;
        const qint64 clamped = span < kMinSpanMs ? kMinSpanMs : kMaxSpanMs;
        startMs = middle - clamped / 2;
        endMs = startMs + clamped;
    }
    m_startMs = startMs;
    m_endMs = endMs;
}

void GanttTimeScale::setPixelRange(double left, double width)
{
    m_left = left;
    // A zero width would make every mapping divide by zero; one pixel is harmless.
    m_width = width > 1 ? width : 1;
}

double GanttTimeScale::mapTimeToX(qint64 ms) const
{
    return m_left + double(ms - m_startMs) * m_width / double(spanMs());
}

double GanttTimeScale::mapTimeToX(double ms) const
{
    return m_left + (ms - double(m_startMs)) * m_width / double(spanMs());
}

qint64 GanttTimeScale::mapXToTime(double x) const
{
    return m_startMs + qint64(std::llround((x - m_left) * double(spanMs()) / m_width));
}

void GanttTimeScale::zoom(double factor, double aroundX)
{
    if (!(factor > 0))
        return;
    const double fraction = (aroundX - m_left) / m_width;
    const double anchor = double(m_startMs) + fraction * double(spanMs());
    double newSpan = double(spanMs()) / factor;
    newSpan = qBound(double(kMinSpanMs), newSpan, double(kMaxSpanMs));
    const qint64 start = qint64(std::llround(anchor - fraction * newSpan));
    m_startMs = start;
    m_endMs = start + qint64(std::llround(newSpan));
}

void GanttTimeScale::pan(double dx)
{
    panMs(-qint64(std::llround(dx * double(spanMs()) / m_width)));
}

void GanttTimeScale::panMs(qint64 deltaMs)
{
    m_startMs += deltaMs;
    m_endMs += deltaMs;
}

} // namespace OutageDesk
