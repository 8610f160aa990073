#include "proxy/IdleMemoryRelease.h"

#include "observe/LogCategories.h"

#include <QElapsedTimer>
#include <QFile>

#include <atomic>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace airlock {

namespace {

std::atomic<int> endedSinceRelease{0};

// VmRSS in KiB, -1 when unknown (not Linux).
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

bool IdleMemoryRelease::sessionEnded(int active)
{
    const int ended = endedSinceRelease.fetch_add(1, std::memory_order_relaxed) + 1;
    if (active > 0 || ended < minEndedSessions)
        return false;
    // Of the threads that see the proxy idle at once, the first takes the count and releases.
    return endedSinceRelease.exchange(0, std::memory_order_relaxed) >= minEndedSessions;
}

void IdleMemoryRelease::release()
{
#if defined(__GLIBC__)
    const bool log = lcProxy().isDebugEnabled();
    const qint64 before = log ? residentKiB() : 0;
    QElapsedTimer timer;
    timer.start();
    malloc_trim(0);
    if (log)
        qCDebug(lcProxy, "idle: released free memory in %lld ms, resident %lld KiB -> %lld KiB", timer.elapsed(),
                before, residentKiB());
#endif
}

} // namespace airlock
