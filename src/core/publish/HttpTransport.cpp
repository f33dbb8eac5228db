#include "publish/HttpTransport.h"

#include "publish/OneShotBody.h"
#include "publish/RequestPacer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>

namespace OutageDesk {

HttpTransport::HttpTransport(QNetworkAccessManager *manager, const Portal &portal)
    : m_manager(manager)
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_transferTimeoutMs(portal.transferTimeoutMs > 0 ? portal.transferTimeoutMs : Portal::kDefaultTransferTimeoutMs)
{
    bool ok = false;
    const int overridden = qEnvironmentVariableIntValue("OUTAGEDESK_TRANSFER_TIMEOUT_MS", &ok);
    if (ok && overridden > 0)
        m_transferTimeoutMs = overridden;
    // A trickle of bytes resets the inactivity timer forever; the deadline does not.
    m_deadlineMs = std::max(4 * m_transferTimeoutMs, m_transferTimeoutMs + 5000);
    if (!portal.caFile.isEmpty()) {
        QFile file(portal.caFile);
        const auto certificates = file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll(), QSsl::Pem)
                                                                 : QList<QSslCertificate>();
        if (certificates.isEmpty())
            m_caError = QCoreApplication::translate("HttpTransport", "Cannot read a PEM certificate from the CA file %1 of portal %2.")
                            .arg(portal.caFile, portal.name);
        else
            m_ssl.addCaCertificates(certificates);
    }
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

bool HttpTransport::isReady(QString *error) const
{
    if (!m_caError.isEmpty()) {
        *error = m_caError;
        return false;
    }
    return true;
}

bool HttpTransport::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

void HttpTransport::setPacing(const QByteArray &key, int intervalMs)
{
    m_pacingKey = key;
    m_pacingIntervalMs = std::max(0, intervalMs);
}

void HttpTransport::waitForPacing()
{
    if (m_pacingKey.isEmpty() || m_pacingIntervalMs <= 0)
        return;
    RequestPacer &pacer = RequestPacer::shared();
    const qint64 delay = pacer.delayFor(m_pacingKey, RequestPacer::monotonicMs(), m_pacingIntervalMs);
    if (delay > 0) {
        // A local loop, like every network wait here: the window keeps repainting.
        QEventLoop loop;
        QTimer::singleShot(int(delay), &loop, &QEventLoop::quit);
        loop.exec();
    }
    pacer.recordRequest(m_pacingKey, RequestPacer::monotonicMs());
}

HttpResponse HttpTransport::send(const QByteArray &verb, const QUrl &url,
                                 const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QUrl target = url;
    for (int hop = 0;; ++hop) {
        QUrl redirect;
        HttpResponse response = sendOnce(verb, target, headers, body, &redirect);
        if (!redirect.isValid())
            return response;
        redirect = target.resolved(redirect);
        // Only a same-origin 307/308 keeps the method and the body; a 301/302/303
        // would turn the request into a GET without body (and "published" would be a lie).
        const bool keepsRequest = response.status == 307 || response.status == 308;
        if (!isSameOrigin(url, redirect) || !keepsRequest || hop >= kMaxRedirects) {
            response.refusedRedirect = redirect;
            response.redirectToOtherOrigin = !isSameOrigin(url, redirect);
            return response;
        }
        target = redirect;
    }
}

HttpResponse HttpTransport::sendOnce(const QByteArray &verb, const QUrl &url,
                                     const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                     QUrl *redirectTarget)
{
    waitForPacing();
    ++m_requestsSent;
    HttpResponse response;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setSslConfiguration(m_ssl);
    // Qt's own policies either follow to any host (NoLessSafe, the default) or
    // follow 301/302/303 as a GET: we decide each redirect ourselves in send().
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);

    QIODevice *payload = nullptr;
    if (verb == "POST" || verb == "PATCH") {
        // Qt silently sends a request again when the connection closes before any
        // answer. For a create or an update that could post it twice; a body that can
        // be read only once makes Qt report ContentReSendError instead, and the
        // outbox's next attempt checks what arrived before it sends anything.
        payload = new OneShotBody(body);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    } else if (!body.isNull() || verb == "PUT") {
        auto *buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        payload = buffer;
    }
    QNetworkReply *reply = m_manager->sendCustomRequest(request, verb, payload);
    if (payload)
        payload->setParent(reply);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool deadlinePassed = false;
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        deadlinePassed = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails, and the user learns why.
        QStringList reasons;
        for (const auto &e : errors)
            reasons << e.errorString();
        response.tlsFailure = reasons.join(QStringLiteral("; "));
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_deadlineMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();

    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    response.errorString = reply->errorString();
    if (response.status >= 300 && response.status < 400) {
        QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isEmpty() && reply->hasRawHeader("Location"))
            location = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (location.isValid() && !location.isEmpty())
            *redirectTarget = location;
    }
    // A transfer timeout shows up as a cancelled operation; we cancel nothing else.
    response.timedOut = deadlinePassed
        || (response.status == 0
            && (response.networkError == QNetworkReply::OperationCanceledError
                || response.networkError == QNetworkReply::TimeoutError));
    reply->deleteLater();
    return response;
}

} // namespace OutageDesk
