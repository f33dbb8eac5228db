#pragma once

#include <QString>

namespace OutageDesk {

// Why a file was refused: the file, the JSON path of the offending value
// (e.g. "incidents[0].windows[4].end") and what is wrong with it.
struct ImportError
{
    QString file;
    QString path;
    QString message;

    bool isError() const { return !message.isEmpty(); }
    // "FILE: PATH: MESSAGE" (the path is left out when the whole file is at fault).
    QString toString() const
    {
        QString text = file.isEmpty() ? QString() : file + QStringLiteral(": ");
        if (!path.isEmpty())
            text += path + QStringLiteral(": ");
        return text + message;
    }
};

} // namespace OutageDesk
