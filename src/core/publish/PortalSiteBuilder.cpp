#include "publish/PortalSiteBuilder.h"

#include "publish/PortalFeed.h"
#include "publish/PortalHtmlPages.h"
#include "publish/PortalSiteData.h"
#include "publish/PortalStatusJson.h"
#include "publish/PublicRendering.h"
#include "render/gantt/IncidentChartSvg.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"

#include <QSet>
#include <algorithm>

namespace OutageDesk {

PortalSiteBuilder::PortalSiteBuilder()
    : m_markdown(&PublicRendering::markdownToHtml)
{
    // m_gantt stays empty: build() then draws IncidentChartSvg from the same zones as
    // the RCA (its RenderContext only exists during a build).
}

QString PortalSiteBuilder::incidentPath(const Incident &incident)
{
    return QStringLiteral("incidents/%1.html").arg(incident.uuidString());
}

Incident PortalSiteBuilder::publicView(const Incident &incident)
{
    Incident view = incident;
    view.internalNotes.clear();
    if (view.rca && view.rca->state != RcaState::Approved)
        view.rca.reset();
    return view;
}

PortalSiteInput PortalSiteBuilder::inputFromWorkspace(Workspace *workspace, const QDateTime &now,
                                                      const QList<QUuid> &onlyIncidents)
{
    PortalSiteInput input;
    input.now = now;
    const CatalogRepository catalog(workspace);
    input.dataCenters = catalog.dataCenters();
    input.instances = catalog.instances();
    const IncidentRepository incidents(workspace);
    if (onlyIncidents.isEmpty()) {
        input.incidents = incidents.loadAll();
    } else {
        for (const QUuid &uuid : onlyIncidents) {
            if (auto incident = incidents.load(uuid))
                input.incidents << *incident;
        }
    }
    // A day of margin: the oldest bar starts at midnight in the data center's zone.
    input.recentWindows = incidents.windowsBetween(now.addDays(-(kAvailabilityDays + 1)), QDateTime());
    if (!onlyIncidents.isEmpty()) {
        QSet<QString> allowed;
        for (const auto &uuid : onlyIncidents)
            allowed.insert(uuid.toString(QUuid::WithoutBraces));
        input.recentWindows.erase(std::remove_if(input.recentWindows.begin(), input.recentWindows.end(),
                                                 [&](const WindowRecord &w) { return !allowed.contains(w.incidentUuid); }),
                                  input.recentWindows.end());
    }
    return input;
}

PortalSite PortalSiteBuilder::build(const PortalSiteInput &input) const
{
    const PortalSiteData data(input);
    const RcaToHtml rcaHtml = m_rca ? m_rca : RcaToHtml([&data](const Incident &incident) {
        return PublicRendering::rcaToHtml(incident, data.renderContext);
    });
    // The chart speaks the portal's language; the RCA below it its own.
    const IncidentChartSvg chart(data.renderContext, data.locale.language());
    const GanttToSvg ganttSvg = m_gantt ? m_gantt : GanttToSvg([&chart](const Incident &incident) {
        return chart.svg(incident);
    });

    PortalSite site;
    const PortalHtmlPages pages(data, m_markdown, rcaHtml, ganttSvg);
    site.files.insert(QStringLiteral("index.html"), pages.index());
    site.files.insert(QStringLiteral("history.html"), pages.history());
    for (const auto *list : {&data.incidents, &data.maintenances}) {
        for (const auto &incident : *list)
            site.files.insert(incidentPath(incident), pages.incident(incident));
    }
    site.files.insert(QStringLiteral("feed.atom"), PortalFeed::atom(data, m_markdown, rcaHtml));
    site.files.insert(QStringLiteral("incidents.json"), PortalStatusJson::incidents(data));
    site.files.insert(QStringLiteral("scheduled-maintenances.json"), PortalStatusJson::scheduledMaintenances(data));
    site.files.insert(QStringLiteral("summary.json"), PortalStatusJson::summary(data));
    return site;
}

} // namespace OutageDesk
