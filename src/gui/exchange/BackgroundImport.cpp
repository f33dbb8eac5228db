#include "gui/exchange/BackgroundImport.h"

#include "exchange/IncidentImporter.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QThread>

#include <utility>

namespace OutageDesk {

BackgroundImport::BackgroundImport(const Workspace *workspace, const QString &path, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_path(path)
    , m_now(Clock::now()) // here: the clock is the window thread's to ask
{
}

BackgroundImport::~BackgroundImport()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundImport::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, &BackgroundImport::finished);
    m_thread->start();
}

void BackgroundImport::run()
{
    QByteArray bytes;
    ImportBatch batch;
    if (!IncidentImporter::readFile(m_path, &bytes, &m_error)
        || !IncidentImporter::parse(std::move(bytes), m_now, &batch, &m_error))
        return;
    // Opened, used and closed on this thread, as Qt SQL wants a connection to be.
    Workspace beside;
    if (!beside.openBeside(*m_workspace)) {
        m_error.message = beside.errorString();
        return;
    }
    m_succeeded = IncidentImporter::apply(&beside, std::move(batch), &m_summary, &m_error,
                                          [this](qsizetype done, qsizetype total) {
                                              Q_EMIT progress(int(done), int(total));
                                              m_cancelled = m_cancel;
                                              return !m_cancelled;
                                          });
}

} // namespace OutageDesk
