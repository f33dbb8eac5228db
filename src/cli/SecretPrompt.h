#pragma once

#include <QString>
#include <optional>

namespace OutageDesk {

// Reads a secret from the terminal without echoing it (or a line from stdin when
// it is not a terminal). Never logs it.
class SecretPrompt
{
public:
    static QString ask(const QString &prompt);
    // For a portal that asks for its secret at each publish: OUTAGEDESK_PORTAL_SECRET
    // when set (scripts), else typed; nullopt when nothing was given.
    static std::optional<QString> forPortal(const QString &portalName);
};

} // namespace OutageDesk
