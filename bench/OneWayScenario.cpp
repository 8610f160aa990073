#include "OneWayScenario.h"

namespace airlock::bench {

OneWayScenario::OneWayScenario(Direction direction, const BenchOptions& options, QObject* parent)
    : Scenario(options, parent)
    , m_direction(direction)
{}

QString OneWayScenario::name() const
{
    return m_direction == Direction::Down ? QStringLiteral("one-way-down") : QStringLiteral("one-way-up");
}

QList<BenchResult> OneWayScenario::run(const BenchTarget& target)
{
    const bool down = m_direction == Direction::Down;
    const int count = m_options.connections;
    const int size = m_options.messageBytes;
    const QString sizeText =
        size % 1024 == 0 ? QStringLiteral("%1 KiB").arg(size / 1024) : QStringLiteral("%1 B").arg(size);
    BenchResult result =
        makeResult(target, down ? QStringLiteral("%1 conn x %2, backend->client").arg(count).arg(sizeText)
                                : QStringLiteral("%1 conn x %2, client->backend").arg(count).arg(sizeText));
    if (!down && m_options.client != ClientConnection::Kind::Raw) {
        result.error = QStringLiteral("one-way-up needs --client raw");
        return {result};
    }

    OpenCounts counts;
    bool sending = false;
    qint64 bytes = 0;    // payload received (down) or frame bytes the kernel took (up), while measuring
    qint64 messages = 0; // messages received (down)
    const qint64 queued = qint64(m_options.oneWayWindow) * size;

    const QByteArray query = QByteArray(target.path.contains('?') ? "&" : "?") +
                             (down ? "mode=source&size=" + QByteArray::number(size) : QByteArray("mode=sink"));
    const QByteArray payload(down ? 1 : size, 'x');
    QList<ClientConnection*> connections;
    // Up: keeps the client's own queue at the window; the kernel taking bytes makes room for more.
    const auto topUp = [&](ClientConnection* c) {
        const qint64 room = queued - c->bytesToWrite();
        if (sending && room >= size)
            c->send(int(room / size));
    };
    for (int i = 0; i < count; ++i) {
        ClientConnection* c = newConnection();
        connections.append(c);
        c->setMessage(payload);
        countOpening(c, counts);
        if (down) {
            connect(c, &ClientConnection::received, this, [&](int n, qint64 b) {
                if (sending) {
                    messages += n;
                    bytes += b;
                }
            });
        } else {
            connect(c, &ClientConnection::wrote, this, [&, c](qint64 b) {
                if (!sending)
                    return;
                bytes += b;
                // Queued: send() flushes, and a flush inside a bytesWritten() handler writes without
                // emitting bytesWritten() again, which would end the stream once the buffer drained.
                QMetaObject::invokeMethod(
                    c, [&, c] { topUp(c); }, Qt::QueuedConnection);
            });
        }
        c->open(target.port, target.path + query);
    }

    if (!waitAllOpened(connections, counts, result))
        return {result};

    startCpu(target);
    const double seconds = measureFor(
        &sending,
        [&] {
            if (!down) {
                for (ClientConnection* c : std::as_const(connections))
                    topUp(c);
            }
        },
        [&] { return counts.failures > 0; });
    addCpuMetrics(result, double(bytes) / 1e6, QStringLiteral("MB"));
    if (counts.failures > 0)
        result.error = counts.firstError;
    else if (bytes == 0)
        result.error = QStringLiteral("nothing was relayed");

    const double mb = 1e6;
    QList<BenchMetric> figures;
    if (down) {
        figures.append({QStringLiteral("mb_s_down"), QStringLiteral("backend->client"), double(bytes) / mb / seconds,
                        QStringLiteral("MB/s"), 1, true});
        figures.append({QStringLiteral("msgs_s"), QStringLiteral("messages"), double(messages) / seconds,
                        QStringLiteral("msg/s"), 0, true});
    } else {
        figures.append({QStringLiteral("mb_s_up"), QStringLiteral("client->backend"), double(bytes) / mb / seconds,
                        QStringLiteral("MB/s"), 1, true});
    }
    result.metrics = figures + result.metrics;
    result.add(QStringLiteral("seconds"), QStringLiteral("measured"), seconds, QStringLiteral("s"), 2);

    closeAll(connections);
    return {result};
}

} // namespace airlock::bench
