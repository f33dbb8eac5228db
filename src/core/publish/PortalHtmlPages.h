#pragma once

#include "model/Incident.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>
#include <functional>

namespace OutageDesk {

class PortalSiteData;

// The HTML pages of the static portal, one function per page, each the frame of
// resources/portal/page.html around its own header and main content. Everything
// is escaped here except the fragments of the renderers passed in, which are safe
// HTML already (MarkdownRenderer, RcaRenderer, IncidentChartSvg).
class PortalHtmlPages
{
public:
    using MarkdownToHtml = std::function<QString(const QString &markdown)>;
    using IncidentToHtml = std::function<QString(const Incident &incident)>;

    PortalHtmlPages(const PortalSiteData &data, MarkdownToHtml markdown, IncidentToHtml rca, IncidentToHtml gantt);

    // Status now: active incidents (each with its latest update), upcoming
    // maintenance soonest first, every component, 90 days of availability and the
    // latest incidents.
    QByteArray index() const;
    // Every incident, newest first, then every maintenance.
    QByteArray history() const;
    // One incident or maintenance: its windows, chart, updates and approved RCA.
    QByteArray incident(const Incident &incident) const;

private:
    QByteArray frame(const QString &title, const QString &root, const QString &header, const QString &main) const;
    QString timeTag(const QDateTime &instant, const QTimeZone &zone) const;
    QString incidentItem(const Incident &incident, const QString &root, const QString &more = {}) const;
    QString maintenanceItem(const Incident &maintenance, const QString &root) const;
    QString maintenanceStateLabel(const Incident &maintenance) const;
    QString maintenanceWhen(const Incident &maintenance) const;
    QString availabilitySection() const;

    const PortalSiteData &m_data;
    MarkdownToHtml m_markdown;
    IncidentToHtml m_rca;
    IncidentToHtml m_gantt;
};

} // namespace OutageDesk
