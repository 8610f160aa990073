#include "health/HealthSnapshot.h"

namespace airlock {

QString HealthSnapshot::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Up:
        return QStringLiteral("up");
    case State::Degraded:
        return QStringLiteral("degraded");
    case State::Down:
        return QStringLiteral("down");
    }
    return QStringLiteral("unknown");
}

int HealthSnapshot::gaugeValue(State state)
{
    switch (state) {
    case State::Up:
    case State::Degraded:
        return 1;
    case State::Down:
        return 0;
    case State::Unknown:
        break;
    }
    return -1;
}

QJsonObject HealthSnapshot::toJson() const
{
    QJsonObject o{
        {QStringLiteral("route"), route},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("checks"), double(checks)},
        {QStringLiteral("consecutiveSuccesses"), consecutiveSuccesses},
        {QStringLiteral("consecutiveFailures"), consecutiveFailures},
        {QStringLiteral("lastCheckedAt"), double(lastCheckedAt)},
        {QStringLiteral("lastOk"), lastOk},
        {QStringLiteral("latencyMs"), QJsonObject{{QStringLiteral("last"), double(lastLatencyMs)},
                                                  {QStringLiteral("median"), double(medianLatencyMs)},
                                                  {QStringLiteral("p95"), double(p95LatencyMs)},
                                                  {QStringLiteral("samples"), latencySamples}}},
    };
    if (lastError != FailureReason::None) {
        o.insert(QStringLiteral("lastError"), QJsonObject{{QStringLiteral("error"), failure::id(lastError)},
                                                          {QStringLiteral("detail"), lastErrorDetail},
                                                          {QStringLiteral("status"), lastErrorStatus},
                                                          {QStringLiteral("classification"), lastErrorClassification},
                                                          {QStringLiteral("at"), double(lastErrorAt)}});
    }
    return o;
}

} // namespace airlock
