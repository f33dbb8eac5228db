#include "gui/publish/OutboxTableModel.h"

#include "publish/OutboxRepository.h"
#include "storage/IncidentRepository.h"
#include "time/TimeFormat.h"

#include <QTimeZone>

namespace OutageDesk {

OutboxTableModel::OutboxTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OutboxTableModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void OutboxTableModel::reload()
{
    beginResetModel();
    m_jobs.clear();
    m_titles.clear();
    if (m_workspace) {
        m_jobs = OutboxRepository(m_workspace).jobs();
        const IncidentRepository incidents(m_workspace);
        for (const auto &job : std::as_const(m_jobs)) {
            if (!m_titles.contains(job.incidentUuid)) {
                const auto incident = incidents.load(job.incidentUuid);
                m_titles.insert(job.incidentUuid, incident ? incident->title : job.incidentUuid.toString(QUuid::WithoutBraces));
            }
        }
    }
    endResetModel();
}

QString OutboxTableModel::stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("Waiting");
    case OutboxState::Sending:
        return tr("Interrupted");
    case OutboxState::Failed:
        return tr("Needs attention");
    case OutboxState::Done:
        return tr("Published");
    }
    return {};
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxJob &job = m_jobs.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IncidentColumn:
            return m_titles.value(job.incidentUuid);
        case PortalColumn:
            return job.portalName;
        case StateColumn:
            return stateName(job.state);
        case AttemptsColumn:
            return job.attempts;
        case NextAttemptColumn:
            return job.state == OutboxState::Failed ? tr("after a retry")
                                                    : TimeFormat::dateTime(job.nextAttemptAt, QTimeZone::systemTimeZone());
        case ReasonColumn:
            return job.lastError;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return job.lastError;
    if (role == Qt::UserRole)
        return job.id;
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IncidentColumn:
        return tr("Incident");
    case PortalColumn:
        return tr("Portal");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace OutageDesk
