#pragma once

#include "http/HttpHeadParser.h"
#include "proxy/DeadlineQueue.h"
#include "tunnel/UpstreamError.h"
#include "tunnel/UpstreamTarget.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

#include <optional>

class QSslSocket;
class QTcpSocket;

namespace airlock {

// Dials one backend: TCP (direct or to an HTTP CONNECT proxy), the CONNECT exchange, then TLS
// with SNI and verification. Each phase has its own timer and its own failure values.
// Exactly one of connected() / failed() is emitted, once. Lives in its owner's thread (a session's
// worker thread, or the health monitor's).
class UpstreamConnector : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Connecting, ProxyConnect, TlsHandshake, Connected, Failed };

    explicit UpstreamConnector(UpstreamTarget target, QObject* parent = nullptr);
    ~UpstreamConnector() override; // aborts and deletes a socket not taken

    void start();

    // After connected(): the caller owns the socket (reparented to nullptr, no longer watched
    // here). Bytes may already be buffered: check bytesAvailable() before waiting for readyRead.
    // Returns nullptr before connected() or when already taken. A QSslSocket only for a TLS target
    // (qobject_cast to tell): a plain one never builds TLS machinery it will not use.
    QTcpSocket* takeSocket();

    Phase phase() const { return m_phase; }
    const UpstreamTarget& target() const { return m_target; }
    UpstreamError error() const { return m_error; }
    QString errorDetail() const { return m_errorDetail; }
    int proxyStatus() const { return m_proxyStatus; }                    // CONNECT answer status, 0 if none
    QByteArray proxyResponseHead() const { return m_proxyResponseHead; } // raw CONNECT answer head
    QSslCertificate peerCertificate() const { return m_peerCertificate.value_or(QSslCertificate()); }

    // "CONNECT host:port HTTP/1.1" with Host and, when the URL has credentials, Proxy-Authorization.
    static QByteArray connectRequest(const QString& host, quint16 port, const QUrl& proxy);

signals:
    void tcpConnected();     // to the backend, or to the proxy when there is one
    void proxyTunnelReady(); // CONNECT answered 2xx
    void tlsEstablished();
    void connected(); // ready for application bytes: takeSocket()
    void failed(airlock::UpstreamError error, const QString& detail);

private:
    void onSocketConnected();
    void onSocketReadyRead();
    void onSocketError(QAbstractSocket::SocketError socketError);
    void onSocketSslErrors(const QList<QSslError>& errors);
    void onSocketEncrypted();
    void onTimeout();

    void startTls();
    void finishConnected();
    void fail(UpstreamError error, const QString& detail);
    void armTimer(int ms);
    void releaseSocket();
    QString describeTarget() const;
    QSslSocket* tlsSocket() const; // m_socket when the target is TLS, else nullptr

    UpstreamTarget m_target;
    Phase m_phase = Phase::Idle;
    QTcpSocket* m_socket = nullptr;
    Deadline m_timer; // the current phase's; on the thread's DeadlineQueue, no timer object per dial
    HttpHeadParser m_proxyParser{HttpHeadParser::Kind::Response};
    UpstreamError m_error = UpstreamError::None;
    QString m_errorDetail;
    int m_proxyStatus = 0;
    QByteArray m_proxyResponseHead;
    // Optional: even an empty QSslCertificate builds a TLS backend object, which a plain dial never needs.
    std::optional<QSslCertificate> m_peerCertificate;
};

} // namespace airlock
