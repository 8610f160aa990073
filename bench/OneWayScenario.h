#pragma once

#include "Scenario.h"

namespace airlock::bench {

// One direction alone, for a fixed time: N connections to the echo backend in a one-way mode (a query
// the proxies pass on). Down: the backend sends messages of --message-bytes as fast as they are taken and
// the client counts them (backend->client). Up: the client keeps --one-way-window messages queued and the
// backend discards them (client->backend). Without the echo, each figure is one direction's cost alone.
class OneWayScenario : public Scenario
{
    Q_OBJECT
public:
    enum class Direction { Down, Up };

    OneWayScenario(Direction direction, const BenchOptions& options, QObject* parent = nullptr);

    QString name() const override;
    QList<BenchResult> run(const BenchTarget& target) override;

private:
    Direction m_direction;
};

} // namespace airlock::bench
