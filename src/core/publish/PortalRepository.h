#pragma once

#include "publish/Portal.h"

#include <QList>
#include <optional>

namespace OutageDesk {

class Workspace;

// Publishing targets stored in the workspace (never their secrets).
class PortalRepository
{
public:
    explicit PortalRepository(Workspace *workspace);

    QList<Portal> portals() const;
    std::optional<Portal> portal(const QString &name) const;
    std::optional<Portal> portal(qint64 id) const;
    // Insert (id 0) or update by id; the name must be unique.
    bool save(Portal &portal, QString *error);
    bool remove(qint64 id, QString *error);

    static bool isValidName(const QString &name);

private:
    Workspace *m_workspace;
};

} // namespace OutageDesk
