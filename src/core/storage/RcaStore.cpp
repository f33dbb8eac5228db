#include "storage/RcaStore.h"

#include "model/RcaReview.h"
#include "storage/IncidentRepository.h"
#include "storage/LintAcceptanceRepository.h"
#include "storage/RcaRevisionRepository.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QCoreApplication>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RcaStore", text);
}

} // namespace

RcaStore::RcaStore(Workspace *workspace)
    : m_workspace(workspace)
{
}

std::optional<Incident> RcaStore::saveText(const QUuid &uuid, const QString &text, QString *error,
                                           RcaRevision::Reason reason)
{
    std::optional<Incident> result;
    const bool ok = m_workspace->transaction(
        [&](QString *err) {
            IncidentRepository incidents(m_workspace);
            auto incident = incidents.load(uuid);
            if (!incident) {
                *err = tr("the incident no longer exists");
                return false;
            }
            RcaDocument document = incident->rca.value_or(RcaDocument());
            const bool hadRca = incident->rca.has_value();
            const bool stateChanged = RcaReview::applyEdit(document, text);
            if (hadRca && incident->rca->text == text) {
                result = incident;
                return true; // nothing to write
            }
            RcaRevisionRepository revisions(m_workspace);
            if (hadRca && !revisions.recordBaselineIfEmpty(incident->id, *incident->rca, QDateTime::currentDateTimeUtc(), err))
                return false;
            incident->rca = document;
            if (!incidents.save(*incident, err))
                return false;
            if (!revisions.record(incident->id, document, stateChanged ? RcaRevision::Reason::StateChange : reason,
                                  QDateTime::currentDateTimeUtc(), err))
                return false;
            result = incident;
            return true;
        },
        error);
    return ok ? result : std::nullopt;
}

std::optional<Incident> RcaStore::changeState(const QUuid &uuid, Transition transition, const QString &by, QString *error)
{
    std::optional<Incident> result;
    const bool ok = m_workspace->transaction(
        [&](QString *err) {
            IncidentRepository incidents(m_workspace);
            auto incident = incidents.load(uuid);
            if (!incident) {
                *err = tr("the incident no longer exists");
                return false;
            }
            if (!incident->rca) {
                *err = tr("the incident has no RCA");
                return false;
            }
            RcaDocument document = *incident->rca;
            bool changed = false;
            switch (transition) {
            case Transition::Submit:
                changed = RcaReview::submit(document, err);
                break;
            case Transition::Approve:
                changed = RcaReview::approve(document, by, Clock::now(), err);
                break;
            case Transition::ReturnToDraft:
                changed = RcaReview::returnToDraft(document, err);
                break;
            }
            if (!changed)
                return false;
            if (!RcaRevisionRepository(m_workspace).recordBaselineIfEmpty(incident->id, *incident->rca,
                                                                          QDateTime::currentDateTimeUtc(), err))
                return false;
            incident->rca = document;
            if (!incidents.save(*incident, err))
                return false;
            if (!RcaRevisionRepository(m_workspace).record(incident->id, document, RcaRevision::Reason::StateChange,
                                                           QDateTime::currentDateTimeUtc(), err))
                return false;
            result = incident;
            return true;
        },
        error);
    return ok ? result : std::nullopt;
}

std::optional<Incident> RcaStore::approve(const QUuid &uuid, const QString &by, const QList<LintFinding> &accepting,
                                          QString *error)
{
    std::optional<Incident> result;
    const bool ok = m_workspace->transaction(
        [&](QString *err) {
            result = changeState(uuid, Transition::Approve, by, err);
            if (!result)
                return false;
            const auto revision = RcaRevisionRepository(m_workspace).latest(result->id);
            LintAcceptanceRepository acceptances(m_workspace);
            const QDateTime at = Clock::now().toUTC();
            for (const LintFinding &finding : accepting) {
                if (!acceptances.accept(result->id, finding, by, at, revision ? revision->id : 0, err))
                    return false;
            }
            return true;
        },
        error);
    return ok ? result : std::nullopt;
}

bool RcaStore::recordPublication(const QUuid &uuid, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            const auto incident = IncidentRepository(m_workspace).load(uuid);
            if (!incident) {
                *err = tr("the incident no longer exists");
                return false;
            }
            if (!incident->rca)
                return true; // published without an RCA: nothing to keep
            return RcaRevisionRepository(m_workspace).record(incident->id, *incident->rca,
                                                             RcaRevision::Reason::Publication,
                                                             QDateTime::currentDateTimeUtc(), err);
        },
        error);
}

} // namespace OutageDesk
