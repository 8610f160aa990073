#pragma once

#include "Scenario.h"

namespace airlock::bench {

// Opens K WebSocket sessions through the proxy and leaves them idle; the proxy's resident memory
// (VmRSS) before and after, divided by K, is what one idle session costs. Needs the proxy's PID, so
// it is skipped for the direct target.
class IdleMemoryScenario : public Scenario
{
    Q_OBJECT
public:
    using Scenario::Scenario;

    QString name() const override { return QStringLiteral("idle-memory"); }
    QList<BenchResult> run(const BenchTarget& target) override;
};

} // namespace airlock::bench
