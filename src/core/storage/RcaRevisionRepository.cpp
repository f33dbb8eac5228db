#include "storage/RcaRevisionRepository.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RcaRevisionRepository", text);
}

RcaRevision readRevision(const QSqlQuery &q, bool withText)
{
    RcaRevision r;
    r.id = q.value(0).toLongLong();
    r.incidentId = q.value(1).toLongLong();
    r.at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    r.state = rcaStateFromWireName(q.value(3).toString()).value_or(RcaState::Draft);
    r.reason = RcaRevision::reasonFromWireName(q.value(4).toString());
    r.length = q.value(5).toInt();
    if (withText)
        r.text = q.value(6).toString();
    return r;
}

const char kColumns[] = "id, incident_id, at_ms, state, reason, length(text)";

} // namespace

QString RcaRevision::wireName(Reason reason)
{
    switch (reason) {
    case Reason::Edit:
        return QStringLiteral("edit");
    case Reason::StateChange:
        return QStringLiteral("state");
    case Reason::Publication:
        return QStringLiteral("publication");
    case Reason::Restore:
        return QStringLiteral("restore");
    case Reason::Baseline:
        return QStringLiteral("baseline");
    }
    return QStringLiteral("edit");
}

RcaRevision::Reason RcaRevision::reasonFromWireName(const QString &name)
{
    for (const Reason r : {Reason::Edit, Reason::StateChange, Reason::Publication, Reason::Restore, Reason::Baseline}) {
        if (wireName(r) == name)
            return r;
    }
    return Reason::Edit;
}

RcaRevisionRepository::RcaRevisionRepository(Workspace *workspace)
    : m_workspace(workspace)
{
}

QList<RcaRevision> RcaRevisionRepository::list(qint64 incidentId) const
{
    QList<RcaRevision> result;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM rca_revisions WHERE incident_id = ? ORDER BY at_ms DESC, id DESC")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(incidentId);
    if (!q.exec())
        return result;
    while (q.next())
        result << readRevision(q, false);
    return result;
}

QList<RcaRevision> RcaRevisionRepository::history(qint64 incidentId) const
{
    QList<RcaRevision> result;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, text FROM rca_revisions WHERE incident_id = ? ORDER BY at_ms, id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(incidentId);
    if (!q.exec())
        return result;
    while (q.next())
        result << readRevision(q, true);
    return result;
}

bool RcaRevisionRepository::restoreHistory(qint64 incidentId, const QList<RcaRevision> &revisions, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery &q = m_workspace->statement(
                QStringLiteral("INSERT INTO rca_revisions(incident_id, at_ms, text, state, reason) VALUES (?, ?, ?, ?, ?)"));
            for (const auto &revision : revisions) {
                q.addBindValue(incidentId);
                q.addBindValue(revision.at.toMSecsSinceEpoch());
                q.addBindValue(revision.text);
                q.addBindValue(toWireName(revision.state));
                q.addBindValue(RcaRevision::wireName(revision.reason));
                if (!q.exec()) {
                    *err = tr("cannot record the RCA revision: %1").arg(q.lastError().text());
                    return false;
                }
            }
            return true;
        },
        error);
}

std::optional<RcaRevision> RcaRevisionRepository::revision(qint64 revisionId) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT %1, text FROM rca_revisions WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(revisionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRevision(q, true);
}

std::optional<RcaRevision> RcaRevisionRepository::latest(qint64 incidentId) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT %1, text FROM rca_revisions WHERE incident_id = ? ORDER BY at_ms DESC, id DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(incidentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRevision(q, true);
}

int RcaRevisionRepository::count(qint64 incidentId) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM rca_revisions WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool RcaRevisionRepository::recordBaselineIfEmpty(qint64 incidentId, const RcaDocument &previous, const QDateTime &now,
                                                  QString *error)
{
    if (previous.text.isEmpty() || count(incidentId) > 0)
        return true;
    return record(incidentId, previous, RcaRevision::Reason::Baseline, now, error);
}

bool RcaRevisionRepository::record(qint64 incidentId, const RcaDocument &document, RcaRevision::Reason reason,
                                   const QDateTime &now, QString *error, RcaRevisionPolicy::Decision *decision)
{
    return m_workspace->transaction(
        [&](QString *err) {
            const auto previous = latest(incidentId);
            const auto what = RcaRevisionPolicy::decide(previous, document.text, document.state, reason, now);
            if (decision)
                *decision = what;
            QSqlQuery q(m_workspace->database());
            switch (what) {
            case RcaRevisionPolicy::Decision::Skip:
                return true;
            case RcaRevisionPolicy::Decision::UpdateLatest:
                q.prepare(QStringLiteral("UPDATE rca_revisions SET text = ?, state = ? WHERE id = ?"));
                q.addBindValue(document.text);
                q.addBindValue(toWireName(document.state));
                q.addBindValue(previous->id);
                break;
            case RcaRevisionPolicy::Decision::Insert:
                q.prepare(QStringLiteral("INSERT INTO rca_revisions(incident_id, at_ms, text, state, reason) VALUES (?, ?, ?, ?, ?)"));
                q.addBindValue(incidentId);
                q.addBindValue(now.toMSecsSinceEpoch());
                q.addBindValue(document.text);
                q.addBindValue(toWireName(document.state));
                q.addBindValue(RcaRevision::wireName(reason));
                break;
            }
            if (!q.exec()) {
                *err = tr("cannot record the RCA revision: %1").arg(q.lastError().text());
                return false;
            }
            return true;
        },
        error);
}

} // namespace OutageDesk
