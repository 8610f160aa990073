#include "ProcessStats.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDir>
#include <QFile>
#include <QHash>

#include <ctime>
#include <unistd.h>

namespace airlock::bench {

namespace {
QByteArray procFile(qint64 pid, const char* name)
{
    QFile file(pid > 0 ? QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name))
                       : QStringLiteral("/proc/self/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
// The fields of /proc/<pid>/stat after the command name, which may itself hold spaces and parentheses:
// [0] is field 3 (state), [1] the parent pid, [11] and [12] utime and stime, [13] and [14] cutime and
// cstime (children waited for), in clock ticks.
QByteArrayList statFields(const QByteArray& stat)
{
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0)
        return {};
    return stat.mid(end + 2).split(' ');
}

qint64 ticksToNs(qint64 ticks)
{
    const long hz = sysconf(_SC_CLK_TCK);
    return hz > 0 ? ticks * (1000000000 / hz) : -1;
}
} // namespace

qint64 ProcessStats::cpuTimeNs(qint64 pid)
{
    if (pid <= 0) {
        timespec ts = {};
        if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
            return -1;
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    const QByteArrayList fields = statFields(procFile(pid, "stat"));
    if (fields.size() < 13)
        return -1;
    return ticksToNs(fields[11].toLongLong() + fields[12].toLongLong());
}

qint64 ProcessStats::treeCpuTimeNs(qint64 pid)
{
    // Every process's own time plus that of its children it has waited for, and who its parent is. A child
    // waited for between two readings moves from its own entry into its parent's, so differences add up.
    QHash<qint64, qint64> ticks;
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 id = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArrayList fields = statFields(procFile(id, "stat"));
        if (fields.size() < 15)
            continue;
        ticks.insert(id, fields[11].toLongLong() + fields[12].toLongLong() + fields[13].toLongLong() +
                             fields[14].toLongLong());
        children.insert(fields[1].toLongLong(), id);
    }
    if (!ticks.contains(pid))
        return -1;
    qint64 sum = 0;
    QList<qint64> pending{pid};
    for (qsizetype i = 0; i < pending.size() && i < ticks.size(); ++i) {
        sum += ticks.value(pending[i]);
        pending += children.values(pending[i]);
    }
    return ticksToNs(sum);
}

qint64 ProcessStats::treeRssKiB(qint64 pid)
{
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 id = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArrayList fields = statFields(procFile(id, "stat"));
        if (fields.size() >= 2)
            children.insert(fields[1].toLongLong(), id);
    }
    const qint64 own = rssKiB(pid);
    if (own < 0)
        return -1;
    qint64 sum = 0;
    QList<qint64> pending{pid};
    for (qsizetype i = 0; i < pending.size() && i < entries.size(); ++i) {
        // A child that exited in between counts as nothing.
        sum += qMax<qint64>(0, rssKiB(pending[i]));
        pending += children.values(pending[i]);
    }
    return sum;
}

qint64 ProcessStats::rssKiB(qint64 pid)
{
    const QByteArray status = procFile(pid, "status");
    const qsizetype at = status.indexOf("VmRSS:");
    if (at < 0)
        return -1;
    const qsizetype lineEnd = status.indexOf('\n', at);
    QByteArray value = status.mid(at + 6, lineEnd < 0 ? -1 : lineEnd - at - 6).trimmed();
    if (value.endsWith(" kB"))
        value.chop(3);
    bool ok = false;
    const qint64 kib = value.trimmed().toLongLong(&ok);
    return ok ? kib : -1;
}

} // namespace airlock::bench
