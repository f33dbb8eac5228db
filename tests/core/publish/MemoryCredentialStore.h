#pragma once

#include "publish/CredentialStore.h"

#include <QHash>

// Secrets in memory, for tests that are not about the keychain itself.
class MemoryCredentialStore : public OutageDesk::CredentialStore
{
public:
    QHash<QString, QString> secrets;
    std::optional<QString> read(const QString &portal, QString *error) override
    {
        if (!secrets.contains(portal)) {
            *error = QStringLiteral("no secret for %1").arg(portal);
            return std::nullopt;
        }
        return secrets.value(portal);
    }
    bool write(const QString &portal, const QString &secret, QString *) override
    {
        secrets.insert(portal, secret);
        return true;
    }
    bool remove(const QString &portal, QString *) override
    {
        secrets.remove(portal);
        return true;
    }
};
