#pragma once

#include "model/Enums.h"

#include <QColor>
#include <QPalette>
#include <QPen>

namespace OutageDesk {

// Colours and strokes of the Gantt. Impact is the fill colour, chosen so that the
// three impacts also differ in lightness; severity is the border (none: hairline,
// minor: 1 px, major: 2 px, critical: 2 px with hatching), which survives a
// greyscale print.
class GanttStyle
{
public:
    static GanttStyle light();
    static GanttStyle dark();
    // Dark when the palette's window colour is dark.
    static GanttStyle forPalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    QColor impactColor(Impact impact) const;
    QColor borderColor() const { return m_border; }
    qreal borderWidth(Severity severity) const;
    bool hatched(Severity severity) const { return severity == Severity::Critical; }
    QColor background() const { return m_background; }
    QColor alternateRow() const { return m_alternateRow; }
    QColor groupRow() const { return m_groupRow; }
    QColor text() const { return m_text; }
    QColor gridLine() const { return m_grid; }
    QColor selection() const { return m_selection; }
    QColor nowLine() const { return m_now; }

private:
    bool m_dark = false;
    QColor m_outage, m_degraded, m_maintenance;
    QColor m_border, m_background, m_alternateRow, m_groupRow, m_text, m_grid, m_selection, m_now;
};

} // namespace OutageDesk
