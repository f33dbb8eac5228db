#include "cli/OutputFile.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/TerminalText.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace OutageDesk {

int OutputFile::write(CommandContext &context, const QString &path, const QByteArray &content)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out().flush();
        // On a terminal the document is read, not kept: its control characters (an escape
        // sequence in a title) are written out. Into a pipe or a file it goes byte for byte.
        if (isatty(fileno(stdout))) {
            context.out() << TerminalText::escaped(QString::fromUtf8(content), TerminalText::Layout::Lines) << Qt::flush;
            return ExitSuccess;
        }
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
