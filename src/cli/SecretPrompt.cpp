#include "cli/SecretPrompt.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace OutageDesk {

QString SecretPrompt::ask(const QString &prompt)
{
    QTextStream err(stderr);
    std::string line;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        err << prompt << Qt::flush;
        termios saved{};
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
        return QString::fromStdString(line);
    }
#endif
    err << prompt << Qt::flush;
    std::getline(std::cin, line);
    return QString::fromStdString(line);
}

std::optional<QString> SecretPrompt::forPortal(const QString &portalName)
{
    QString secret = qEnvironmentVariable("OUTAGEDESK_PORTAL_SECRET");
    if (secret.isEmpty())
        secret = ask(QCoreApplication::translate("SecretPrompt", "Secret for portal %1 (for this publication only, not stored): ")
                         .arg(portalName));
    if (secret.isEmpty())
        return std::nullopt;
    return secret;
}

} // namespace OutageDesk
