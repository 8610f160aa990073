#pragma once

#include <QByteArray>
#include <QString>

namespace airlock::bench {

// Where a scenario sends its connections: straight to the echo backend, through a running Airlock, or
// (bridge scenarios) through websockify.
struct BenchTarget
{
    QString name; // "direct", "websockify" or "airlock"
    quint16 port = 0;
    QByteArray path;
    qint64 pid = 0; // the proxy's process, for its CPU time and memory; 0 = none (direct)
};

} // namespace airlock::bench
