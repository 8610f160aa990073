#pragma once

#include "config/Config.h"
#include "http/HttpHead.h"
#include "observe/FailureReason.h"
#include "observe/RequestRecord.h"

#include <QObject>
#include <QProcessEnvironment>

class QTcpSocket;

namespace airlock {

class UpstreamConnector;

// Reaching one route's backend: resolves its upstream proxy, dials (TCP, proxy CONNECT, TLS) and notes when
// each phase finished; a failure comes back as the status, reason id and detail the client is answered
// with. Also writes the request the backend gets in place of the client's. Lives on the session's worker
// thread; the socket is the caller's once connected() came.
class BackendDial : public QObject
{
    Q_OBJECT
public:
    // Milliseconds since the epoch, 0 while the phase has not finished.
    struct Times
    {
        qint64 tcpConnectedAt = 0;
        qint64 proxyConnectedAt = 0;
        qint64 tlsDoneAt = 0;
    };

    BackendDial(const RouteConfig& route, const QProcessEnvironment& environment, QObject* parent);

    // failed() may come before this returns, when the route's proxy setting cannot be resolved.
    void start();
    // The dial is abandoned: no signal follows (the connector goes with this object).
    void stop();
    QTcpSocket* takeSocket();
    const Times& times() const { return m_times; }
    QString upstreamProxy() const { return m_upstreamProxy; }            // credentials removed; empty = direct
    QByteArray proxyResponseHead() const { return m_proxyResponseHead; } // a proxy's refusal of CONNECT
    // What the dial learned so far (proxy, phase times, a proxy's refusal), for the session's record.
    void fillRecord(RequestRecord& record) const;

    // The client's request as the backend gets it: the route's target, hop-by-hop headers removed, the
    // backend's Host, X-Forwarded-*, a request id (returned in requestId), the route's header policy and,
    // for upgrades, its subprotocol policy.
    static HttpHead rewriteRequest(const HttpHead& request, const RouteConfig& route, const QByteArray& backendTarget,
                                   const QString& clientAddress, bool upgrade, QByteArray* requestId);

signals:
    void connected();
    void failed(int status, airlock::FailureReason reason, const QString& detail);

private:
    const RouteConfig m_route;
    const QProcessEnvironment m_environment;
    UpstreamConnector* m_connector = nullptr;
    Times m_times;
    QString m_upstreamProxy;
    QByteArray m_proxyResponseHead;
};

} // namespace airlock
