#pragma once

#include "analysis/LintFinding.h"
#include "model/RcaDocument.h"

#include <QList>

#include <QDateTime>
#include <QString>

namespace OutageDesk {

// The review workflow of an RCA: Draft → In review → Approved, and back to Draft
// by any edit of an approved (or in-review) text. Only an approved RCA is published.
// Pure functions on the document, so the GUI, the CLI and publishing share them.
class RcaReview
{
public:
    // Draft → InReview.
    static bool submit(RcaDocument &document, QString *error);
    // Draft or InReview → Approved, recording who and when. The CLI's `approve` is
    // the review step itself, so it may approve a draft directly.
    static bool approve(RcaDocument &document, const QString &approver, const QDateTime &at, QString *error);
    // InReview or Approved → Draft (a reviewer sends it back).
    static bool returnToDraft(RcaDocument &document, QString *error);
    // Replaces the text; a changed text that was approved or in review falls back to
    // Draft and forgets the approval (the revision history keeps it). Returns true
    // when the state changed.
    static bool applyEdit(RcaDocument &document, const QString &newText);

    static QString displayName(RcaState state);

    // The findings that hold up approval: lint errors nobody has accepted. An RCA
    // with any is not approved (the GUI's approve dialog lists them, `approve` exits
    // 2 naming them) until each is fixed or accepted.
    static QList<LintFinding> openErrors(const QList<LintFinding> &findings);
};

} // namespace OutageDesk
