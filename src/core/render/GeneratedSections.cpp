#include "render/GeneratedSections.h"

#include "i18n/DisplayNames.h"
#include "i18n/PublicLocale.h"
#include "model/Incident.h"
#include "render/MarkdownRenderer.h"
#include "render/RenderContext.h"

#include <algorithm>

namespace OutageDesk {
namespace {

// The sections speak the RCA's language (PublicLocale::ofRca), never the window's:
// each function makes its `tr` from the incident it renders.
struct Tr
{
    const PublicLocale &locale;
    QString operator()(const char *text) const { return locale.translate({"GeneratedSections"}, text); }
};

QString dayHeading(const QDate &date, const PublicLocale &locale)
{
    // The ISO date first sorts and reads the same everywhere; the day's name is the RCA's language's.
    return QStringLiteral("**%1 (%2)**").arg(date.toString(Qt::ISODate), locale.dayName(date));
}

// A time in a table cell stays on one line (no-break spaces): a narrow column would
// otherwise put its zone under it.
QString unbroken(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00a0));
}

bool isFence(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

} // namespace

const QString &GeneratedSections::timelineMarker()
{
    static const QString marker = QStringLiteral("<!-- outagedesk:timeline -->");
    return marker;
}

const QString &GeneratedSections::publicationsMarker()
{
    static const QString marker = QStringLiteral("<!-- outagedesk:publications -->");
    return marker;
}

const QString &GeneratedSections::actionItemsMarker()
{
    static const QString marker = QStringLiteral("<!-- outagedesk:action-items -->");
    return marker;
}

QStringList GeneratedSections::markers()
{
    return {timelineMarker(), actionItemsMarker(), publicationsMarker()};
}

QString GeneratedSections::timeline(const Incident &incident, const RenderContext &context)
{
    const PublicLocale locale = PublicLocale::ofRca(incident);
    const Tr tr{locale};
    if (incident.windows.isEmpty())
        return QLatin1Char('_') + tr("No outage windows recorded.") + QLatin1Char('_');

    QList<OutageWindow> windows = incident.windows;
    std::stable_sort(windows.begin(), windows.end(),
                     [](const OutageWindow &a, const OutageWindow &b) { return a.start < b.start; });
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();

    QStringList lines;
    QDate currentDay;
    for (const OutageWindow &w : std::as_const(windows)) {
        const QTimeZone zone = context.zoneOf(w.instance);
        const QDate day = w.start.toTimeZone(zone).date();
        if (day != currentDay) {
            if (!lines.isEmpty())
                lines << QString();
            lines << dayHeading(day, locale) << QString();
            lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                         .arg(tr("Instance"), tr("Start"), tr("End"), tr("Duration"), tr("Impact"));
            lines << QStringLiteral("|---|---|---|---|---|");
            currentDay = day;
        }
        QString end;
        QString duration = locale.duration(w.durationSeconds(now));
        if (w.isOngoing()) {
            end = tr("ongoing");
            duration = tr("%1 so far (ongoing)").arg(duration);
        } else if (w.end.toTimeZone(zone).date() != day) {
            end = locale.dateTime(w.end, zone);
        } else {
            end = locale.time(w.end, zone);
        }
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(MarkdownRenderer::escapeInline(w.instance), locale.time(w.start, zone), end, duration,
                          DisplayNames::impact(w.impact, locale.language()));
    }
    return lines.join(QLatin1Char('\n'));
}

QString GeneratedSections::publications(const Incident &incident, const RenderContext &context)
{
    const PublicLocale locale = PublicLocale::ofRca(incident);
    const Tr tr{locale};
    if (incident.publications.isEmpty())
        return QLatin1Char('_') + tr("Not published yet.") + QLatin1Char('_');
    // Publications belong to no data center: show them in the zone of the incident's
    // first window, so they read alongside the timeline, else in UTC.
    QTimeZone zone = QTimeZone::utc();
    if (!incident.windows.isEmpty())
        zone = context.zoneOf(incident.windows.constFirst().instance);
    QList<Publication> publications = incident.publications;
    std::stable_sort(publications.begin(), publications.end(),
                     [](const Publication &a, const Publication &b) { return a.at < b.at; });
    QStringList lines;
    lines << QStringLiteral("| %1 | %2 |").arg(tr("Date"), tr("Publication")) << QStringLiteral("|---|---|");
    for (const Publication &p : std::as_const(publications))
        lines << QStringLiteral("| %1 | %2 |").arg(locale.dateTime(p.at, zone), MarkdownRenderer::escapeInline(p.note));
    return lines.join(QLatin1Char('\n'));
}

