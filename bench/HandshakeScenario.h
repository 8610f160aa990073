#pragma once

#include "Scenario.h"

namespace airlock::bench {

// Complete WebSocket sessions, one after another and with several in flight: TCP connect, upgrade,
// 101, then the closing handshake. The rate counts whole sessions; the latency is connect to 101.
class HandshakeScenario : public Scenario
{
    Q_OBJECT
public:
    using Scenario::Scenario;

    QString name() const override { return QStringLiteral("handshake"); }
    QList<BenchResult> run(const BenchTarget& target) override;

private:
    BenchResult measure(const BenchTarget& target, int parallel);
};

} // namespace airlock::bench
