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
    QString proxyLabel() const override { return QStringLiteral("bridge"); }
    // A connection that offers --subprotocol (default "binary", which both bridges answer).
    ClientConnection* newBridgeConnection();
    // Empty when the opened connection got the subprotocol it offered; otherwise what went wrong.
    QString subprotocolError(const ClientConnection* connection) const;
    // "64 KiB" or "16 B".
    static QString sizeText(qint64 bytes);
};

} // namespace airlock::bench
