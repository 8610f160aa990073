#pragma once

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>

namespace airlock {

// Token bucket shared by all worker threads: at most `perSecond` new handshakes per second with a
// burst of the same size. perSecond == 0 disables the limit.
class HandshakeRateLimiter
{
public:
    explicit HandshakeRateLimiter(int perSecond);
    bool tryAcquire();
    // A new rate (an applied config): the tokens left carry over, capped at the new burst.
    void setRate(int perSecond);

private:
    QMutex m_mutex;
    std::atomic<int> m_perSecond;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastRefillNs = 0;
};

} // namespace airlock
