#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// A real nginx on loopback for the publishing tests: the WebDAV methods a status
// portal upload needs (PUT, DELETE, MKCOL, create_full_put_path), basic auth on
// writes from an htpasswd made by `openssl passwd -apr1`, and a second server
// block speaking TLS with a certificate from a CA generated for this run.
class NginxFixture
{
public:
    NginxFixture();
    ~NginxFixture();

    // Empty when nginx and openssl are installed; else why the tests must skip.
    static QString missingReason();

    bool start(QString *error);
    void stop();
    bool isRunning() const;

    QString httpUrl() const;   // http://127.0.0.1:PORT/dav/
    QString httpsUrl() const;  // https://localhost:PORT/dav/
    QString caFile() const;    // PEM of the CA that signed the TLS server's certificate
    QString user() const { return QStringLiteral("publisher"); }
    QString password() const { return QStringLiteral("correct horse battery"); }
    QString documentRoot() const; // what nginx serves below /dav/
    QString accessLog() const;
    // Requests of a method in the access log (e.g. "PUT"), to count uploads.
    int countRequests(const QByteArray &method) const;

private:
    bool prepare(QString *error);
    bool run(const QString &program, const QStringList &args, QByteArray *output, QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    bool m_prepared = false;
};

// Picks a loopback TCP port that was free a moment ago.
quint16 freeLoopbackPort();
