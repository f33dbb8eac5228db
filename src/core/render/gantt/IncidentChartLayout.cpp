#include "render/gantt/IncidentChartLayout.h"

#include "i18n/PublicLocale.h"
#include "i18n/Translator.h"
#include "model/Incident.h"
#include "render/gantt/GanttTickCalculator.h"
#include "render/gantt/GanttTimeScale.h"
#include "time/TimeFormat.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>

namespace OutageDesk {
namespace {

// Geometry in viewBox units; the picture scales to its container's width.
constexpr double kTop = 6;
constexpr double kRightMargin = 28;     // room for the fade and the last tick label
constexpr double kLabelCharWidth = 7.2; // rough width of a 13-unit character, for the label column
constexpr double kMinTickSpacing = 90;
constexpr int kMaxLanes = 4;

QString translated(const QString &language, const char *context, const char *text)
{
    // The context is the one lupdate files the message under (QT_TRANSLATE_NOOP below).
    return Translator::translateIn(language, {context}, text);
}

// A duration in the chart's language: a published chart never speaks the window's.
QString durationIn(const QString &language, qint64 seconds)
{
    if (language.isEmpty())
        return TimeFormat::duration(seconds);
    // One PublicLocale per thread and language: a portal build draws thousands of charts.
    thread_local std::optional<PublicLocale> locale;
    if (!locale || locale->language() != language)
        locale.emplace(language);
    return locale->duration(seconds);
}

QString elided(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

struct PendingBar
{
    const OutageWindow *window = nullptr;
    qint64 startMs = 0;
    qint64 endMs = 0;
    int lane = 0;
    QString summary;
};

struct PendingRow
{
    QString dataCenter;
    QString instance;
    QString label;
    int lanes = 1;
    std::vector<PendingBar> bars;
};

} // namespace

QString IncidentChartLayout::Labels::impact(Impact impact) const
{
    switch (impact) {
    case Impact::Outage:
        return outage;
    case Impact::Degraded:
        return degraded;
    case Impact::Maintenance:
        return maintenance;
    }
    return outage;
}

IncidentChartLayout::IncidentChartLayout(const RenderContext &context, const QString &language)
    : m_nowMs(context.now.toMSecsSinceEpoch())
    , m_now(context.now)
    , m_language(language)
{
    // QTimeZone from an IANA id reads tzdata: once per data center, not once per window.
    QHash<QString, QTimeZone> zoneOfDataCenter;
    for (auto it = context.dataCenterOfInstance.cbegin(); it != context.dataCenterOfInstance.cend(); ++it) {
        const DataCenter &dc = it.value();
        auto zone = zoneOfDataCenter.constFind(dc.code);
        if (zone == zoneOfDataCenter.cend())
            zone = zoneOfDataCenter.insert(dc.code, dc.hasValidZone() ? dc.zone() : QTimeZone::utc());
        m_where.insert(it.key(), {*zone, dc.name.isEmpty() ? dc.code : dc.name});
    }

    // The legend's impact names are the Gantt's own ("OutageDesk" context, shared
    // with the GUI); the rest is this chart's (context kept from IncidentChartSvg,
    // where the messages were first translated).
    m_labels.outage = translated(language, "OutageDesk", QT_TRANSLATE_NOOP("OutageDesk", "Outage"));
    m_labels.degraded = translated(language, "OutageDesk", QT_TRANSLATE_NOOP("OutageDesk", "Degraded"));
    m_labels.maintenance = translated(language, "OutageDesk", QT_TRANSLATE_NOOP("OutageDesk", "Maintenance"));
    const char *own = "OutageDesk::IncidentChartSvg";
    m_labels.ongoing = translated(language, own, QT_TRANSLATE_NOOP("OutageDesk::IncidentChartSvg", "ongoing"));
    m_labels.now = translated(language, own, QT_TRANSLATE_NOOP("OutageDesk::IncidentChartSvg", "now"));
    m_labels.titleOf = translated(language, own, QT_TRANSLATE_NOOP("OutageDesk::IncidentChartSvg", "Outage windows of %1"));
    m_labels.closedWindow
        = translated(language, own, QT_TRANSLATE_NOOP("OutageDesk::IncidentChartSvg", "%1: %2 from %3 to %4 (%5)."));
    m_labels.openWindow = translated(language, own,
                                     QT_TRANSLATE_NOOP("OutageDesk::IncidentChartSvg", "%1: %2 from %3, ongoing (%4 so far)."));
    m_labels.timesIn = translated(language, own, QT_TRANSLATE_NOOP("OutageDesk::IncidentChartSvg", "Times in %1"));
    m_labels.timesInUtcMixed = translated(
        language, own,
        QT_TRANSLATE_NOOP("OutageDesk::IncidentChartSvg", "Times in UTC: the affected services are in different time zones"));
}

IncidentChartLayout::Where IncidentChartLayout::whereIs(const QString &instance) const
{
    const auto it = m_where.constFind(instance);
    return it == m_where.cend() ? Where{QTimeZone::utc(), QString()} : *it;
}

QTimeZone IncidentChartLayout::axisZone(const Incident &incident, bool *mixed) const
{
    QTimeZone zone;
    bool several = false;
    for (const auto &w : incident.windows) {
        const QTimeZone z = whereIs(w.instance).zone;
        if (!zone.isValid())
            zone = z;
        else if (z.id() != zone.id())
            several = true;
    }
    if (mixed)
        *mixed = several;
    return several || !zone.isValid() ? QTimeZone::utc() : zone;
}

IncidentChartLayout::Chart IncidentChartLayout::layout(const Incident &incident) const
{
    Chart chart;
    if (incident.windows.isEmpty())
        return chart;

    // ---- rows: one per instance, grouped by data center; overlapping windows of
    // one instance stack in lanes so that none hides another.
    std::map<std::pair<QString, QString>, PendingRow> rowsByKey;
    for (const auto &w : incident.windows) {
        const Where where = whereIs(w.instance);
        PendingRow &row = rowsByKey[{where.dataCenter, w.instance}];
        if (row.label.isEmpty()) {
            row.dataCenter = where.dataCenter;
            row.instance = w.instance;
            row.label = where.dataCenter.isEmpty() ? w.instance : where.dataCenter + QStringLiteral(" · ") + w.instance;
        }
        PendingBar bar;
        bar.window = &w;
        bar.startMs = w.start.toMSecsSinceEpoch();
        bar.endMs = w.isOngoing() ? std::max(bar.startMs, m_nowMs) : w.end.toMSecsSinceEpoch();
        const QString impact = m_labels.impact(w.impact);
        const QString start = TimeFormat::dateTime(w.start, where.zone);
        const QString duration = durationIn(m_language, w.durationSeconds(m_now));
        bar.summary = w.isOngoing() ? m_labels.openWindow.arg(row.label, impact, start, duration)
                                    : m_labels.closedWindow.arg(row.label, impact, start,
                                                                TimeFormat::dateTime(w.end, where.zone), duration);
        row.bars.push_back(std::move(bar));
    }
    qint64 fromMs = std::numeric_limits<qint64>::max();
    qint64 toMs = std::numeric_limits<qint64>::min();
    std::vector<PendingRow> rows;
    rows.reserve(rowsByKey.size());
    for (auto &entry : rowsByKey) {
        PendingRow &row = entry.second;
        std::sort(row.bars.begin(), row.bars.end(), [](const PendingBar &a, const PendingBar &b) {
            return a.startMs != b.startMs ? a.startMs < b.startMs : a.endMs < b.endMs;
        });
        std::array<qint64, kMaxLanes> laneEnd;
        laneEnd.fill(std::numeric_limits<qint64>::min());
        for (PendingBar &bar : row.bars) {
            int lane = 0;
            while (lane < kMaxLanes - 1 && laneEnd[size_t(lane)] > bar.startMs)
                ++lane;
            bar.lane = lane;
            laneEnd[size_t(lane)] = std::max(laneEnd[size_t(lane)], bar.endMs);
            row.lanes = std::max(row.lanes, lane + 1);
            fromMs = std::min(fromMs, bar.startMs);
            toMs = std::max(toMs, bar.endMs);
            chart.anyOngoing = chart.anyOngoing || bar.window->isOngoing();
            chart.impactShown[size_t(bar.window->impact)] = true;
        }
        rows.push_back(std::move(row));
    }

    // ---- geometry
    int longestLabel = 0;
    for (const PendingRow &row : rows)
        longestLabel = std::max(longestLabel, int(std::min<qsizetype>(row.label.size(), kMaxLabelChars)));
    chart.plotLeft = std::clamp(longestLabel * kLabelCharWidth + 12, 90.0, kWidth * 0.4);
    chart.plotWidth = kWidth - chart.plotLeft - kRightMargin;
    // A little air either side of the windows, so that the first and last bars do
    // not touch the edges of the plot.
    const qint64 pad = std::max<qint64>((toMs - fromMs) / 40, 30 * 1000);
    const GanttTimeScale scale(fromMs - pad, toMs + pad, chart.plotLeft, chart.plotWidth);
    chart.rowsTop = kTop;
    chart.rowsBottom = chart.rowsTop + double(rows.size()) * kRowHeight;
    chart.axisLabelY = chart.rowsBottom + 17;
    chart.captionY = chart.axisLabelY + 23;
    chart.legendY = chart.captionY + 21;
    chart.height = chart.legendY + 12;

    bool mixedZones = false;
    const QTimeZone zone = axisZone(incident, &mixedZones);
    for (const GanttTick &tick :
         GanttTickCalculator::ticks(scale.startMs(), scale.endMs(), zone, chart.plotWidth, kMinTickSpacing,
                                    m_language.isEmpty() ? QLocale() : QLocale(m_language)))
        chart.ticks << Tick{scale.mapTimeToX(tick.ms), tick.label, tick.major};

    chart.id = QStringLiteral("gantt-") + incident.uuidString();
    chart.title = m_labels.titleOf.arg(incident.title);

    chart.rows.reserve(rows.size());
    std::vector<const Bar *> ordered;
    for (size_t i = 0; i < rows.size(); ++i) {
        PendingRow &pending = rows[i];
        Row row;
        row.dataCenter = pending.dataCenter;
        row.instance = pending.instance;
        row.label = pending.label;
        row.shownLabel = elided(pending.label, kMaxLabelChars);
        row.top = chart.rowsTop + double(i) * kRowHeight;
        row.startsGroup = i > 0 && pending.dataCenter != rows[i - 1].dataCenter;
        const double laneHeight = kBandHeight / pending.lanes;
        const double bandTop = row.top + (kRowHeight - kBandHeight) / 2;
        for (PendingBar &pendingBar : pending.bars) {
            Bar bar;
            bar.impact = pendingBar.window->impact;
            bar.ongoing = pendingBar.window->isOngoing();
            bar.startMs = pendingBar.startMs;
            bar.endMs = pendingBar.endMs;
            bar.summary = std::move(pendingBar.summary);
            const double x0 = scale.mapTimeToX(bar.startMs);
            const double x1 = scale.mapTimeToX(bar.endMs);
            // Sub-pixel windows would vanish: they are drawn at least half a unit wide.
            bar.rect = QRectF(x0, bandTop + pendingBar.lane * laneHeight, std::max(x1 - x0, 0.5),
                              laneHeight - (pending.lanes > 1 ? 1 : 0));
            row.bars.push_back(std::move(bar));
        }
        chart.rows.push_back(std::move(row));
    }
    for (const Row &row : chart.rows) {
        for (const Bar &bar : row.bars)
            ordered.push_back(&bar);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Bar *a, const Bar *b) { return a->startMs < b->startMs; });
    for (const Bar *bar : ordered) {
        if (!chart.description.isEmpty())
            chart.description += QLatin1Char('\n');
        chart.description += bar->summary;
    }

    if (chart.anyOngoing && m_nowMs >= scale.startMs() && m_nowMs <= scale.endMs()) {
        chart.nowX = scale.mapTimeToX(m_nowMs);
        chart.nowLabel = m_labels.now + QLatin1Char(' ') + TimeFormat::dateTime(m_now, zone);
    }

    // ---- caption: which zone the axis speaks
    if (mixedZones) {
        chart.caption = m_labels.timesInUtcMixed;
    } else {
        const QString first = TimeFormat::zoneLabel(QDateTime::fromMSecsSinceEpoch(scale.startMs(), Qt::UTC), zone);
        const QString last = TimeFormat::zoneLabel(QDateTime::fromMSecsSinceEpoch(scale.endMs(), Qt::UTC), zone);
        QString name = QString::fromUtf8(zone.id());
        const QString abbreviations = first == last ? first : first + QLatin1Char('/') + last;
        if (name != abbreviations)
            name += QStringLiteral(" (") + abbreviations + QLatin1Char(')');
        chart.caption = m_labels.timesIn.arg(name);
    }
    return chart;
}

} // namespace OutageDesk
