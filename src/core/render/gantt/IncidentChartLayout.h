#pragma once

#include "model/Enums.h"
#include "render/RenderContext.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTimeZone>
#include <array>
#include <optional>
#include <vector>

namespace OutageDesk {

struct Incident;

// The picture of one incident's outage windows, laid out once in viewBox units
// (kWidth wide): the dataset holds that incident's own windows only, each
// instance's data center and zone, and the labels in the output's language. The
// SVG writer (IncidentChartSvg, the portal and the HTML export) and the painter
// (IncidentChartPainter: PNG, PDF, print) both draw from it, so they show the same
// thing and cannot show another incident's windows.
//
// Layout: one row per instance, grouped by data center ("DC · instance");
// overlapping windows of one instance stack in lanes; a time axis in the
// incident's zone (UTC, said so, when its instances live in several zones); a
// caption naming the zone; a legend of the impacts shown. Ongoing windows run to
// RenderContext::now.
class IncidentChartLayout
{
public:
    static constexpr double kWidth = 800;
    static constexpr double kRowHeight = 30;
    static constexpr double kBandHeight = 20; // the bars' band inside a row
    static constexpr double kFadeWidth = 20;  // the open end of an ongoing bar, beyond "now"
    static constexpr int kMaxLabelChars = 40;

    struct Bar
    {
        QRectF rect; // at least half a unit wide, so that a short window never vanishes
        Impact impact = Impact::Outage;
        bool ongoing = false;
        qint64 startMs = 0;
        qint64 endMs = 0;  // now, for an ongoing window
        QString summary;   // one sentence: row, impact, local start and end, duration
    };
    struct Row
    {
        QString dataCenter; // name (or code); empty when unknown
        QString instance;
        QString label;      // "DC · instance", in full
        QString shownLabel; // elided to kMaxLabelChars
        double top = 0;
        bool startsGroup = false; // a data center other than the row above's
        std::vector<Bar> bars;
    };
    struct Tick
    {
        double x = 0;
        QString label;
        bool major = false;
    };
    struct Chart
    {
        QString id; // "gantt-<uuid>", for ids inside the SVG
        QString title;
        QString description; // every window's summary, by start, one a line
        std::vector<Row> rows;
        QList<Tick> ticks;
        double plotLeft = 0;
        double plotWidth = 0;
        double rowsTop = 0;
        double rowsBottom = 0;
        double axisLabelY = 0;
        double captionY = 0;
        double legendY = 0;
        double height = 0;
        QString caption; // the zone the axis speaks
        std::array<bool, 3> impactShown{};
        bool anyOngoing = false;
        std::optional<double> nowX; // the "now" line, when a window is ongoing and now is in view
        QString nowLabel;
        bool isEmpty() const { return rows.empty(); }
    };
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

    // `language` as for Translator::translateIn (empty: the installed translation).
    explicit IncidentChartLayout(const RenderContext &context, const QString &language = {});

    // Nothing (isEmpty()) when the incident has no window.
    Chart layout(const Incident &incident) const;
    const Labels &labels() const { return m_labels; }

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

    QHash<QString, Where> m_where;
    Labels m_labels; // translated once: a portal build lays out thousands of charts
    qint64 m_nowMs = 0;
    QDateTime m_now;
    QString m_language; // durations and tick names in it: a published chart never speaks the window's
};

} // namespace OutageDesk
