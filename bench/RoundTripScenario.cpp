#include "RoundTripScenario.h"

namespace airlock::bench {

QList<BenchResult> RoundTripScenario::run(const BenchTarget& target)
{
    QList<BenchResult> results;
    for (int size : m_options.rttSizes)
        results.append(measure(target, size));
    return results;
}

BenchResult RoundTripScenario::measure(const BenchTarget& target, int size)
{
    BenchResult result = makeResult(target, QStringLiteral("%1 B, 1 in flight").arg(size));
    measureRoundTrips(
        target, newConnection(), size, true, [] { return QString(); }, result);
    return result;
}

} // namespace airlock::bench
