#include "publish/RequestPacer.h"

#include <QElapsedTimer>

#include <algorithm>

namespace OutageDesk {

RequestPacer &RequestPacer::shared()
{
    static RequestPacer pacer;
    return pacer;
}

qint64 RequestPacer::delayFor(const QByteArray &key, qint64 nowMs, qint64 intervalMs) const
{
    const auto it = m_lastRequestMs.constFind(key);
    if (it == m_lastRequestMs.constEnd() || intervalMs <= 0)
        return 0;
    return std::clamp<qint64>(*it + intervalMs - nowMs, 0, intervalMs);
}

void RequestPacer::recordRequest(const QByteArray &key, qint64 nowMs)
{
    m_lastRequestMs.insert(key, nowMs);
}

qint64 RequestPacer::monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace OutageDesk
