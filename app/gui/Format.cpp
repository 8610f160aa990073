#include "gui/Format.h"

#include <QDateTime>
#include <QLocale>

namespace airlock {

QString Format::none()
{
    return QStringLiteral("–");
}

QString Format::duration(qint64 ms)
{
    if (ms < 0)
        return none();
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString Format::bytes(qint64 n)
{
    if (n < 0)
        return none();
    if (n < 1024)
        return tr("%1 B").arg(n);
    static const char* const units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(n) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', 1), QLatin1String(units[unit]));
}

QString Format::rate(qint64 bytesPerSecond)
{
    if (bytesPerSecond < 0)
        return none();
    return tr("%1/s").arg(bytes(bytesPerSecond));
}

QString Format::time(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return none();
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(QStringLiteral("hh:mm:ss"));
}

QString Format::dateTime(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return none();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));
}

} // namespace airlock
