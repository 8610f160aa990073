#include "CpuMeter.h"

#include "ProcessStats.h"

namespace airlock::bench {

void CpuMeter::add(const QString& name, qint64 pid)
{
    m_processes.append({name, pid, -1});
}

void CpuMeter::start()
{
    for (Process& p : m_processes)
        p.startNs = ProcessStats::cpuTimeNs(p.pid);
    m_clock.start();
}

QList<CpuMeter::Usage> CpuMeter::stop() const
{
    const qint64 wallNs = m_clock.nsecsElapsed();
    QList<Usage> usage;
    for (const Process& p : m_processes) {
        Usage u;
        u.name = p.name;
        const qint64 now = ProcessStats::cpuTimeNs(p.pid);
        if (p.startNs >= 0 && now >= 0 && wallNs > 0) {
            u.cpuNs = now - p.startNs;
            u.percent = 100.0 * double(u.cpuNs) / double(wallNs);
        }
        usage.append(u);
    }
    return usage;
}

} // namespace airlock::bench
