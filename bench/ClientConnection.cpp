#include "ClientConnection.h"

#include "QtClientConnection.h"
#include "RawClientConnection.h"

namespace airlock::bench {

ClientConnection* ClientConnection::create(Kind kind, QObject* parent)
{
    if (kind == Kind::Qt)
        return new QtClientConnection(parent);
    return new RawClientConnection(parent);
}

void ClientConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_open = false;
    emit closed();
}

} // namespace airlock::bench
