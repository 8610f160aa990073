#pragma once

#include <QByteArray>
#include <QString>

namespace airlock::bench {

// Where a scenario sends its connections: straight to the echo backend, through a running Airlock or
// another proxy (nginx, HAProxy, Caddy), or (bridge scenarios) through websockify.
struct BenchTarget
{
    QString name; // "direct", "websockify", "airlock", or any name given with --target
    quint16 port = 0;
    QByteArray path;
    qint64 pid = 0; // the proxy's process (with its children), for its CPU time and memory; 0 = none (direct)
    // Plain TCP, no WebSocket: the TCP echo itself, the "direct" column of the bridge scenarios.
    bool plainTcp = false;
};

} // namespace airlock::bench
