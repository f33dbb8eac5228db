#include "render/gantt/IncidentChartPainter.h"

#include "model/Incident.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <array>
#include <cmath>

namespace OutageDesk {
namespace {

// The SVG's opacities over currentColor, here over the style's text colour.
QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

QFont chartFont(double pixelSize, bool bold = false)
{
    // The family the RCA's PDF uses; the system's sans-serif when it is missing.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(int(std::lround(pixelSize)));
    font.setBold(bold);
    return font;
}

} // namespace

IncidentChartPainter::IncidentChartPainter(const RenderContext &context, const QString &language)
    : m_layout(context, language)
{
}

void IncidentChartPainter::paint(QPainter *painter, const IncidentChartLayout::Chart &chart, const QRectF &target,
                                 const GanttStyle &style) const
{
    if (chart.isEmpty() || target.width() <= 0)
        return;
    using Layout = IncidentChartLayout;
    const double scale = target.width() / Layout::kWidth;
    const QColor text = style.text();

    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    painter->setClipRect(QRectF(0, 0, Layout::kWidth, chart.height));
    painter->fillRect(QRectF(0, 0, Layout::kWidth, chart.height), style.background());
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);

    // ---- rows: stripes, data center separators, labels
    const QFont labelFont = chartFont(13);
    const QFontMetricsF labelMetrics(labelFont, painter->device());
    painter->setFont(labelFont);
    for (size_t i = 0; i < chart.rows.size(); ++i) {
        const Layout::Row &row = chart.rows[i];
        if (i % 2 == 1)
            painter->fillRect(QRectF(0, row.top, Layout::kWidth, Layout::kRowHeight), withAlpha(text, 0.05));
        if (row.startsGroup) {
            painter->setPen(QPen(withAlpha(text, 0.35), 1));
            painter->drawLine(QPointF(0, row.top), QPointF(Layout::kWidth, row.top));
        }
        painter->setPen(text);
        painter->drawText(QPointF(4, row.top + Layout::kRowHeight / 2 + 4),
                          labelMetrics.elidedText(row.label, Qt::ElideRight, chart.plotLeft - 10));
    }

    // ---- grid and axis
    for (const Layout::Tick &tick : chart.ticks) {
        painter->setPen(QPen(withAlpha(text, tick.major ? 0.45 : 0.2), 1));
        painter->drawLine(QPointF(tick.x, chart.rowsTop), QPointF(tick.x, chart.rowsBottom + 4));
    }
    painter->setPen(QPen(withAlpha(text, 0.6), 1));
    painter->drawLine(QPointF(chart.plotLeft, chart.rowsBottom), QPointF(chart.plotLeft + chart.plotWidth, chart.rowsBottom));
    const QFont tickFont = chartFont(12);
    const QFont majorTickFont = chartFont(12, true);
    for (const Layout::Tick &tick : chart.ticks) {
        painter->setFont(tick.major ? majorTickFont : tickFont);
        const double width = QFontMetricsF(painter->font(), painter->device()).horizontalAdvance(tick.label);
        // Labels at the edges stay inside the picture.
        const double left = std::clamp(tick.x - width / 2, 0.0, Layout::kWidth - width);
        painter->setPen(text);
        painter->drawText(QPointF(left, chart.axisLabelY), tick.label);
    }

    // ---- bars: the impact's colour, a thin outline; an ongoing bar fades out beyond now
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QPen outline(withAlpha(text, 0.4), 0.5);
    for (const Layout::Row &row : chart.rows) {
        for (const Layout::Bar &bar : row.bars) {
            const QColor fill = style.impactColor(bar.impact);
            painter->fillRect(bar.rect, fill);
            painter->setPen(outline);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(bar.rect);
            if (bar.ongoing) {
                const std::array<double, 4> opacity{0.6, 0.4, 0.22, 0.1};
                const double step = Layout::kFadeWidth / double(opacity.size());
                for (size_t f = 0; f < opacity.size(); ++f)
                    painter->fillRect(QRectF(bar.rect.right() + double(f) * step, bar.rect.y(), step, bar.rect.height()),
                                      withAlpha(fill, opacity[f]));
            }
        }
    }
    if (chart.nowX) {
        painter->setPen(QPen(text, 1, Qt::DashLine));
        painter->drawLine(QPointF(*chart.nowX, chart.rowsTop - 2), QPointF(*chart.nowX, chart.rowsBottom + 4));
    }
    painter->setRenderHint(QPainter::Antialiasing, true);

    // ---- caption and legend
    painter->setFont(tickFont);
    const QFontMetricsF small(tickFont, painter->device());
    painter->setPen(withAlpha(text, 0.8));
    painter->drawText(QPointF(chart.plotLeft, chart.captionY), chart.caption);
    painter->setPen(text);
    double lx = chart.plotLeft;
    const auto legendEntry = [&](const QString &label) {
        painter->setPen(text);
        painter->drawText(QPointF(lx + 16, chart.legendY + 4), label);
        lx += 16 + small.horizontalAdvance(label) + 18;
    };
    const IncidentChartLayout::Labels &labels = m_layout.labels();
    for (const Impact impact : {Impact::Outage, Impact::Degraded, Impact::Maintenance}) {
        if (!chart.impactShown[size_t(impact)])
            continue;
        painter->fillRect(QRectF(lx, chart.legendY - 6, 12, 12), style.impactColor(impact));
        legendEntry(labels.impact(impact));
    }
    if (chart.anyOngoing) {
        const std::array<double, 3> opacity{0.9, 0.5, 0.2};
        for (size_t f = 0; f < opacity.size(); ++f)
            painter->fillRect(QRectF(lx + double(f) * 4, chart.legendY - 6, 4, 12), withAlpha(text, opacity[f]));
        legendEntry(labels.ongoing);
    }
    painter->restore();
}

QImage IncidentChartPainter::image(const Incident &incident, double scale, const GanttStyle &style) const
{
    const IncidentChartLayout::Chart chart = m_layout.layout(incident);
    if (chart.isEmpty() || scale <= 0)
        return {};
    const QSize size(int(std::ceil(IncidentChartLayout::kWidth * scale)), int(std::ceil(chart.height * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background());
    QPainter painter(&image);
    paint(&painter, chart, QRectF(0, 0, size.width(), size.height()), style);
    painter.end();
    return image;
}

} // namespace OutageDesk
