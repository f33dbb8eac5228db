#include "render/gantt/IncidentChartSvg.h"

#include "i18n/PublicLocale.h"
#include "i18n/Translator.h"
#include "model/Incident.h"
#include "render/gantt/GanttStyle.h"
#include "render/gantt/GanttTickCalculator.h"
#include "render/gantt/GanttTimeScale.h"
#include "time/TimeFormat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <vector>

namespace OutageDesk {
namespace {

// Geometry in viewBox units; the element scales to its container's width.
constexpr double kTop = 6;
constexpr double kBandHeight = 20;       // the bars' band inside a row
constexpr double kRightMargin = 28;      // room for the fade and the last tick label
constexpr double kLabelCharWidth = 7.2;  // rough width of a 13-unit character, for the label column
constexpr double kTickCharWidth = 6.5;   // the same for 12-unit tick labels
constexpr double kMinTickSpacing = 90;
constexpr int kMaxLabelChars = 40;
constexpr int kMaxLanes = 4;

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

QString translated(const QString &language, const char *context, const char *text)
{
    // The context is the one lupdate files the message under (QT_TRANSLATE_NOOP below).
    return Translator::translateIn(language, {context}, text);
}

// Numbers in attributes: at most two decimals, no trailing zeros, never "-0".
// Written by hand: QString::number allocates, and a chart has a few hundred numbers.
void appendNumber(QString &out, double value)
{
    qint64 hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += QLatin1Char('-');
        hundredths = -hundredths;
    }
    char buffer[32];
    int n = 0;
    qint64 whole = hundredths / 100;
    do {
        buffer[n++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    std::reverse(buffer, buffer + n);
    const int fraction = int(hundredths % 100);
    if (fraction != 0) {
        buffer[n++] = '.';
        buffer[n++] = char('0' + fraction / 10);
        if (fraction % 10 != 0)
            buffer[n++] = char('0' + fraction % 10);
    }
    out += QLatin1String(buffer, n);
}

QString num(double value)
{
    QString text;
    appendNumber(text, value);
    return text;
}

// Escapes for both text and attribute values. What XML 1.0 cannot carry at all
// (control characters, lone surrogates) would make the page unparseable as XML;
// escaping does not help there, so they become spaces.
void appendEscaped(QString &out, QStringView text)
{
    auto special = [](char16_t c) {
        return c == u'&' || c == u'<' || c == u'>' || c == u'"' || c == u'\'' || c < 0x20 || (c >= 0xd800 && c <= 0xdfff)
            || c >= 0xfffe;
    };
    if (std::none_of(text.begin(), text.end(), [&](QChar c) { return special(c.unicode()); })) {
        out += text;
        return;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'&':
            out += QLatin1String("&amp;");
            continue;
        case u'<':
            out += QLatin1String("&lt;");
            continue;
        case u'>':
            out += QLatin1String("&gt;");
            continue;
        case u'"':
            out += QLatin1String("&quot;");
            continue;
        case u'\'':
            out += QLatin1String("&#39;");
            continue;
        default:
            break;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += text.at(i);
            out += text.at(++i);
        } else if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || QChar::isSurrogate(c) || c >= 0xfffe) {
            out += QLatin1Char(' ');
        } else {
            out += QChar(c);
        }
    }
}

QString elided(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

const char *impactClass(Impact impact)
{
    switch (impact) {
    case Impact::Outage:
        return "o";
    case Impact::Degraded:
        return "d";
    case Impact::Maintenance:
        return "m";
    }
    return "o";
}

struct Bar
{
    const OutageWindow *window = nullptr;
    qint64 startMs = 0;
    qint64 endMs = 0; // now, for an ongoing window
    int lane = 0;
    QString summary; // one sentence: row, impact, local start and end, duration
};

struct Row
{
    QString dataCenter;
    QString instance;
    QString label;
    int lanes = 1;
    std::vector<Bar> bars;
};

// A minimal XML writer straight into one QString (QXmlStreamWriter costs several
// times more per element, which shows over 10,000 incident pages). Element and
// attribute names are our own literals; every value and text goes through
// appendEscaped().
class Writer
{
public:
    explicit Writer(QString *out)
        : m_out(*out)
    {
    }
    void start(const char *name)
    {
        open(name);
        m_stack.push_back(name);
    }
    void empty(const char *name)
    {
        open(name);
        m_selfClosing = true;
    }
    void end()
    {
        closeTag();
        m_out += QLatin1String("</");
        m_out += QLatin1String(m_stack.back());
        m_out += QLatin1Char('>');
        m_stack.pop_back();
    }
    void attr(const char *name, QStringView value)
    {
        beginAttribute(name);
        appendEscaped(m_out, value);
        m_out += QLatin1Char('"');
    }
    void attr(const char *name, const QString &value) { attr(name, QStringView(value)); }
    void attr(const char *name, const char *value)
    {
        // Our own literals: nothing to escape.
        beginAttribute(name);
        m_out += QLatin1String(value);
        m_out += QLatin1Char('"');
    }
    void attr(const char *name, double value)
    {
        beginAttribute(name);
        appendNumber(m_out, value);
        m_out += QLatin1Char('"');
    }
    void text(QStringView text)
    {
        closeTag();
        appendEscaped(m_out, text);
    }
    void textElement(const char *name, QStringView text)
    {
        start(name);
        this->text(text);
        end();
    }

private:
    void open(const char *name)
    {
        closeTag();
        m_out += QLatin1Char('<');
        m_out += QLatin1String(name);
        m_tagOpen = true;
        m_selfClosing = false;
    }
    void closeTag()
    {
        if (m_tagOpen)
            m_out += m_selfClosing ? QLatin1String("/>") : QLatin1String(">");
        m_tagOpen = false;
    }
    void beginAttribute(const char *name)
    {
        m_out += QLatin1Char(' ');
        m_out += QLatin1String(name);
        m_out += QLatin1String("=\"");
    }

    QString &m_out;
    std::vector<const char *> m_stack;
    bool m_tagOpen = false;
    bool m_selfClosing = false;
};

} // namespace

QString IncidentChartSvg::Labels::impact(Impact impact) const
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

IncidentChartSvg::IncidentChartSvg(const RenderContext &context, const QString &language)
    : m_nowMs(context.now.toMSecsSinceEpoch())
    , m_now(context.now)
    , m_language(language)
{
    // QTimeZone from an IANA id reads tzdata: once per instance, not once per window.
    QHash<QString, QTimeZone> zoneOfDataCenter;
    for (auto it = context.dataCenterOfInstance.cbegin(); it != context.dataCenterOfInstance.cend(); ++it) {
        const DataCenter &dc = it.value();
        auto zone = zoneOfDataCenter.constFind(dc.code);
        if (zone == zoneOfDataCenter.cend())
            zone = zoneOfDataCenter.insert(dc.code, dc.hasValidZone() ? dc.zone() : QTimeZone::utc());
        m_where.insert(it.key(), {*zone, dc.name.isEmpty() ? dc.code : dc.name});
    }

    // The legend's impact names are the Gantt's own ("OutageDesk" context, shared
    // with the GUI); the rest is this chart's.
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

IncidentChartSvg::Where IncidentChartSvg::whereIs(const QString &instance) const
{
    const auto it = m_where.constFind(instance);
    return it == m_where.cend() ? Where{QTimeZone::utc(), QString()} : *it;
}

QTimeZone IncidentChartSvg::axisZone(const Incident &incident, bool *mixed) const
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

QString IncidentChartSvg::svg(const Incident &incident) const
{
    if (incident.windows.isEmpty())
        return {};

    // ---- rows: one per instance, grouped by data center; overlapping windows of
    // one instance stack in lanes so that none hides another.
    std::map<std::pair<QString, QString>, Row> rowsByKey;
    for (const auto &w : incident.windows) {
        const Where where = whereIs(w.instance);
        Row &row = rowsByKey[{where.dataCenter, w.instance}];
        if (row.label.isEmpty()) {
            row.dataCenter = where.dataCenter;
            row.instance = w.instance;
            row.label = where.dataCenter.isEmpty() ? w.instance : where.dataCenter + QStringLiteral(" · ") + w.instance;
        }
        Bar bar;
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
    std::vector<Row> rows;
    rows.reserve(rowsByKey.size());
    qint64 fromMs = std::numeric_limits<qint64>::max();
    qint64 toMs = std::numeric_limits<qint64>::min();
    bool anyOngoing = false;
    std::array<bool, 3> impactShown{};
    for (auto &entry : rowsByKey) {
        Row &row = entry.second;
        std::sort(row.bars.begin(), row.bars.end(),
                  [](const Bar &a, const Bar &b) { return a.startMs != b.startMs ? a.startMs < b.startMs : a.endMs < b.endMs; });
        std::array<qint64, kMaxLanes> laneEnd;
        laneEnd.fill(std::numeric_limits<qint64>::min());
        for (Bar &bar : row.bars) {
            int lane = 0;
            while (lane < kMaxLanes - 1 && laneEnd[size_t(lane)] > bar.startMs)
                ++lane;
            bar.lane = lane;
            laneEnd[size_t(lane)] = std::max(laneEnd[size_t(lane)], bar.endMs);
            row.lanes = std::max(row.lanes, lane + 1);
            fromMs = std::min(fromMs, bar.startMs);
            toMs = std::max(toMs, bar.endMs);
            anyOngoing = anyOngoing || bar.window->isOngoing();
            impactShown[size_t(bar.window->impact)] = true;
        }
        rows.push_back(std::move(row));
    }

    // ---- geometry
    int longestLabel = 0;
    for (const Row &row : rows)
        longestLabel = std::max(longestLabel, int(std::min<qsizetype>(row.label.size(), kMaxLabelChars)));
    const double plotLeft = std::clamp(longestLabel * kLabelCharWidth + 12, 90.0, kWidth * 0.4);
    const double plotWidth = kWidth - plotLeft - kRightMargin;
    // A little air either side of the windows, so that the first and last bars do
    // not touch the edges of the plot.
    const qint64 pad = std::max<qint64>((toMs - fromMs) / 40, 30 * 1000);
    const GanttTimeScale scale(fromMs - pad, toMs + pad, plotLeft, plotWidth);
    const double rowsTop = kTop;
    const double rowsBottom = rowsTop + double(rows.size()) * kRowHeight;
    const double axisLabelY = rowsBottom + 17;
    const double captionY = axisLabelY + 23;
    const double legendY = captionY + 21;
    const double height = legendY + 12;

    bool mixedZones = false;
    const QTimeZone zone = axisZone(incident, &mixedZones);
    const QList<GanttTick> ticks
        = GanttTickCalculator::ticks(scale.startMs(), scale.endMs(), zone, plotWidth, kMinTickSpacing,
                                     m_language.isEmpty() ? QLocale() : QLocale(m_language));

    const QString id = QStringLiteral("gantt-") + incident.uuidString();
    const QString titleId = id + QStringLiteral("-title");
    const QString descId = id + QStringLiteral("-desc");

    QString out;
    out.reserve(4096 + int(incident.windows.size()) * 600);
    Writer x(&out);
    x.start("svg");
    x.attr("class", "incident-gantt");
    x.attr("viewBox", QStringLiteral("0 0 %1 %2").arg(num(kWidth), num(height)));
    x.attr("width", "100%");
    x.attr("role", "img");
    x.attr("aria-labelledby", titleId + QLatin1Char(' ') + descId);
    x.attr("font-family", "system-ui,sans-serif");
    x.attr("font-size", "13");
    x.attr("fill", "currentColor");

    x.start("title");
    x.attr("id", titleId);
    x.text(m_labels.titleOf.arg(incident.title));
    x.end();
    {
        std::vector<const Bar *> ordered;
        for (const Row &row : rows) {
            for (const Bar &bar : row.bars)
                ordered.push_back(&bar);
        }
        std::stable_sort(ordered.begin(), ordered.end(), [](const Bar *a, const Bar *b) { return a->startMs < b->startMs; });
        QString desc;
        for (const Bar *bar : ordered) {
            if (!desc.isEmpty())
                desc += QLatin1Char('\n');
            desc += bar->summary;
        }
        x.start("desc");
        x.attr("id", descId);
        x.text(desc);
        x.end();
    }

    // ---- rows: stripes, labels, data center separators
    x.start("g");
    x.attr("class", "rows");
    for (size_t i = 0; i < rows.size(); ++i) {
        const double top = rowsTop + double(i) * kRowHeight;
        if (i % 2 == 1) {
            x.empty("rect");
            x.attr("x", 0.0);
            x.attr("y", top);
            x.attr("width", kWidth);
            x.attr("height", kRowHeight);
            x.attr("fill-opacity", ".05");
        }
        if (i > 0 && rows[i].dataCenter != rows[i - 1].dataCenter) {
            x.empty("line");
            x.attr("x1", 0.0);
            x.attr("x2", kWidth);
            x.attr("y1", top);
            x.attr("y2", top);
            x.attr("stroke", "currentColor");
            x.attr("stroke-opacity", ".35");
        }
        x.start("text");
        x.attr("x", 4.0);
        x.attr("y", top + kRowHeight / 2 + 4);
        const QString label = elided(rows[i].label, kMaxLabelChars);
        if (label != rows[i].label)
            x.textElement("title", rows[i].label);
        x.text(label);
        x.end();
    }
    x.end();

    // ---- grid and axis
    x.start("g");
    x.attr("class", "axis");
    x.attr("stroke", "currentColor");
    for (const GanttTick &tick : ticks) {
        const double tx = scale.mapTimeToX(tick.ms);
        x.empty("line");
        x.attr("x1", tx);
        x.attr("x2", tx);
        x.attr("y1", rowsTop);
        x.attr("y2", rowsBottom + 4);
        x.attr("stroke-opacity", tick.major ? ".45" : ".2");
    }
    x.empty("line");
    x.attr("x1", plotLeft);
    x.attr("x2", plotLeft + plotWidth);
    x.attr("y1", rowsBottom);
    x.attr("y2", rowsBottom);
    x.attr("stroke-opacity", ".6");
    x.end();
    x.start("g");
    x.attr("class", "ticks");
    x.attr("font-size", "12");
    x.attr("text-anchor", "middle");
    for (const GanttTick &tick : ticks) {
        const double tx = scale.mapTimeToX(tick.ms);
        const double halfWidth = tick.label.size() * kTickCharWidth / 2;
        x.start("text");
        // Labels at the edges stay inside the picture.
        if (tx + halfWidth > kWidth)
            x.attr("text-anchor", "end");
        else if (tx - halfWidth < 0)
            x.attr("text-anchor", "start");
        x.attr("x", tx);
        x.attr("y", axisLabelY);
        if (tick.major)
            x.attr("font-weight", "600");
        x.text(tick.label);
        x.end();
    }
    x.end();

    // ---- bars
    const GanttStyle style = GanttStyle::light();
    x.start("g");
    x.attr("class", "bars");
    x.attr("stroke", "currentColor");
    x.attr("stroke-opacity", ".4");
    x.attr("stroke-width", ".5");
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const double laneHeight = kBandHeight / row.lanes;
        const double bandTop = rowsTop + double(i) * kRowHeight + (kRowHeight - kBandHeight) / 2;
        for (const Bar &bar : row.bars) {
            const Impact impact = bar.window->impact;
            const QString fill = style.impactColor(impact).name();
            const double x0 = scale.mapTimeToX(bar.startMs);
            const double x1 = scale.mapTimeToX(bar.endMs);
            const double y = bandTop + bar.lane * laneHeight;
            const double h = laneHeight - (row.lanes > 1 ? 1 : 0);
            const bool ongoing = bar.window->isOngoing();
            x.start("g");
            x.attr("class", ongoing ? "window ongoing" : "window");
            x.textElement("title", bar.summary);
            x.empty("rect");
            x.attr("class", QStringLiteral("bar ") + QLatin1String(impactClass(impact)));
            x.attr("x", x0);
            x.attr("y", y);
            // Sub-pixel windows would vanish: they are drawn at least half a unit wide.
            x.attr("width", std::max(x1 - x0, 0.5));
            x.attr("height", h);
            x.attr("fill", fill);
            if (ongoing) {
                // Open end: the colour fades out beyond "now", without an edge.
                const std::array<const char *, 4> opacity{".6", ".4", ".22", ".1"};
                const double step = kFadeWidth / double(opacity.size());
                for (size_t f = 0; f < opacity.size(); ++f) {
                    x.empty("rect");
                    x.attr("class", QStringLiteral("fade ") + QLatin1String(impactClass(impact)));
                    x.attr("x", x1 + double(f) * step);
                    x.attr("y", y);
                    x.attr("width", step);
                    x.attr("height", h);
                    x.attr("fill", fill);
                    x.attr("fill-opacity", opacity[f]);
                    x.attr("stroke", "none");
                }
            }
            x.end();
        }
    }
    x.end();

    if (anyOngoing && m_nowMs >= scale.startMs() && m_nowMs <= scale.endMs()) {
        const double nx = scale.mapTimeToX(m_nowMs);
        x.start("line");
        x.attr("class", "now");
        x.attr("x1", nx);
        x.attr("x2", nx);
        x.attr("y1", rowsTop - 2);
        x.attr("y2", rowsBottom + 4);
        x.attr("stroke", "currentColor");
        x.attr("stroke-dasharray", "3 2");
        x.textElement("title", m_labels.now + QLatin1Char(' ') + TimeFormat::dateTime(m_now, zone));
        x.end();
    }

    // ---- caption: which zone the axis speaks
    {
        QString caption;
        if (mixedZones) {
            caption = m_labels.timesInUtcMixed;
        } else {
            const QString first = TimeFormat::zoneLabel(QDateTime::fromMSecsSinceEpoch(scale.startMs(), Qt::UTC), zone);
            const QString last = TimeFormat::zoneLabel(QDateTime::fromMSecsSinceEpoch(scale.endMs(), Qt::UTC), zone);
            QString name = QString::fromUtf8(zone.id());
            const QString abbreviations = first == last ? first : first + QLatin1Char('/') + last;
            if (name != abbreviations)
                name += QStringLiteral(" (") + abbreviations + QLatin1Char(')');
            caption = m_labels.timesIn.arg(name);
        }
        x.start("text");
        x.attr("class", "zone");
        x.attr("x", plotLeft);
        x.attr("y", captionY);
        x.attr("font-size", "12");
        x.attr("fill-opacity", ".8");
        x.text(caption);
        x.end();
    }

    // ---- legend: the impacts shown, and the open end when a window is ongoing
    x.start("g");
    x.attr("class", "legend");
    x.attr("font-size", "12");
    double lx = plotLeft;
    auto legendEntry = [&](const QString &label) {
        x.start("text");
        x.attr("x", lx + 16);
        x.attr("y", legendY + 4);
        x.text(label);
        x.end();
        lx += 16 + label.size() * kTickCharWidth + 18;
    };
    for (const Impact impact : {Impact::Outage, Impact::Degraded, Impact::Maintenance}) {
        if (!impactShown[size_t(impact)])
            continue;
        x.empty("rect");
        x.attr("class", QStringLiteral("key ") + QLatin1String(impactClass(impact)));
        x.attr("x", lx);
        x.attr("y", legendY - 6);
        x.attr("width", 12.0);
        x.attr("height", 12.0);
        x.attr("fill", style.impactColor(impact).name());
        legendEntry(m_labels.impact(impact));
    }
    if (anyOngoing) {
        const std::array<const char *, 3> opacity{".9", ".5", ".2"};
        for (size_t f = 0; f < opacity.size(); ++f) {
            x.empty("rect");
            x.attr("x", lx + double(f) * 4);
            x.attr("y", legendY - 6);
            x.attr("width", 4.0);
            x.attr("height", 12.0);
            x.attr("fill-opacity", opacity[f]);
        }
        legendEntry(m_labels.ongoing);
    }
    x.end();

    x.end(); // svg
    return out;
}

} // namespace OutageDesk
