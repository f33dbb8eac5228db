#include "publish/PortalSiteBuilder.h"

#include "analysis/AvailabilityCalculator.h"
#include "i18n/DisplayNames.h"
#include "i18n/Translator.h"
#include "publish/PublicRendering.h"
#include "render/gantt/IncidentChartSvg.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "time/Rfc3339.h"
#include "time/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QXmlStreamWriter>
#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace OutageDesk {
namespace {

// The pages speak the portal's language (PortalSiteInput::language), not the
// window's: set by build() for its duration on the building thread.
thread_local QString t_portalLanguage;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    // A 10,000-incident build asks for the same few labels hundreds of thousands of
    // times: remember them per language (the keys are string literals, so their
    // addresses are stable).
    thread_local QString cachedLanguage;
    thread_local std::map<std::tuple<const char *, const char *, int>, QString> cache;
    if (cachedLanguage != t_portalLanguage) {
        cache.clear();
        cachedLanguage = t_portalLanguage;
    }
    const auto key = std::make_tuple(text, disambiguation, n);
    const auto it = cache.find(key);
    if (it != cache.end())
        return it->second;
    // "OutageDesk::Page" is where lupdate files the Page class's messages.
    const QString translated
        = Translator::translateIn(t_portalLanguage, {"PortalSiteBuilder", "OutageDesk::Page"}, text, disambiguation, n);
    cache.emplace(key, translated);
    return translated;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Namespace of the version-5 UUIDs that give feed entries ids that survive republishing.
const QUuid kFeedNamespace = QUuid::fromString(QStringLiteral("8d0a7c55-2f0e-4d43-9a65-0b3c58f1f3a1"));

QString statusName(IncidentStatus status)
{
    return DisplayNames::status(status, t_portalLanguage);
}

QString severityName(Severity severity)
{
    return DisplayNames::severity(severity, t_portalLanguage);
}

// The state of a component right now, as Statuspage names it and as people read it.
struct ComponentState
{
    QString wire = QStringLiteral("operational");
    QString label;
    QString css = QStringLiteral("ok");
};

ComponentState componentState(const std::optional<Impact> &impact)
{
    ComponentState s;
    if (!impact) {
        s.label = tr("Operational");
        return s;
    }
    switch (*impact) {
    case Impact::Outage:
        s = {QStringLiteral("major_outage"), tr("Outage"), QStringLiteral("major")};
        break;
    case Impact::Degraded:
        s = {QStringLiteral("degraded_performance"), tr("Degraded performance"), QStringLiteral("minor")};
        break;
    case Impact::Maintenance:
        s = {QStringLiteral("under_maintenance"), tr("Under maintenance"), QStringLiteral("maint")};
        break;
    }
    return s;
}

// Worst first: an outage outranks degradation, which outranks maintenance.
int rank(Impact impact)
{
    switch (impact) {
    case Impact::Outage:
        return 3;
    case Impact::Degraded:
        return 2;
    case Impact::Maintenance:
        return 1;
    }
    return 0;
}

const char kStyle[] =
    ":root{color-scheme:light dark;--bg:#fff;--fg:#1b1f23;--muted:#57606a;--line:#d0d7de;--ok:#1a7f37;"
    "--minor:#9a6700;--major:#cf222e;--maint:#0969da}"
    "@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;"
    "--ok:#3fb950;--minor:#d29922;--major:#f85149;--maint:#58a6ff}}"
    "*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);"
    "font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif}"
    "main,header,footer{max-width:60rem;margin:0 auto;padding:0 1rem}"
    "a{color:var(--maint)}h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid var(--line)}"
    // Hidden by clipping, not by moving it off to the left: that would widen a right-to-left page.
    ".skip:not(:focus){position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
    ".skip:focus{display:inline-block;margin:.5rem 1rem;background:var(--bg);padding:.5rem}"
    ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
    ".muted{color:var(--muted)}table{border-collapse:collapse;width:100%;display:block;overflow-x:auto}"
    "th,td{text-align:start;padding:.25rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}"
    ".st{font-weight:600}.st.ok{color:var(--ok)}.st.minor{color:var(--minor)}.st.major{color:var(--major)}"
    ".st.maint{color:var(--maint)}"
    ".bars{display:flex;gap:1px;list-style:none;padding:0;margin:.25rem 0;height:2rem}"
    ".bars li{flex:1;min-width:1px;border-radius:1px}.bars .ok{background:var(--ok)}"
    ".bars .minor{background:var(--minor)}.bars .major{background:var(--major)}.bars .maint{background:var(--maint)}"
    ".updates{list-style:none;padding:0}.updates li{border-inline-start:3px solid var(--line);"
    "padding-inline-start:.75rem;margin-bottom:1rem}"
    // The chart scales with the page; below 30rem it would be unreadable, so a phone
    // scrolls it sideways instead, like the tables.
    ".gantt{margin:1rem 0;overflow-x:auto}.gantt svg{display:block;max-width:100%;min-width:30rem;height:auto}"
    ".gantt figcaption{color:var(--muted);font-size:.875rem}"
    // The chart's impact colours are GanttStyle's; in dark mode its brighter variants.
    "@media (prefers-color-scheme:dark){.gantt .o{fill:#ef5350}.gantt .d{fill:#ffc107}.gantt .m{fill:#64a0f0}}"
    "@media (max-width:40rem){body{font-size:15px}h1{font-size:1.3rem}}";

class Page
{
public:
    Page(const PortalSiteInput &input, const QString &title, const QString &root)
    {
        const bool rtl = QLocale(input.language).textDirection() == Qt::RightToLeft;
        m_html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n")
                      .arg(esc(input.language), rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
        m_html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // Belt and braces: even if active content slipped into a page, the browser would refuse it.
        m_html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                 "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
        m_html += QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">\n");
        m_html += QStringLiteral("<title>%1</title>\n").arg(esc(title));
        m_html += QStringLiteral("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"%1feed.atom\" title=\"%2\">\n")
                      .arg(root, esc(tr("Incident feed")));
        m_html += QStringLiteral("<style>%1</style>\n</head>\n<body>\n").arg(QLatin1String(kStyle));
        m_html += QStringLiteral("<a class=\"skip\" href=\"#main\">%1</a>\n").arg(esc(tr("Skip to content")));
    }
    Page &operator<<(const QString &html)
    {
        m_html += html;
        return *this;
    }
    QByteArray finish(const QString &root)
    {
        m_html += QStringLiteral("</main>\n<footer><p class=\"muted\"><a href=\"%1feed.atom\">%2</a> · "
                                 "<a href=\"%1incidents.json\">incidents.json</a> · <a href=\"%1history.html\">%3</a></p>"
                                 "</footer>\n</body>\n</html>\n")
                      .arg(root, esc(tr("Atom feed")), esc(tr("Incident history")));
        return m_html.toUtf8();
    }

private:
    QString m_html;
};

struct Context
{
    const PortalSiteInput &input;
    QHash<QString, QTimeZone> zoneOfInstance;
    QHash<QString, QString> dataCenterOfInstance;
    QString title;
};

QString timeTag(const QDateTime &instant, const QTimeZone &zone)
{
    return QStringLiteral("<time datetime=\"%1\">%2</time>")
        .arg(Rfc3339::formatUtc(instant), esc(TimeFormat::dateTime(instant, zone)));
}

QTimeZone zoneOfIncident(const Context &ctx, const Incident &incident)
{
    for (const auto &w : incident.windows) {
        const auto zone = ctx.zoneOfInstance.value(w.instance);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::utc();
}

QString incidentListItem(const Context &ctx, const Incident &incident, const QString &root)
{
    const QDateTime start = incident.firstStart().isValid() ? incident.firstStart()
        : incident.updates.isEmpty()                        ? QDateTime()
                                                            : incident.updates.constFirst().at;
    QString html = QStringLiteral("<li><a href=\"%1%2\">%3</a> <span class=\"muted\">")
                       .arg(root, PortalSiteBuilder::incidentPath(incident), esc(incident.title));
    if (start.isValid())
        html += timeTag(start, zoneOfIncident(ctx, incident)) + QStringLiteral(" · ");
    html += esc(statusName(incident.status)) + QStringLiteral(" · ") + esc(severityName(incident.severity));
    return html + QStringLiteral("</span></li>\n");
}

QDateTime sortKey(const Incident &incident)
{
    if (incident.firstStart().isValid())
        return incident.firstStart();
    if (!incident.updates.isEmpty())
        return incident.updates.constFirst().at;
    return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
}

QDateTime lastChange(const Incident &incident)
{
    QDateTime last = sortKey(incident);
    for (const auto &u : incident.updates)
        last = std::max(last, u.at);
    for (const auto &w : incident.windows) {
        if (!w.isOngoing())
            last = std::max(last, w.end);
    }
    if (incident.rca && incident.rca->approvedAt.isValid())
        last = std::max(last, incident.rca->approvedAt);
    return last;
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

QString percent(const QLocale &locale, double value)
{
    return tr("%1 %").arg(locale.toString(value, 'f', 3));
}

} // namespace

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
    const QString callersLanguage = std::exchange(t_portalLanguage, input.language);
    const auto restoreLanguage = qScopeGuard([&callersLanguage] { t_portalLanguage = callersLanguage; });
    PortalSite site;
    Context ctx{input, {}, {}, input.title.isEmpty() ? tr("Service status") : input.title};
    QHash<QString, QTimeZone> zoneOfDataCenter;
    for (const auto &dc : input.dataCenters)
        zoneOfDataCenter.insert(dc.code, dc.hasValidZone() ? dc.zone() : QTimeZone::utc());
    for (const auto &instance : input.instances) {
        ctx.zoneOfInstance.insert(instance.name, zoneOfDataCenter.value(instance.dataCenter, QTimeZone::utc()));
        ctx.dataCenterOfInstance.insert(instance.name, instance.dataCenter);
    }
    RenderContext renderContext;
    {
        QHash<QString, DataCenter> byCode;
        for (const auto &dc : input.dataCenters)
            byCode.insert(dc.code, dc);
        for (const auto &instance : input.instances)
            renderContext.dataCenterOfInstance.insert(instance.name, byCode.value(instance.dataCenter));
        renderContext.now = input.now;
    }
    const RcaToHtml rcaHtml = m_rca ? m_rca : RcaToHtml([&](const Incident &incident) {
        return PublicRendering::rcaToHtml(incident, renderContext);
    });
    const IncidentChartSvg chart(renderContext, input.language);
    const GanttToSvg ganttSvg = m_gantt ? m_gantt : GanttToSvg([&chart](const Incident &incident) {
        return chart.svg(incident);
    });
    const QLocale locale(input.language);
    const qint64 nowMs = input.now.toMSecsSinceEpoch();

    QList<Incident> incidents;
    incidents.reserve(input.incidents.size());
    for (const auto &incident : input.incidents)
        incidents << publicView(incident);
    std::sort(incidents.begin(), incidents.end(),
              [](const Incident &a, const Incident &b) { return sortKey(a) > sortKey(b); });

    // What is affected right now, worst impact per instance.
    QHash<QString, Impact> currentImpact;
    for (const auto &w : input.recentWindows) {
        if (w.startMs <= nowMs && w.endOr(nowMs + 1) > nowMs) {
            auto it = currentImpact.find(w.instance);
            if (it == currentImpact.end() || rank(w.impact) > rank(*it))
                currentImpact.insert(w.instance, w.impact);
        }
    }
    auto impactOf = [&](const QString &instance) -> std::optional<Impact> {
        const auto it = currentImpact.constFind(instance);
        return it == currentImpact.constEnd() ? std::nullopt : std::optional<Impact>(*it);
    };

    // ---- index.html
    {
        const QString root;
        Page page(input, ctx.title, root);
        page << QStringLiteral("<header><h1>%1</h1><p class=\"muted\">%2</p></header>\n<main id=\"main\">\n")
                    .arg(esc(ctx.title),
                         esc(tr("Updated %1").arg(TimeFormat::dateTime(input.now, QTimeZone::utc()))));

        QList<Incident> active;
        QList<Incident> maintenance;
        for (const auto &incident : std::as_const(incidents)) {
            const bool scheduled = std::any_of(incident.windows.cbegin(), incident.windows.cend(), [&](const OutageWindow &w) {
                return w.impact == Impact::Maintenance && (w.isOngoing() || w.end.toMSecsSinceEpoch() > nowMs);
            });
            if (scheduled)
                maintenance << incident;
            else if (incident.status != IncidentStatus::Resolved)
                active << incident;
        }
        page << QStringLiteral("<section aria-labelledby=\"active\"><h2 id=\"active\">%1</h2>\n").arg(esc(tr("Active incidents")));
        if (active.isEmpty()) {
            page << QStringLiteral("<p>%1</p>\n").arg(esc(tr("No active incidents.")));
        } else {
            page << QStringLiteral("<ul>\n");
            for (const auto &incident : std::as_const(active)) {
                page << incidentListItem(ctx, incident, root);
                if (!incident.updates.isEmpty())
                    page << QStringLiteral("<div>%1</div>\n").arg(m_markdown(incident.updates.constLast().message));
            }
            page << QStringLiteral("</ul>\n");
        }
        page << QStringLiteral("</section>\n");
        if (!maintenance.isEmpty()) {
            page << QStringLiteral("<section aria-labelledby=\"maint\"><h2 id=\"maint\">%1</h2>\n<ul>\n")
                        .arg(esc(tr("Scheduled maintenance")));
            for (const auto &incident : std::as_const(maintenance))
                page << incidentListItem(ctx, incident, root);
            page << QStringLiteral("</ul>\n</section>\n");
        }

        page << QStringLiteral("<section aria-labelledby=\"status\"><h2 id=\"status\">%1</h2>\n").arg(esc(tr("Current status")));
        for (const auto &dc : input.dataCenters) {
            page << QStringLiteral("<h3>%1</h3>\n<table>\n<thead><tr><th scope=\"col\">%2</th><th scope=\"col\">%3</th></tr></thead>\n<tbody>\n")
                        .arg(esc(dc.name), esc(tr("Service")), esc(tr("Status")));
            for (const auto &instance : input.instances) {
                if (instance.dataCenter != dc.code)
                    continue;
                const ComponentState s = componentState(impactOf(instance.name));
                page << QStringLiteral("<tr><th scope=\"row\">%1</th><td class=\"st %2\">%3</td></tr>\n")
                            .arg(esc(instance.name), s.css, esc(s.label));
            }
            page << QStringLiteral("</tbody>\n</table>\n");
        }
        page << QStringLiteral("</section>\n");

        page << QStringLiteral("<section aria-labelledby=\"avail\"><h2 id=\"avail\">%1</h2>\n")
                    .arg(esc(tr("Availability, last %1 days").arg(kAvailabilityDays)));
        page << QStringLiteral("<p class=\"muted\">%1</p>\n")
                    .arg(esc(tr("One bar per day, oldest first: green no interruption, amber degraded or under 1 % "
                                "down, red 1 % down or more, blue maintenance. Each bar names its day and figure.")));
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
            const QTimeZone zone = zoneOfDataCenter.value(dc.code, QTimeZone::utc());
            const QDate today = input.now.toTimeZone(zone).date();
            const QDate first = today.addDays(-(kAvailabilityDays - 1));
            const AvailabilityReport total = AvailabilityCalculator::compute({dc}, dcInstances, dcWindows,
                                                                             first.startOfDay(zone), input.now, input.now);
            const double totalPercent = total.dataCenters.isEmpty() ? 100.0 : total.dataCenters.constFirst().figures.availabilityPercent;
            page << QStringLiteral("<h3>%1 <span class=\"muted\">%2</span></h3>\n<ol class=\"bars\" aria-label=\"%3\">\n")
                        .arg(esc(dc.name), esc(percent(locale, totalPercent)),
                             esc(tr("Daily availability of %1, oldest first").arg(dc.name)));
            for (QDate day = first; day <= today; day = day.addDays(1)) {
                const QDateTime from = day.startOfDay(zone);
                const QDateTime to = std::min(day.addDays(1).startOfDay(zone), input.now);
                AvailabilityFigures figures;
                if (from < to) {
                    const AvailabilityReport r = AvailabilityCalculator::compute({dc}, dcInstances, dcWindows, from, to, input.now);
                    if (!r.dataCenters.isEmpty())
                        figures = r.dataCenters.constFirst().figures;
                }
                const QString label = tr("%1: %2").arg(day.toString(Qt::ISODate), percent(locale, figures.availabilityPercent));
                page << QStringLiteral("<li class=\"%1\" title=\"%2\"><span class=\"vh\">%2</span></li>")
                            .arg(availabilityClass(figures), esc(label));
            }
            page << QStringLiteral("\n</ol>\n");
        }
        page << QStringLiteral("</section>\n");

        page << QStringLiteral("<section aria-labelledby=\"history\"><h2 id=\"history\">%1</h2>\n").arg(esc(tr("Recent incidents")));
        if (incidents.isEmpty()) {
            page << QStringLiteral("<p>%1</p>\n").arg(esc(tr("No incidents reported.")));
        } else {
            page << QStringLiteral("<ul>\n");
            for (int i = 0; i < incidents.size() && i < kIndexHistoryLimit; ++i)
                page << incidentListItem(ctx, incidents.at(i), root);
            page << QStringLiteral("</ul>\n<p><a href=\"history.html\">%1</a></p>\n").arg(esc(tr("All incidents")));
        }
        page << QStringLiteral("</section>\n");
        site.files.insert(QStringLiteral("index.html"), page.finish(root));
    }

