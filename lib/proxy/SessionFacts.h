#pragma once

#include "observe/RequestRecord.h"
#include "observe/SessionSnapshot.h"

namespace airlock {

// What a connection knows about itself at one moment, gathered by its session; snapshot() turns it into
// the live view the GUI shows. A tunnel's counters are the tunnel's to add (WebSocketTunnel::fillSnapshot).
// Pure.
struct SessionFacts
{
    // The finished HTTP exchanges of one connection, counted from their final records.
    struct HttpCounts
    {
        qint64 bytesFromClient = 0;
        qint64 bytesFromBackend = 0;
        qint64 requests = 0;  // that reached the backend
        qint64 responses = 0; // that reached the client
        void count(const RequestRecord& record);
        bool operator==(const HttpCounts& other) const = default;
    };

    quint64 connectionId = 0;
    QString route;
    SessionSnapshot::State state = SessionSnapshot::State::Idle;
    bool closeRequested = false; // the connection ends soon: shown as closing whatever it does now
    bool tunnel = false;         // a WebSocket or bridge is open
    bool bridge = false;         // the route is a tcp:// bridge
    bool upgrade = false;        // the current request asks for a WebSocket
    QString clientAddress;
    quint16 clientPort = 0;
    QByteArray origin;
    QByteArray subprotocol;
    qint64 startedAt = 0;
    HttpCounts finished;
    qint64 exchangeBytesFromClient = 0; // the exchange in progress, not yet in `finished`
    qint64 exchangeBytesFromBackend = 0;

    SessionSnapshot snapshot() const;
};

} // namespace airlock
