#pragma once

#include "exchange/ImportBatch.h"
#include "exchange/ImportError.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace OutageDesk {

class Workspace;

// Reads files in the exchange format (docs/spec/incident-format.md). Import is
// all-or-nothing per file: parse() validates everything without touching a
// workspace; apply() writes in one transaction and checks what only the workspace
// knows (a data center's existing zone).
class IncidentImporter
{
public:
    static constexpr int kFormatVersion = 1;

    // `now` decides which outage windows start "in the future" (refused).
    static bool parse(const QByteArray &json, const QDateTime &now, ImportBatch *batch, ImportError *error);
    // The same, letting go of the bytes once they are read: a large file's import
    // then never holds the file, its document and the batch all at once.
    static bool parse(QByteArray &&json, const QDateTime &now, ImportBatch *batch, ImportError *error);
    // Told how many incidents of the batch are written (`done` == `total` while the
    // search index is built, the last step); returning false cancels the import, which
    // then leaves the workspace as it was. Called on the thread that applies.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    // Takes the batch: its incidents are let go once written, before the search index
    // is built (pass it with std::move for a large import).
    static bool apply(Workspace *workspace, ImportBatch batch, ImportSummary *summary, ImportError *error,
                      const Progress &progress = {});
    // The whole file, read as parse() reads it fastest; `error->file` is set to `path`.
    static bool readFile(const QString &path, QByteArray *bytes, ImportError *error);
    // readFile() + parse() + apply().
    static bool importFile(Workspace *workspace, const QString &path, const QDateTime &now,
                           ImportSummary *summary, ImportError *error);
};

} // namespace OutageDesk
