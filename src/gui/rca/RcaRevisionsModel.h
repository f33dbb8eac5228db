#pragma once

#include "storage/LintAcceptanceRepository.h"
#include "storage/RcaRevision.h"

#include <QHash>

#include <QAbstractTableModel>
#include <QTimeZone>

namespace OutageDesk {

class Workspace;

// The RCA's revisions, newest first, read from RcaRevisionRepository.
class RcaRevisionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, WhatColumn, SizeColumn, ColumnCount };
    enum Role { RevisionIdRole = Qt::UserRole + 1 };

    explicit RcaRevisionsModel(QObject *parent = nullptr);

    void setSource(Workspace *workspace, qint64 incidentId);
    void reload();
    const QList<RcaRevision> &revisions() const { return m_revisions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace *m_workspace = nullptr;
    qint64 m_incidentId = 0;
    QList<RcaRevision> m_revisions;
    QHash<qint64, QList<LintAcceptance>> m_acceptances; // by the revision of the approval that accepted them
};

} // namespace OutageDesk
