#include "publish/PortalBuild.h"

#include "publish/PortalSiteBuilder.h"

namespace OutageDesk {

PortalBuild::Result PortalBuild::write(Workspace *workspace, const QString &dir, const Options &options, const QDateTime &now)
{
    PortalSiteInput input = PortalSiteBuilder::inputFromWorkspace(workspace, now);
    input.title = options.title;
    if (!options.language.isEmpty())
        input.language = options.language;
    input.baseUrl = options.baseUrl;
    if (!input.baseUrl.isEmpty() && !input.baseUrl.endsWith(QLatin1Char('/')))
        input.baseUrl += QLatin1Char('/');
    const PortalSite site = PortalSiteBuilder().build(input);
    Result result;
    result.incidentCount = int(input.incidents.size());
    result.ok = site.writeTo(dir, &result.error);
    if (result.ok)
        result.fileCount = int(site.files.size() + 1);
    return result;
}

} // namespace OutageDesk
