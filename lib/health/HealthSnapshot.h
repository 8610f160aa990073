#pragma once

#include "observe/FailureReason.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace airlock {

// A copyable picture of one monitored route, handed out by HealthMonitor's signals.
struct HealthSnapshot
{
    enum class State { Unknown, Up, Degraded, Down };

    QString route;
    State state = State::Unknown;
    qint64 checks = 0;
    int consecutiveSuccesses = 0;
    int consecutiveFailures = 0;
    qint64 lastCheckedAt = 0; // ms since the epoch, 0 before the first result
    bool lastOk = false;
    FailureReason lastError = FailureReason::None; // of the most recent failure, kept after recovery
    QString lastErrorDetail;
    int lastErrorStatus = 0;
    QString lastErrorClassification; // "transient" / "permanent" / "normal", empty before any failure
    qint64 lastErrorAt = 0;
    // Over the successful checks among the last 50 results; -1 without any.
    qint64 lastLatencyMs = -1;
    qint64 medianLatencyMs = -1;
    qint64 p95LatencyMs = -1;
    int latencySamples = 0;

    static QString stateName(State state); // "unknown", "up", "degraded", "down"
    // The airlock_backend_up gauge: 1 up or degraded, 0 down, -1 unknown.
    static int gaugeValue(State state);
    QJsonObject toJson() const;
};

} // namespace airlock

Q_DECLARE_METATYPE(airlock::HealthSnapshot)
