#include "render/gantt/GanttRowLayout.h"

#include <algorithm>
#include <cmath>

namespace OutageDesk {

void GanttRowLayout::setCatalog(const QList<DataCenter> &dataCenters, const QList<Instance> &instances)
{
    m_dataCenters = dataCenters;
    std::sort(m_dataCenters.begin(), m_dataCenters.end(),
              [](const DataCenter &a, const DataCenter &b) { return a.code < b.code; });
    m_instances = instances;
    std::sort(m_instances.begin(), m_instances.end(),
              [](const Instance &a, const Instance &b) { return a.name < b.name; });
    rebuild();
}

void GanttRowLayout::setFilter(const QStringList &codes)
{
    m_filter = codes;
    rebuild();
}

void GanttRowLayout::setCollapsed(const QString &code, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(code);
    else
        m_collapsed.remove(code);
    rebuild();
}

void GanttRowLayout::setAllCollapsed(bool collapsed)
{
    m_collapsed.clear();
    if (collapsed) {
        for (const auto &dc : std::as_const(m_dataCenters))
            m_collapsed.insert(dc.code);
    }
    rebuild();
}

void GanttRowLayout::rebuild()
{
    m_rows.clear();
    m_rowOfInstance.clear();
    m_rowOfDataCenter.clear();
    // Instances are sorted by name, so one pass per data center keeps them in order.
    QHash<QString, QList<const Instance *>> byDataCenter;
    for (const auto &inst : std::as_const(m_instances))
        byDataCenter[inst.dataCenter].append(&inst);

    for (const auto &dc : std::as_const(m_dataCenters)) {
        if (!m_filter.isEmpty() && !m_filter.contains(dc.code))
            continue;
        const bool collapsed = m_collapsed.contains(dc.code);
        const int groupRow = int(m_rows.size());
        GanttRow header;
        header.kind = GanttRow::Kind::DataCenter;
        header.dataCenter = dc.code;
        header.label = dc.name.isEmpty() ? dc.code : QStringLiteral("%1 · %2").arg(dc.code, dc.name);
        header.collapsed = collapsed;
        m_rows.append(header);
        m_rowOfDataCenter.insert(dc.code, groupRow);
        for (const Instance *inst : byDataCenter.value(dc.code)) {
            if (collapsed) {
                m_rowOfInstance.insert(inst->name, groupRow);
                continue;
            }
            GanttRow row;
            row.kind = GanttRow::Kind::Instance;
            row.dataCenter = dc.code;
            row.instance = inst->name;
            row.label = inst->name;
            m_rowOfInstance.insert(inst->name, int(m_rows.size()));
            m_rows.append(row);
        }
    }
    m_firstRow = qBound(0, m_firstRow, std::max(0, rowCount() - 1));
}

QList<DataCenter> GanttRowLayout::shownDataCenters() const
{
    QList<DataCenter> shown;
    for (const auto &dc : m_dataCenters) {
        if (m_rowOfDataCenter.contains(dc.code))
            shown << dc;
    }
    return shown;
}

std::optional<DataCenter> GanttRowLayout::dataCenterOf(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    for (const auto &dc : m_dataCenters) {
        if (dc.code == m_rows.at(row).dataCenter)
            return dc;
    }
    return std::nullopt;
}

void GanttRowLayout::setGeometry(double top, double rowHeight, int firstRow)
{
    m_top = top;
    m_rowHeight = rowHeight > 1 ? rowHeight : 1;
    m_firstRow = qBound(0, firstRow, std::max(0, rowCount() - 1));
}

int GanttRowLayout::rowAt(double y) const
{
    if (y < m_top)
        return -1;
    const int row = m_firstRow + int(std::floor((y - m_top) / m_rowHeight));
    return row < rowCount() ? row : -1;
}

int GanttRowLayout::rowsFitting(double height) const
{
    if (m_rows.isEmpty())
        return 0;
    return std::max(1, int(std::floor(height / m_rowHeight)));
}

} // namespace OutageDesk
