#include "publish/Portal.h"

namespace OutageDesk {

QString toWireName(PortalKind kind)
{
    switch (kind) {
    case PortalKind::WebDav:
        return QStringLiteral("webdav");
    case PortalKind::Statuspage:
        return QStringLiteral("statuspage");
    case PortalKind::Webhook:
        return QStringLiteral("webhook");
    }
    return {};
}

std::optional<PortalKind> portalKindFromWireName(const QString &name)
{
    for (PortalKind kind : {PortalKind::WebDav, PortalKind::Statuspage, PortalKind::Webhook}) {
        if (toWireName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace OutageDesk
