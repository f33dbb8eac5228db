#include "NginxFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

QString nginxBinary()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

QString opensslBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

NginxFixture::NginxFixture() = default;

NginxFixture::~NginxFixture()
{
    stop();
}

QString NginxFixture::missingReason()
{
    if (nginxBinary().isEmpty())
        return QStringLiteral("nginx is not installed (Debian: nginx, libnginx-mod-http-dav-ext)");
    if (opensslBinary().isEmpty())
        return QStringLiteral("openssl is not installed (Debian: openssl)");
    return {};
}

QString NginxFixture::httpUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/dav/").arg(m_httpPort);
}

QString NginxFixture::httpsUrl() const
{
    return QStringLiteral("https://localhost:%1/dav/").arg(m_httpsPort);
}

QString NginxFixture::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QString NginxFixture::documentRoot() const
{
    return m_dir.filePath(QStringLiteral("www/dav"));
}

QString NginxFixture::accessLog() const
{
    return m_dir.filePath(QStringLiteral("logs/access.log"));
}

int NginxFixture::countRequests(const QByteArray &method) const
{
    QFile log(accessLog());
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    int count = 0;
    const QByteArray needle = '"' + method + ' ';
    while (!log.atEnd()) {
        if (log.readLine().contains(needle))
            ++count;
    }
    return count;
}

bool NginxFixture::run(const QString &program, const QStringList &args, QByteArray *output, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3").arg(program, args.join(QLatin1Char(' ')),
                                                        QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    if (output)
        *output = p.readAllStandardOutput();
    return true;
}

bool NginxFixture::prepare(QString *error)
{
    if (m_prepared)
        return true;
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QDir dir(m_dir.path());
    for (const char *sub : {"www/dav", "logs", "tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"})
        dir.mkpath(QLatin1String(sub));
    const QString openssl = opensslBinary();
    auto path = [&](const char *name) { return dir.filePath(QLatin1String(name)); };

    // A CA made for this run, and a server certificate for localhost signed by it.
    if (!run(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), path("ca.pem"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Outage Desk test CA"),
                       QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                       QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
             nullptr, error))
        return false;
    if (!run(openssl, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       path("server.key"), QStringLiteral("-out"), path("server.csr"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost")},
             nullptr, error))
        return false;
    {
        QFile ext(path("server.ext"));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    }
    if (!run(openssl, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
                       QStringLiteral("-CA"), path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), path("server.pem"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-extfile"), path("server.ext")},
             nullptr, error))
        return false;

    QByteArray hash;
    if (!run(openssl, {QStringLiteral("passwd"), QStringLiteral("-apr1"), password()}, &hash, error))
        return false;
    {
        QFile htpasswd(path("htpasswd"));
        if (!htpasswd.open(QIODevice::WriteOnly))
            return false;
        htpasswd.write(user().toUtf8() + ':' + hash.trimmed() + '\n');
    }

    m_httpPort = freeLoopbackPort();
    m_httpsPort = freeLoopbackPort();
    const QString root = m_dir.path();
    QString location = QStringLiteral(
        "        location /dav/ {\n"
        "            root %1/www;\n"
        "            dav_methods PUT DELETE MKCOL;\n"
        "            create_full_put_path on;\n"
        "            dav_access user:rw group:r all:r;\n"
        "            client_max_body_size 64m;\n"
        "            limit_except GET HEAD { auth_basic \"portal\"; auth_basic_user_file %1/htpasswd; }\n"
        "        }\n").arg(root);
    QString conf;
#ifdef Q_OS_UNIX
    // A root master would hand the workers to www-data, who cannot write our temp folder.
    if (geteuid() == 0)
        conf += QStringLiteral("user root;\n");
#endif
    conf += QStringLiteral(
                "worker_processes 1;\n"
                "pid %1/nginx.pid;\n"
                "error_log %1/logs/error.log warn;\n"
                "events { worker_connections 256; }\n"
                "http {\n"
                "    access_log %1/logs/access.log;\n"
                "    client_body_temp_path %1/tmp/body;\n"
                "    proxy_temp_path %1/tmp/proxy;\n"
                "    fastcgi_temp_path %1/tmp/fastcgi;\n"
                "    uwsgi_temp_path %1/tmp/uwsgi;\n"
                "    scgi_temp_path %1/tmp/scgi;\n"
                "    types { text/html html; application/atom+xml atom; application/json json; }\n"
                "    server {\n"
                "        listen 127.0.0.1:%2;\n"
                "%4"
                "    }\n"
                "    server {\n"
                "        listen 127.0.0.1:%3 ssl;\n"
                "        server_name localhost;\n"
                "        ssl_certificate %1/server.pem;\n"
                "        ssl_certificate_key %1/server.key;\n"
                "%4"
                "    }\n"
                "}\n")
                .arg(root)
                .arg(m_httpPort)
                .arg(m_httpsPort)
                .arg(location);
    QFile file(path("nginx.conf"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(conf.toUtf8());
    m_prepared = true;
    return true;
}

bool NginxFixture::start(QString *error)
{
    if (isRunning())
        return true;
    if (!prepare(error))
        return false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(nginxBinary(), {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("nginx.conf")),
                                     QStringLiteral("-e"), m_dir.filePath(QStringLiteral("logs/error.log")),
                                     QStringLiteral("-g"), QStringLiteral("daemon off;")});
    if (!m_process->waitForStarted(10000) || !waitForPort(m_httpPort, 10000) || !waitForPort(m_httpsPort, 10000)) {
        QFile log(m_dir.filePath(QStringLiteral("logs/error.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("nginx did not start: %1").arg(QString::fromLocal8Bit(log.readAll()));
        stop();
        return false;
    }
    return true;
}

void NginxFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: nginx's fast shutdown
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool NginxFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}
