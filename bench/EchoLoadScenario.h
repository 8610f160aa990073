#pragma once

#include "Scenario.h"

namespace airlock::bench {

// N connections keep `window` messages each in flight: every echo that returns is answered with a new
// message at once, for a fixed time. With 64 KiB messages this is the throughput scenario (MB/s each
// way); with 32-byte messages and a deep window, the message-rate scenario (messages/s).
class EchoLoadScenario : public Scenario
{
    Q_OBJECT
public:
    enum class Kind { Throughput, MessageRate };

    EchoLoadScenario(Kind kind, const BenchOptions& options, QObject* parent = nullptr);

    QString name() const override;
    QList<BenchResult> run(const BenchTarget& target) override;

private:
    Kind m_kind;
    int m_connections;
    int m_messageBytes;
    int m_window;
};

} // namespace airlock::bench
