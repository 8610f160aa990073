#pragma once

#include <QCoreApplication>
#include <QString>

namespace airlock {

// Number formatting for the detail pane (durations, sizes, clock times). Private to the inspector until the
// shared Format helper exists; the same rules: "812 ms", "4.2 s", "3 min 10 s", "1.4 KiB", local hh:mm:ss.
class DetailFormat
{
    Q_DECLARE_TR_FUNCTIONS(DetailFormat)
public:
    static QString duration(qint64 ms);
    static QString bytes(qint64 n);
    static QString time(qint64 msSinceEpoch);
    static QString dateTime(qint64 msSinceEpoch);
};

} // namespace airlock
