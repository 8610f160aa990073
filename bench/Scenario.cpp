#include "Scenario.h"

#include "Percentiles.h"

#include <QElapsedTimer>

#include <QCoreApplication>
#include <QTimer>

namespace airlock::bench {

Scenario::Scenario(const BenchOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{}

ClientConnection* Scenario::newConnection()
{
    return ClientConnection::create(m_options.client);
}

bool Scenario::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    if (condition())
        return true;
    m_condition = condition;
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setTimerType(Qt::PreciseTimer);
    connect(&deadline, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    m_loop.exec();
    m_condition = nullptr;
    return condition();
}

double Scenario::measureFor(bool* sending, const std::function<void()>& start, const std::function<bool()>& failed)
{
    QElapsedTimer clock;
    clock.start();
    qint64 elapsedNs = 0;
    *sending = true;
    start();
    QTimer stop;
    stop.setSingleShot(true);
    stop.setTimerType(Qt::PreciseTimer);
    connect(&stop, &QTimer::timeout, this, [&] {
        *sending = false;
        elapsedNs = clock.nsecsElapsed();
        wake();
    });
    stop.start(m_options.durationMs);
    waitFor([&] { return !*sending || failed(); }, m_options.durationMs + 5000);
    if (*sending) {
        *sending = false;
        elapsedNs = clock.nsecsElapsed();
    }
    return double(elapsedNs) / 1e9;
}

double Scenario::measureRoundTrips(const BenchTarget& target, ClientConnection* c, int size, bool oneMessage,
                                   const std::function<QString()>& opened, BenchResult& result)
{
    const int count = m_options.rttCount;
    const int warmup = qMin(200, count / 10);
    bool open = false;
    bool finished = false;
    QString error;
    QList<qint64> samples;
    samples.reserve(count);
    int done = 0;
    qint64 back = 0;      // bytes of the current round trip read so far
    int backMessages = 0; // and the messages they came in
    qint64 messages = 0;  // messages of the measured round trips
    qint64 sentAt = 0;
    QElapsedTimer clock;

    QList<ClientConnection*> connections{c};
    c->setMessage(QByteArray(size, 'x'));
    connect(c, &ClientConnection::opened, this, [&] {
        error = opened();
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
        backMessages += n;
        if (back > size || (oneMessage && back == size && backMessages != 1)) {
            error = oneMessage ? QStringLiteral("%1 echoes arrived for one message").arg(backMessages)
                               : QStringLiteral("%1 bytes came back for a message of %2").arg(back).arg(size);
            finished = true;
        } else if (back == size) {
            if (done >= warmup) {
                samples.append(now - sentAt);
                messages += backMessages;
            }
            back = 0;
            backMessages = 0;
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
        return 0;
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
    result.metrics = Percentiles(samples).latencyMetrics(QStringLiteral("round trips")) + result.metrics;
    closeAll(connections);
    return samples.isEmpty() ? 0.0 : double(messages) / double(samples.size());
}

void Scenario::wake()
{
    if (m_condition && m_condition())
        m_loop.quit();
}

void Scenario::startCpu(const BenchTarget& target)
{
    m_cpu = CpuMeter();
    m_proxyLabel = proxyLabel(target);
    m_cpu.add(QStringLiteral("bench"), 0);
    if (m_options.echoPid > 0)
        m_cpu.add(QStringLiteral("echo"), m_options.echoPid);
    if (target.pid > 0)
        m_cpu.add(m_proxyLabel, target.pid);
    m_cpu.start();
}

void Scenario::addCpuMetrics(BenchResult& result, double operations, const QString& operation)
{
    const QList<CpuMeter::Usage> usage = m_cpu.stop();
    for (const CpuMeter::Usage& u : usage) {
        if (u.percent < 0)
            continue;
        result.add(QStringLiteral("cpu_%1_pct").arg(u.name), QStringLiteral("CPU %1").arg(u.name), u.percent,
                   QStringLiteral("%"), 0, false);
        if (u.name == m_proxyLabel && operations > 0)
            result.add(QStringLiteral("%1_cpu_us_per_%2").arg(u.name, operation),
                       QStringLiteral("%1 CPU per %2").arg(u.name, operation), double(u.cpuNs) / 1000.0 / operations,
                       QStringLiteral("us"), 2, false);
    }
}

void Scenario::OpenCounts::fail(const QString& detail)
{
    if (firstError.isEmpty())
        firstError = detail;
    ++failures;
}

void Scenario::countOpening(ClientConnection* c, OpenCounts& counts, const std::function<QString()>& check)
{
    connect(c, &ClientConnection::opened, this, [this, &counts, check] {
        const QString error = check ? check() : QString();
        if (error.isEmpty())
            ++counts.opened;
        else
            counts.fail(error);
        wake();
    });
    connect(c, &ClientConnection::failed, this, [this, &counts](const QString& detail) {
        counts.fail(detail);
        wake();
    });
}

bool Scenario::waitAllOpened(QList<ClientConnection*>& connections, OpenCounts& counts, BenchResult& result)
{
    const qsizetype count = connections.size();
    if (waitFor([&] { return counts.opened + counts.failures >= count; }, 10000) && counts.failures == 0)
        return true;
    result.error = counts.firstError.isEmpty() ? QStringLiteral("connections did not open in time") : counts.firstError;
    closeAll(connections);
    return false;
}

void Scenario::closeAll(QList<ClientConnection*>& connections, int timeoutMs)
{
    int pending = 0;
    QList<QMetaObject::Connection> links;
    for (ClientConnection* c : std::as_const(connections)) {
        if (!c->isOpen()) {
            c->abort();
            continue;
        }
        ++pending;
        links.append(connect(c, &ClientConnection::closed, this, [this, &pending] {
            --pending;
            wake();
        }));
        c->close();
    }
    waitFor([&pending] { return pending <= 0; }, timeoutMs);
    for (const QMetaObject::Connection& link : std::as_const(links))
        disconnect(link);
    for (ClientConnection* c : std::as_const(connections)) {
        c->disconnect(this);
        c->abort();
    }
    qDeleteAll(connections);
    connections.clear();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

BenchResult Scenario::makeResult(const BenchTarget& target, const QString& variant) const
{
    BenchResult result;
    result.scenario = name();
    result.variant = variant;
    result.target = target.name;
    return result;
}

} // namespace airlock::bench
