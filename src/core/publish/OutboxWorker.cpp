#include "publish/OutboxWorker.h"

#include "publish/OutboxRepository.h"
#include "publish/Publisher.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QNetworkInformation>

namespace OutageDesk {

OutboxWorker::OutboxWorker(Publisher *publisher, QObject *parent)
    : QObject(parent)
    , m_publisher(publisher)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::pass);
    connect(m_publisher, &Publisher::jobChanged, this, [this] { refresh(); });
}

void OutboxWorker::start()
{
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        auto apply = [this](QNetworkInformation::Reachability reachability) {
            const bool online = reachability != QNetworkInformation::Reachability::Disconnected;
            const bool cameBack = online && !m_systemOnline;
            m_systemOnline = online;
            refresh();
            if (cameBack)
                runNow();
        };
        connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
        apply(info->reachability());
    }
    // Jobs interrupted by a crash or a quit wait as "sending": take them up now.
    QTimer::singleShot(0, this, &OutboxWorker::pass);
}

void OutboxWorker::runNow()
{
    m_timer.stop();
    pass();
}

void OutboxWorker::pass()
{
    if (m_publisher->isRunning())
        return;
    m_publisher->runDue();
    refresh();
    schedule();
}

void OutboxWorker::schedule()
{
    const auto jobs = m_publisher->outbox().jobs();
    QDateTime next;
    for (const auto &job : jobs) {
        if (job.isPending() && (!next.isValid() || job.nextAttemptAt < next))
            next = job.nextAttemptAt;
    }
    if (!next.isValid())
        return;
    const qint64 ms = std::clamp<qint64>(Clock::now().msecsTo(next), 0, 24LL * 3600 * 1000);
    m_timer.start(int(ms));
}

void OutboxWorker::refresh()
{
    // A job waiting after a failed attempt means its portal could not be reached
    // (permanent failures are "failed", not waiting): that is what "offline" means
    // here, also right after a restart, before the next attempt is due.
    const auto jobs = m_publisher->outbox().jobs();
    bool unreachable = false;
    for (const auto &job : jobs) {
        if (job.state == OutboxState::Queued && job.attempts > 0)
            unreachable = true;
    }
    const int waiting = int(jobs.size());
    const bool online = m_systemOnline && !unreachable;
    if (waiting != m_waiting || online != m_online) {
        m_waiting = waiting;
        m_online = online;
        Q_EMIT stateChanged(m_waiting, m_online);
    }
}

} // namespace OutageDesk
