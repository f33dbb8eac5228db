#include "render/gantt/GanttZoomHistory.h"

namespace OutageDesk {

void GanttZoomHistory::push(const Range &current)
{
    if (!m_back.isEmpty() && m_back.constLast() == current)
        return;
    m_back.append(current);
    if (m_back.size() > kLimit)
        m_back.removeFirst();
    m_forward.clear();
}

std::optional<GanttZoomHistory::Range> GanttZoomHistory::back(const Range &current)
{
    if (m_back.isEmpty())
        return std::nullopt;
    m_forward.append(current);
    return m_back.takeLast();
}

std::optional<GanttZoomHistory::Range> GanttZoomHistory::forward(const Range &current)
{
    if (m_forward.isEmpty())
        return std::nullopt;
    m_back.append(current);
    return m_forward.takeLast();
}

void GanttZoomHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

} // namespace OutageDesk
