#pragma once

#include "model/Enums.h"
#include "render/RenderContext.h"

#include <QHash>
#include <QString>
#include <QTimeZone>

namespace OutageDesk {

struct Incident;

// One incident's outage windows as an inline <svg> element, written as text: for
// the status portal (and any HTML export) without QPainter, QSvgGenerator or a
// QGuiApplication, and without reading the workspace. Only the windows of the
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
// Layout: one row per instance, grouped by data center ("DC · instance"); a time
// axis in the incident's zone (UTC, said so, when its instances live in several
// zones); a legend of the impacts shown. Ongoing windows run to RenderContext::now
// and end in a fade. Accessible through role="img", <title> and <desc> (every
// window with its local start, end and duration).
class IncidentChartSvg
{
public:
    static constexpr double kWidth = 800;
    static constexpr double kRowHeight = 30;
    static constexpr double kFadeWidth = 20; // the open end of an ongoing bar, beyond "now"

    // `language` as for Translator::translateIn (empty: the installed translation).
    explicit IncidentChartSvg(const RenderContext &context, const QString &language = {});

    // The <svg> element, or an empty string when the incident has no window.
    QString svg(const Incident &incident) const;

    // The zone of the axis: the incident's instances' shared zone, or UTC when they
    // are in several (or none is known). `mixed` says which.
    QTimeZone axisZone(const Incident &incident, bool *mixed = nullptr) const;

private:
    struct Where
    {
        QTimeZone zone;
        QString dataCenter; // the data center's name (or code); empty when unknown
    };
    Where whereIs(const QString &instance) const;

    // Translated once per chart writer: a portal build draws thousands of charts.
    struct Labels
    {
        QString outage, degraded, maintenance, ongoing, now;
        QString titleOf;      // "Outage windows of %1"
        QString closedWindow; // "%1: %2 from %3 to %4 (%5)."
        QString openWindow;   // "%1: %2 from %3, ongoing (%4 so far)."
        QString timesIn;      // "Times in %1"
        QString timesInUtcMixed;
        QString impact(Impact impact) const;
    };

    QHash<QString, Where> m_where;
    Labels m_labels;
    qint64 m_nowMs = 0;
    QDateTime m_now;
    QString m_language;
};

} // namespace OutageDesk
