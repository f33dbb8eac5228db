#pragma once

#include "publish/Connector.h"

#include <QByteArray>

namespace OutageDesk {

// POSTs one JSON document per publication: the incident in the exchange format
// without internal notes (and without an unapproved RCA), plus the rendered HTML.
// The body is signed, X-OutageDesk-Signature: sha256=<hex HMAC-SHA256 of the body
// keyed with the portal's secret>, and carries the job's Idempotency-Key, which
// stays the same across retries so the receiver can drop repeats.
class WebhookConnector : public Connector
{
public:
    PublishOutcome publish(PublishContext &context) override;

    static QByteArray payload(const PublishContext &context);
    static QByteArray signature(const QByteArray &body, const QString &secret);
};

} // namespace OutageDesk
