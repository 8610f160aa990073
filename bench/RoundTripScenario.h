#pragma once

#include "Scenario.h"

namespace airlock::bench {

// One connection, one message in flight: the time from sending a message to its echo being read back,
// for each configured size. The first tenth (at most 200) of the round trips warm up and are not counted.
class RoundTripScenario : public Scenario
{
    Q_OBJECT
public:
    using Scenario::Scenario;

    QString name() const override { return QStringLiteral("round-trip"); }
    QList<BenchResult> run(const BenchTarget& target) override;

private:
    BenchResult measure(const BenchTarget& target, int size);
};

} // namespace airlock::bench
