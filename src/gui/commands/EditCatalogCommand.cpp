#include "gui/commands/EditCatalogCommand.h"

#include "storage/CatalogRepository.h"

namespace OutageDesk {

EditCatalogCommand::EditCatalogCommand(Workspace *workspace, Catalog before, Catalog after, const QString &text)
    : WorkspaceCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool EditCatalogCommand::apply(bool forward, QString *error)
{
    CatalogRepository repository(workspace());
    const Catalog &target = forward ? m_after : m_before;
    if (!repository.replace(target.dataCenters, target.instances, error))
        return false;
    if (forward) {
        // New rows got their ids on the first redo; keep them so that redo after
        // undo re-creates the same rows and undo can find them.
        m_after = Catalog{repository.dataCenters(), repository.instances()};
    }
    return true;
}

} // namespace OutageDesk
