#include "publish/PublishOutcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PublishOutcome", text);
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

// A rate limit's answer: retry when the server says, but never later than the cap.
PublishOutcome rateLimited(const HttpResponse &r, const QString &message)
{
    bool capped = false;
    const int seconds = PublishOutcome::parseRetryAfter(r.header("Retry-After"), QDateTime::currentDateTimeUtc(), &capped);
    QString text = message;
    if (capped)
        text += QCoreApplication::translate("PublishOutcome", " (the server asked to wait longer than one hour; "
                                                              "the next attempt is in one hour)");
    return PublishOutcome::transient(text, seconds);
}

} // namespace

int PublishOutcome::parseRetryAfter(const QByteArray &value, const QDateTime &now, bool *capped)
{
    if (capped)
        *capped = false;
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    qint64 seconds = -1;
    bool ok = false;
    const qlonglong number = trimmed.toLongLong(&ok);
    if (ok) {
        seconds = std::max<qlonglong>(0, number);
    } else if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        seconds = std::numeric_limits<qint64>::max(); // more digits than a 64-bit number holds
    } else {
        // RFC 9110 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
        QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!at.isValid())
            return -1;
        at.setTimeZone(QTimeZone::utc());
        seconds = std::max<qint64>(0, now.secsTo(at));
    }
    if (seconds > kMaxRetryAfterSeconds) {
        if (capped)
            *capped = true;
        return kMaxRetryAfterSeconds;
    }
    return int(seconds);
}

PublishOutcome PublishOutcome::fromFailedResponse(const HttpResponse &r, const QString &what)
{
    if (r.refusedRedirect.isValid()) {
        const QString target = r.refusedRedirect.toDisplayString(QUrl::RemoveUserInfo);
        if (r.redirectToOtherOrigin)
            return permanent(tr("%1: the server redirected to %2, another origin; publications never follow a redirect "
                                "away from the configured portal (nothing was sent there). Correct the portal's URL if "
                                "it moved.").arg(what, target));
        return permanent(tr("%1: the server answered HTTP %2 with a redirect to %3, which would change the request's "
                            "method or drop its body; nothing was sent there. Correct the portal's URL.")
                             .arg(what).arg(r.status).arg(target));
    }
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
    case 420: // Statuspage's rate-limit answer before 2021, still sent to older integrations
    case 429:
        return rateLimited(r, tr("%1: HTTP %2, too many requests; the portal asked us to wait%3")
                                  .arg(what).arg(r.status).arg(detail));
    default:
        break;
    }
    if (r.status >= 500)
        return rateLimited(r, tr("%1: HTTP %2 from the server%3").arg(what).arg(r.status).arg(detail));
    return permanent(tr("%1: HTTP %2%3").arg(what).arg(r.status).arg(detail));
}

} // namespace OutageDesk
