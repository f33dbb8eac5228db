#include "publish/KeychainCredentialStore.h"

#include <outagedesk/config.h>

#include <QCoreApplication>
#include <QEventLoop>

#if OUTAGEDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KeychainCredentialStore", text);
}

QString unavailable(const QString &detail)
{
    return tr("The system keychain is not available (%1). Outage Desk keeps portal secrets only in a Secret Service: "
              "on Debian install gnome-keyring (or turn on KeePassXC's Secret Service integration), run Outage Desk "
              "in a desktop session with a D-Bus session bus (dbus-user-session), unlock the keychain and try again "
              "— or let the portal ask for its secret at each publish.")
        .arg(detail);
}

#if OUTAGEDESK_HAVE_QTKEYCHAIN
QString describe(const QKeychain::Job &job, const QString &portalName, bool *noKeychain)
{
    *noKeychain = false;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        *noKeychain = true;
        return unavailable(job.errorString());
    case QKeychain::EntryNotFound:
        return tr("The keychain holds no secret for portal %1; add it again with its secret.").arg(portalName);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("The keychain refused access to the secret of portal %1 (%2).").arg(portalName, job.errorString());
    default:
        break;
    }
    // Without a session bus or a Secret Service the backends report a plain
    // "other" error about the connection: that is a missing keychain too.
    const QString detail = job.errorString();
    for (const char *hint : {"connect", "D-Bus", "DBus", "dbus", "org.freedesktop.secrets", "ServiceUnknown"}) {
        if (detail.contains(QLatin1String(hint))) {
            *noKeychain = true;
            return unavailable(detail);
        }
    }
    return tr("Keychain error for portal %1: %2").arg(portalName, detail);
}

void runAndWait(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
#endif

} // namespace

bool KeychainCredentialStore::isCompiledIn()
{
    return OUTAGEDESK_HAVE_QTKEYCHAIN;
}

std::optional<QString> KeychainCredentialStore::read(const QString &portalName, QString *error)
{
#if OUTAGEDESK_HAVE_QTKEYCHAIN
    QKeychain::ReadPasswordJob job{QString::fromLatin1(kService)};
    job.setKey(portalName);
    runAndWait(job);
    m_unavailable = false;
    if (job.error() != QKeychain::NoError) {
        *error = describe(job, portalName, &m_unavailable);
        return std::nullopt;
    }
    return job.textData();
#else
    Q_UNUSED(portalName)
    *error = unavailable(tr("this build has no keychain support"));
    m_unavailable = true;
    return std::nullopt;
#endif
}

bool KeychainCredentialStore::write(const QString &portalName, const QString &secret, QString *error)
{
#if OUTAGEDESK_HAVE_QTKEYCHAIN
    QKeychain::WritePasswordJob job{QString::fromLatin1(kService)};
    job.setKey(portalName);
    job.setTextData(secret);
    runAndWait(job);
    m_unavailable = false;
    if (job.error() != QKeychain::NoError) {
        *error = describe(job, portalName, &m_unavailable);
        return false;
    }
    return true;
#else
    Q_UNUSED(portalName)
    Q_UNUSED(secret)
    *error = unavailable(tr("this build has no keychain support"));
    m_unavailable = true;
    return false;
#endif
}

bool KeychainCredentialStore::remove(const QString &portalName, QString *error)
{
#if OUTAGEDESK_HAVE_QTKEYCHAIN
    QKeychain::DeletePasswordJob job{QString::fromLatin1(kService)};
    job.setKey(portalName);
    runAndWait(job);
    m_unavailable = false;
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        *error = describe(job, portalName, &m_unavailable);
        return false;
    }
    return true;
#else
    Q_UNUSED(portalName)
    *error = unavailable(tr("this build has no keychain support"));
    m_unavailable = true;
    return false;
#endif
}

} // namespace OutageDesk
