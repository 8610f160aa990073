#pragma once

#include "ws/CloseClassification.h"

#include <QRandomGenerator>

namespace airlock {

// Capped exponential backoff with jitter and an attempt limit; gives up at once on a permanent failure.
// A value type: the caller keeps the attempt count and the random source (seeded in tests).
struct ReconnectPolicy
{
    int initialDelayMs = 500;
    int maxDelayMs = 30000;
    double multiplier = 2.0;
    double jitter = 0.2;  // each delay varies by up to this fraction either way
    int maxAttempts = 10; // reconnects after consecutive failures; 0 = unlimited

    struct Decision
    {
        bool retry = false;
        int delayMs = 0;
        QString reason;
    };

    // attempt: 1 for the first reconnect after a failure, 2 for the next, ...
    Decision next(int attempt, const CloseClassification& closed, QRandomGenerator& random) const;
    // The delay before `attempt` without jitter.
    int baseDelayMs(int attempt) const;
};

} // namespace airlock
