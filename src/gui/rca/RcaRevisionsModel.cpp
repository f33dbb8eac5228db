#include "gui/rca/RcaRevisionsModel.h"

#include "model/RcaReview.h"
#include "storage/LintAcceptanceRepository.h"
#include "storage/RcaRevisionRepository.h"
#include "storage/Workspace.h"
#include "time/TimeFormat.h"

namespace OutageDesk {

RcaRevisionsModel::RcaRevisionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RcaRevisionsModel::setSource(Workspace *workspace, qint64 incidentId)
{
    m_workspace = workspace;
    m_incidentId = incidentId;
    reload();
}

void RcaRevisionsModel::reload()
{
    QList<RcaRevision> revisions;
    QHash<qint64, QList<LintAcceptance>> accepted;
    if (m_workspace && m_workspace->isOpen() && m_incidentId != 0) {
        revisions = RcaRevisionRepository(m_workspace).list(m_incidentId);
        for (const LintAcceptance &a : LintAcceptanceRepository(m_workspace).list(m_incidentId)) {
            if (a.revisionId != 0)
                accepted[a.revisionId] << a;
        }
    }
    beginResetModel();
    m_revisions = revisions;
    m_acceptances = accepted;
    endResetModel();
}

int RcaRevisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RcaRevisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RcaRevisionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RcaRevision &r = m_revisions.at(index.row());
    if (role == RevisionIdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        // The editor's own zone: history is about when people worked, not the outage.
        return TimeFormat::dateTime(r.at, QTimeZone::systemTimeZone());
    case WhatColumn:
        switch (r.reason) {
        case RcaRevision::Reason::Edit:
            return tr("Edited (%1)").arg(RcaReview::displayName(r.state));
        case RcaRevision::Reason::StateChange: {
            // An approval that went ahead over lint errors says so, and who looked.
            const QString now = tr("Now %1").arg(RcaReview::displayName(r.state));
            const QList<LintAcceptance> accepted = m_acceptances.value(r.id);
            if (accepted.isEmpty())
                return now;
            QStringList codes;
            for (const LintAcceptance &a : accepted) {
                if (!codes.contains(a.code))
                    codes << a.code;
            }
            if (role == Qt::ToolTipRole) {
                QStringList lines{now};
                for (const LintAcceptance &a : accepted)
                    lines << tr("Accepted by %1: %2: %3").arg(a.acceptedBy, a.code, a.message);
                return lines.join(QLatin1Char('\n'));
            }
            return tr("%1; accepted %2 (%3)").arg(now, codes.join(QStringLiteral(", ")), accepted.first().acceptedBy);
        }
        case RcaRevision::Reason::Publication:
            return tr("Published");
        case RcaRevision::Reason::Restore:
            return tr("Restored an earlier revision");
        case RcaRevision::Reason::Baseline:
            return tr("Before the first edit (%1)").arg(RcaReview::displayName(r.state));
        }
        return {};
    case SizeColumn:
        return tr("%n character(s)", nullptr, r.length);
    default:
        return {};
    }
}

QVariant RcaRevisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace OutageDesk
