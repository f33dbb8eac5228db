#include "publish/ConnectionCheck.h"

#include "publish/HttpTransport.h"
#include "publish/PublishOutcome.h"

#include <QCoreApplication>
#include <QUrl>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionCheck", text);
}

ConnectionCheck::Result failed(const HttpResponse &response, const QString &what)
{
    ConnectionCheck::Result result;
    result.verdict = ConnectionCheck::Verdict::Failed;
    result.httpStatus = response.status;
    result.message = PublishOutcome::fromFailedResponse(response, what).message;
    return result;
}

ConnectionCheck::Result checkWebDav(HttpTransport &http, const Portal &portal, const QString &secret)
{
    QString url = portal.url;
    if (!url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Depth"), QByteArrayLiteral("0")},
                                                 {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml; charset=utf-8")}};
    if (!portal.user.isEmpty() || !secret.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"),
                        QByteArrayLiteral("Basic ") + (portal.user + QLatin1Char(':') + secret).toUtf8().toBase64()});
    const QByteArray body = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                                              "<propfind xmlns=\"DAV:\"><prop><resourcetype/></prop></propfind>");
    const HttpResponse r = http.send("PROPFIND", QUrl(url), headers, body);
    ConnectionCheck::Result result;
    result.httpStatus = r.status;
    if (r.status == 207 || r.isSuccess()) {
        result.verdict = ConnectionCheck::Verdict::Reached;
        result.message = tr("Connected: the WebDAV folder %1 answers (HTTP %2).").arg(url).arg(r.status);
        return result;
    }
    if (r.status == 405 || r.status == 501) {
        result.verdict = ConnectionCheck::Verdict::Unverified;
        result.message = tr("The server at %1 answers and did not refuse the credentials, but it does not list folders "
                            "(PROPFIND, HTTP %2), so the folder itself could not be checked. Uploads may still work; "
                            "nginx lists folders with its dav-ext module.")
                             .arg(url)
                             .arg(r.status);
        return result;
    }
    return failed(r, url);
}

ConnectionCheck::Result checkStatuspage(HttpTransport &http, const Portal &portal, const QString &secret)
{
    QString base = portal.url.isEmpty() ? QStringLiteral("https://api.statuspage.io") : portal.url;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.endsWith(QLatin1String("/v1")))
        base += QStringLiteral("/v1");
    const QString url = base + QStringLiteral("/pages/") + QString::fromLatin1(QUrl::toPercentEncoding(portal.pageId));
    const HttpResponse r = http.send("GET", QUrl(url),
                                     {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("OAuth ") + secret.toUtf8()},
                                      {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}});
    if (!r.isSuccess())
        return failed(r, tr("Statuspage page %1").arg(portal.pageId));
    ConnectionCheck::Result result;
    result.verdict = ConnectionCheck::Verdict::Reached;
    result.httpStatus = r.status;
    result.message = tr("Connected: Statuspage page %1 accepts the API key.").arg(portal.pageId);
    return result;
}

} // namespace

ConnectionCheck::Result ConnectionCheck::run(QNetworkAccessManager *network, const Portal &portal, const QString &secret)
{
    if (portal.kind == PortalKind::Webhook) {
        Result result;
        result.verdict = Verdict::NotSent;
        result.message = tr("Nothing was sent: every request to a webhook is an event to its receiver. A publish sends "
                            "one POST to %1, signed with the secret (X-OutageDesk-Signature), with the incident "
                            "(no internal notes) and its page.")
                             .arg(portal.url);
        return result;
    }
    HttpTransport http(network, portal);
    if (QString error; !http.isReady(&error)) {
        Result result;
        result.message = error;
        return result;
    }
    return portal.kind == PortalKind::Statuspage ? checkStatuspage(http, portal, secret) : checkWebDav(http, portal, secret);
}

} // namespace OutageDesk
