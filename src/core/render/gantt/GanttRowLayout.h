#pragma once

#include "model/DataCenter.h"
#include "model/Instance.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace OutageDesk {

struct GanttRow
{
    enum class Kind { DataCenter, Instance };
    Kind kind = Kind::Instance;
    QString dataCenter; // code, for both kinds
    QString instance;   // empty for a data center row
    QString label;
    bool collapsed = false; // data center rows only
};

// The Gantt's rows (KGantt's row controller): one header row per data center and,
// below it unless collapsed, one row per instance it hosts; data centers by code,
// instances by name. A filter keeps a subset of data centers. The vertical geometry
// (row height, first visible row) lives here too so that y↔row is tested with x↔time.
class GanttRowLayout
{
public:
    void setCatalog(const QList<DataCenter> &dataCenters, const QList<Instance> &instances);
    const QList<DataCenter> &dataCenters() const { return m_dataCenters; }
    const QList<Instance> &instances() const { return m_instances; }

    // Data center codes to show; empty shows all.
    void setFilter(const QStringList &codes);
    QStringList filter() const { return m_filter; }
    void setCollapsed(const QString &code, bool collapsed);
    bool isCollapsed(const QString &code) const { return m_collapsed.contains(code); }
    void setAllCollapsed(bool collapsed);

    const QList<GanttRow> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    // The row an instance's bars go to: its own, or its data center's when collapsed;
    // -1 when filtered out or unknown.
    int rowOfInstance(const QString &name) const { return m_rowOfInstance.value(name, -1); }
    int rowOfDataCenter(const QString &code) const { return m_rowOfDataCenter.value(code, -1); }
    // The data centers shown, in row order.
    QList<DataCenter> shownDataCenters() const;
    std::optional<DataCenter> dataCenterOf(int row) const;

    // Vertical geometry: rows of equal height from `top`, scrolled so that
    // `firstRow` is at the top.
    void setGeometry(double top, double rowHeight, int firstRow = 0);
    double top() const { return m_top; }
    double rowHeight() const { return m_rowHeight; }
    int firstRow() const { return m_firstRow; }
    double rowTop(int row) const { return m_top + (row - m_firstRow) * m_rowHeight; }
    // The row at y, or -1 above, below or between none.
    int rowAt(double y) const;
    // How many rows fit in `height` (at least one when any exist).
    int rowsFitting(double height) const;

private:
    void rebuild();

    QList<DataCenter> m_dataCenters;
    QList<Instance> m_instances;
    QStringList m_filter;
    QSet<QString> m_collapsed;
    QList<GanttRow> m_rows;
    QHash<QString, int> m_rowOfInstance;
    QHash<QString, int> m_rowOfDataCenter;
    double m_top = 0;
    double m_rowHeight = 24;
    int m_firstRow = 0;
};

} // namespace OutageDesk
