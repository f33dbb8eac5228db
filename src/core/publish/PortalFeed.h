#pragma once

#include "model/Incident.h"

#include <QByteArray>
#include <functional>

namespace OutageDesk {

class PortalSiteData;

// feed.atom (RFC 4287): one entry per status update and per approved RCA, newest
// first, at most PortalSiteBuilder::kFeedEntryLimit. Entry ids are version-5 UUIDs
// of what they announce, so that republishing never shows an entry twice.
class PortalFeed
{
public:
    using MarkdownToHtml = std::function<QString(const QString &markdown)>;
    using IncidentToHtml = std::function<QString(const Incident &incident)>;

    static QByteArray atom(const PortalSiteData &data, const MarkdownToHtml &markdown, const IncidentToHtml &rca);
};

} // namespace OutageDesk
