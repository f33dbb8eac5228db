#pragma once

#include <QObject>
#include <QTimer>

namespace OutageDesk {

class Publisher;

// Sends due outbox jobs in the background of a running app: at start (jobs that
// survived a restart), when the next retry is due, and as soon as the system says
// the network is back (QNetworkInformation where a backend exists; elsewhere the
// backoff alone). It never runs two passes at once.
class OutboxWorker : public QObject
{
    Q_OBJECT

public:
    explicit OutboxWorker(Publisher *publisher, QObject *parent = nullptr);

    void start();
    // Runs every due job now (the user's "retry").
    void runNow();

    int waitingCount() const { return m_waiting; }
    // False when the system reports no network, or a waiting job could not reach its portal.
    bool isOnline() const { return m_online; }
    // Counts the outbox again (after a job was cancelled) and reports a change.
    void refresh();

Q_SIGNALS:
    void stateChanged(int waiting, bool online);

private:
    void pass();
    void schedule();

    Publisher *m_publisher;
    QTimer m_timer;
    int m_waiting = 0;
    bool m_online = true;
    bool m_systemOnline = true;
};

} // namespace OutageDesk
