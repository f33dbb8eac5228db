#pragma once

#include "publish/HttpResponse.h"
#include "publish/Portal.h"

#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;

namespace OutageDesk {

// Sends one request and waits for its end in a local event loop. Every request has
// a transfer (inactivity) timeout and an overall deadline that aborts it, so a
// server that accepts and never answers cannot hang a publish. TLS is always
// verified; a portal's own CA file is added to the trusted set of its requests only.
//
// Redirects are never followed to another origin (scheme, host, port): the request
// carries credentials or a signature meant for the configured portal only. A
// same-origin 307/308 (method and body kept) is followed; anything else comes back
// as a failed response naming the target (HttpResponse::refusedRedirect).
class HttpTransport
{
public:
    // OUTAGEDESK_TRANSFER_TIMEOUT_MS overrides the portal's timeout (tests, slow links).
    HttpTransport(QNetworkAccessManager *manager, const Portal &portal);

    bool isReady(QString *error) const; // false when the CA file cannot be read
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    int deadlineMs() const { return m_deadlineMs; }

    static constexpr int kMaxRedirects = 5;

    HttpResponse send(const QByteArray &verb, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                      const QByteArray &body = {});

    // Requests under `key` are spaced at least `intervalMs` apart (RequestPacer),
    // across every transport of this process; an interval of 0 turns pacing off.
    void setPacing(const QByteArray &key, int intervalMs);
    int requestsSent() const { return m_requestsSent; }

    static bool isSameOrigin(const QUrl &a, const QUrl &b);

private:
    HttpResponse sendOnce(const QByteArray &verb, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body, QUrl *redirectTarget);
    void waitForPacing();

    QByteArray m_pacingKey;
    int m_pacingIntervalMs = 0;
    int m_requestsSent = 0;
    QNetworkAccessManager *m_manager;
    QSslConfiguration m_ssl;
    QString m_caError;
    int m_transferTimeoutMs;
    int m_deadlineMs;
};

} // namespace OutageDesk
