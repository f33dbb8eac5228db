#include "mail/SmtpTransport.h"

#include "exchange/EmailAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QThread>
#include <QUrl>
#include <mutex>

#include <curl/curl.h>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SmtpTransport", text);
}

QString printable(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes).trimmed();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return text.left(300);
}

} // namespace

struct SmtpTransport::Private
{
    Settings settings;
    CURL *curl = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QByteArray lastReply;    // the relay's last reply line
    QByteArray failureReply; // its last 4xx or 5xx reply
    QByteArray body;
    qsizetype bodyOffset = 0;
    QElapsedTimer sinceLast;

    static size_t read(char *buffer, size_t size, size_t count, void *user)
    {
        auto *p = static_cast<Private *>(user);
        const size_t n = std::min<size_t>(size * count, size_t(p->body.size() - p->bodyOffset));
        memcpy(buffer, p->body.constData() + p->bodyOffset, n);
        p->bodyOffset += qsizetype(n);
        return n;
    }

    static int debug(CURL *, curl_infotype type, char *data, size_t size, void *user)
    {
        if (type == CURLINFO_HEADER_IN) {
            auto *p = static_cast<Private *>(user);
            QByteArray line(data, qsizetype(size));
            // The last line of a multi-line reply ("250 OK" after "250-…") stands for it.
            p->lastReply = line.trimmed();
            // libcurl says QUIT after a refusal: keep the refusal's words, not "221 Bye".
            if (!line.isEmpty() && (line.at(0) == '4' || line.at(0) == '5'))
                p->failureReply = line.trimmed();
        }
        return 0;
    }
};

SmtpTransport::SmtpTransport(Settings settings)
    : d(new Private)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    d->settings = std::move(settings);
    d->curl = curl_easy_init();
    CURL *c = d->curl;
    const QUrl url(d->settings.url);
    const QByteArray urlBytes = d->settings.url.toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, urlBytes.constData());
    // STARTTLS is required unless the relay is on this machine (a local MTA that
    // offers no TLS); an offered STARTTLS is always taken. smtps:// is TLS anyway.
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(isLoopbackHost(url.host()) ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!d->settings.caFile.isEmpty()) {
        const QByteArray ca = d->settings.caFile.toLocal8Bit();
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData()); // copied by libcurl
    }
    if (!d->settings.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, d->settings.user.toUtf8().constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, d->settings.password.toUtf8().constData());
    }
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &Private::read);
    curl_easy_setopt(c, CURLOPT_READDATA, d);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, d->errorBuffer);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // for the debug callback, which reads the relay's replies
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, &Private::debug);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, d);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(d->settings.timeoutMs));
    // An overall deadline per mail, so a relay that stops answering cannot hold a batch.
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(d->settings.timeoutMs));
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    const QByteArray from = QByteArray("<") + d->settings.envelopeFrom.toUtf8() + '>';
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
}

SmtpTransport::~SmtpTransport()
{
    curl_easy_cleanup(d->curl); // QUIT on the open connection
    delete d;
}

bool SmtpTransport::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString SmtpTransport::checkSettings(const Settings &settings)
{
    const QUrl url(settings.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps"))
        || url.host().isEmpty())
        return tr("the relay must be given as smtp://HOST:PORT or smtps://HOST:PORT, not “%1”").arg(settings.url);
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return tr("the relay URL has no path: smtp://HOST:PORT");
    if (!EmailAddress::isValid(settings.envelopeFrom))
        return tr("the sender “%1” is not an e-mail address").arg(settings.envelopeFrom);
    return {};
}

SmtpTransport::Result SmtpTransport::send(const QString &recipient, const QByteArray &message)
{
    if (d->settings.ratePerSecond > 0 && d->sinceLast.isValid()) {
        const qint64 gapMs = qint64(1000.0 / d->settings.ratePerSecond);
        const qint64 waited = d->sinceLast.elapsed();
        if (waited < gapMs)
            QThread::msleep(gapMs - waited);
    }
    d->sinceLast.start();

    const QByteArray to = QByteArray("<") + recipient.toUtf8() + '>';
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, recipients);
    d->body = message;
    d->bodyOffset = 0;
    curl_easy_setopt(d->curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    d->errorBuffer[0] = '\0';
    d->lastReply.clear();
    d->failureReply.clear();
    const CURLcode rc = curl_easy_perform(d->curl);
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_slist_free_all(recipients);
    d->body.clear();

    long code = 0;
    curl_easy_getinfo(d->curl, CURLINFO_RESPONSE_CODE, &code);
    Result result;
    result.code = int(code);
    const QByteArray curlReason = d->errorBuffer[0] ? QByteArray(d->errorBuffer) : QByteArray(curl_easy_strerror(rc));
    if (rc == CURLE_OK) {
        result.kind = Result::Accepted;
        result.reason = printable(d->lastReply);
        return result;
    }
    // A reply code for this mail: the relay answered, the connection is good.
    const bool answered = rc == CURLE_SEND_ERROR || rc == CURLE_WEIRD_SERVER_REPLY || rc == CURLE_RECV_ERROR;
    const bool mailStage = curlReason.startsWith("RCPT") || curlReason.contains("DATA") || rc == CURLE_WEIRD_SERVER_REPLY;
    if (answered && mailStage && code >= 500 && code < 600) {
        result.kind = Result::Refused;
        result.reason = printable(d->failureReply.isEmpty() ? curlReason : d->failureReply);
    } else if (answered && code >= 400 && code < 500) {
        result.kind = Result::Deferred;
        result.reason = printable(d->failureReply.isEmpty() ? curlReason : d->failureReply);
    } else {
        result.kind = Result::ConnectionFailed;
        result.reason = printable(curlReason);
        if (!d->failureReply.isEmpty())
            result.reason += QStringLiteral(" (") + printable(d->failureReply) + QLatin1Char(')');
    }
    return result;
}

} // namespace OutageDesk
