#pragma once

#include "publish/HttpResponse.h"

#include <QDateTime>

#include <QString>
#include <QStringList>

namespace OutageDesk {

// How one attempt of a job ended.
struct PublishOutcome
{
    enum class Kind {
        Published,
        Transient, // try again later: refused, timeout, 5xx, 429, offline
        Permanent  // needs the user: 401/403, 404, 400, TLS refused, bad setting
    };

    // The longest wait a server's Retry-After can impose: a bogus or hostile value
    // (2,000,000,000 s) must not park a publication for decades.
    static constexpr int kMaxRetryAfterSeconds = 3600;

    Kind kind = Kind::Published;
    QString message;           // translated, one line, says what and where
    int retryAfterSeconds = -1; // from a Retry-After header, when the server sent one
    QString remoteId;
    QString contentHashes;     // JSON object of what the portal now holds
    int uploads = 0;           // requests that changed something on the portal
    QStringList warnings;      // translated, one line each: what was ignored and why

    static PublishOutcome published() { return {}; }
    static PublishOutcome transient(const QString &message, int retryAfter = -1)
    {
        PublishOutcome o;
        o.kind = Kind::Transient;
        o.message = message;
        o.retryAfterSeconds = retryAfter;
        return o;
    }
    static PublishOutcome permanent(const QString &message)
    {
        PublishOutcome o;
        o.kind = Kind::Permanent;
        o.message = message;
        return o;
    }
    // Classifies a failed exchange: what went wrong and whether waiting can help.
    static PublishOutcome fromFailedResponse(const HttpResponse &response, const QString &what);
    // Seconds from a Retry-After value (seconds or an HTTP date) at `now`, at most
    // kMaxRetryAfterSeconds (`capped` says whether it was more); -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now, bool *capped = nullptr);
};

} // namespace OutageDesk
