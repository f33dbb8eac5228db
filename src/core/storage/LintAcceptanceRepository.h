#pragma once

#include "analysis/LintFinding.h"

#include <QDateTime>
#include <QList>

namespace OutageDesk {

class Workspace;

// One lint finding someone looked at and accepted (table lint_acceptances).
struct LintAcceptance
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 revisionId = 0; // the approval's RCA revision; 0 if none
    QString code;
    QString subject;
    QString message; // the finding as it read when accepted
    QString acceptedBy;
    QDateTime at; // UTC
};

// The acceptances of an incident's lint findings. Writes join the caller's
// transaction (an approval records its acceptances and its revision together).
class LintAcceptanceRepository
{
public:
    explicit LintAcceptanceRepository(Workspace *workspace);

    QList<LintAcceptance> list(qint64 incidentId) const; // oldest first
    QList<LintAcceptance> forRevision(qint64 revisionId) const;
    bool accept(qint64 incidentId, const LintFinding &finding, const QString &by, const QDateTime &at,
                qint64 revisionId, QString *error);

    // Marks the findings an acceptance of the same code and subject covers.
    static void markAccepted(QList<LintFinding> &findings, const QList<LintAcceptance> &acceptances);

private:
    Workspace *m_workspace;
};

} // namespace OutageDesk
