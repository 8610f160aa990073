#pragma once

#include "BenchOptions.h"
#include "BenchResult.h"
#include "BenchTarget.h"
#include "ClientConnection.h"
#include "CpuMeter.h"

#include <QEventLoop>
#include <QObject>

#include <functional>

namespace airlock::bench {

// One kind of measurement. run() drives its connections with a local event loop and returns when the
// scenario's count or time bound is reached; every wait in it has a deadline.
class Scenario : public QObject
{
    Q_OBJECT
public:
    explicit Scenario(const BenchOptions& options, QObject* parent = nullptr);

    virtual QString name() const = 0;
    virtual QList<BenchResult> run(const BenchTarget& target) = 0;

protected:
    // How the target's proxy process is named in CPU figures: "airlock" (the echo scenarios, where only
    // Airlock has one) or "bridge" (the bridge scenarios, where both targets are bridges).
    virtual QString proxyLabel() const { return QStringLiteral("airlock"); }
    ClientConnection* newConnection();
    // Runs the event loop until condition() holds (checked whenever wake() is called) or timeoutMs passed.
    bool waitFor(const std::function<bool()>& condition, int timeoutMs);
    void wake();
    // Meters this process, the echo backend and the target's proxy from now on.
    void startCpu(const BenchTarget& target);
    // CPU share of each metered process, and the proxy's CPU time per operation when there is one.
    void addCpuMetrics(BenchResult& result, double operations, const QString& operation);
    // Closing handshake on every connection, bounded; what is still open is then aborted. Deletes them all.
    void closeAll(QList<ClientConnection*>& connections, int timeoutMs = 5000);
    BenchResult makeResult(const BenchTarget& target, const QString& variant) const;

    const BenchOptions& m_options;

private:
    QEventLoop m_loop;
    std::function<bool()> m_condition;
    CpuMeter m_cpu;
};

} // namespace airlock::bench
