#include "publish/PublishOutcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PublishOutcome", text);
}

// Retry-After is either seconds or an HTTP date.
int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    QDateTime utc = at;
    utc.setTimeZone(QTimeZone::utc());
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
}

// The server's own words, kept short and printable: it may explain a 400 better than we can.
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QString text;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"error", "message", "errors", "detail"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                text = v.toString();
            else if (v.isArray() || v.isObject())
                text = QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
            if (!text.isEmpty())
                break;
        }
    }
    if (text.isEmpty() && !body.trimmed().startsWith('<'))
        text = QString::fromUtf8(body);
    text = text.simplified();
    QString printable;
    for (const QChar c : std::as_const(text)) {
        if (c.isPrint())
            printable += c;
    }
    return printable.left(300);
}

} // namespace

PublishOutcome PublishOutcome::fromFailedResponse(const HttpResponse &r, const QString &what)
{
    if (!r.tlsFailure.isEmpty())
        return permanent(tr("%1: the server's TLS certificate was refused (%2). Name the portal's CA file in its settings "
                            "if it uses a private CA.").arg(what, r.tlsFailure));
    if (r.timedOut)
        return transient(tr("%1: no answer from the server in time.").arg(what));
    if (r.status == 0) {
        switch (r.networkError) {
        case QNetworkReply::SslHandshakeFailedError:
            return permanent(tr("%1: TLS handshake failed (%2).").arg(what, r.errorString));
        case QNetworkReply::ContentReSendError:
            return transient(tr("%1: the connection closed before the server answered; it may have arrived, and the "
                                "next attempt checks before sending again.").arg(what));
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            return permanent(tr("%1: %2").arg(what, r.errorString));
        default:
            // Refused, reset, host not found, network down: all things that heal by themselves.
            return transient(tr("%1: %2").arg(what, r.errorString));
        }
    }
    const QString server = serverMessage(r.body);
    const QString detail = server.isEmpty() ? QString() : QStringLiteral(" — ") + server;
    switch (r.status) {
    case 401:
        return permanent(tr("%1: HTTP 401, the portal refused the credentials (wrong user, password or API key?)%2")
                             .arg(what, detail));
    case 403:
        return permanent(tr("%1: HTTP 403, the account may not do this%2").arg(what, detail));
    case 404:
        return permanent(tr("%1: HTTP 404, not found: check the portal's URL and page id%2").arg(what, detail));
    case 408:
    case 425:
        return transient(tr("%1: HTTP %2, try again later%3").arg(what).arg(r.status).arg(detail));
    case 429:
        return transient(tr("%1: HTTP 429, too many requests; the portal asked us to wait%2").arg(what, detail),
                         parseRetryAfter(r.header("Retry-After")));
    default:
        break;
    }
    if (r.status >= 500)
        return transient(tr("%1: HTTP %2 from the server%3").arg(what).arg(r.status).arg(detail),
                         parseRetryAfter(r.header("Retry-After")));
    return permanent(tr("%1: HTTP %2%3").arg(what).arg(r.status).arg(detail));
}

} // namespace OutageDesk
