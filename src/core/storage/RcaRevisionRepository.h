#pragma once

#include "model/RcaDocument.h"
#include "storage/RcaRevision.h"
#include "storage/RcaRevisionPolicy.h"

#include <QList>
#include <optional>

namespace OutageDesk {

class Workspace;

// The RCA's revision history. Writes join the caller's transaction (the RCA text
// and its revision are saved together), or open their own.
class RcaRevisionRepository
{
public:
    explicit RcaRevisionRepository(Workspace *workspace);

    // Newest first, without the texts (they can be large): see revision().
    QList<RcaRevision> list(qint64 incidentId) const;
    std::optional<RcaRevision> revision(qint64 revisionId) const;
    std::optional<RcaRevision> latest(qint64 incidentId) const;
    int count(qint64 incidentId) const;
    // The whole history with its texts, oldest first, and its verbatim re-insertion:
    // undoing an incident's deletion brings its history back too.
    QList<RcaRevision> history(qint64 incidentId) const;
    bool restoreHistory(qint64 incidentId, const QList<RcaRevision> &revisions, QString *error);

    // Records `document` according to RcaRevisionPolicy; `decision` (optional) says
    // what was done.
    bool record(qint64 incidentId, const RcaDocument &document, RcaRevision::Reason reason, const QDateTime &now,
                QString *error, RcaRevisionPolicy::Decision *decision = nullptr);

    // Before the first change of a text that has no history yet (imported, or older
    // than the history), keeps that text as the baseline revision.
    bool recordBaselineIfEmpty(qint64 incidentId, const RcaDocument &previous, const QDateTime &now, QString *error);

private:
    Workspace *m_workspace;
};

} // namespace OutageDesk