    // ---- history.html: every incident, newest first.
    {
        const QString root;
        const QString title = tr("Incident history");
        Page page(input, title + QStringLiteral(" · ") + ctx.title, root);
        page << QStringLiteral("<header><p><a href=\"index.html\">%1</a></p><h1>%2</h1></header>\n<main id=\"main\">\n<ul>\n")
                    .arg(esc(ctx.title), esc(title));
        for (const auto &incident : std::as_const(incidents))
            page << incidentListItem(ctx, incident, root);
        page << QStringLiteral("</ul>\n");
        site.files.insert(QStringLiteral("history.html"), page.finish(root));
    }

    // ---- one page per incident
    for (const auto &incident : std::as_const(incidents)) {
        const QString root = QStringLiteral("../");
        const QTimeZone zone = zoneOfIncident(ctx, incident);
        Page page(input, incident.title + QStringLiteral(" · ") + ctx.title, root);
        page << QStringLiteral("<header><p><a href=\"../index.html\">%1</a></p><h1>%2</h1>\n<p><span class=\"st\">%3</span> · %4</p></header>\n<main id=\"main\">\n")
                    .arg(esc(ctx.title), esc(incident.title), esc(statusName(incident.status)),
                         esc(tr("Impact: %1").arg(severityName(incident.severity))));

        if (!incident.windows.isEmpty()) {
            page << QStringLiteral("<section aria-labelledby=\"windows\"><h2 id=\"windows\">%1</h2>\n<table>\n<thead><tr>"
                                   "<th scope=\"col\">%2</th><th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th><th scope=\"col\">%6</th>"
                                   "</tr></thead>\n<tbody>\n")
                        .arg(esc(tr("Affected services")), esc(tr("Service")), esc(tr("Start")), esc(tr("End")),
                             esc(tr("Duration")), esc(tr("Impact")));
            QList<OutageWindow> windows = incident.windows;
            std::sort(windows.begin(), windows.end(), [](const OutageWindow &a, const OutageWindow &b) { return a.start < b.start; });
            for (const auto &w : std::as_const(windows)) {
                const QTimeZone wz = ctx.zoneOfInstance.value(w.instance, QTimeZone::utc());
                page << QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                            .arg(esc(w.instance), timeTag(w.start, wz),
                                 w.isOngoing() ? esc(tr("ongoing")) : timeTag(w.end, wz),
                                 esc(TimeFormat::duration(w.durationSeconds(input.now))),
                                 esc(componentState(w.impact).label));
            }
            page << QStringLiteral("</tbody>\n</table>\n");
            const QString svg = ganttSvg(incident);
            if (!svg.isEmpty()) {
                // Appended, not arg()'d: the chart is the largest part of the page.
                page << QStringLiteral("<figure class=\"gantt\">") << svg
                     << QStringLiteral("<figcaption>%1</figcaption></figure>\n").arg(esc(tr("Outage windows on a time line")));
            }
            page << QStringLiteral("</section>\n");
        }

        page << QStringLiteral("<section aria-labelledby=\"updates\"><h2 id=\"updates\">%1</h2>\n").arg(esc(tr("Updates")));
        if (incident.updates.isEmpty()) {
            page << QStringLiteral("<p>%1</p>\n").arg(esc(tr("No updates yet.")));
        } else {
            page << QStringLiteral("<ol class=\"updates\" reversed>\n");
            for (auto it = incident.updates.crbegin(); it != incident.updates.crend(); ++it) {
                page << QStringLiteral("<li><p><strong>%1</strong> · %2</p>%3</li>\n")
                            .arg(esc(statusName(it->status)), timeTag(it->at, zone), m_markdown(it->message));
            }
            page << QStringLiteral("</ol>\n");
        }
        page << QStringLiteral("</section>\n");

        if (incident.rca) {
            page << QStringLiteral("<section aria-labelledby=\"rca\"><h2 id=\"rca\">%1</h2>\n<div class=\"rca\">\n%2</div>\n</section>\n")
                        .arg(esc(tr("Root cause analysis")), demoteHeadings(rcaHtml(incident), 2));
        }
        site.files.insert(incidentPath(incident), page.finish(root));
    }

