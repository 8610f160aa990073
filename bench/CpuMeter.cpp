#include "CpuMeter.h"

#include "ProcessStats.h"

namespace airlock::bench {

namespace {
// This process alone; another one with its children, for servers that fork per connection.
qint64 cpuTimeNs(qint64 pid)
{
    return pid > 0 ? ProcessStats::treeCpuTimeNs(pid) : ProcessStats::cpuTimeNs(0);
}
} // namespace

void CpuMeter::add(const QString& name, qint64 pid)
{
    m_processes.append({name, pid, -1});
}

void CpuMeter::start()
{
    for (Process& p : m_processes)
        p.startNs = cpuTimeNs(p.pid);
    m_clock.start();
}

QList<CpuMeter::Usage> CpuMeter::stop() const
{
    const qint64 wallNs = m_clock.nsecsElapsed();
    QList<Usage> usage;
    for (const Process& p : m_processes) {
        Usage u;
        u.name = p.name;
        const qint64 now = cpuTimeNs(p.pid);
        if (p.startNs >= 0 && now >= 0 && wallNs > 0) {
            u.cpuNs = now - p.startNs;
            u.percent = 100.0 * double(u.cpuNs) / double(wallNs);
        }
        usage.append(u);
    }
    return usage;
}

} // namespace airlock::bench
