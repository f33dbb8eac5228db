#pragma once

#include "publish/Connector.h"

#include <QJsonObject>

namespace OutageDesk {

// Atlassian Statuspage REST API v1 (base URL configurable, normally
// https://api.statuspage.io): the incident is created once, later status updates
// are PATCHed one by one, and an approved RCA goes out as the postmortem (PUT
// …/postmortem, then …/postmortem/publish). Statuspage has no idempotency key, so
// our UUID is stamped into the incident's metadata, the remote id is committed
// before anything else is sent, and a retry after an attempt that may have created
// the incident looks it up instead of creating a second one.
class StatuspageConnector : public Connector
{
public:
    PublishOutcome publish(PublishContext &context) override;

    // The body of the create request (exposed for the preview and the tests).
    static QJsonObject createBody(const PublishContext &context, int updateIndex);
    // The component status for each mapped instance, from the windows ongoing now.
    static QJsonObject componentStatuses(const PublishContext &context);
};

} // namespace OutageDesk
