#pragma once

#include "BridgeScenario.h"

namespace airlock::bench {

// One connection through a bridge, one message in flight: the time from sending a binary message to having
// read as many bytes back, in however many messages they came, for each of --rtt-sizes. The first tenth (at
// most 200) of the round trips warm up and are not counted.
class BridgeRoundTripScenario : public BridgeScenario
{
    Q_OBJECT
public:
    using BridgeScenario::BridgeScenario;

    QString name() const override { return QStringLiteral("bridge-round-trip"); }
    QList<BenchResult> run(const BenchTarget& target) override;

private:
    BenchResult measure(const BenchTarget& target, int size);
};

} // namespace airlock::bench
