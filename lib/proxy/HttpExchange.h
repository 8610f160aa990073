#pragma once

#include "config/Config.h"
#include "http/BodyFraming.h"
#include "observe/RequestRecord.h"
#include "proxy/Pump.h"
#include "proxy/PumpLoop.h"
#include "proxy/ResponseHeadReader.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace airlock {

// One forwarded HTTP exchange on two connections that already exist, after the request head went to the
// backend: the request body to the backend, the backend's response heads (interim ones as they come) and
// body to the client, the response timer (no final head within responseTimeoutMs) and the stall timer (a
// response body that stops for idleMs). It reads and writes both sockets but owns neither.
//
// It ends once, with a signal after which it touches neither socket again: completed() when the response
// is through (backendReusable() and clientReusable() then say which connection may carry another
// exchange), or failed() with what went wrong and how the client leg has to close. Its owner deletes it
// later, never inside those signals. Lives on the session's worker thread.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QByteArray method;           // of the request: a response to HEAD has no body
        int requestVersionMinor = 1; // an HTTP/1.0 client is told keep-alive explicitly
        BodyFraming requestFraming;
        bool clientKeepAlive = false; // the client may send another request on this connection
        int responseTimeoutMs = 0;    // for the backend's final response head
        int idleMs = 0;               // a response body that stops this long fails; 0 = no limit
        bool forwardCookies = false;  // else the backend's Set-Cookie does not reach the client
        QByteArray framePolicy;       // Content-Security-Policy added to the response (frame-ancestors)

        // The route's upgrade time bounds the response head, its idle time the response body.
        static Settings forRequest(const HttpHead& request, const BodyFraming& framing, bool clientKeepAlive,
                                   const RouteConfig& route);
    };

    struct Failure
    {
        // Answer: nothing has gone to the client yet, it can be answered with `status`. Flush: part of the
        // response went out; the client gets what was forwarded, then the connection closes. Abort: the
        // client connection is dropped at once.
        enum class Close { Answer, Flush, Abort };
        Close close = Close::Answer;
        int status = 0;
        FailureReason reason = FailureReason::None;
        QString detail;
        RequestRecord::Outcome outcome = RequestRecord::Outcome::UpstreamFailed;
    };

    HttpExchange(QTcpSocket* client, QTcpSocket* backend, const Settings& settings, QObject* parent);

    // The request head went to the backend: forwards the request body (clientInput holds the client's bytes
    // read after the head) and waits for the response.
    void start(QByteArray clientInput);
    // The backend answered a WebSocket upgrade with this non-101 response: forwards it to the client, which
    // sends nothing more on this connection.
    void startWithResponse(HttpHead response, QByteArray leftover);
    // Ends the exchange where it is (the caller answers or closes): timers stop, no signal follows.
    void stop();
    // The client connection ends after this exchange: a response head still to come says Connection: close.
    void closeClientAfterwards() { m_clientKeepAlive = false; }

    bool responseStarted() const { return m_responseStarted; }
    bool backendReusable() const { return m_backendKeepAlive && requestDone(); }
    bool clientReusable() const { return m_clientKeepAlive && requestDone(); }
    // Client bytes read beyond the request body (a pipelined next request).
    QByteArray takeClientRemainder() { return std::exchange(m_clientRemainder, QByteArray()); }
    qint64 bytesFromClient() const { return m_up.bytesForwarded(); }
    qint64 bytesFromBackend() const { return m_down.bytesForwarded(); }
    // After completed(): the bytes each way, and forwarded (or, for a refused upgrade, rejected by the backend).
    void fillRecord(RequestRecord& record) const;

signals:
    void responseHeadReceived(const airlock::HttpHead& head); // each head from the backend, interim ones too
    void responseHeadSent(const airlock::HttpHead& head);     // the final head as the client got it
    void completed();
    void failed(const airlock::HttpExchange::Failure& failure);

private:
    void connectSockets();
    void onClientReadFinished();
    void onBackendReadyRead();
    void onBackendReadFinished();
    void resumePumpInto(const Pump& pump, QTcpSocket* written);
    void onResponseTimeout();
    void onStallTimeout();

    void readResponseHead();
    void forwardResponseHead(HttpHead response, QByteArray leftover);
    void pump();
    void pumpOnce();
    bool requestDone() const { return !m_up.isActive() || m_up.isBodyDone(); }
    void complete();
    void fail(Failure::Close close, int status, FailureReason reason, const QString& detail,
              RequestRecord::Outcome outcome = RequestRecord::Outcome::UpstreamFailed);

    QTcpSocket* m_client;
    QTcpSocket* m_backend;
    const Settings m_settings;
    bool m_done = false;
    bool m_upgradeRefused = false;
    bool m_responseStarted = false;
    bool m_clientKeepAlive = false;
    bool m_backendKeepAlive = false;
    bool m_clientEof = false;
    bool m_backendEof = false;

    ResponseHeadReader m_reader;
    BodyFraming m_responseFraming;
    Pump m_up;   // client -> backend: the request body
    Pump m_down; // backend -> client: the response body
    PumpLoop m_pumpLoop;
    QByteArray m_clientRemainder;

    QTimer m_responseTimer; // the backend's final response head within responseTimeoutMs
    QTimer m_stallTimer;    // a response body that stops for idleMs
};

} // namespace airlock
