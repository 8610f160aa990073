#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace airlock {

// One open client connection as a worker sees it at one moment: a copyable value the worker threads
// build every few hundred milliseconds and the GUI's session table shows. A plain HTTP connection is one
// session over all its keep-alive exchanges (each exchange still gets its own record); its id is the id of
// its first record, as is a WebSocket session's when the upgrade was the connection's first request.
struct SessionSnapshot
{
    enum class Kind { WebSocket, Bridge, Http };
    enum class State {
        Idle,       // waiting for a request head (a new or kept-alive connection)
        Connecting, // the backend is being dialled or has not answered yet
        Open,       // tunnelling, or an HTTP exchange in progress
        Closing,    // the end has begun (draining, lingering close) or was asked for (closeSession)
    };

    quint64 id = 0;
    QString route; // empty before the first request is routed
    Kind kind = Kind::Http;
    State state = State::Idle;
    QString clientAddress;
    quint16 clientPort = 0;
    QByteArray origin; // the latest request's Origin header, empty without one
    QByteArray subprotocol;
    qint64 startedAt = 0; // ms since the epoch

    // WebSocket and bridge: frame bytes and data messages passed on, as in the record (a bridge's backend
    // sends TCP bytes, counted as such). HTTP: body bytes, and requests (from the client) and responses
    // (from the backend) that were passed on, over all exchanges of the connection.
    qint64 bytesFromClient = 0;
    qint64 bytesFromBackend = 0;
    qint64 messagesFromClient = 0;
    qint64 messagesFromBackend = 0;
    // Bytes per second since the worker's previous snapshot of this session.
    qint64 rateFromClient = 0;
    qint64 rateFromBackend = 0;
    qint64 lastActivityAt = 0; // ms since the epoch: the last snapshot whose counters moved, else startedAt
    // Round trip of Airlock's keepalive ping on each leg, from the latest answered one; -1 when unknown
    // (no keepalive on the route, no answer yet, or a bridge's TCP leg).
    qint64 clientRttMs = -1;
    qint64 backendRttMs = -1;

    bool operator==(const SessionSnapshot& other) const = default;

    static QString kindName(Kind kind);    // "websocket", "bridge", "http"
    static QString stateName(State state); // "idle", "connecting", "open", "closing"
};

} // namespace airlock

Q_DECLARE_METATYPE(airlock::SessionSnapshot)
