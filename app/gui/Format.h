#pragma once

#include <QCoreApplication>
#include <QString>

namespace airlock {

// How the desktop app writes durations, sizes, rates and times, so every view reads the same.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    // "812 ms", "4.2 s", "3 min 10 s", "2 h 5 min"; negative values are unknown: "–".
    static QString duration(qint64 ms);
    // "512 B", "1.4 KiB", "3.0 MiB", "1.2 GiB"; negative values: "–".
    static QString bytes(qint64 n);
    // bytes(n) per second: "1.4 KiB/s".
    static QString rate(qint64 bytesPerSecond);
    // Local time "hh:mm:ss"; 0 or less: "–".
    static QString time(qint64 msSinceEpoch);
    // Local date and time with milliseconds, for tooltips; 0 or less: "–".
    static QString dateTime(qint64 msSinceEpoch);
    // The placeholder for an unknown value.
    static QString none();
};

} // namespace airlock
