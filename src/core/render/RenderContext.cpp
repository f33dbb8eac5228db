#include "render/RenderContext.h"

#include "storage/CatalogRepository.h"
#include "time/Clock.h"

namespace OutageDesk {

RenderContext RenderContext::fromCatalog(const CatalogRepository &catalog)
{
    RenderContext context;
    QHash<QString, DataCenter> byCode;
    const QList<DataCenter> dataCenters = catalog.dataCenters();
    for (const DataCenter &dc : dataCenters)
        byCode.insert(dc.code, dc);
    const QList<Instance> instances = catalog.instances();
    for (const Instance &instance : instances)
        context.dataCenterOfInstance.insert(instance.name, byCode.value(instance.dataCenter));
    context.now = Clock::now();
    return context;
}

RenderContext RenderContext::forWorkspace(Workspace *workspace)
{
    return fromCatalog(CatalogRepository(workspace));
}

QTimeZone RenderContext::zoneOf(const QString &instance) const
{
    const auto it = dataCenterOfInstance.constFind(instance);
    if (it != dataCenterOfInstance.cend() && it->hasValidZone())
        return it->zone();
    return QTimeZone::utc();
}

} // namespace OutageDesk
