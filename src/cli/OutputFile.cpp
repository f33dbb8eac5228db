#include "cli/OutputFile.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

namespace OutageDesk {

int OutputFile::write(CommandContext &context, const QString &path, const QByteArray &content)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out().flush();
        fwrite(content.constData(), 1, size_t(content.size()), stdout);
        fflush(stdout);
        return ExitSuccess;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        context.error(QCoreApplication::translate("OutputFile", "cannot write %1: %2").arg(path, file.errorString()));
        return ExitIoFailure;
    }
    return ExitSuccess;
}

} // namespace OutageDesk
