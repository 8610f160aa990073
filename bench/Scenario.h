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
    // The connections of a load scenario as they open: how many opened or failed, and the first failure.
    struct OpenCounts
    {
        int opened = 0;
        int failures = 0;
        QString firstError;

        void fail(const QString& detail);
    };

    // How the target's proxy process is named in CPU figures: the target's name ("airlock", "nginx", ...) in
    // the echo scenarios, "bridge" in the bridge scenarios (where every proxied target is a bridge).
    virtual QString proxyLabel(const BenchTarget& target) const { return target.name; }
    ClientConnection* newConnection();
    // Runs the event loop until condition() holds (checked whenever wake() is called) or timeoutMs passed.
    bool waitFor(const std::function<bool()>& condition, int timeoutMs);
    void wake();
    // The measured phase of a load scenario: sets *sending, lets the event loop run for --duration-ms (or
    // until failed() holds), clears *sending and returns the seconds measured. Callers start the load
    // right after this sets *sending, from the callback start.
    double measureFor(bool* sending, const std::function<void()>& start, const std::function<bool()>& failed);
    // One connection, one message of size bytes in flight: opens c on the target (opened() must return an
    // empty string for a usable connection, else the reason), then times each message until size bytes
    // came back (the first tenth, at most 200, warm up). oneMessage: they must come as one message (an
    // echo), otherwise in any number (a bridge). Fills result with latency rows (first) and CPU rows;
    // returns how many messages a measured round trip came back in, on average.
    double measureRoundTrips(const BenchTarget& target, ClientConnection* c, int size, bool oneMessage,
                             const std::function<QString()>& opened, BenchResult& result);
    // Meters this process, the echo backend and the target's proxy from now on.
    void startCpu(const BenchTarget& target);
    // CPU share of each metered process, and the proxy's CPU time per operation when there is one.
    void addCpuMetrics(BenchResult& result, double operations, const QString& operation);
    // Closing handshake on every connection, bounded; what is still open is then aborted. Deletes them all.
    void closeAll(QList<ClientConnection*>& connections, int timeoutMs = 5000);
    // Counts c's opened() and failed() into counts. check, when given, judges an opened connection: an empty
    // string for a usable one, else the reason it is not (counted as a failure).
    void countOpening(ClientConnection* c, OpenCounts& counts, const std::function<QString()>& check = {});
    // Waits (bounded) until every connection opened or one failed. False when not all opened: then result
    // says why and the connections are closed.
    bool waitAllOpened(QList<ClientConnection*>& connections, OpenCounts& counts, BenchResult& result);
    BenchResult makeResult(const BenchTarget& target, const QString& variant) const;

    const BenchOptions& m_options;

private:
    QEventLoop m_loop;
    std::function<bool()> m_condition;
    CpuMeter m_cpu;
    QString m_proxyLabel; // of the target being metered
};

} // namespace airlock::bench
