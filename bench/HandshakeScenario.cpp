#include "HandshakeScenario.h"

#include "Percentiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

namespace airlock::bench {

namespace {
// A broken target fails fast instead of taking every remaining handshake down with it.
constexpr int MaxFailures = 10;
} // namespace

QList<BenchResult> HandshakeScenario::run(const BenchTarget& target)
{
    return {measure(target, 1), measure(target, m_options.handshakeParallel)};
}

BenchResult HandshakeScenario::measure(const BenchTarget& target, int parallel)
{
    BenchResult result =
        makeResult(target, parallel == 1 ? QStringLiteral("sequential") : QStringLiteral("%1 in flight").arg(parallel));
    const int count = m_options.handshakes;

    int started = 0;
    int completed = 0;
    int failures = 0;
    QString firstError;
    QList<qint64> latencies;
    latencies.reserve(count);
    QSet<ClientConnection*> live;
    QElapsedTimer clock;

    std::function<void()> startOne = [&] {
        ClientConnection* c = newConnection();
        live.insert(c);
        ++started;
        const qint64 startedAt = clock.nsecsElapsed();
        connect(c, &ClientConnection::opened, this, [&, c, startedAt] {
            latencies.append(clock.nsecsElapsed() - startedAt);
            c->close();
        });
        connect(c, &ClientConnection::failed, this, [&](const QString& detail) {
            if (firstError.isEmpty())
                firstError = detail;
            ++failures;
        });
        connect(c, &ClientConnection::closed, this, [&, c] {
            ++completed;
            live.remove(c);
            c->disconnect(this);
            c->deleteLater();
            if (started < count && failures < MaxFailures && clock.elapsed() < m_options.maxScenarioMs)
                startOne();
            wake();
        });
        c->open(target.port, target.path);
    };

    startCpu(target);
    clock.start();
    for (int i = 0; i < qMin(parallel, count); ++i)
        startOne();
    waitFor([&] { return completed == started; }, m_options.maxScenarioMs + 5000);
    const qint64 elapsedNs = clock.nsecsElapsed();
    addCpuMetrics(result, double(completed), QStringLiteral("session"));

    for (ClientConnection* c : std::as_const(live)) {
        c->disconnect(this);
        c->abort();
        c->deleteLater();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    if (failures > 0)
        result.error = QStringLiteral("%1 failed, first: %2").arg(failures).arg(firstError);
    else if (completed < count)
        result.error = QStringLiteral("only %1 of %2 sessions within the time limit").arg(completed).arg(count);

    const Percentiles p(latencies);
    const QList<BenchMetric> figures = {
        {QStringLiteral("handshakes_s"), QStringLiteral("handshakes (open+close)"),
         double(completed - failures) / (double(elapsedNs) / 1e9), QStringLiteral("/s"), 0, true},
        {QStringLiteral("p50_us"), QStringLiteral("connect->101 p50"), double(p.at(0.50)) / 1000.0,
         QStringLiteral("us"), 0, false},
        {QStringLiteral("p99_us"), QStringLiteral("connect->101 p99"), double(p.at(0.99)) / 1000.0,
         QStringLiteral("us"), 0, false},
        {QStringLiteral("sessions"), QStringLiteral("sessions"), double(completed), QString(), 0, true},
    };
    result.metrics = figures + result.metrics;
    return result;
}

} // namespace airlock::bench
