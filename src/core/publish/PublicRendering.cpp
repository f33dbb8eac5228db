#include "publish/PublicRendering.h"

#include "render/MarkdownRenderer.h"
#include "render/RcaRenderer.h"

namespace OutageDesk {

QString PublicRendering::markdownToHtml(const QString &markdown)
{
    return MarkdownRenderer::toHtml(markdown);
}

QString PublicRendering::rcaToHtml(const Incident &incident, const RenderContext &context)
{
    if (!incident.rca || incident.rca->state != RcaState::Approved)
        return {};
    return RcaRenderer(context).htmlFragment(incident);
}

} // namespace OutageDesk
