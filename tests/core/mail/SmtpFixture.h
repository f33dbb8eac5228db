#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A real SMTP server on loopback for the mail tests: smtp_fixture.py on Debian's
// python3-aiosmtpd, with STARTTLS (or TLS from the start) from a CA made for the
// run by openssl, AUTH LOGIN/PLAIN with a test password, and misbehaviour on request.
// It writes what it accepts to a folder; received() reads it back as Python's email
// package parsed it.
class SmtpFixture
{
public:
    struct Options
    {
        bool tls = true;         // offer STARTTLS (or, with smtps, TLS from the start)
        bool smtps = false;
        bool requireTls = true;  // refuse mail before STARTTLS
        bool auth = true;        // require AUTH with user() / password()
        QStringList refuse;      // 550 at RCPT for these addresses
        int tempfail = 0;        // 451 after DATA for the first N messages (after the dropped ones)
        int dropAfterData = 0;   // drop the connection after DATA, unanswered, for the first N messages
        int delayMs = 0;         // wait before answering DATA (a killed client's mail is not kept)
        bool rawOnly = false;    // keep the bytes only (the benchmark)
        quint16 port = 0;        // 0: a free one; set to restart on the same port
    };

    SmtpFixture();
    ~SmtpFixture();

    // Why the fixture cannot run here (the test skips with it), empty if it can.
    static QString missingReason();

    bool start(const Options &options, QString *error);
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString url() const; // smtp://127.0.0.1:PORT (smtps:// with Options::smtps)
    QString caFile() const;
    QString user() const { return QStringLiteral("relay-user"); }
    QString password() const { return QStringLiteral("s3cret-Relay"); }
    QString mailDir() const;

    // Every accepted message, in the order accepted: {"mail_from", "rcpt_tos", "tls",
    // "authenticated", "message": {"headers", "raw_headers", "parts", "defects"}}.
    QList<QJsonObject> received() const;
    QByteArray rawMessage(int index) const; // the bytes of received()[index]
    // How many DATA commands the server has begun to read.
    int dataCommandsSeen() const;
    void clearReceived();

private:
    bool makeCertificates(QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_smtps = false;
    bool m_certificates = false;
};
