#pragma once

#include "model/Enums.h"

#include <QString>
#include <array>

namespace OutageDesk {

class PublicLocale;

// Every text of the static portal that is not the user's own, in the portal's
// language, translated once per build and handed to each page explicitly (as
// IncidentChartSvg::Labels are): no page asks the window's translation.
struct PortalLabels
{
    static PortalLabels in(const PublicLocale &locale);

    // page frame
    QString serviceStatus; // the default heading
    QString skipToContent, incidentFeed, atomFeed, incidentHistory;
    // index
    QString updatedAt; // "Updated %1"
    QString activeIncidents, noActiveIncidents, scheduledMaintenance, currentStatus;
    QString service, status, availabilityDays, availabilityLegend, dailyAvailabilityOf, dayFigure;
    QString recentIncidents, noIncidentsReported, allIncidents;
    // component states
    QString operational, outage, degradedPerformance, underMaintenance;
    // maintenance states and the maintenance history
    QString scheduled, inProgress, completed, timeRange, maintenanceHistory;
    // incident page
    QString impactOf, affectedServices, start, end, duration, impact, ongoing, chartCaption;
    QString updates, noUpdatesYet, rootCauseAnalysis, rcaFeedTitle;
    // summary.json's status description, by indicator
    QString allOperational, minorOutage, majorOutage, criticalOutage, maintenanceUnderway;

    std::array<QString, 4> statusNames;   // by IncidentStatus
    std::array<QString, 4> severityNames; // by Severity

    const QString &statusName(IncidentStatus value) const { return statusNames.at(size_t(value)); }
    const QString &severityName(Severity value) const { return severityNames.at(size_t(value)); }
};

} // namespace OutageDesk
