#pragma once

#include "publish/CredentialStore.h"

namespace OutageDesk {

// The system keychain through QtKeychain: Secret Service (libsecret) on Linux,
// Keychain on macOS, Credential Manager on Windows. Its insecure plain-file
// fallback stays off. Calls wait for the keychain in a local event loop, since the
// Secret Service may have to ask the user to unlock it.
class KeychainCredentialStore : public CredentialStore
{
public:
    static constexpr auto kService = "OutageDesk portal";

    std::optional<QString> read(const QString &portalName, QString *error) override;
    bool write(const QString &portalName, const QString &secret, QString *error) override;
    bool remove(const QString &portalName, QString *error) override;

    bool lastFailureWasUnavailable() const override { return m_unavailable; }

    static bool isCompiledIn();

private:
    bool m_unavailable = false;
};

} // namespace OutageDesk
