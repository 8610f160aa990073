#pragma once

#include "config/Config.h"
#include "http/HttpHead.h"
#include "observe/RequestRecord.h"

#include <QByteArrayList>
#include <QString>

namespace airlock {

// Airlock's 101 to the client once the backend's 101 passed Handshake::checkResponse: the route's
// subprotocol policy applied to what the backend selected (and a note for the record when the two differ,
// or when a browser would fail the answer), the backend's extensions, and the backend's other headers
// except those describing the connection or the handshake. Pure.
struct UpgradeAnswer
{
    HttpHead head;
    QByteArray clientProtocol;  // what the client gets
    QString note;               // for RequestRecord::subprotocolNote; empty when nothing to say
    QByteArray backendProtocol; // what the backend selected; empty for a bridge
    QByteArray extensions;      // what the backend accepted, passed on; empty for a bridge
    bool deflate = false;       // permessage-deflate is on: the tunnel's taps inflate messages to read them

    // What the record keeps of the answer: both subprotocols, the note, the extensions.
    void noteIn(RequestRecord& record) const;

    static UpgradeAnswer forBackend(const HttpHead& backendResponse, const QByteArray& backendProtocol,
                                    const QByteArray& extensions, const RouteConfig& route,
                                    const QByteArrayList& offered, QByteArrayView clientKey);
    // A tcp:// bridge answers itself, with the protocol RequestGate chose.
    static UpgradeAnswer forBridge(const QByteArray& protocol, const RouteConfig& route, QByteArrayView clientKey);
};

} // namespace airlock
