#pragma once

#include "analysis/LintFinding.h"
#include "model/Incident.h"
#include "storage/RcaRevision.h"

#include <QUuid>
#include <optional>

namespace OutageDesk {

class Workspace;

// Writes the RCA of one incident: the text (autosave, restore) and the review
// transitions, each in one transaction together with its revision, so a crash can
// never leave a saved text without its history entry or the other way round.
class RcaStore
{
public:
    enum class Transition { Submit, Approve, ReturnToDraft };

    explicit RcaStore(Workspace *workspace);

    // Saves `text` as the incident's RCA. An approved text that changes falls back
    // to draft. Returns the stored incident (nullopt and `error` on failure).
    std::optional<Incident> saveText(const QUuid &incident, const QString &text, QString *error,
                                     RcaRevision::Reason reason = RcaRevision::Reason::Edit);
    std::optional<Incident> changeState(const QUuid &incident, Transition transition, const QString &by, QString *error);
    // Approves the RCA as `by`, recording each of `accepting` (lint errors someone
    // looked at) as accepted by the same person, tied to the approval's revision so
    // it shows in the RCA history; all in one transaction.
    std::optional<Incident> approve(const QUuid &incident, const QString &by, const QList<LintFinding> &accepting,
                                    QString *error);
    // Records a publication milestone of the current text (the publishing code calls
    // it in the transaction that adds the Publication History entry); no RCA: no-op.
    bool recordPublication(const QUuid &incident, QString *error);

private:
    Workspace *m_workspace;
};

} // namespace OutageDesk
