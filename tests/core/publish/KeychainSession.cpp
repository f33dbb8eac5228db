#include "KeychainSession.h"

#include <QByteArray>
#include <QFileInfo>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace KeychainSession {

void enterOrReexec(int argc, char **argv)
{
#ifdef Q_OS_UNIX
    if (qEnvironmentVariableIsSet("OUTAGEDESK_KEYCHAIN_SESSION") || qEnvironmentVariableIsSet("OUTAGEDESK_NO_KEYCHAIN"))
        return;
    const QByteArray wrapper = OUTAGEDESK_KEYCHAIN_WRAPPER;
    if (!QFileInfo::exists(QString::fromLocal8Bit(wrapper))) {
        qputenv("OUTAGEDESK_NO_KEYCHAIN", "the wrapper script " + wrapper + " is missing");
        return;
    }
    qputenv("OUTAGEDESK_KEYCHAIN_SESSION", "1");
    std::vector<char *> args;
    static char sh[] = "sh";
    args.push_back(sh);
    args.push_back(const_cast<char *>(wrapper.constData()));
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execv("/bin/sh", args.data());
    // Only reached when exec failed: run without, and say so.
    qputenv("OUTAGEDESK_NO_KEYCHAIN", "cannot run /bin/sh for the keychain session");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
}

QString unavailableReason()
{
    if (qEnvironmentVariableIsSet("OUTAGEDESK_NO_KEYCHAIN"))
        return qEnvironmentVariable("OUTAGEDESK_NO_KEYCHAIN");
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("no D-Bus session bus");
    return {};
}

} // namespace KeychainSession
