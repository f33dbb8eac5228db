#pragma once

#include "gui/commands/WorkspaceCommand.h"
#include "model/DataCenter.h"
#include "model/Instance.h"

#include <QList>

namespace OutageDesk {

// An edit of the data centers and instances, as whole-catalog snapshots that
// CatalogRepository::replace() restores in one transaction.
class EditCatalogCommand : public WorkspaceCommand
{
public:
    struct Catalog
    {
        QList<DataCenter> dataCenters;
        QList<Instance> instances;
    };

    EditCatalogCommand(Workspace *workspace, Catalog before, Catalog after, const QString &text);

protected:
    bool apply(bool forward, QString *error) override;

private:
    Catalog m_before;
    Catalog m_after;
};

} // namespace OutageDesk
