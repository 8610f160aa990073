#include "ws/ReconnectPolicy.h"

#include <cmath>

namespace airlock {

int ReconnectPolicy::baseDelayMs(int attempt) const
{
    const double raw = initialDelayMs * std::pow(multiplier, qMax(0, attempt - 1));
    return int(qMin<double>(raw, maxDelayMs));
}

ReconnectPolicy::Decision ReconnectPolicy::next(int attempt, const CloseClassification& closed,
                                                QRandomGenerator& random) const
{
    Decision d;
    if (closed.kind == CloseClassification::Kind::Permanent) {
        d.reason = QStringLiteral("permanent failure: ") + closed.explanation;
        return d;
    }
    // 1000 is a deliberate end (the terminal exited); 1001 and the like may come back.
    if (!closed.isHttpStatus && closed.code == 1000) {
        d.reason = QStringLiteral("closed normally");
        return d;
    }
    if (maxAttempts > 0 && attempt > maxAttempts) {
        d.reason = QStringLiteral("gave up after %1 attempts").arg(maxAttempts);
        return d;
    }
    const double base = baseDelayMs(attempt);
    const double spread = base * qBound(0.0, jitter, 1.0);
    const double delay = base - spread + 2.0 * spread * random.generateDouble();
    d.retry = true;
    d.delayMs = int(qBound<double>(0, std::round(delay), maxDelayMs));
    d.reason = QStringLiteral("attempt %1 in %2 ms: %3").arg(attempt).arg(d.delayMs).arg(closed.explanation);
    return d;
}

} // namespace airlock
