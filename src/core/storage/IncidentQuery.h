#pragma once

#include "model/Enums.h"

#include <QList>
#include <QString>

namespace OutageDesk {

// What the incident list shows: filters and order, applied in SQL.
struct IncidentQuery
{
    enum class SortKey { Start, Title, Status, Severity };

    QString text; // full-text search; empty = all
    QList<IncidentStatus> statuses; // empty = any
    QList<Severity> severities;     // empty = any
    QStringList dataCenters;        // codes; empty = any
    SortKey sortKey = SortKey::Start;
    bool descending = true;
};

// One row of the incident list, without the heavy parts of an incident.
struct IncidentSummary
{
    qint64 id = 0;
    QString uuid;
    QString title;
    Severity severity = Severity::None;
    IncidentStatus status = IncidentStatus::Investigating;
    qint64 firstStartMs = 0; // valid when hasStart
    qint64 lastEndMs = 0;    // valid when hasEnd
    bool hasStart = false;   // false: no window yet
    bool hasEnd = false;     // false: no window, or one is still ongoing
    bool ongoing = false;
};

} // namespace OutageDesk
