#pragma once

#include "model/Incident.h"
#include "render/RenderContext.h"

#include <QString>

namespace OutageDesk {

// The one seam between publishing and the shared renderers (render/): user Markdown
// → safe HTML, and an approved RCA with its generated sections → safe HTML. Every
// publishing target goes through here, so the portal, the webhook and the
// Statuspage postmortem always agree, and none of them can carry an unapproved RCA.
class PublicRendering
{
public:
    static QString markdownToHtml(const QString &markdown);
    // The RCA of `incident` as an HTML fragment; empty unless it is approved.
    static QString rcaToHtml(const Incident &incident, const RenderContext &context);
};

} // namespace OutageDesk
