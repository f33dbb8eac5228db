#pragma once

#include "exchange/ImportBatch.h"
#include "exchange/ImportError.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace OutageDesk {

class Workspace;

// Imports one file on a thread of its own, writing through a second connection beside
// the window's (Workspace::openBeside), so that the window keeps repainting, shows how
// far the import is and can cancel it. A 100,000-incident file takes seconds; the window
// would otherwise stop answering and be reported as hung.
class BackgroundImport : public QObject
{
    Q_OBJECT

public:
    // `workspace` is the window's, open for writing; it must stay open and must not be
    // written to until finished().
    BackgroundImport(const Workspace *workspace, const QString &path, QObject *parent = nullptr);
    ~BackgroundImport() override; // waits for the thread

    void start();
    // From any thread. Takes effect at the next progress() (every few hundred incidents);
    // once the search index is being built the import can no longer be cancelled.
    void cancel() { m_cancel = true; }

    // Valid after finished().
    bool succeeded() const { return m_succeeded; }
    bool wasCancelled() const { return m_cancelled; }
    ImportSummary summary() const { return m_summary; }
    ImportError error() const { return m_error; }

Q_SIGNALS:
    // Emitted on the import's thread (connections to the window are queued): `done` of
    // `total` incidents written; done == total while the search index is built.
    void progress(int done, int total);
    void finished();

private:
    void run();

    const Workspace *m_workspace;
    const QString m_path;
    const QDateTime m_now;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_succeeded = false;
    bool m_cancelled = false; // what stopped it, as opposed to a refusal
    ImportSummary m_summary;
    ImportError m_error;
};

} // namespace OutageDesk
