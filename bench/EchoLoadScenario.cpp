#include "EchoLoadScenario.h"

#include <QElapsedTimer>
#include <QTimer>

namespace airlock::bench {

EchoLoadScenario::EchoLoadScenario(Kind kind, const BenchOptions& options, QObject* parent)
    : Scenario(options, parent)
    , m_kind(kind)
    , m_connections(options.connections)
    , m_messageBytes(kind == Kind::Throughput ? options.messageBytes : options.rateBytes)
    , m_window(kind == Kind::Throughput ? options.throughputWindow : options.rateWindow)
{}

QString EchoLoadScenario::name() const
{
    return m_kind == Kind::Throughput ? QStringLiteral("throughput") : QStringLiteral("message-rate");
}

QList<BenchResult> EchoLoadScenario::run(const BenchTarget& target)
{
    const QString size = m_messageBytes % 1024 == 0 ? QStringLiteral("%1 KiB").arg(m_messageBytes / 1024)
                                                    : QStringLiteral("%1 B").arg(m_messageBytes);
    BenchResult result =
        makeResult(target, QStringLiteral("%1 conn x %2, window %3").arg(m_connections).arg(size).arg(m_window));

    OpenCounts counts;
    bool sending = false;
    qint64 inFlight = 0;
    qint64 sentMessages = 0;
    qint64 receivedMessages = 0;
    qint64 receivedBytes = 0;

    const QByteArray payload(m_messageBytes, 'x');
    QList<ClientConnection*> connections;
    for (int i = 0; i < m_connections; ++i) {
        ClientConnection* c = newConnection();
        connections.append(c);
        c->setMessage(payload);
        countOpening(c, counts);
        connect(c, &ClientConnection::received, this, [&, c](int messages, qint64 bytes) {
            inFlight -= messages;
            if (sending) {
                receivedMessages += messages;
                receivedBytes += bytes;
                c->send(messages);
                inFlight += messages;
                sentMessages += messages;
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
            for (ClientConnection* c : std::as_const(connections)) {
                c->send(m_window);
                inFlight += m_window;
                sentMessages += m_window;
            }
        },
        [&] { return counts.failures > 0; });
    addCpuMetrics(result, double(receivedMessages), QStringLiteral("msg"));

    // Let the messages still in flight come back before closing, so no close races a data frame.
    waitFor([&] { return inFlight <= 0 || counts.failures > 0; }, 5000);
    if (counts.failures > 0)
        result.error = counts.firstError;
    else if (inFlight > 0)
        result.error = QStringLiteral("%1 messages never came back").arg(inFlight);

    const double mb = 1e6;
    QList<BenchMetric> figures;
    if (m_kind == Kind::Throughput) {
        figures.append({QStringLiteral("mb_s_up"), QStringLiteral("client->backend"),
                        double(sentMessages) * m_messageBytes / mb / seconds, QStringLiteral("MB/s"), 1, true});
        figures.append({QStringLiteral("mb_s_down"), QStringLiteral("backend->client"),
                        double(receivedBytes) / mb / seconds, QStringLiteral("MB/s"), 1, true});
        figures.append({QStringLiteral("msgs_s"), QStringLiteral("messages echoed"), double(receivedMessages) / seconds,
                        QStringLiteral("msg/s"), 0, true});
    } else {
        figures.append({QStringLiteral("msgs_s"), QStringLiteral("messages echoed"), double(receivedMessages) / seconds,
                        QStringLiteral("msg/s"), 0, true});
        figures.append({QStringLiteral("mb_s_down"), QStringLiteral("backend->client"),
                        double(receivedBytes) / mb / seconds, QStringLiteral("MB/s"), 2, true});
    }
    // Throughput figures first, CPU after.
    result.metrics = figures + result.metrics;
    result.add(QStringLiteral("seconds"), QStringLiteral("measured"), seconds, QStringLiteral("s"), 2);

    closeAll(connections);
    return {result};
}

} // namespace airlock::bench
