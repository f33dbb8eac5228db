#pragma once

#include "model/DataCenter.h"
#include "model/Incident.h"
#include "model/HourClock.h"
#include "model/Instance.h"
#include "publish/PortalSite.h"
#include "storage/WindowRecord.h"

#include <QDateTime>
#include <functional>

namespace OutageDesk {

class Workspace;

// What goes into a portal build.
struct PortalSiteInput
{
    QString title;    // portal heading; empty = a translated default
    QString language = QStringLiteral("en"); // of every text the portal writes, never the window's
    HourClock hourClock = HourClock::TwentyFourHour;
    QString baseUrl;  // absolute URL of the site root (feed links); empty = relative links
    QDateTime now;
    QList<DataCenter> dataCenters;
    QList<Instance> instances;
    QList<Incident> incidents;
    QList<WindowRecord> recentWindows; // at least the last 90 days, for status and availability
};

// Generates the static status portal: index.html, history.html, one page per
// incident (PortalHtmlPages), feed.atom (PortalFeed), incidents.json,
// scheduled-maintenances.json and summary.json in the shapes of Statuspage's public
// API (PortalStatusJson) and, through PortalSite, manifest.json. Every text is in
// the input's language (PortalLabels, PublicLocale). Plain HTML and inline CSS only: no
// script, no external asset, and a Content-Security-Policy that forbids both in
// case something slipped through. Every incident passes through publicView()
// first, so internal notes and unapproved RCAs cannot reach any file.
class PortalSiteBuilder
{
public:
    static constexpr int kAvailabilityDays = 90;
    static constexpr int kIndexHistoryLimit = 25;
    static constexpr int kFeedEntryLimit = 100;
    static constexpr int kIncidentsJsonLimit = 50;

    // Seams for the shared renderers: Markdown → safe HTML fragment, an approved
    // RCA → safe HTML fragment with its generated sections, and the Gantt chart as
    // an inline <svg> element (empty = no chart). Unset, the Gantt is IncidentChartSvg
    // over the input's catalog zones; a renderer returning "" turns charts off.
    using MarkdownToHtml = std::function<QString(const QString &markdown)>;
    using RcaToHtml = std::function<QString(const Incident &incident)>;
    using GanttToSvg = std::function<QString(const Incident &incident)>;

    PortalSiteBuilder();

    void setMarkdownRenderer(MarkdownToHtml renderer) { m_markdown = std::move(renderer); }
    void setRcaRenderer(RcaToHtml renderer) { m_rca = std::move(renderer); }
    void setGanttRenderer(GanttToSvg renderer) { m_gantt = std::move(renderer); }

    PortalSite build(const PortalSiteInput &input) const;

    // The incident as the public may see it: no internal notes, no RCA unless approved.
    static Incident publicView(const Incident &incident);
    // Catalog, incidents (all, or those whose UUID is in `onlyIncidents` when it is
    // not empty) and the windows of the last 90 days, read from the workspace.
    static PortalSiteInput inputFromWorkspace(Workspace *workspace, const QDateTime &now,
                                              const QList<QUuid> &onlyIncidents = {});
    static QString incidentPath(const Incident &incident);

private:
    MarkdownToHtml m_markdown;
    RcaToHtml m_rca;
    GanttToSvg m_gantt;
};

} // namespace OutageDesk
