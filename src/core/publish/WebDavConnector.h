#pragma once

#include "publish/Connector.h"
#include "publish/PortalSite.h"

#include <optional>

namespace OutageDesk {

// Our own static status portal on any WebDAV server: the site is generated, the
// remote manifest.json says what the server holds, and only changed files are PUT
// (folders made with MKCOL, vanished files DELETEd), the manifest last. An
// interrupted upload leaves the old manifest, so the next attempt simply repeats
// the PUTs, which replace rather than add.
class WebDavConnector : public Connector
{
public:
    PublishOutcome publish(PublishContext &context) override;

    // The site for `context`: the incidents being published as they are now, every
    // other incident of this portal as it was last sent (PublishedIncidents).
    static std::optional<PortalSite> buildSite(const PublishContext &context, QString *error);
    // Uploads `site` to the portal in `context`, counting the requests that changed something.
    static PublishOutcome upload(PublishContext &context, const PortalSite &site);

    // Whether `path`, a key of the server's manifest.json, is a file this desk could
    // have generated: relative, normalised, no "..", no scheme, authority, query,
    // fragment or percent-escape, of the generator's shape, and not the manifest or
    // the portal root. The server's manifest is not trusted: its keys become DELETE
    // requests sent with the user's credentials, so anything else is never deleted.
    static bool isGeneratedPath(const QString &path);
};

} // namespace OutageDesk
