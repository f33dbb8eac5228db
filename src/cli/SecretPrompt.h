#pragma once

#include <QString>

namespace OutageDesk {

// Reads a secret from the terminal without echoing it (or a line from stdin when
// it is not a terminal). Never logs it.
class SecretPrompt
{
public:
    static QString ask(const QString &prompt);
};

} // namespace OutageDesk
