#include "IdleMemoryScenario.h"

#include "ProcessStats.h"

#include <QElapsedTimer>

#include <functional>

namespace airlock::bench {

namespace {
// Sessions being opened at once: enough to be quick, few enough to stay far from any listen backlog.
constexpr int OpeningAtOnce = 64;
} // namespace

QList<BenchResult> IdleMemoryScenario::run(const BenchTarget& target)
{
    if (target.pid <= 0)
        return {};
    const int count = m_options.idleSessions;
    BenchResult result = makeResult(target, QStringLiteral("%1 sessions").arg(count));

    QList<ClientConnection*> connections;
    connections.reserve(count);
    int opened = 0;
    int failures = 0;
    QString firstError;
    QElapsedTimer clock;

    std::function<void()> startOne = [&] {
        ClientConnection* c = newConnection();
        connections.append(c);
        connect(c, &ClientConnection::opened, this, [&] {
            ++opened;
            if (connections.size() < count && failures == 0)
                startOne();
            wake();
        });
        connect(c, &ClientConnection::failed, this, [&](const QString& detail) {
            if (firstError.isEmpty())
                firstError = detail;
            ++failures;
            wake();
        });
        c->open(target.port, target.path);
    };

    const qint64 before = ProcessStats::treeRssKiB(target.pid);
    clock.start();
    for (int i = 0; i < qMin(OpeningAtOnce, count); ++i)
        startOne();
    waitFor([&] { return opened == count || failures > 0; }, m_options.maxScenarioMs);
    const qint64 openMs = clock.elapsed();
    const qint64 after = ProcessStats::treeRssKiB(target.pid);

    // Then one echo of idleEchoBytes on every session: buffers that traffic leaves behind in an idle session.
    qint64 echoed = 0;
    qint64 afterEcho = -1;
    if (failures == 0 && opened == count && m_options.idleEchoBytes > 0) {
        const QByteArray payload(m_options.idleEchoBytes, 'x');
        for (ClientConnection* c : std::as_const(connections)) {
            connect(c, &ClientConnection::received, this, [&](int messages, qint64) {
                echoed += messages;
                wake();
            });
            c->setMessage(payload);
            c->send(1);
        }
        waitFor([&] { return echoed >= count || failures > 0; }, m_options.maxScenarioMs);
        afterEcho = ProcessStats::treeRssKiB(target.pid);
    }

    if (failures > 0)
        result.error = QStringLiteral("%1 failed, first: %2").arg(failures).arg(firstError);
    else if (opened < count)
        result.error = QStringLiteral("only %1 of %2 sessions opened within the time limit").arg(opened).arg(count);
    else if (m_options.idleEchoBytes > 0 && echoed < count)
        result.error = QStringLiteral("only %1 of %2 echoes came back").arg(echoed).arg(count);
    if (before < 0 || after < 0)
        result.error = QStringLiteral("cannot read /proc/%1/status").arg(target.pid);

    if (m_options.idleHoldMs > 0) {
        // Time to inspect the proxy with other tools (pmap, massif snapshots) while the sessions are open.
        qInfo("airlock-bench: %lld sessions open, holding them for %d ms", qlonglong(opened), m_options.idleHoldMs);
        waitFor([] { return false; }, m_options.idleHoldMs);
    }
    closeAll(connections, 15000);
    const qint64 closed = ProcessStats::treeRssKiB(target.pid);

    result.add(QStringLiteral("kib_per_session"), QStringLiteral("RSS per idle session"),
               opened > 0 ? double(after - before) / opened : 0, QStringLiteral("KiB"), 1, false);
    if (afterEcho >= 0)
        result.add(QStringLiteral("kib_per_session_after_echo"),
                   QStringLiteral("RSS per session after one %1 B echo").arg(m_options.idleEchoBytes),
                   double(afterEcho - before) / opened, QStringLiteral("KiB"), 1, false);
    result.add(QStringLiteral("rss_before_kib"), QStringLiteral("RSS before"), double(before), QStringLiteral("KiB"), 0,
               false);
    result.add(QStringLiteral("rss_open_kib"), QStringLiteral("RSS with sessions open"), double(after),
               QStringLiteral("KiB"), 0, false);
    if (afterEcho >= 0)
        result.add(QStringLiteral("rss_echo_kib"), QStringLiteral("RSS after the echoes"), double(afterEcho),
                   QStringLiteral("KiB"), 0, false);
    result.add(QStringLiteral("rss_closed_kib"), QStringLiteral("RSS after closing"), double(closed),
               QStringLiteral("KiB"), 0, false);
    result.add(QStringLiteral("sessions"), QStringLiteral("sessions open"), double(opened), QString(), 0, true);
    result.add(QStringLiteral("open_ms"), QStringLiteral("time to open all"), double(openMs), QStringLiteral("ms"), 0,
               false);
    return {result};
}

} // namespace airlock::bench