QString GeneratedSections::actionItems(const Incident &incident)
{
    const PublicLocale locale = PublicLocale::ofRca(incident);
    const Tr tr{locale};
    if (incident.actionItems.isEmpty())
        return QLatin1Char('_') + tr("No action items recorded.") + QLatin1Char('_');
    QStringList lines;
    lines << QStringLiteral("| %1 | %2 | %3 | %4 |").arg(tr("Action"), tr("Owner"), tr("Due"), tr("Status"))
          << QStringLiteral("|---|---|---|---|");
    const QString none = QStringLiteral("—");
    for (const ActionItem &item : incident.actionItems) {
        lines << QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(MarkdownRenderer::escapeInline(item.title),
                          item.owner.trimmed().isEmpty() ? none : MarkdownRenderer::escapeInline(item.owner),
                          item.due.isValid() ? item.due.toString(Qt::ISODate) : none,
                          item.done ? tr("Done") : tr("Open"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString GeneratedSections::facts(const Incident &incident, const RenderContext &context)
{
    const PublicLocale locale = PublicLocale::ofRca(incident);
    const Tr tr{locale};
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
    QStringList lines;
    lines << QStringLiteral("# ") + MarkdownRenderer::escapeInline(incident.title) << QString();
    lines << QStringLiteral("| %1 | %2 |").arg(tr("Status"), tr("Severity")) << QStringLiteral("|---|---|")
          << QStringLiteral("| %1 | %2 |").arg(DisplayNames::status(incident.status, locale.language()), DisplayNames::severity(incident.severity, locale.language()))
          << QString();

    lines << QStringLiteral("## ") + tr("Outage windows") << QString();
    if (incident.windows.isEmpty()) {
        lines << QLatin1Char('_') + tr("No outage windows recorded.") + QLatin1Char('_') << QString();
    } else {
        QList<OutageWindow> windows = incident.windows;
        std::stable_sort(windows.begin(), windows.end(),
                         [](const OutageWindow &a, const OutageWindow &b) { return a.start < b.start; });
        // One table per data center, headed by its name and zone: the times below are
        // in that zone (each still says its abbreviation), and five columns fit a page.
        QStringList dataCenters;
        for (const OutageWindow &w : std::as_const(windows)) {
            const QString code = context.dataCenterOfInstance.value(w.instance).code;
            if (!dataCenters.contains(code))
                dataCenters << code;
        }
        for (const QString &code : std::as_const(dataCenters)) {
            bool first = true;
            for (const OutageWindow &w : std::as_const(windows)) {
                const DataCenter dc = context.dataCenterOfInstance.value(w.instance);
                if (dc.code != code)
                    continue;
                const QTimeZone zone = context.zoneOf(w.instance);
                if (first) {
                    const QString name = dc.name.isEmpty() ? dc.code : dc.name;
                    const QString zoneName = QString::fromUtf8(zone.id());
                    lines << QStringLiteral("### ")
                            + (name.isEmpty() ? zoneName
                                              : MarkdownRenderer::escapeInline(name) + QStringLiteral(" (") + zoneName
                                                    + QLatin1Char(')'))
                          << QString();
                    lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                                 .arg(tr("Instance"), tr("Start"), tr("End"), tr("Duration"), tr("Impact"))
                          << QStringLiteral("|---|---|---|---|---|");
                    first = false;
                }
                QString duration = locale.duration(w.durationSeconds(now));
                if (w.isOngoing())
                    duration = tr("%1 so far (ongoing)").arg(duration);
                lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                             .arg(MarkdownRenderer::escapeInline(w.instance), unbroken(locale.dateTime(w.start, zone)),
                                  w.isOngoing() ? tr("ongoing") : unbroken(locale.dateTime(w.end, zone)), duration,
                                  DisplayNames::impact(w.impact, locale.language()));
            }
            lines << QString();
        }
    }

    lines << QStringLiteral("## ") + tr("Status updates") << QString();
    if (incident.updates.isEmpty()) {
        lines << QLatin1Char('_') + tr("No status updates recorded.") + QLatin1Char('_');
    } else {
        // Updates belong to no data center: in the zone of the first window, as the
        // publication history, else in UTC.
        QTimeZone zone = QTimeZone::utc();
        if (!incident.windows.isEmpty())
            zone = context.zoneOf(incident.windows.constFirst().instance);
        QList<StatusUpdate> updates = incident.updates;
        std::stable_sort(updates.begin(), updates.end(),
                         [](const StatusUpdate &a, const StatusUpdate &b) { return a.at < b.at; });
        lines << QStringLiteral("| %1 | %2 | %3 |").arg(tr("Time"), tr("Status"), tr("Update"))
              << QStringLiteral("|---|---|---|");
        for (const StatusUpdate &u : std::as_const(updates)) {
            // A table cell holds one line: the message's line breaks become spaces.
            QString message = u.message.simplified();
            lines << QStringLiteral("| %1 | %2 | %3 |")
                         .arg(unbroken(locale.dateTime(u.at, zone)), DisplayNames::status(u.status, locale.language()),
                              MarkdownRenderer::escapeInline(message));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString GeneratedSections::expand(const QString &markdown, const Incident &incident, const RenderContext &context)
{
    if (!markdown.contains(QLatin1String("<!-- outagedesk:")))
        return markdown;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    bool inFence = false;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (isFence(trimmed))
            inFence = !inFence;
        // Blank lines around a section keep a table from being read as the tail of
        // the paragraph above it.
        if (!inFence && trimmed == timelineMarker())
            out << QString() << timeline(incident, context) << QString();
        else if (!inFence && trimmed == publicationsMarker())
            out << QString() << publications(incident, context) << QString();
        else if (!inFence && trimmed == actionItemsMarker())
            out << QString() << actionItems(incident) << QString();
        else
            out << line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace OutageDesk
