#pragma once

#include <QObject>

class QTcpSocket;

namespace airlock {

// The backend connection a session holds from its dial until a tunnel takes it, and between the HTTP
// exchanges it carries (keep-alive, on the route it was dialled for). It owns the socket and notes when the
// backend ended its side; the upgrade, the exchange or the tunnel reads the socket. While parked (the
// session waits for the client's next request) the backend must not talk: bytes or an end then drop the
// connection at once rather than have them misattributed to the next exchange. No signals: the owner asks
// reusableFor() before the next exchange. Lives on the session's worker thread.
class BackendConnection : public QObject
{
    Q_OBJECT
public:
    // Takes the socket (a dial's, connected) for `route`.
    BackendConnection(QTcpSocket* socket, int route, QObject* parent);

    QTcpSocket* socket() const { return m_socket; }
    // The backend ended its side (before a tunnel took the socket).
    bool ended() const { return m_ended; }
    // Connected, on `route`, and not ended: it can carry the next plain request.
    bool reusableFor(int route) const;
    void setParked(bool parked) { m_parked = parked; }
    // The tunnel takes the socket: it is no longer watched here, and the caller must give it a parent.
    QTcpSocket* take();
    // Aborts the connection; nothing is watched afterwards.
    void stop();

private:
    void onReadFinished();
    void drop();

    QTcpSocket* m_socket;
    const int m_route;
    bool m_ended = false;
    bool m_parked = false;
};

} // namespace airlock
