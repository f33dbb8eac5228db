#pragma once

#include "publish/Portal.h"

#include <QString>

class QNetworkAccessManager;

namespace OutageDesk {

// The portal settings' "Test Connection": one request that changes nothing on the
// portal, with the same transport as a publish (TLS verified, the portal's CA,
// timeouts), so that a wrong URL, password or certificate shows up while the
// settings are open rather than at the first publication.
//
// WebDAV: PROPFIND (Depth 0) of the collection, with the credentials: 207 means
//   the folder is there; 401/403 that the credentials are refused. A server that
//   authenticates and then does not list folders (nginx without the dav-ext
//   module answers 405) has not refused the credentials: said as such.
// Statuspage: GET of the page (GET /v1/pages/{page_id}), which needs the API key.
// Webhook: nothing is sent. The receiver is ours to notify, not to probe: every
//   POST is an event to it, and HEAD or OPTIONS prove little (many receivers
//   answer 404/405 to anything but a signed POST). The check says what a publish
//   would send and where.
class ConnectionCheck
{
public:
    enum class Verdict {
        Reached,     // the portal answered and accepted what was asked
        Unverified,  // reachable, but the check could not prove the settings (see message)
        Failed,      // refused, unreachable, TLS, wrong URL…
        NotSent      // webhook: nothing was sent on purpose
    };

    struct Result
    {
        Verdict verdict = Verdict::Failed;
        int httpStatus = 0;
        QString message; // translated, one line or two, says what and where
        bool isSuccess() const { return verdict == Verdict::Reached || verdict == Verdict::NotSent; }
    };

    static Result run(QNetworkAccessManager *network, const Portal &portal, const QString &secret);
};

} // namespace OutageDesk
