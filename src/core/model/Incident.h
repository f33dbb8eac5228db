#pragma once

#include "model/ActionItem.h"
#include "model/Enums.h"
#include "model/OutageWindow.h"
#include "model/Publication.h"
#include "model/RcaDocument.h"
#include "model/StatusUpdate.h"

#include <QList>
#include <QUuid>
#include <optional>

namespace OutageDesk {

struct Incident
{
    qint64 id = 0; // storage row id; 0 until stored
    QUuid uuid;    // stable identity across workspaces and portals
    QString title;
    Severity severity = Severity::None;
    IncidentStatus status = IncidentStatus::Investigating;
    QString cause;
    QString detectedBy;
    std::optional<bool> dataImpact;     // unknown until someone states it
    std::optional<bool> securityBreach; // likewise
    QString internalNotes;              // never leaves the machine except in JSON export
    QList<OutageWindow> windows;
    QList<StatusUpdate> updates;
    QList<ActionItem> actionItems;
    QList<Publication> publications;
    std::optional<RcaDocument> rca;

    QString uuidString() const { return uuid.toString(QUuid::WithoutBraces); }
    // Earliest start of its windows; invalid without windows.
    QDateTime firstStart() const;
    // Latest end; invalid when there is no window or one is still ongoing.
    QDateTime lastEnd() const;
    bool hasOngoingWindow() const;

    bool sameContentAs(const Incident &other) const;
};

} // namespace OutageDesk
