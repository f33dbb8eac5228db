#pragma once

#include "publish/Portal.h"

#include <QAbstractListModel>

namespace OutageDesk {

class Workspace;

// The publishing targets of a workspace, by name, for the Portals dialog and the
// Publish dialog's choice. Reloaded after each save or removal.
class PortalListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit PortalListModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void reload();
    Portal portal(int row) const { return m_portals.value(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Workspace *m_workspace = nullptr;
    QList<Portal> m_portals;
};

} // namespace OutageDesk
