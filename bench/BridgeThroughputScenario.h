#pragma once

#include "BridgeScenario.h"

namespace airlock::bench {

// N connections through a bridge to a TCP echo, each keeping up to --bridge-window bytes in flight in
// binary messages of --message-bytes: whenever enough echoed bytes have come back (in whatever messages),
// new messages go out, for a fixed time. Bytes per second each way, and the bridge's CPU per MB echoed.
class BridgeThroughputScenario : public BridgeScenario
{
    Q_OBJECT
public:
    using BridgeScenario::BridgeScenario;

    QString name() const override { return QStringLiteral("bridge-throughput"); }
    QList<BenchResult> run(const BenchTarget& target) override;
};

} // namespace airlock::bench
