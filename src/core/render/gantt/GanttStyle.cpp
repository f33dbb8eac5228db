#include "render/gantt/GanttStyle.h"

namespace OutageDesk {

GanttStyle GanttStyle::light()
{
    GanttStyle s;
    s.m_dark = false;
    // Greyscale lightness roughly 87 / 179 / 136: distinct without colour.
    s.m_outage = QColor(0xc6, 0x28, 0x28);
    s.m_degraded = QColor(0xf2, 0xb6, 0x00);
    s.m_maintenance = QColor(0x5b, 0x8f, 0xd9);
    s.m_border = QColor(0x21, 0x21, 0x21);
    s.m_background = QColor(0xff, 0xff, 0xff);
    s.m_alternateRow = QColor(0xf6, 0xf7, 0xf9);
    s.m_groupRow = QColor(0xe4, 0xe9, 0xf0);
    s.m_text = QColor(0x21, 0x21, 0x21);
    s.m_grid = QColor(0xd0, 0xd4, 0xda);
    s.m_selection = QColor(0x00, 0x78, 0xd4);
    s.m_now = QColor(0x8e, 0x24, 0xaa);
    return s;
}

GanttStyle GanttStyle::dark()
{
    GanttStyle s;
    s.m_dark = true;
    s.m_outage = QColor(0xef, 0x53, 0x50);
    s.m_degraded = QColor(0xff, 0xc1, 0x07);
    s.m_maintenance = QColor(0x64, 0xa0, 0xf0);
    s.m_border = QColor(0xf0, 0xf0, 0xf0);
    s.m_background = QColor(0x1e, 0x1f, 0x22);
    s.m_alternateRow = QColor(0x26, 0x28, 0x2c);
    s.m_groupRow = QColor(0x31, 0x35, 0x3c);
    s.m_text = QColor(0xe8, 0xe8, 0xe8);
    s.m_grid = QColor(0x44, 0x48, 0x4f);
    s.m_selection = QColor(0x4c, 0xc2, 0xff);
    s.m_now = QColor(0xce, 0x93, 0xd8);
    return s;
}

GanttStyle GanttStyle::forPalette(const QPalette &palette)
{
    GanttStyle s = palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
    s.m_background = palette.color(QPalette::Base);
    s.m_text = palette.color(QPalette::Text);
    return s;
}

QColor GanttStyle::impactColor(Impact impact) const
{
    switch (impact) {
    case Impact::Outage:
        return m_outage;
    case Impact::Degraded:
        return m_degraded;
    case Impact::Maintenance:
        return m_maintenance;
    }
    return m_outage;
}

qreal GanttStyle::borderWidth(Severity severity) const
{
    switch (severity) {
    case Severity::None:
        return 0; // cosmetic hairline
    case Severity::Minor:
        return 1;
    case Severity::Major:
    case Severity::Critical:
        return 2;
    }
    return 0;
}

} // namespace OutageDesk