    // ---- feed.atom: one entry per status update and per approved RCA.
    {
        // Ids, dates and titles first; the HTML only for the entries that stay in
        // the feed (with 10,000 incidents, rendering them all would double the build).
        struct Entry
        {
            QDateTime at;
            QString id;
            QString title;
            QString link;
            const Incident *incident = nullptr;
            int update = -1; // -1 = the RCA
            QString html;
        };
        QList<Entry> entries;
        for (const auto &incident : std::as_const(incidents)) {
            const QString link = input.baseUrl + incidentPath(incident);
            for (int i = 0; i < incident.updates.size(); ++i) {
                const StatusUpdate &u = incident.updates.at(i);
                const QString key = QStringLiteral("update:%1:%2").arg(u.at.toMSecsSinceEpoch()).arg(toWireName(u.status));
                entries << Entry{u.at, QUuid::createUuidV5(incident.uuid, key).toString(QUuid::WithoutBraces),
                                 QStringLiteral("[%1] %2").arg(statusName(u.status), incident.title), link, &incident, i, {}};
            }
            if (incident.rca) {
                const QDateTime at = incident.rca->approvedAt.isValid() ? incident.rca->approvedAt : lastChange(incident);
                entries << Entry{at, QUuid::createUuidV5(incident.uuid, QStringLiteral("rca")).toString(QUuid::WithoutBraces),
                                 tr("[Root cause analysis] %1").arg(incident.title), link + QStringLiteral("#rca"), &incident,
                                 -1, {}};
            }
        }
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.at != b.at ? a.at > b.at : a.id < b.id;
        });
        if (entries.size() > kFeedEntryLimit)
            entries.resize(kFeedEntryLimit);
        for (auto &e : entries)
            e.html = e.update >= 0 ? m_markdown(e.incident->updates.at(e.update).message) : rcaHtml(*e.incident);

        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.setAutoFormatting(true);
        w.writeStartDocument();
        w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
        w.writeStartElement(QStringLiteral("feed"));
        w.writeAttribute(QStringLiteral("xml:lang"), input.language);
        const QString feedKey = input.baseUrl.isEmpty() ? ctx.title : input.baseUrl;
        w.writeTextElement(QStringLiteral("id"),
                           QStringLiteral("urn:uuid:") + QUuid::createUuidV5(kFeedNamespace, feedKey).toString(QUuid::WithoutBraces));
        w.writeTextElement(QStringLiteral("title"), ctx.title);
        const QDateTime feedUpdated = entries.isEmpty() ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC) : entries.constFirst().at;
        w.writeTextElement(QStringLiteral("updated"), Rfc3339::formatUtc(feedUpdated));
        w.writeStartElement(QStringLiteral("author"));
        w.writeTextElement(QStringLiteral("name"), ctx.title);
        w.writeEndElement();
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
        w.writeAttribute(QStringLiteral("href"), input.baseUrl + QStringLiteral("feed.atom"));
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
        w.writeAttribute(QStringLiteral("href"), input.baseUrl + QStringLiteral("index.html"));
        for (const auto &e : std::as_const(entries)) {
            w.writeStartElement(QStringLiteral("entry"));
            w.writeTextElement(QStringLiteral("id"), QStringLiteral("urn:uuid:") + e.id);
            w.writeTextElement(QStringLiteral("title"), e.title);
            w.writeTextElement(QStringLiteral("updated"), Rfc3339::formatUtc(e.at));
            w.writeEmptyElement(QStringLiteral("link"));
            w.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
            w.writeAttribute(QStringLiteral("href"), e.link);
            w.writeStartElement(QStringLiteral("content"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
            w.writeCharacters(e.html);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        site.files.insert(QStringLiteral("feed.atom"), xml);
    }

    // ---- incidents.json, in the shape of Statuspage's public /api/v2/incidents.json.
    {
        const QString pageId = QUuid::createUuidV5(kFeedNamespace, input.baseUrl.isEmpty() ? ctx.title : input.baseUrl)
                                   .toString(QUuid::WithoutBraces);
        QDateTime pageUpdated = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        QJsonArray list;
        for (int i = 0; i < incidents.size(); ++i) {
            const Incident &incident = incidents.at(i);
            pageUpdated = std::max(pageUpdated, lastChange(incident));
            if (i >= kIncidentsJsonLimit)
                continue;
            const QString id = incident.uuidString();
            auto stamp = [](const QDateTime &t) { return t.isValid() ? QJsonValue(Rfc3339::formatUtc(t)) : QJsonValue(); };
            QDateTime monitoringAt, resolvedAt;
            QJsonArray updates;
            for (auto it = incident.updates.crbegin(); it != incident.updates.crend(); ++it) {
                if (it->status == IncidentStatus::Monitoring && !monitoringAt.isValid())
                    monitoringAt = it->at;
                if (it->status == IncidentStatus::Resolved && !resolvedAt.isValid())
                    resolvedAt = it->at;
                updates.append(QJsonObject{
                    {QStringLiteral("id"), QUuid::createUuidV5(incident.uuid, QStringLiteral("update:%1").arg(it->at.toMSecsSinceEpoch()))
                                               .toString(QUuid::WithoutBraces)},
                    {QStringLiteral("status"), toWireName(it->status)},
                    {QStringLiteral("body"), it->message},
                    {QStringLiteral("incident_id"), id},
                    {QStringLiteral("created_at"), stamp(it->at)},
                    {QStringLiteral("updated_at"), stamp(it->at)},
                    {QStringLiteral("display_at"), stamp(it->at)},
                });
            }
            QJsonArray components;
            QSet<QString> seen;
            for (const auto &w : incident.windows) {
                if (seen.contains(w.instance))
                    continue;
                seen.insert(w.instance);
                components.append(QJsonObject{
                    {QStringLiteral("name"), w.instance},
                    {QStringLiteral("status"), componentState(impactOf(w.instance)).wire},
                    {QStringLiteral("group"), ctx.dataCenterOfInstance.value(w.instance)},
                });
            }
            list.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("name"), incident.title},
                {QStringLiteral("status"), toWireName(incident.status)},
                {QStringLiteral("impact"), toWireName(incident.severity)},
                {QStringLiteral("created_at"), stamp(sortKey(incident))},
                {QStringLiteral("updated_at"), stamp(lastChange(incident))},
                {QStringLiteral("started_at"), stamp(sortKey(incident))},
                {QStringLiteral("monitoring_at"), stamp(monitoringAt)},
                {QStringLiteral("resolved_at"), stamp(incident.status == IncidentStatus::Resolved ? resolvedAt : QDateTime())},
                {QStringLiteral("shortlink"), input.baseUrl + incidentPath(incident)},
                {QStringLiteral("page_id"), pageId},
                {QStringLiteral("incident_updates"), updates},
                {QStringLiteral("components"), components},
            });
        }
        const QJsonObject page{
            {QStringLiteral("id"), pageId},
            {QStringLiteral("name"), ctx.title},
            {QStringLiteral("url"), input.baseUrl},
            {QStringLiteral("time_zone"), QStringLiteral("Etc/UTC")},
            {QStringLiteral("updated_at"), Rfc3339::formatUtc(pageUpdated)},
        };
        site.files.insert(QStringLiteral("incidents.json"),
                          QJsonDocument(QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("incidents"), list}})
                              .toJson(QJsonDocument::Indented));
    }
    return site;
}

} // namespace OutageDesk
