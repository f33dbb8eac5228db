#include "SmtpFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

bool run(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3").arg(program, args.join(QLatin1Char(' ')),
                                                        QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

SmtpFixture::SmtpFixture() = default;

SmtpFixture::~SmtpFixture()
{
    stop();
}

QString SmtpFixture::missingReason()
{
    if (!QFile::exists(kPython))
        return QStringLiteral("/usr/bin/python3 is not installed (Debian: python3)");
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("aiosmtpd is not installed for /usr/bin/python3 (Debian: python3-aiosmtpd)");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return QStringLiteral("openssl is not installed (Debian: openssl)");
    return {};
}

QString SmtpFixture::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_smtps ? QStringLiteral("smtps") : QStringLiteral("smtp")).arg(m_port);
}

QString SmtpFixture::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QString SmtpFixture::mailDir() const
{
    return m_dir.filePath(QStringLiteral("mail"));
}

bool SmtpFixture::makeCertificates(QString *error)
{
    if (m_certificates)
        return true;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    auto path = [&](const char *name) { return m_dir.filePath(QLatin1String(name)); };
    // A CA made for this run, and a certificate for 127.0.0.1 and localhost signed by it.
    if (!run(openssl, {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                       "-keyout", path("ca.key"), "-out", path("ca.pem"), "-days", "2", "-subj", "/CN=Outage Desk mail test CA",
                       "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"},
             error)
        || !run(openssl, {"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                          path("server.key"), "-out", path("server.csr"), "-subj", "/CN=localhost"},
                error))
        return false;
    {
        QFile ext(path("server.ext"));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    }
    if (!run(openssl, {"x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
                       "-CAcreateserial", "-out", path("server.pem"), "-days", "2", "-extfile", path("server.ext")},
             error))
        return false;
    m_certificates = true;
    return true;
}

bool SmtpFixture::start(const Options &options, QString *error)
{
    stop();
    if (options.tls && !makeCertificates(error))
        return false;
    QDir().mkpath(mailDir());
    QStringList args{QStringLiteral(OUTAGEDESK_SMTP_FIXTURE), "--dir", mailDir(), "--port", QString::number(options.port)};
    if (options.tls) {
        args << "--cert" << m_dir.filePath("server.pem") << "--key" << m_dir.filePath("server.key");
        if (options.smtps)
            args << "--smtps";
        else if (options.requireTls)
            args << "--require-tls";
    }
    if (options.auth)
        args << "--user" << user() << "--password" << password();
    for (const QString &address : options.refuse)
        args << "--refuse" << address;
    if (options.tempfail)
        args << "--tempfail" << QString::number(options.tempfail);
    if (options.dropAfterData)
        args << "--drop-after-data" << QString::number(options.dropAfterData);
    if (options.delayMs)
        args << "--delay-ms" << QString::number(options.delayMs);
    if (options.rawOnly)
        args << "--raw-only";
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(kPython, args);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_process->canReadLine() || m_process->waitForReadyRead(500)) {
            const QByteArray line = m_process->readLine().trimmed();
            if (line.startsWith("READY ")) {
                m_port = quint16(line.mid(6).toUInt());
                m_smtps = options.smtps;
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("the SMTP fixture did not start");
    stop();
    return false;
}

void SmtpFixture::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel(); // it stops when its input closes
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

bool SmtpFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QList<QJsonObject> SmtpFixture::received() const
{
    QList<QJsonObject> result;
    const QDir dir(mailDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            result << QJsonDocument::fromJson(f.readAll()).object();
    }
    return result;
}

QByteArray SmtpFixture::rawMessage(int index) const
{
    QFile f(QDir(mailDir()).filePath(QStringLiteral("%1.eml").arg(index + 1, 5, 10, QLatin1Char('0'))));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int SmtpFixture::dataCommandsSeen() const
{
    return int(QDir(mailDir()).entryList({QStringLiteral("receiving-*")}, QDir::Files).size());
}

void SmtpFixture::clearReceived()
{
    QDir(mailDir()).removeRecursively();
    QDir().mkpath(mailDir());
}
