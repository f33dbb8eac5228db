#pragma once

#include "model/Enums.h"
#include "render/RenderContext.h"
#include "render/gantt/IncidentChartLayout.h"

#include <QHash>
#include <QString>
#include <QTimeZone>

namespace OutageDesk {

struct Incident;

// One incident's outage windows as an inline <svg> element, written as text: for
// the status portal and the RCA's HTML export, without QPainter, QSvgGenerator or a
// QGuiApplication, and without reading the workspace. It writes the picture that
// IncidentChartLayout lays out and IncidentChartPainter paints (PNG, PDF). Only the windows of the
// incident passed in are drawn, so a public page can never show another
// incident's windows.
//
// The element is meant to sit inside an HTML page: no XML declaration and no
// xmlns (HTML puts <svg> in the SVG namespace itself), no script, no event
// attribute, no link, no <foreignObject>, no <style> (the page's own stylesheet
// may restyle the classes below). Text and axes use currentColor, so they follow
// the page's colour scheme; the impact colours are GanttStyle::light()'s as
// presentation attributes, which a dark-mode rule can override through the
// classes `bar o|d|m`.
//
// Ongoing windows end in a fade. Accessible through role="img", <title> and <desc> (every
// window with its local start, end and duration).
class IncidentChartSvg
{
public:
    static constexpr double kWidth = IncidentChartLayout::kWidth;
    static constexpr double kRowHeight = IncidentChartLayout::kRowHeight;
    static constexpr double kFadeWidth = IncidentChartLayout::kFadeWidth;

    // `language` as for Translator::translateIn (empty: the installed translation).
    explicit IncidentChartSvg(const RenderContext &context, const QString &language = {});

    // The <svg> element, or an empty string when the incident has no window.
    QString svg(const Incident &incident) const;
    // The same for a chart laid out already.
    QString svg(const IncidentChartLayout::Chart &chart) const;

    // The zone of the axis: the incident's instances' shared zone, or UTC when they
    // are in several (or none is known). `mixed` says which.
    QTimeZone axisZone(const Incident &incident, bool *mixed = nullptr) const
    {
        return m_layout.axisZone(incident, mixed);
    }

private:
    IncidentChartLayout m_layout;
};

} // namespace OutageDesk
