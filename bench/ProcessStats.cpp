#include "ProcessStats.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QFile>

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
} // namespace

qint64 ProcessStats::cpuTimeNs(qint64 pid)
{
    if (pid <= 0) {
        timespec ts = {};
        if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
            return -1;
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    // Fields after the command name, which may itself hold spaces and parentheses.
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0)
        return -1;
    const QByteArrayList fields = stat.mid(end + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks.
    const qint64 ticks = fields[11].toLongLong() + fields[12].toLongLong();
    const long hz = sysconf(_SC_CLK_TCK);
    return hz > 0 ? ticks * (1000000000 / hz) : -1;
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
