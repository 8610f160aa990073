#pragma once

#include "observe/CapturedMessage.h"
#include "observe/FailureReason.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace airlock {

// What happened to one client request: a WebSocket session from upgrade to close, or one plain HTTP
// exchange. Copyable; heads are stored with secrets already redacted.
struct RequestRecord
{
    enum class Kind { WebSocket, Http };
    enum class Outcome {
        Open,            // still running (snapshots only)
        Closed,          // a tunnelled WebSocket session that ended
        Forwarded,       // a plain HTTP exchange completed
        Rejected,        // Airlock refused the request itself (status in httpStatus, check in failureReason)
        BackendRejected, // the backend answered the upgrade with a non-101 status, passed on to the client
        UpstreamFailed,  // the backend or upstream proxy could not be reached, or its answer was invalid
        ClientGone,      // the client left before an answer
    };
    enum class Side { None, Client, Backend, Airlock };

    quint64 sessionId = 0;
    QByteArray requestId;
    Kind kind = Kind::Http;
    QString clientAddress;
    quint16 clientPort = 0;
    QString route;
    QByteArray method;
    QByteArray target;     // as the client sent it
    QString backendUrl;    // backend URL of the route plus the rewritten target
    QString upstreamProxy; // proxy used, credentials removed; empty = direct

    QByteArray clientRequestHead;   // client -> Airlock (redacted)
    QByteArray backendRequestHead;  // Airlock -> backend (redacted)
    QByteArray proxyResponseHead;   // upstream proxy's answer to CONNECT, when it refused
    QByteArray backendResponseHead; // backend -> Airlock (redacted)
    QByteArray clientResponseHead;  // Airlock -> client (redacted)

    // Phase timestamps, milliseconds since the epoch; 0 = the phase did not happen.
    qint64 acceptedAt = 0;
    qint64 headReadAt = 0;
    qint64 tcpConnectedAt = 0;
    qint64 proxyConnectedAt = 0;
    qint64 tlsDoneAt = 0;
    qint64 upstreamResponseAt = 0; // backend's 101 or response head
    qint64 clientResponseAt = 0;   // Airlock's answer to the client
    qint64 closedAt = 0;

    Outcome outcome = Outcome::Open;
    int httpStatus = 0;                                // status sent to the client (101 for an accepted upgrade)
    int backendStatus = 0;                             // status the backend answered, 0 if none
    FailureReason failureReason = FailureReason::None; // its id goes into JSON: "origin_not_allowed", ...
    QString failureDetail;                             // plain English, specific to this request

    QByteArray subprotocol; // what the client got
    QByteArray backendSubprotocol;
    QByteArray extensions;
    QString subprotocolNote; // e.g. substitution made by the route's policy

    int closeCode = 0; // 0 = none; 1005 = close frame without code; 1006 = no close frame
    QByteArray closeReason;
    Side closeSide = Side::None;
    QString classification;       // "normal", "transient", "permanent" for the close code or failed status
    QString classificationDetail; // why, in one sentence

    qint64 bytesFromClient = 0;
    qint64 bytesFromBackend = 0;
    qint64 messagesFromClient = 0;
    qint64 messagesFromBackend = 0;
    qint64 keepalivePingsSent = 0;      // Airlock's own pings, both legs
    qint64 keepalivePongsSwallowed = 0; // answers to them, not forwarded

    // Message capture (route capture.enabled): data messages both ways, oldest first, and how many were
    // left out (cap or budget spent, a compressed stream that could not be followed, or cut off by the end
    // of the session).
    bool captureEnabled = false;
    QList<CapturedMessage> messages;
    qint64 messagesNotCaptured = 0;
    bool messagesInFileOnly = false; // the in-memory log dropped "messages" to bound memory; the file has them

    // The last pass before a record leaves its session (EventHub::post): token-carrying subprotocols in
    // the subprotocol fields, notes, failure detail, close reason and heads, and secret query values in the
    // target and backend URL, are redacted by SecretClassifier. Heads are redacted when they are stored;
    // this catches what a phase wrote from what the client offered. Idempotent.
    void redactSecrets();

    QJsonObject toJson() const;
    // The inverse of toJson() for records read back from a log file: toJson(fromJson(j)) == j.
    static RequestRecord fromJson(const QJsonObject& o);
    static QString outcomeName(Outcome outcome);
    static QString sideName(Side side);
};

} // namespace airlock

Q_DECLARE_METATYPE(airlock::RequestRecord)
