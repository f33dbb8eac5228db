#include "storage/LintAcceptanceRepository.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LintAcceptanceRepository", text);
}

const char kColumns[] = "id, incident_id, revision_id, code, subject, message, accepted_by, at_ms";

LintAcceptance readAcceptance(const QSqlQuery &q)
{
    LintAcceptance a;
    a.id = q.value(0).toLongLong();
    a.incidentId = q.value(1).toLongLong();
    a.revisionId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    a.code = q.value(3).toString();
    a.subject = q.value(4).toString();
    a.message = q.value(5).toString();
    a.acceptedBy = q.value(6).toString();
    a.at = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    return a;
}

} // namespace

LintAcceptanceRepository::LintAcceptanceRepository(Workspace *workspace)
    : m_workspace(workspace)
{
}

QList<LintAcceptance> LintAcceptanceRepository::list(qint64 incidentId) const
{
    QList<LintAcceptance> result;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM lint_acceptances WHERE incident_id = ? ORDER BY at_ms, id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(incidentId);
    if (!q.exec())
        return result;
    while (q.next())
        result << readAcceptance(q);
    return result;
}

QList<LintAcceptance> LintAcceptanceRepository::forRevision(qint64 revisionId) const
{
    QList<LintAcceptance> result;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM lint_acceptances WHERE revision_id = ? ORDER BY id").arg(QLatin1String(kColumns)));
    q.addBindValue(revisionId);
    if (!q.exec())
        return result;
    while (q.next())
        result << readAcceptance(q);
    return result;
}

bool LintAcceptanceRepository::accept(qint64 incidentId, const LintFinding &finding, const QString &by,
                                      const QDateTime &at, qint64 revisionId, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral("INSERT INTO lint_acceptances(incident_id, revision_id, code, subject, message, "
                                     "accepted_by, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(incidentId);
            q.addBindValue(revisionId > 0 ? QVariant(revisionId) : QVariant(QMetaType(QMetaType::LongLong)));
            // A null QString binds as SQL NULL: a finding about the text has no subject,
            // which is stored as '' (the columns are NOT NULL).
            auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
            q.addBindValue(text(finding.code));
            q.addBindValue(text(finding.subject));
            q.addBindValue(text(finding.message));
            q.addBindValue(text(by.trimmed()));
            q.addBindValue(at.toMSecsSinceEpoch());
            if (!q.exec()) {
                *err = tr("cannot record the acceptance of %1: %2").arg(finding.code, q.lastError().text());
                return false;
            }
            return true;
        },
        error);
}

void LintAcceptanceRepository::markAccepted(QList<LintFinding> &findings, const QList<LintAcceptance> &acceptances)
{
    for (LintFinding &f : findings) {
        for (const LintAcceptance &a : acceptances) {
            if (a.code == f.code && a.subject == f.subject)
                f.acceptedBy = a.acceptedBy;
        }
    }
}

} // namespace OutageDesk
