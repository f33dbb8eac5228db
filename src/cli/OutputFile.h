#pragma once

#include <QByteArray>
#include <QString>

namespace OutageDesk {

class CommandContext;

// Where a command's document goes: `-o FILE` written atomically (QSaveFile), or stdout.
class OutputFile
{
public:
    // Returns an ExitCode; on failure prints why.
    static int write(CommandContext &context, const QString &path, const QByteArray &content);
};

} // namespace OutageDesk
