#include "publish/PortalHtmlPages.h"

#include "analysis/AvailabilityCalculator.h"
#include "publish/PortalSiteBuilder.h"
#include "publish/PortalSiteData.h"
#include "publish/PortalTemplate.h"
#include "time/Rfc3339.h"

#include <QRegularExpression>
#include <algorithm>

namespace OutageDesk {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The state of a component right now: its label and the class that colours it.
struct ComponentLook
{
    QString label;
    QString css;
};

ComponentLook componentLook(const PortalLabels &labels, const std::optional<Impact> &impact)
{
    if (!impact)
        return {labels.operational, QStringLiteral("ok")};
    switch (*impact) {
    case Impact::Outage:
        return {labels.outage, QStringLiteral("major")};
    case Impact::Degraded:
        return {labels.degradedPerformance, QStringLiteral("minor")};
    case Impact::Maintenance:
        return {labels.underMaintenance, QStringLiteral("maint")};
    }
    return {labels.operational, QStringLiteral("ok")};
}

QString availabilityClass(const AvailabilityFigures &f)
{
    if (f.downtimeSeconds > 0)
        return f.availabilityPercent < 99.0 ? QStringLiteral("major") : QStringLiteral("minor");
    if (f.degradedSeconds > 0)
        return QStringLiteral("minor");
    if (f.maintenanceSeconds > 0)
        return QStringLiteral("maint");
    return QStringLiteral("ok");
}

// The RCA brings its own heading levels; below the page's h1 and the section's h2
// they move down two, so that the outline stays one document.
QString demoteHeadings(const QString &html, int by)
{
    static const QRegularExpression heading(QStringLiteral("<(/?)h([1-6])([ >])"));
    QString out;
    qsizetype last = 0;
    auto it = heading.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        const int level = std::min(m.captured(2).toInt() + by, 6);
        out += QStringLiteral("<%1h%2%3").arg(m.captured(1)).arg(level).arg(m.captured(3));
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace

PortalHtmlPages::PortalHtmlPages(const PortalSiteData &data, MarkdownToHtml markdown, IncidentToHtml rca,
                                 IncidentToHtml gantt)
    : m_data(data)
    , m_markdown(std::move(markdown))
    , m_rca(std::move(rca))
    , m_gantt(std::move(gantt))
{
}

QByteArray PortalHtmlPages::frame(const QString &title, const QString &root, const QString &header,
                                  const QString &main) const
{
    const PortalLabels &l = m_data.labels;
    return PortalTemplate::resource(QStringLiteral("page.html"))
        .render({
            {QStringLiteral("lang"), esc(m_data.locale.language())},
            {QStringLiteral("dir"), m_data.locale.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr")},
            {QStringLiteral("title"), esc(title)},
            {QStringLiteral("root"), root},
            {QStringLiteral("feedTitle"), esc(l.incidentFeed)},
            {QStringLiteral("style"), PortalTemplate::styleSheet()},
            {QStringLiteral("skip"), esc(l.skipToContent)},
            {QStringLiteral("header"), header},
            {QStringLiteral("main"), main},
            {QStringLiteral("atomFeed"), esc(l.atomFeed)},
            {QStringLiteral("history"), esc(l.incidentHistory)},
        })
        .toUtf8();
}

QString PortalHtmlPages::timeTag(const QDateTime &instant, const QTimeZone &zone) const
{
    return QStringLiteral("<time datetime=\"%1\">%2</time>")
        .arg(Rfc3339::formatUtc(instant), esc(m_data.locale.dateTime(instant, zone)));
}

QString PortalHtmlPages::incidentItem(const Incident &incident, const QString &root, const QString &more) const
{
    const QDateTime start = incident.firstStart().isValid() ? incident.firstStart()
        : incident.updates.isEmpty()                        ? QDateTime()
                                                            : incident.updates.constFirst().at;
    QString html = QStringLiteral("<li><a href=\"%1%2\">%3</a> <span class=\"muted\">")
                       .arg(root, PortalSiteBuilder::incidentPath(incident), esc(incident.title));
    if (start.isValid())
        html += timeTag(start, m_data.zoneOfIncident(incident)) + QStringLiteral(" · ");
    html += esc(m_data.labels.statusName(incident.status)) + QStringLiteral(" · ")
        + esc(m_data.labels.severityName(incident.severity)) + QStringLiteral("</span>");
    // Whatever the item carries (the latest update) stays inside it: a <ul> holds <li> only.
    return html + more + QStringLiteral("</li>\n");
}

QString PortalHtmlPages::maintenanceStateLabel(const Incident &maintenance) const
{
    switch (m_data.maintenanceState(maintenance)) {
    case PortalSiteData::MaintenanceState::Scheduled:
        return m_data.labels.scheduled;
    case PortalSiteData::MaintenanceState::InProgress:
        return m_data.labels.inProgress;
    case PortalSiteData::MaintenanceState::Completed:
        return m_data.labels.completed;
    }
    return {};
}

QString PortalHtmlPages::maintenanceWhen(const Incident &maintenance) const
{
    const QTimeZone zone = m_data.zoneOfIncident(maintenance);
    const QDateTime end = maintenance.lastEnd();
    return m_data.labels.timeRange.arg(timeTag(maintenance.firstStart(), zone),
                                       end.isValid() ? timeTag(end, zone) : esc(m_data.labels.ongoing));
}

QString PortalHtmlPages::maintenanceItem(const Incident &maintenance, const QString &root) const
{
    // A maintenance has no investigation status and no severity: it is scheduled, in
    // progress or completed, from one time to another.
    return QStringLiteral("<li><a href=\"%1%2\">%3</a> <span class=\"muted\">%4 · %5</span></li>\n")
        .arg(root, PortalSiteBuilder::incidentPath(maintenance), esc(maintenance.title),
             esc(maintenanceStateLabel(maintenance)), maintenanceWhen(maintenance));
}

QString PortalHtmlPages::availabilitySection() const
{
    const PortalSiteInput &input = m_data.input;
    const PortalLabels &l = m_data.labels;
    QString html = QStringLiteral("<section aria-labelledby=\"avail\"><h2 id=\"avail\">%1</h2>\n")
                       .arg(esc(l.availabilityDays.arg(PortalSiteBuilder::kAvailabilityDays)));
    html += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(l.availabilityLegend));
    for (const auto &dc : input.dataCenters) {
        QList<Instance> dcInstances;
        for (const auto &instance : input.instances) {
            if (instance.dataCenter == dc.code)
                dcInstances << instance;
        }
        QList<WindowRecord> dcWindows;
        for (const auto &w : input.recentWindows) {
            if (w.dataCenter == dc.code)
                dcWindows << w;
        }
        const QTimeZone zone = m_data.zoneOfDataCenter(dc.code);
        const QDate today = input.now.toTimeZone(zone).date();
        const QDate first = today.addDays(-(PortalSiteBuilder::kAvailabilityDays - 1));
        const AvailabilityReport total
            = AvailabilityCalculator::compute({dc}, dcInstances, dcWindows, first.startOfDay(zone), input.now, input.now);
        const double totalPercent = total.dataCenters.isEmpty() ? 100.0 : total.dataCenters.constFirst().figures.availabilityPercent;
        html += QStringLiteral("<h3>%1 <span class=\"muted\">%2</span></h3>\n<ol class=\"bars\" aria-label=\"%3\">\n")
                    .arg(esc(dc.name), esc(m_data.locale.percent(totalPercent)), esc(l.dailyAvailabilityOf.arg(dc.name)));
        for (QDate day = first; day <= today; day = day.addDays(1)) {
            const QDateTime from = day.startOfDay(zone);
            const QDateTime to = std::min(day.addDays(1).startOfDay(zone), input.now);
            AvailabilityFigures figures;
            if (from < to) {
                const AvailabilityReport r = AvailabilityCalculator::compute({dc}, dcInstances, dcWindows, from, to, input.now);
                if (!r.dataCenters.isEmpty())
                    figures = r.dataCenters.constFirst().figures;
            }
            const QString label = l.dayFigure.arg(day.toString(Qt::ISODate), m_data.locale.percent(figures.availabilityPercent));
            html += QStringLiteral("<li class=\"%1\" title=\"%2\"><span class=\"vh\">%2</span></li>")
                        .arg(availabilityClass(figures), esc(label));
        }
        html += QStringLiteral("\n</ol>\n");
    }
    return html + QStringLiteral("</section>\n");
}

QByteArray PortalHtmlPages::index() const
{
    const PortalSiteInput &input = m_data.input;
    const PortalLabels &l = m_data.labels;
    const QString root;
    const QString header = QStringLiteral("<h1>%1</h1><p class=\"muted\">%2</p>")
                               .arg(esc(m_data.title), esc(l.updatedAt.arg(m_data.locale.dateTime(input.now, QTimeZone::utc()))));
    QString main;

    const QList<Incident> active = m_data.activeIncidents();
    main += QStringLiteral("<section aria-labelledby=\"active\"><h2 id=\"active\">%1</h2>\n").arg(esc(l.activeIncidents));
    if (active.isEmpty()) {
        main += QStringLiteral("<p>%1</p>\n").arg(esc(l.noActiveIncidents));
    } else {
        main += QStringLiteral("<ul>\n");
        for (const auto &incident : active) {
            const QString latest = incident.updates.isEmpty()
                ? QString()
                : QStringLiteral("<div>%1</div>").arg(m_markdown(incident.updates.constLast().message));
            main += incidentItem(incident, root, latest);
        }
        main += QStringLiteral("</ul>\n");
    }
    main += QStringLiteral("</section>\n");

    const QList<Incident> upcoming = m_data.upcomingMaintenances();
    if (!upcoming.isEmpty()) {
        main += QStringLiteral("<section aria-labelledby=\"maint\"><h2 id=\"maint\">%1</h2>\n<ul>\n").arg(esc(l.scheduledMaintenance));
        for (const auto &maintenance : upcoming)
            main += maintenanceItem(maintenance, root);
        main += QStringLiteral("</ul>\n</section>\n");
    }

    main += QStringLiteral("<section aria-labelledby=\"status\"><h2 id=\"status\">%1</h2>\n").arg(esc(l.currentStatus));
    for (const auto &dc : input.dataCenters) {
        main += QStringLiteral("<h3>%1</h3>\n<table>\n<thead><tr><th scope=\"col\">%2</th><th scope=\"col\">%3</th></tr></thead>\n<tbody>\n")
                    .arg(esc(dc.name), esc(l.service), esc(l.status));
        for (const auto &instance : input.instances) {
            if (instance.dataCenter != dc.code)
                continue;
            const ComponentLook look = componentLook(l, m_data.currentImpact(instance.name));
            main += QStringLiteral("<tr><th scope=\"row\">%1</th><td class=\"st %2\">%3</td></tr>\n")
                        .arg(esc(instance.name), look.css, esc(look.label));
        }
        main += QStringLiteral("</tbody>\n</table>\n");
    }
    main += QStringLiteral("</section>\n");

    main += availabilitySection();

    main += QStringLiteral("<section aria-labelledby=\"history\"><h2 id=\"history\">%1</h2>\n").arg(esc(l.recentIncidents));
    if (m_data.incidents.isEmpty()) {
        main += QStringLiteral("<p>%1</p>\n").arg(esc(l.noIncidentsReported));
    } else {
        main += QStringLiteral("<ul>\n");
        for (int i = 0; i < m_data.incidents.size() && i < PortalSiteBuilder::kIndexHistoryLimit; ++i)
            main += incidentItem(m_data.incidents.at(i), root);
        main += QStringLiteral("</ul>\n<p><a href=\"history.html\">%1</a></p>\n").arg(esc(l.allIncidents));
    }
    main += QStringLiteral("</section>\n");
    return frame(m_data.title, root, header, main);
}

QByteArray PortalHtmlPages::history() const
{
    const PortalLabels &l = m_data.labels;
    const QString root;
    const QString header = QStringLiteral("<p><a href=\"index.html\">%1</a></p><h1>%2</h1>").arg(esc(m_data.title), esc(l.incidentHistory));
    QString main;
    if (m_data.incidents.isEmpty()) {
        main += QStringLiteral("<p>%1</p>\n").arg(esc(l.noIncidentsReported));
    } else {
        main += QStringLiteral("<ul>\n");
        for (const auto &incident : m_data.incidents)
            main += incidentItem(incident, root);
        main += QStringLiteral("</ul>\n");
    }
    if (!m_data.maintenances.isEmpty()) {
        main += QStringLiteral("<section aria-labelledby=\"maint\"><h2 id=\"maint\">%1</h2>\n<ul>\n").arg(esc(l.maintenanceHistory));
        for (const auto &maintenance : m_data.maintenances)
            main += maintenanceItem(maintenance, root);
        main += QStringLiteral("</ul>\n</section>\n");
    }
    return frame(l.incidentHistory + QStringLiteral(" · ") + m_data.title, root, header, main);
}

QByteArray PortalHtmlPages::incident(const Incident &incident) const
{
    const PortalLabels &l = m_data.labels;
    const QString root = QStringLiteral("../");
    const QTimeZone zone = m_data.zoneOfIncident(incident);
    const bool maintenance = PortalSiteData::isMaintenance(incident);
    const QString state = maintenance
        ? QStringLiteral("<span class=\"st maint\">%1</span> · %2").arg(esc(l.scheduledMaintenance), esc(maintenanceStateLabel(incident)))
        : QStringLiteral("<span class=\"st\">%1</span> · %2")
              .arg(esc(l.statusName(incident.status)), esc(l.impactOf.arg(l.severityName(incident.severity))));
    const QString header = QStringLiteral("<p><a href=\"../index.html\">%1</a></p><h1>%2</h1>\n<p>%3</p>")
                               .arg(esc(m_data.title), esc(incident.title), state);
    QString main;
    if (!incident.windows.isEmpty()) {
        main += QStringLiteral("<section aria-labelledby=\"windows\"><h2 id=\"windows\">%1</h2>\n<table>\n<thead><tr>"
                               "<th scope=\"col\">%2</th><th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th><th scope=\"col\">%6</th>"
                               "</tr></thead>\n<tbody>\n")
                    .arg(esc(l.affectedServices), esc(l.service), esc(l.start), esc(l.end), esc(l.duration), esc(l.impact));
        QList<OutageWindow> windows = incident.windows;
        std::sort(windows.begin(), windows.end(), [](const OutageWindow &a, const OutageWindow &b) { return a.start < b.start; });
        for (const auto &w : std::as_const(windows)) {
            const QTimeZone wz = m_data.zoneOfInstance(w.instance);
            main += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                        .arg(esc(w.instance), timeTag(w.start, wz), w.isOngoing() ? esc(l.ongoing) : timeTag(w.end, wz),
                             esc(m_data.locale.duration(w.durationSeconds(m_data.input.now))),
                             esc(componentLook(l, w.impact).label));
        }
        main += QStringLiteral("</tbody>\n</table>\n");
        const QString svg = m_gantt(incident);
        if (!svg.isEmpty()) {
            // Appended, not arg()'d: the chart is the largest part of the page. On a phone
            // it scrolls sideways, so it takes keyboard focus (axe: scrollable-region-focusable).
            main += QStringLiteral("<figure class=\"gantt\" tabindex=\"0\">") + svg
                + QStringLiteral("<figcaption>%1</figcaption></figure>\n").arg(esc(l.chartCaption));
        }
        main += QStringLiteral("</section>\n");
    }

    main += QStringLiteral("<section aria-labelledby=\"updates\"><h2 id=\"updates\">%1</h2>\n").arg(esc(l.updates));
    if (incident.updates.isEmpty()) {
        main += QStringLiteral("<p>%1</p>\n").arg(esc(l.noUpdatesYet));
    } else {
        main += QStringLiteral("<ol class=\"updates\" reversed>\n");
        for (auto it = incident.updates.crbegin(); it != incident.updates.crend(); ++it) {
            main += QStringLiteral("<li><p><strong>%1</strong> · %2</p>%3</li>\n")
                        .arg(esc(l.statusName(it->status)), timeTag(it->at, zone), m_markdown(it->message));
        }
        main += QStringLiteral("</ol>\n");
    }
    main += QStringLiteral("</section>\n");

    if (incident.rca) {
        // The RCA speaks its own language, which may not be the portal's: say so to
        // screen readers and spelling tools.
        const QString rcaLanguage = PublicLocale::ofRca(incident).language();
        const QString lang = rcaLanguage == m_data.locale.language() ? QString()
                                                                     : QStringLiteral(" lang=\"%1\"").arg(esc(rcaLanguage));
        main += QStringLiteral("<section aria-labelledby=\"rca\"><h2 id=\"rca\">%1</h2>\n<div class=\"rca\"%2>\n")
                    .arg(esc(l.rootCauseAnalysis), lang)
            + demoteHeadings(m_rca(incident), 2) + QStringLiteral("</div>\n</section>\n");
    }
    return frame(incident.title + QStringLiteral(" · ") + m_data.title, root, header, main);
}

} // namespace OutageDesk
