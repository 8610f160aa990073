#include "RoundTripScenario.h"

#include "Percentiles.h"

#include <QElapsedTimer>

namespace airlock::bench {

QList<BenchResult> RoundTripScenario::run(const BenchTarget& target)
{
    QList<BenchResult> results;
    for (int size : m_options.rttSizes)
        results.append(measure(target, size));
    return results;
}

BenchResult RoundTripScenario::measure(const BenchTarget& target, int size)
{
    BenchResult result = makeResult(target, QStringLiteral("%1 B, 1 in flight").arg(size));
    const int count = m_options.rttCount;
    const int warmup = qMin(200, count / 10);

    bool open = false;
    bool finished = false;
    QString error;
    QList<qint64> samples;
    samples.reserve(count);
    int done = 0;
    qint64 sentAt = 0;
    QElapsedTimer clock;

    ClientConnection* c = newConnection();
    QList<ClientConnection*> connections{c};
    c->setMessage(QByteArray(size, 'x'));
    connect(c, &ClientConnection::opened, this, [&] {
        open = true;
        wake();
    });
    connect(c, &ClientConnection::failed, this, [&](const QString& detail) {
        error = detail;
        finished = true;
        wake();
    });
    connect(c, &ClientConnection::received, this, [&](int messages, qint64) {
        const qint64 now = clock.nsecsElapsed();
        if (messages != 1) {
            error = QStringLiteral("%1 echoes arrived for one message").arg(messages);
            finished = true;
        } else {
            if (done >= warmup)
                samples.append(now - sentAt);
            ++done;
            if (done < warmup + count && now < qint64(m_options.maxScenarioMs) * 1000000) {
                sentAt = clock.nsecsElapsed();
                c->send(1);
            } else {
                finished = true;
            }
        }
        wake();
    });
    c->open(target.port, target.path);
    if (!waitFor([&] { return open || finished; }, 10000) || !open) {
        result.error = error.isEmpty() ? QStringLiteral("connection did not open in time") : error;
        closeAll(connections);
        return result;
    }

    startCpu(target);
    clock.start();
    sentAt = clock.nsecsElapsed();
    c->send(1);
    waitFor([&] { return finished; }, m_options.maxScenarioMs + 5000);
    addCpuMetrics(result, double(done), QStringLiteral("round_trip"));
    if (!error.isEmpty())
        result.error = error;
    else if (samples.size() < count)
        result.error = QStringLiteral("only %1 of %2 round trips within the time limit").arg(samples.size()).arg(count);

    const QList<BenchMetric> figures = Percentiles(samples).latencyMetrics(QStringLiteral("round trips"));
    result.metrics = figures + result.metrics;
    closeAll(connections);
    return result;
}

} // namespace airlock::bench
