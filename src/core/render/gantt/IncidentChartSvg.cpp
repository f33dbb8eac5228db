#include "render/gantt/IncidentChartSvg.h"

#include "model/Incident.h"
#include "render/gantt/GanttStyle.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace OutageDesk {
namespace {

constexpr double kTickCharWidth = 6.5; // rough width of a 12-unit character, for tick labels and the legend

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

IncidentChartSvg::IncidentChartSvg(const RenderContext &context, const QString &language)
    : m_layout(context, language)
{
}

QString IncidentChartSvg::svg(const Incident &incident) const
{
    return svg(m_layout.layout(incident));
}

QString IncidentChartSvg::svg(const IncidentChartLayout::Chart &chart) const
{
    if (chart.isEmpty())
        return {};
    const IncidentChartLayout::Labels &labels = m_layout.labels();
    const double plotLeft = chart.plotLeft;
    const double plotWidth = chart.plotWidth;
    const double rowsTop = chart.rowsTop;
    const double rowsBottom = chart.rowsBottom;
    const QString titleId = chart.id + QStringLiteral("-title");
    const QString descId = chart.id + QStringLiteral("-desc");
    size_t barCount = 0;
    for (const auto &row : chart.rows)
        barCount += row.bars.size();

    QString out;
    out.reserve(4096 + int(barCount) * 600);
    Writer x(&out);
    x.start("svg");
    x.attr("class", "incident-gantt");
    x.attr("viewBox", QStringLiteral("0 0 %1 %2").arg(num(kWidth), num(chart.height)));
    x.attr("width", "100%");
    x.attr("role", "img");
    x.attr("aria-labelledby", titleId + QLatin1Char(' ') + descId);
    x.attr("font-family", "system-ui,sans-serif");
    x.attr("font-size", "13");
    x.attr("fill", "currentColor");

    x.start("title");
    x.attr("id", titleId);
    x.text(chart.title);
    x.end();
    x.start("desc");
    x.attr("id", descId);
    x.text(chart.description);
    x.end();

    // ---- rows: stripes, labels, data center separators
    x.start("g");
    x.attr("class", "rows");
    for (size_t i = 0; i < chart.rows.size(); ++i) {
        const IncidentChartLayout::Row &row = chart.rows[i];
        if (i % 2 == 1) {
            x.empty("rect");
            x.attr("x", 0.0);
            x.attr("y", row.top);
            x.attr("width", kWidth);
            x.attr("height", kRowHeight);
            x.attr("fill-opacity", ".05");
        }
        if (row.startsGroup) {
            x.empty("line");
            x.attr("x1", 0.0);
            x.attr("x2", kWidth);
            x.attr("y1", row.top);
            x.attr("y2", row.top);
            x.attr("stroke", "currentColor");
            x.attr("stroke-opacity", ".35");
        }
        x.start("text");
        x.attr("x", 4.0);
        x.attr("y", row.top + kRowHeight / 2 + 4);
        if (row.shownLabel != row.label)
            x.textElement("title", row.label);
        x.text(row.shownLabel);
        x.end();
    }
    x.end();

    // ---- grid and axis
    x.start("g");
    x.attr("class", "axis");
    x.attr("stroke", "currentColor");
    for (const auto &tick : chart.ticks) {
        x.empty("line");
        x.attr("x1", tick.x);
        x.attr("x2", tick.x);
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
    for (const auto &tick : chart.ticks) {
        const double halfWidth = tick.label.size() * kTickCharWidth / 2;
        x.start("text");
        // Labels at the edges stay inside the picture.
        if (tick.x + halfWidth > kWidth)
            x.attr("text-anchor", "end");
        else if (tick.x - halfWidth < 0)
            x.attr("text-anchor", "start");
        x.attr("x", tick.x);
        x.attr("y", chart.axisLabelY);
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
    for (const auto &row : chart.rows) {
        for (const auto &bar : row.bars) {
            const QString fill = style.impactColor(bar.impact).name();
            x.start("g");
            x.attr("class", bar.ongoing ? "window ongoing" : "window");
            x.textElement("title", bar.summary);
            x.empty("rect");
            x.attr("class", QStringLiteral("bar ") + QLatin1String(impactClass(bar.impact)));
            x.attr("x", bar.rect.x());
            x.attr("y", bar.rect.y());
            x.attr("width", bar.rect.width());
            x.attr("height", bar.rect.height());
            x.attr("fill", fill);
            if (bar.ongoing) {
                // Open end: the colour fades out beyond "now", without an edge.
                const std::array<const char *, 4> opacity{".6", ".4", ".22", ".1"};
                const double step = kFadeWidth / double(opacity.size());
                for (size_t f = 0; f < opacity.size(); ++f) {
                    x.empty("rect");
                    x.attr("class", QStringLiteral("fade ") + QLatin1String(impactClass(bar.impact)));
                    x.attr("x", bar.rect.right() + double(f) * step);
                    x.attr("y", bar.rect.y());
                    x.attr("width", step);
                    x.attr("height", bar.rect.height());
                    x.attr("fill", fill);
                    x.attr("fill-opacity", opacity[f]);
                    x.attr("stroke", "none");
                }
            }
            x.end();
        }
    }
    x.end();

    if (chart.nowX) {
        x.start("line");
        x.attr("class", "now");
        x.attr("x1", *chart.nowX);
        x.attr("x2", *chart.nowX);
        x.attr("y1", rowsTop - 2);
        x.attr("y2", rowsBottom + 4);
        x.attr("stroke", "currentColor");
        x.attr("stroke-dasharray", "3 2");
        x.textElement("title", chart.nowLabel);
        x.end();
    }

    // ---- caption: which zone the axis speaks
    x.start("text");
    x.attr("class", "zone");
    x.attr("x", plotLeft);
    x.attr("y", chart.captionY);
    x.attr("font-size", "12");
    x.attr("fill-opacity", ".8");
    x.text(chart.caption);
    x.end();

    // ---- legend: the impacts shown, and the open end when a window is ongoing
    const double legendY = chart.legendY;
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
        if (!chart.impactShown[size_t(impact)])
            continue;
        x.empty("rect");
        x.attr("class", QStringLiteral("key ") + QLatin1String(impactClass(impact)));
        x.attr("x", lx);
        x.attr("y", legendY - 6);
        x.attr("width", 12.0);
        x.attr("height", 12.0);
        x.attr("fill", style.impactColor(impact).name());
        legendEntry(labels.impact(impact));
    }
    if (chart.anyOngoing) {
        const std::array<const char *, 3> opacity{".9", ".5", ".2"};
        for (size_t f = 0; f < opacity.size(); ++f) {
            x.empty("rect");
            x.attr("x", lx + double(f) * 4);
            x.attr("y", legendY - 6);
            x.attr("width", 4.0);
            x.attr("height", 12.0);
            x.attr("fill-opacity", opacity[f]);
        }
        legendEntry(labels.ongoing);
    }
    x.end();

    x.end(); // svg
    return out;
}

} // namespace OutageDesk
