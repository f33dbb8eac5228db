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
class HttpTransport
{
public:
    // OUTAGEDESK_TRANSFER_TIMEOUT_MS overrides the portal's timeout (tests, slow links).
    HttpTransport(QNetworkAccessManager *manager, const Portal &portal);

    bool isReady(QString *error) const; // false when the CA file cannot be read
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    int deadlineMs() const { return m_deadlineMs; }

    HttpResponse send(const QByteArray &verb, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                      const QByteArray &body = {});

private:
    QNetworkAccessManager *m_manager;
    QSslConfiguration m_ssl;
    QString m_caError;
    int m_transferTimeoutMs;
    int m_deadlineMs;
};

} // namespace OutageDesk
