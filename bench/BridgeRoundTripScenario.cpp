#include "BridgeRoundTripScenario.h"

#include "Percentiles.h"

#include <QElapsedTimer>

namespace airlock::bench {

QList<BenchResult> BridgeRoundTripScenario::run(const BenchTarget& target)
{
    QList<BenchResult> results;
    for (int size : m_options.rttSizes)
        results.append(measure(target, size));
    return results;
}

BenchResult BridgeRoundTripScenario::measure(const BenchTarget& target, int size)
{
    BenchResult result = makeResult(target, QStringLiteral("%1, 1 in flight").arg(sizeText(size)));
    const int count = m_options.rttCount;
    const int warmup = qMin(200, count / 10);

    bool open = false;
    bool finished = false;
    QString error;
    QList<qint64> samples;
    samples.reserve(count);
    int done = 0;
    qint64 back = 0; // bytes of the current round trip read so far
    qint64 messages = 0;
    qint64 sentAt = 0;
    QElapsedTimer clock;

    ClientConnection* c = newBridgeConnection();
    QList<ClientConnection*> connections{c};
    c->setMessage(QByteArray(size, 'x'));
    connect(c, &ClientConnection::opened, this, [&] {
        error = subprotocolError(c);
        open = error.isEmpty();
        finished = !open;
        wake();
    });
    connect(c, &ClientConnection::failed, this, [&](const QString& detail) {
        error = detail;
        finished = true;
        wake();
    });
    connect(c, &ClientConnection::received, this, [&](int n, qint64 bytes) {
        const qint64 now = clock.nsecsElapsed();
        back += bytes;
        if (done >= warmup)
            messages += n;
        if (back > size) {
            error = QStringLiteral("%1 bytes came back for a message of %2").arg(back).arg(size);
            finished = true;
        } else if (back == size) {
            back = 0;
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

    const Percentiles p(samples);
    QList<BenchMetric> figures = p.latencyMetrics(QStringLiteral("round trips"));
    // More than 1 when the bridge split the echo.
    figures.append({QStringLiteral("msgs_per_round_trip"), QStringLiteral("messages back per round trip"),
                    p.count() > 0 ? double(messages) / double(p.count()) : 0.0, QString(), 2, false});
    result.metrics = figures + result.metrics;
    closeAll(connections);
    return result;
}

} // namespace airlock::bench
