#include "BridgeRoundTripScenario.h"

namespace airlock::bench {

QList<BenchResult> BridgeRoundTripScenario::run(const BenchTarget& target)
{
    QList<BenchResult> results;
    for (int size : m_options.rttSizes)
        results.append(measure(target, size));
    return results;
}

BenchResult BridgeRoundTripScenario::measure(const BenchTarget& target, int size)
{
    BenchResult result = makeResult(target, QStringLiteral("%1, 1 in flight").arg(sizeText(size)));
    ClientConnection* c = newBridgeConnection(target);
    const double perTrip = measureRoundTrips(
        target, c, size, false, [this, &target, c] { return subprotocolError(target, c); }, result);
    // More than 1 when the bridge split the echo; right after the latency rows.
    const qsizetype at = qMin<qsizetype>(6, result.metrics.size());
    result.metrics.insert(at, {QStringLiteral("msgs_per_round_trip"), QStringLiteral("messages back per round trip"),
                               perTrip, QString(), 2, false});
    return result;
}

} // namespace airlock::bench
