#pragma once

#include "Scenario.h"

namespace airlock::bench {

// A scenario through a WebSocket-to-TCP bridge (websockify, or an Airlock tcp:// route) to a plain TCP
// echo. A bridge does not keep message boundaries: a TCP read may hold part of a message or several, and
// each comes back as one message. So these scenarios count bytes, never messages.
class BridgeScenario : public Scenario
{
    Q_OBJECT
public:
    using Scenario::Scenario;

protected:
    QString proxyLabel(const BenchTarget&) const override { return QStringLiteral("bridge"); }
    // A connection that offers --subprotocol (default "binary", which both bridges answer), or a plain TCP
    // one for a plainTcp target (the TCP echo itself).
    ClientConnection* newBridgeConnection(const BenchTarget& target);
    // Empty when the opened connection got the subprotocol it offered (or is plain TCP); otherwise what went
    // wrong.
    QString subprotocolError(const BenchTarget& target, const ClientConnection* connection) const;
    // "64 KiB" or "16 B".
    static QString sizeText(qint64 bytes);
};

} // namespace airlock::bench
