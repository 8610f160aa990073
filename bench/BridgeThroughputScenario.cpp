#include "BridgeThroughputScenario.h"

#include <QElapsedTimer>
#include <QTimer>

#include <vector>

namespace airlock::bench {

QList<BenchResult> BridgeThroughputScenario::run(const BenchTarget& target)
{
    const int count = m_options.connections;
    const qint64 size = m_options.messageBytes;
    // At least one message in flight.
    const qint64 window = qMax<qint64>(m_options.bridgeWindow, size);
    BenchResult result = makeResult(
        target, QStringLiteral("%1 conn x %2, %3 in flight").arg(count).arg(sizeText(size), sizeText(window)));

    OpenCounts counts;
    bool sending = false;
    qint64 sentBytes = 0;
    qint64 receivedBytes = 0;
    qint64 receivedMessages = 0;
    std::vector<qint64> inFlight(size_t(count), 0);

    const QByteArray payload(int(size), 'x');
    QList<ClientConnection*> connections;
    const auto topUp = [&](ClientConnection* c, size_t i) {
        const qint64 messages = (window - inFlight[i]) / size;
        if (messages <= 0)
            return;
        c->send(int(messages));
        inFlight[i] += messages * size;
        sentBytes += messages * size;
    };
    for (int i = 0; i < count; ++i) {
        ClientConnection* c = newBridgeConnection(target);
        connections.append(c);
        c->setMessage(payload);
        countOpening(c, counts, [this, &target, c] { return subprotocolError(target, c); });
        connect(c, &ClientConnection::received, this, [&, c, i](int messages, qint64 bytes) {
            inFlight[size_t(i)] -= bytes;
            if (sending) {
                receivedBytes += bytes;
                receivedMessages += messages;
                topUp(c, size_t(i));
            }
            wake();
        });
        c->open(target.port, target.path);
    }

    if (!waitAllOpened(connections, counts, result))
        return {result};

    startCpu(target);
    const double seconds = measureFor(
        &sending,
        [&] {
            for (int i = 0; i < count; ++i)
                topUp(connections[i], size_t(i));
        },
        [&] { return counts.failures > 0; });
    addCpuMetrics(result, double(receivedBytes) / 1e6, QStringLiteral("MB"));

    // Let the bytes still in flight come back before closing, so no close races the data.
    const auto pending = [&] {
        qint64 sum = 0;
        for (qint64 bytes : inFlight)
            sum += bytes;
        return sum;
    };
    waitFor([&] { return pending() <= 0 || counts.failures > 0; }, 5000);
    if (counts.failures > 0)
        result.error = counts.firstError;
    else if (pending() != 0)
        result.error = QStringLiteral("%1 bytes never came back").arg(pending());

    const double mb = 1e6;
    const QList<BenchMetric> figures = {
        {QStringLiteral("mb_s_up"), QStringLiteral("client->backend"), double(sentBytes) / mb / seconds,
         QStringLiteral("MB/s"), 1, true},
        {QStringLiteral("mb_s_down"), QStringLiteral("backend->client"), double(receivedBytes) / mb / seconds,
         QStringLiteral("MB/s"), 1, true},
        // How the bridge cut the echoed stream into messages (each TCP read is one).
        {QStringLiteral("kib_per_msg_down"), QStringLiteral("bytes per message back"),
         receivedMessages > 0 ? double(receivedBytes) / 1024.0 / double(receivedMessages) : 0.0, QStringLiteral("KiB"),
         1, true},
    };
    result.metrics = figures + result.metrics;
    result.add(QStringLiteral("seconds"), QStringLiteral("measured"), seconds, QStringLiteral("s"), 2);

    closeAll(connections);
    return {result};
}

} // namespace airlock::bench
