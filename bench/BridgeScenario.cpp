#include "BridgeScenario.h"

#include "TcpClientConnection.h"

namespace airlock::bench {

ClientConnection* BridgeScenario::newBridgeConnection(const BenchTarget& target)
{
    if (target.plainTcp)
        return new TcpClientConnection;
    ClientConnection* c = newConnection();
    c->setSubprotocol(m_options.subprotocol);
    return c;
}

QString BridgeScenario::subprotocolError(const BenchTarget& target, const ClientConnection* connection) const
{
    if (target.plainTcp || connection->selectedSubprotocol() == m_options.subprotocol)
        return {};
    return QStringLiteral("offered subprotocol \"%1\", the server selected \"%2\"")
        .arg(QString::fromLatin1(m_options.subprotocol), QString::fromLatin1(connection->selectedSubprotocol()));
}

QString BridgeScenario::sizeText(qint64 bytes)
{
    return bytes % 1024 == 0 ? QStringLiteral("%1 KiB").arg(bytes / 1024) : QStringLiteral("%1 B").arg(bytes);
}

} // namespace airlock::bench
