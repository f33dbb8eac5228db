#include "gui/gantt/GanttChart.h"

#include "gui/gantt/GanttBarItem.h"
#include "render/gantt/GanttBarPainter.h"

#include <QCategoryAxis>
#include <QFont>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <cmath>

namespace OutageDesk {
namespace {

// QCategoryAxis refuses duplicate labels, but "06:00 CET" comes back every day:
// zero-width spaces make each one unique without changing what is shown.
QString uniqueLabel(const QString &label, QSet<QString> &used)
{
    QString unique = label;
    while (used.contains(unique))
        unique += QChar(0x200B);
    used.insert(unique);
    return unique;
}

} // namespace

GanttChart::GanttChart(GanttDocument *document, QGraphicsItem *parent)
    : QChart(parent)
    , m_document(document)
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setMargins(QMargins(6, 6, 12, 6));

    m_timeAxis = new QCategoryAxis(this);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setGridLineVisible(false);
    m_timeAxis->setLabelsAngle(0);
    addAxis(m_timeAxis, Qt::AlignBottom);

    m_rowAxis = new QCategoryAxis(this);
    m_rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_rowAxis->setGridLineVisible(false);
    // Values grow upwards, so the top row has the highest value. Not setReverse():
    // on a reversed axis Qt Charts 6.4 never shows a category label again once a
    // layout pass has hidden it.
    addAxis(m_rowAxis, Qt::AlignLeft);

    m_anchor = new QLineSeries(this);
    addSeries(m_anchor);
    m_anchor->attachAxis(m_timeAxis);
    m_anchor->attachAxis(m_rowAxis);

    const QList<std::pair<Impact, QString>> impacts{{Impact::Outage, tr("Outage")},
                                                     {Impact::Degraded, tr("Degraded")},
                                                     {Impact::Maintenance, tr("Maintenance")}};
    for (const auto &[impact, name] : impacts) {
        Q_UNUSED(impact)
        auto *series = new QScatterSeries(this);
        series->setName(name);
        series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_rowAxis);
        m_legendSeries << series;
    }
    legend()->setAlignment(Qt::AlignTop);
    // The legend names the impacts (colours); severity is the border, said once here
    // so that a greyscale print can still be read.
    setTitle(tr("Colour: impact · Border: severity (thin minor, thick major, hatched critical) · Arrow: ongoing"));
    QFont titleFont = this->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.85);
    titleFont.setBold(false);
    setTitleFont(titleFont);
    legend()->markers(m_anchor).constFirst()->setVisible(false);

    // The last tick label is centred on the plot's right edge: leave room for its half.
    const QFontMetricsF metrics(m_timeAxis->labelsFont());
    setMargins(QMargins(6, 6, int(metrics.horizontalAdvance(QStringLiteral("28 Nov 00:00 CEST")) / 2) + 4, 6));

    m_bars = new GanttBarItem(this);
    connect(this, &QChart::plotAreaChanged, this, [this] { relayout(); });
    setGanttStyle(m_style);
}

