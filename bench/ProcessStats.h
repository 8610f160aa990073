#pragma once

#include <QtGlobal>

namespace airlock::bench {

// Reads a process's CPU time and resident memory from /proc (Linux).
class ProcessStats
{
public:
    // User plus system CPU time in nanoseconds; pid 0 = this process. -1 when unreadable.
    static qint64 cpuTimeNs(qint64 pid);
    // The same for a process together with all its descendants, live ones and those it has waited for
    // (a forking server such as websockify serves each connection in a child). pid must be > 0.
    static qint64 treeCpuTimeNs(qint64 pid);
    // VmRSS from /proc/<pid>/status in KiB; pid 0 = this process. -1 when unreadable.
    static qint64 rssKiB(qint64 pid);
    // The sum of VmRSS over a process and its live descendants (nginx's workers, websockify's children).
    static qint64 treeRssKiB(qint64 pid);
};

} // namespace airlock::bench
