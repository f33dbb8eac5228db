#pragma once

#include "publish/OutboxJob.h"

#include <QAbstractTableModel>
#include <QHash>

namespace OutageDesk {

class Workspace;

// Waiting and failed publications with their reason, for the Outbox dialog.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IncidentColumn, PortalColumn, StateColumn, AttemptsColumn, NextAttemptColumn, ReasonColumn, ColumnCount };

    explicit OutboxTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void reload();
    OutboxJob job(int row) const { return m_jobs.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(OutboxState state);

private:
    Workspace *m_workspace = nullptr;
    QList<OutboxJob> m_jobs;
    QHash<QUuid, QString> m_titles;
};

} // namespace OutageDesk
