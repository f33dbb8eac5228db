#pragma once

#include "model/DataCenter.h"
#include "model/Instance.h"

#include <QList>
#include <optional>

namespace OutageDesk {

class Workspace;

// Data centers and the service instances they host.
class CatalogRepository
{
public:
    explicit CatalogRepository(Workspace *workspace);

    QList<DataCenter> dataCenters() const;
    QList<Instance> instances() const;
    std::optional<DataCenter> dataCenter(const QString &code) const;
    std::optional<Instance> instance(const QString &name) const;
    // The data center hosting an instance (by instance name).
    std::optional<DataCenter> dataCenterOfInstance(const QString &instanceName) const;

    // Insert or update by id (0 = new). Each runs in a transaction of its own unless
    // one is already open.
    bool saveDataCenter(DataCenter &dc, QString *error);
    bool saveInstance(Instance &instance, QString *error);
    bool removeDataCenter(qint64 id, QString *error);
    bool removeInstance(qint64 id, QString *error);
    // Replaces the whole catalog with `dcs`/`instances` (matched by id), as one edit.
    bool replace(const QList<DataCenter> &dcs, const QList<Instance> &instances, QString *error);

private:
    bool removeUnreferenced(const QString &table, qint64 id, const QString &countReferences, const QString &refusal,
                            QString *error);

    Workspace *m_workspace;
};

} // namespace OutageDesk
