#include "proxy/SessionFacts.h"

#include "http/SecretClassifier.h"

namespace airlock {

// Only an HTTP exchange whose head was read counts: an idle connection's end is no exchange.
void SessionFacts::HttpCounts::count(const RequestRecord& record)
{
    if (record.kind != RequestRecord::Kind::Http || !record.headReadAt)
        return;
    bytesFromClient += record.bytesFromClient;
    bytesFromBackend += record.bytesFromBackend;
    if (!record.backendRequestHead.isEmpty())
        ++requests;
    if (record.outcome == RequestRecord::Outcome::Forwarded)
        ++responses;
}

SessionSnapshot SessionFacts::snapshot() const
{
    SessionSnapshot s;
    s.id = connectionId;
    s.route = route;
    s.kind = tunnel && bridge    ? SessionSnapshot::Kind::Bridge
             : tunnel || upgrade ? SessionSnapshot::Kind::WebSocket
                                 : SessionSnapshot::Kind::Http;
    s.state = closeRequested ? SessionSnapshot::State::Closing : state;
    s.clientAddress = clientAddress;
    s.clientPort = clientPort;
    s.origin = origin;
    s.subprotocol = SecretClassifier::redactedSubprotocol(subprotocol);
    s.startedAt = startedAt;
    if (tunnel)
        return s;
    s.bytesFromClient = finished.bytesFromClient + exchangeBytesFromClient;
    s.bytesFromBackend = finished.bytesFromBackend + exchangeBytesFromBackend;
    s.messagesFromClient = finished.requests;
    s.messagesFromBackend = finished.responses;
    return s;
}

} // namespace airlock
