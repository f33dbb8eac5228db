#pragma once

#include <QList>
#include <optional>
#include <utility>

namespace OutageDesk {

// Back/forward through visible time ranges, like a browser's history. Steps taken
// in quick succession (a wheel spin) are recorded by the caller as one.
class GanttZoomHistory
{
public:
    using Range = std::pair<qint64, qint64>;
    static constexpr int kLimit = 100;

    // Records `current` before the view moves away from it; clears the forward list.
    void push(const Range &current);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // The range to show, given the one shown now; nullopt at either end.
    std::optional<Range> back(const Range &current);
    std::optional<Range> forward(const Range &current);
    void clear();

private:
    QList<Range> m_back;
    QList<Range> m_forward;
};

} // namespace OutageDesk
