#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QString>

namespace OutageDesk {

// One kept version of an RCA text (table rca_revisions).
struct RcaRevision
{
    // Baseline: the text as it was before its first change here (imported, or
    // written before history was kept), so the first edit can be compared and undone.
    enum class Reason { Edit, StateChange, Publication, Restore, Baseline };

    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime at; // UTC; for a run of typing, when that minute of typing began
    QString text; // empty in listings (RcaRevisionRepository::list), loaded on demand
    RcaState state = RcaState::Draft;
    Reason reason = Reason::Edit;
    int length = 0; // characters of the text, known even in listings

    static QString wireName(Reason reason);
    static Reason reasonFromWireName(const QString &name);
};

} // namespace OutageDesk
