#include "gui/inspector/DetailFormat.h"

#include <QDateTime>
#include <QLocale>

namespace airlock {

QString DetailFormat::duration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString DetailFormat::bytes(qint64 n)
{
    if (n < 1024)
        return tr("%1 B").arg(n);
    if (n < 1024 * 1024)
        return tr("%1 KiB").arg(QLocale().toString(double(n) / 1024.0, 'f', 1));
    if (n < 1024LL * 1024 * 1024)
        return tr("%1 MiB").arg(QLocale().toString(double(n) / (1024.0 * 1024.0), 'f', 1));
    return tr("%1 GiB").arg(QLocale().toString(double(n) / (1024.0 * 1024.0 * 1024.0), 'f', 1));
}

QString DetailFormat::time(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(QStringLiteral("hh:mm:ss"));
}

QString DetailFormat::dateTime(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QLocale::LongFormat);
}

} // namespace airlock
