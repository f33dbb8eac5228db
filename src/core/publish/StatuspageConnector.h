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
//
// An incident whose windows are all maintenance goes out as a scheduled
// maintenance; one that is resolved and over when first published goes out
// backfilled; updates that are not new carry their own time (display_at). Every
// request of one API key is paced (one per second, Statuspage's documented limit),
// and names and bodies over the documented limits are refused before anything is sent.
class StatuspageConnector : public Connector
{
public:
    // Atlassian's documented limits (REST API v1 reference, see the .cpp).
    static constexpr int kMaxNameLength = 255;
    static constexpr int kMaxBodyLength = 25000;
    static constexpr int kDefaultRequestIntervalMs = 1000;

    PublishOutcome publish(PublishContext &context) override;

    // The body of the create request (exposed for the preview and the tests).
    static QJsonObject createBody(const PublishContext &context, int updateIndex);
    // The component status for each mapped instance: the worst over the windows open now.
    static QJsonObject componentStatuses(const PublishContext &context);

    // Planned work: every window of the incident is a maintenance window.
    static bool isMaintenance(const Incident &incident);
    // History: resolved, and every window over, when it is first sent.
    static bool isPast(const Incident &incident, const QDateTime &now);
    // Why Statuspage would refuse this incident (a name or a body too long); empty when fine.
    static QString limitViolation(const Incident &incident);
    // The pause between two requests of one API key: 1 s, or
    // OUTAGEDESK_STATUSPAGE_INTERVAL_MS (tests, a page with a higher limit).
    static int requestIntervalMs();
    // The key the pacer knows an API key by (a hash: the pacer holds no secret).
    static QByteArray pacingKey(const QString &apiKey);
};

} // namespace OutageDesk
