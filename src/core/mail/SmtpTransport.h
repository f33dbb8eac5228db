#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

namespace OutageDesk {

// Hands mails to the company's relay with libcurl's SMTP: smtp:// with STARTTLS
// (required unless the relay is on loopback), smtps:// with TLS from the start,
// AUTH with a user and password, certificates verified (a named CA trusted in
// addition). One object keeps one connection across a batch: libcurl reuses it from
// one mail to the next (RSET, MAIL, RCPT, DATA) and says QUIT when the object goes.
// libcurl does not pipeline SMTP commands even where the relay offers PIPELINING:
// each command waits for its answer.
class SmtpTransport
{
public:
    struct Settings
    {
        QString url; // smtp://host:port or smtps://host:port
        QString user;
        QString password;
        QString caFile;       // PEM, trusted in addition to the system's CAs
        QString envelopeFrom; // MAIL FROM
        int timeoutMs = 30000;
        double ratePerSecond = 0; // at most this many mails a second; 0: as fast as the relay takes them
    };

    struct Result
    {
        enum Kind {
            Accepted,         // 250 after the data: the relay has it
            Refused,          // 5xx for this recipient or message: sending it again will not help
            Deferred,         // 4xx: try this one again later
            ConnectionFailed, // no answer, TLS or login failure, dropped connection: the rest waits too
        };
        Kind kind = ConnectionFailed;
        int code = 0;   // the relay's reply code, 0 when it gave none
        QString reason; // the relay's reply or libcurl's reason, printable
    };

    explicit SmtpTransport(Settings settings);
    ~SmtpTransport();
    SmtpTransport(const SmtpTransport &) = delete;
    SmtpTransport &operator=(const SmtpTransport &) = delete;

    // Why `settings` cannot be used (translated), empty if they can.
    static QString checkSettings(const Settings &settings);
    static bool isLoopbackHost(const QString &host);

    Result send(const QString &recipient, const QByteArray &message);

private:
    struct Private;
    Private *d;
};

} // namespace OutageDesk
