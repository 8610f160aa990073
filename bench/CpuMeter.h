#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace airlock::bench {

// CPU time of a few processes over one measured interval, to see who was busy (and whether the load
// generator or the echo backend rather than the proxy set the limit).
class CpuMeter
{
public:
    struct Usage
    {
        QString name;
        qint64 cpuNs = -1;   // -1 when the process could not be read
        double percent = -1; // of one core over the interval
    };

    // pid 0 = this process; another pid is metered with its child processes.
    void add(const QString& name, qint64 pid);
    void start();
    // Usage since start(), in the order added.
    QList<Usage> stop() const;

private:
    struct Process
    {
        QString name;
        qint64 pid = 0;
        qint64 startNs = -1;
    };
    QList<Process> m_processes;
    QElapsedTimer m_clock;
};

} // namespace airlock::bench
