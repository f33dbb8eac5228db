#include "publish/PortalLabels.h"

#include "i18n/DisplayNames.h"
#include "i18n/PublicLocale.h"

#include <QCoreApplication>

namespace OutageDesk {

PortalLabels PortalLabels::in(const PublicLocale &locale)
{
    // The messages keep the context the builder had, so their translations stay.
    auto t = [&locale](const char *text) { return locale.translate({"OutageDesk::PortalSiteBuilder"}, text); };
    PortalLabels l;
    l.serviceStatus = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Service status"));
    l.skipToContent = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Skip to content"));
    l.incidentFeed = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Incident feed"));
    l.atomFeed = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Atom feed"));
    l.incidentHistory = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Incident history"));
    l.updatedAt = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Updated %1"));
    l.activeIncidents = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Active incidents"));
    l.noActiveIncidents = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "No active incidents."));
    l.scheduledMaintenance = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Scheduled maintenance"));
    l.currentStatus = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Current status"));
    l.service = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Service"));
    l.status = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Status"));
    l.availabilityDays = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Availability, last %1 days"));
    l.availabilityLegend = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "One bar per day, oldest first: green no interruption, amber degraded or under 1 % "
                             "down, red 1 % down or more, blue maintenance. Each bar names its day and figure."));
    l.dailyAvailabilityOf = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Daily availability of %1, oldest first"));
    l.dayFigure = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "%1: %2"));
    l.recentIncidents = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Recent incidents"));
    l.noIncidentsReported = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "No incidents reported."));
    l.allIncidents = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "All incidents"));
    l.operational = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Operational"));
    l.outage = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Outage"));
    l.degradedPerformance = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Degraded performance"));
    l.underMaintenance = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Under maintenance"));
    l.scheduled = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Scheduled"));
    l.inProgress = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "In progress"));
    l.completed = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Completed"));
    l.timeRange = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "%1 to %2"));
    l.maintenanceHistory = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Maintenance"));
    l.impactOf = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Impact: %1"));
    l.affectedServices = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Affected services"));
    l.start = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Start"));
    l.end = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "End"));
    l.duration = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Duration"));
    l.impact = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Impact"));
    l.ongoing = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "ongoing"));
    l.chartCaption = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Outage windows on a time line"));
    l.updates = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Updates"));
    l.noUpdatesYet = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "No updates yet."));
    l.rootCauseAnalysis = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Root cause analysis"));
    l.rcaFeedTitle = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "[Root cause analysis] %1"));
    l.allOperational = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "All systems operational"));
    l.minorOutage = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Minor service outage"));
    l.majorOutage = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Major service outage"));
    l.criticalOutage = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Critical service outage"));
    l.maintenanceUnderway = t(QT_TRANSLATE_NOOP("OutageDesk::PortalSiteBuilder",
        "Service under maintenance"));
    for (IncidentStatus s : {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
                             IncidentStatus::Resolved})
        l.statusNames.at(size_t(s)) = DisplayNames::status(s, locale.language());
    for (Severity s : {Severity::None, Severity::Minor, Severity::Major, Severity::Critical})
        l.severityNames.at(size_t(s)) = DisplayNames::severity(s, locale.language());
    return l;
}

} // namespace OutageDesk
