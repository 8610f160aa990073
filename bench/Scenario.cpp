#include "Scenario.h"

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

void Scenario::wake()
{
    if (m_condition && m_condition())
        m_loop.quit();
}

void Scenario::startCpu(const BenchTarget& target)
{
    m_cpu = CpuMeter();
    m_cpu.add(QStringLiteral("bench"), 0);
    if (m_options.echoPid > 0)
        m_cpu.add(QStringLiteral("echo"), m_options.echoPid);
    if (target.pid > 0)
        m_cpu.add(proxyLabel(), target.pid);
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
        if (u.name == proxyLabel() && operations > 0)
            result.add(QStringLiteral("%1_cpu_us_per_%2").arg(u.name, operation),
                       QStringLiteral("%1 CPU per %2").arg(u.name, operation), double(u.cpuNs) / 1000.0 / operations,
                       QStringLiteral("us"), 2, false);
    }
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
