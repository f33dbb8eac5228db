#pragma once

#include <QByteArray>
#include <QHash>

namespace OutageDesk {

// Spaces the requests that share one rate limit (Statuspage allows one request per
// second per API key), so that a publish paces itself instead of running into the
// limit half-way through. Keys are opaque (a hash of the API key, never the key).
// One instance per process: every attempt and every job of the process shares it.
class RequestPacer
{
public:
    static RequestPacer &shared();

    // How long a request under `key` must wait at monotonic time `nowMs`, when
    // requests under that key must be at least `intervalMs` apart.
    qint64 delayFor(const QByteArray &key, qint64 nowMs, qint64 intervalMs) const;
    void recordRequest(const QByteArray &key, qint64 nowMs);
    void forget(const QByteArray &key) { m_lastRequestMs.remove(key); }

    // Milliseconds on a clock that never jumps (not the wall clock).
    static qint64 monotonicMs();

private:
    QHash<QByteArray, qint64> m_lastRequestMs;
};

} // namespace OutageDesk
