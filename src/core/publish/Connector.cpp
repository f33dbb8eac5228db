#include "publish/Connector.h"

#include "publish/StatuspageConnector.h"
#include "publish/WebDavConnector.h"
#include "publish/WebhookConnector.h"

namespace OutageDesk {

std::unique_ptr<Connector> Connector::create(PortalKind kind)
{
    switch (kind) {
    case PortalKind::WebDav:
        return std::make_unique<WebDavConnector>();
    case PortalKind::Statuspage:
        return std::make_unique<StatuspageConnector>();
    case PortalKind::Webhook:
        return std::make_unique<WebhookConnector>();
    }
    return std::make_unique<WebDavConnector>();
}

} // namespace OutageDesk