void GanttChart::setGanttStyle(const GanttStyle &style)
{
    m_style = style;
    setTheme(style.isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    setBackgroundBrush(style.background());
    setPlotAreaBackgroundVisible(false);
    legend()->setLabelColor(style.text());
    setTitleBrush(style.text());
    const QList<Impact> impacts{Impact::Outage, Impact::Degraded, Impact::Maintenance};
    for (int i = 0; i < m_legendSeries.size(); ++i) {
        m_legendSeries[i]->setColor(style.impactColor(impacts.at(i)));
        m_legendSeries[i]->setBorderColor(style.borderColor());
    }
    for (QCategoryAxis *axis : {m_timeAxis, m_rowAxis}) {
        axis->setLabelsColor(style.text());
        axis->setLinePenColor(style.gridLine());
    }
    // setTheme() re-shows the anchor's marker.
    legend()->markers(m_anchor).constFirst()->setVisible(false);
    m_bars->update();
}

void GanttChart::setFitAllRows(bool fit)
{
    m_fitAllRows = fit;
    relayout();
}

void GanttChart::setFirstRow(int row)
{
    GanttRowLayout &layout = m_document->layout();
    const int maxFirst = std::max(0, layout.rowCount() - m_visibleRows);
    layout.setGeometry(layout.top(), layout.rowHeight(), qBound(0, row, maxFirst));
    relayout();
}

void GanttChart::refresh()
{
    relayout();
}

void GanttChart::relayout()
{
    if (m_inRelayout)
        return;
    const QRectF area = plotArea();
    // Before the first layout there is no plot area to map into.
    if (area.width() < 1 || area.height() < 1)
        return;
    m_inRelayout = true;
    GanttDocument &doc = *m_document;
    GanttRowLayout &layout = doc.layout();

    const int rows = layout.rowCount();
    double rowHeight = m_preferredRowHeight;
    if (m_fitAllRows && rows > 0)
        rowHeight = area.height() / rows;
    else if (rows > 0 && rows * m_preferredRowHeight <= area.height())
        rowHeight = std::min(area.height() / rows, m_preferredRowHeight * 1.5);
    rowHeight = std::max(rowHeight, 1.0);
    m_visibleRows = std::max(1, int(std::floor(area.height() / rowHeight + 1e-6)));
    const int first = qBound(0, layout.firstRow(), std::max(0, rows - m_visibleRows));

    // Axis ranges first, then read the plot corners back through mapToPosition so
    // that bars and axes agree by construction.
    const double span = area.height() / rowHeight; // rows in view, the last maybe in part
    m_timeAxis->setRange(double(doc.scale().startMs()), double(doc.scale().endMs()));
    m_rowAxis->setRange(0, span);
    updateTimeAxis();
    updateRowAxis(first, span, rowHeight);

    const QPointF topLeft = mapToPosition(QPointF(double(doc.scale().startMs()), span), m_anchor);
    const QPointF bottomRight = mapToPosition(QPointF(double(doc.scale().endMs()), 0), m_anchor);
    const QRectF mapped = QRectF(topLeft, bottomRight).normalized();
    if (mapped.isValid() && mapped.width() > 1) {
        doc.scale().setPixelRange(mapped.left(), mapped.width());
        layout.setGeometry(mapped.top(), rowHeight, first);
    } else {
        doc.scale().setPixelRange(area.left(), area.width());
        layout.setGeometry(area.top(), rowHeight, first);
    }
    m_bars->setPlotArea(area);
    m_bars->update();
    m_inRelayout = false;
    Q_EMIT viewChanged();
}

void GanttChart::updateTimeAxis()
{
    const GanttDocument &doc = *m_document;
    const QTimeZone zone = doc.axisZone();
    const QFontMetricsF metrics(m_timeAxis->labelsFont());
    // Spaced for the short labels ("06:00 CET"); the longer first-of-day ones still
    // clear their neighbours at this spacing.
    const double spacing = metrics.horizontalAdvance(QStringLiteral("00:00 CEST")) + 40;
    const double width = std::max(1.0, plotArea().width());
    m_ticks = GanttTickCalculator::ticks(doc.scale().startMs(), doc.scale().endMs(), zone, width, spacing);

    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(double(doc.scale().startMs()));
    QSet<QString> used;
    for (const GanttTick &tick : std::as_const(m_ticks))
        m_timeAxis->append(uniqueLabel(tick.label, used), double(tick.ms));
    QString title = zone.id() == "UTC" ? tr("Time (UTC)") : tr("Time (%1)").arg(QString::fromUtf8(zone.id()));
    // One axis cannot run in several zones: say where each data center's own went.
    if (doc.zoneMode() == GanttDocument::ZoneMode::DataCenter && doc.layout().shownDataCenters().size() > 1
        && zone.id() == "UTC")
        title = tr("Time (UTC: the data centers are in different zones; tooltips use each one's own)");
    m_timeAxis->setTitleText(title);
}

void GanttChart::updateRowAxis(int first, double span, double rowHeight)
{
    const GanttRowLayout &layout = m_document->layout();
    const QStringList old = m_rowAxis->categoriesLabels();
    for (const QString &label : old)
        m_rowAxis->remove(label);
    // Only the rows in view: a category per row of 200 instances would lay out
    // 200 labels per frame for nothing. Categories go bottom-up, each ending at the
    // top edge of its row.
    const int last = std::min(layout.rowCount(), first + int(std::ceil(span)));
    const auto topOf = [first, span](int row) { return span - (row - first); };
    m_rowAxis->setStartValue(topOf(last));
    QSet<QString> used;
    // Rows lower than a line of text (a big catalog fitted onto one page) would
    // print their names over each other: then only data centers are named, each
    // label spanning its group.
    const QFontMetricsF metrics(m_rowAxis->labelsFont());
    const bool dense = rowHeight < metrics.height();
    for (int row = last - 1; row >= first; --row) {
        const GanttRow &r = layout.rows().at(row);
        if (dense) {
            if (r.kind == GanttRow::Kind::DataCenter || row == first)
                m_rowAxis->append(uniqueLabel(r.dataCenter, used), topOf(row));
            continue;
        }
        const QString label = r.kind == GanttRow::Kind::DataCenter
            ? (r.collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ ")) + r.label
            : r.label;
        m_rowAxis->append(uniqueLabel(label, used), topOf(row));
    }
}

int GanttChart::hitTest(const QPointF &chartPos) const
{
    if (!plotArea().contains(chartPos))
        return -1;
    const GanttDocument &doc = *m_document;
    const GanttBarPainter painter(doc.scale(), doc.layout(), doc.data(), m_style);
    return painter.hitTest(chartPos);
}

} // namespace OutageDesk
