#pragma once

#include <QString>
#include <optional>

namespace OutageDesk {

// Where portal secrets live. Never the workspace file, never QSettings: the
// system keychain (KeychainCredentialStore), or memory in tests.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // The secret of a portal; nullopt with `error` set when it cannot be read
    // (no keychain, no entry, access refused).
    virtual std::optional<QString> read(const QString &portalName, QString *error) = 0;
    virtual bool write(const QString &portalName, const QString &secret, QString *error) = 0;
    virtual bool remove(const QString &portalName, QString *error) = 0;
    // Whether the last failure was "there is no keychain at all" (no Secret Service,
    // no D-Bus session, a build without keychain support) rather than a refused or
    // missing entry: the case where only asking at each publish can help.
    virtual bool lastFailureWasUnavailable() const { return false; }
};

} // namespace OutageDesk
