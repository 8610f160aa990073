#include "tunnel/UpstreamConnector.h"

#include "observe/LogCategories.h"
#include "tunnel/SystemTrustStore.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>

namespace airlock {

namespace {

// curl's default proxy port, used when the proxy URL names none.
constexpr int kDefaultProxyPort = 1080;

// Host part of an authority: IPv6 literals need brackets.
QString authorityHost(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + host + QLatin1Char(']');
    return host;
}

QString bareHost(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

} // namespace

UpstreamConnector::UpstreamConnector(UpstreamTarget target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_timer(DeadlineQueue::forCurrentThread(), [this] { onTimeout(); })
{
    qRegisterMetaType<airlock::UpstreamError>();
}

UpstreamConnector::~UpstreamConnector()
{
    releaseSocket();
}

QByteArray UpstreamConnector::connectRequest(const QString& host, quint16 port, const QUrl& proxy)
{
    const QByteArray authority = (authorityHost(host) + QLatin1Char(':') + QString::number(port)).toUtf8();
    QByteArray request = QByteArrayLiteral("CONNECT ") + authority + QByteArrayLiteral(" HTTP/1.1\r\nHost: ") +
                         authority + QByteArrayLiteral("\r\n");
    const QString user = proxy.userName(QUrl::FullyDecoded);
    if (!user.isEmpty() || !proxy.password(QUrl::FullyDecoded).isEmpty()) {
        const QByteArray credentials = (user + QLatin1Char(':') + proxy.password(QUrl::FullyDecoded)).toUtf8();
        request +=
            QByteArrayLiteral("Proxy-Authorization: Basic ") + credentials.toBase64() + QByteArrayLiteral("\r\n");
    }
    request += QByteArrayLiteral("\r\n");
    return request;
}

void UpstreamConnector::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_phase = Phase::Connecting;

    // Invalid input still fails asynchronously, like every other failure.
    auto failLater = [this](UpstreamError error, const QString& detail) {
        QMetaObject::invokeMethod(
            this, [this, error, detail] { fail(error, detail); }, Qt::QueuedConnection);
    };
    if (m_target.host.isEmpty() || m_target.port == 0) {
        failLater(UpstreamError::NetworkError, QStringLiteral("no backend host and port to connect to"));
        return;
    }
    if (m_target.proxy) {
        const QUrl& proxy = *m_target.proxy;
        if (proxy.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 || proxy.host().isEmpty()) {
            failLater(UpstreamError::ProxyUnreachable,
                      QStringLiteral("unsupported proxy %1: only http://host:port proxies are supported")
                          .arg(proxy.toDisplayString(QUrl::RemoveUserInfo)));
            return;
        }
    }

    // A QSslSocket costs a TLS backend object and an inner plain socket whose signals it relays, even when
    // it never encrypts: plain targets get a QTcpSocket.
    if (m_target.tls) {
        auto* tls = new QSslSocket(this);
        connect(tls, &QSslSocket::sslErrors, this, &UpstreamConnector::onSocketSslErrors);
        connect(tls, &QSslSocket::encrypted, this, &UpstreamConnector::onSocketEncrypted);
        m_socket = tls;
    } else {
        m_socket = new QTcpSocket(this);
    }
    // The CONNECT exchange is written here; Qt must not add a proxy of its own.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QAbstractSocket::connected, this, &UpstreamConnector::onSocketConnected);
    connect(m_socket, &QIODevice::readyRead, this, &UpstreamConnector::onSocketReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &UpstreamConnector::onSocketError);

    armTimer(m_target.timeouts.connectMs);
    if (m_target.proxy)
        m_socket->connectToHost(bareHost(m_target.proxy->host()), quint16(m_target.proxy->port(kDefaultProxyPort)));
    else
        m_socket->connectToHost(bareHost(m_target.host), m_target.port);
}

QTcpSocket* UpstreamConnector::takeSocket()
{
    if (m_phase != Phase::Connected || !m_socket)
        return nullptr;
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->setParent(nullptr);
    return socket;
}

void UpstreamConnector::onSocketConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    m_timer.stop();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);

    QPointer<UpstreamConnector> self(this);
    emit tcpConnected();
    if (!self || m_phase != Phase::Connecting)
        return;

    if (m_target.proxy) {
        m_phase = Phase::ProxyConnect;
        armTimer(m_target.timeouts.proxyConnectMs);
        m_socket->write(connectRequest(m_target.host, m_target.port, *m_target.proxy));
    } else if (m_target.tls) {
        startTls();
    } else {
        finishConnected();
    }
}

void UpstreamConnector::onSocketReadyRead()
{
    if (m_phase != Phase::ProxyConnect)
        return;

    // Peek, then take only the head: whatever follows stays in the socket.
    const QByteArray available = m_socket->peek(m_socket->bytesAvailable());
    const qsizetype used = m_proxyParser.feed(available);
    m_proxyResponseHead += m_socket->read(used);

    if (m_proxyParser.hasError()) {
        fail(UpstreamError::ProxyProtocolError,
             QStringLiteral("malformed answer to CONNECT: %1").arg(m_proxyParser.errorDetail()));
        return;
    }
    if (!m_proxyParser.isComplete())
        return;

    const HttpHead& head = m_proxyParser.head();
    m_proxyStatus = head.status;
    const QString statusText =
        QString::number(head.status) +
        (head.reason.isEmpty() ? QString() : QLatin1Char(' ') + QString::fromLatin1(head.reason));

    // tinyproxy answers wrong credentials with 401 (missing ones with 407); before the tunnel exists only the
    // proxy can have answered, so both mean its authentication failed.
    if (head.status == 407 || head.status == 401) {
        const bool hadCredentials = !m_target.proxy->userName().isEmpty() || !m_target.proxy->password().isEmpty();
        QString detail = QStringLiteral("proxy answered %1").arg(statusText);
        detail += hadCredentials ? QStringLiteral(": the credentials were rejected")
                                 : QStringLiteral(": it requires credentials and none are configured");
        const QByteArray challenge = head.headers.value("Proxy-Authenticate");
        if (!challenge.isEmpty())
            detail += QStringLiteral(" (Proxy-Authenticate: %1)").arg(QString::fromLatin1(challenge));
        fail(UpstreamError::ProxyAuthRequired, detail);
        return;
    }
    if (head.status < 200 || head.status > 299) {
        fail(UpstreamError::ProxyRefused, QStringLiteral("proxy answered %1").arg(statusText));
        return;
    }
    // A TLS server never speaks first, so early bytes mean the proxy is not a clean tunnel. A
    // plain backend may (SSH, VNC): its first bytes can share a read with the proxy's answer.
    if (m_target.tls && m_socket->bytesAvailable() > 0) {
        fail(UpstreamError::ProxyProtocolError,
             QStringLiteral("proxy sent %1 bytes after its CONNECT answer, before the TLS handshake")
                 .arg(m_socket->bytesAvailable()));
        return;
    }

    m_timer.stop();
    QPointer<UpstreamConnector> self(this);
    emit proxyTunnelReady();
    if (!self || m_phase != Phase::ProxyConnect)
        return;
    if (m_target.tls)
        startTls();
    else
        finishConnected();
}

void UpstreamConnector::startTls()
{
    m_phase = Phase::TlsHandshake;
    const TlsOptions& options = m_target.tlsOptions;
    const QString verifyName = options.serverName.isEmpty() ? bareHost(m_target.host) : options.serverName;

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            fail(UpstreamError::TlsFailed, QStringLiteral("no PEM certificates in CA file %1").arg(options.caFile));
            return;
        }
        // Adding certificates turns off on-demand loading of the system store: add it explicitly.
        config.addCaCertificates(SystemTrustStore::certificates());
        config.addCaCertificates(extra);
    }
    if (options.insecure) {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        qCWarning(lcTunnel, "TLS certificate verification is disabled for %s:%u (insecure)", qUtf8Printable(verifyName),
                  unsigned(m_target.port));
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    QSslSocket* tls = tlsSocket();
    tls->setSslConfiguration(config);
    // SNI and certificate verification both use this name; the socket's peer is the proxy otherwise.
    tls->setPeerVerifyName(verifyName);

    armTimer(m_target.timeouts.tlsMs);
    tls->startClientEncryption();
}

void UpstreamConnector::onSocketEncrypted()
{
    if (m_phase != Phase::TlsHandshake)
        return;
    m_timer.stop();
    m_peerCertificate = tlsSocket()->peerCertificate();
    QPointer<UpstreamConnector> self(this);
    emit tlsEstablished();
    if (!self || m_phase != Phase::TlsHandshake)
        return;
    finishConnected();
}

void UpstreamConnector::onSocketSslErrors(const QList<QSslError>& errors)
{
    if (m_phase != Phase::TlsHandshake)
        return;
    m_peerCertificate = tlsSocket()->peerCertificate();
    QStringList messages;
    for (const QSslError& error : errors)
        messages << error.errorString();
    QString detail =
        QStringLiteral("TLS verification of %1 failed: %2").arg(describeTarget(), messages.join(QStringLiteral("; ")));
    // OpenSSL's words for an empty trust store ("unable to get local issuer certificate") don't say
    // what to do; this lands in the record, the probe's output and the health check's last error.
    if (m_target.tlsOptions.caFile.isEmpty() && SystemTrustStore::isEmpty())
        detail += QStringLiteral(" (%1)").arg(SystemTrustStore::missingHint());
    fail(UpstreamError::TlsFailed, detail);
}

void UpstreamConnector::onSocketError(QAbstractSocket::SocketError socketError)
{
    const QString reason = m_socket->errorString();
    switch (m_phase) {
    case Phase::Connecting:
        if (m_target.proxy) {
            const QString proxy = authorityHost(m_target.proxy->host()) + QLatin1Char(':') +
                                  QString::number(m_target.proxy->port(kDefaultProxyPort));
            if (socketError == QAbstractSocket::SocketTimeoutError)
                fail(UpstreamError::ProxyTimeout, QStringLiteral("connecting to proxy %1 timed out").arg(proxy));
            else
                fail(UpstreamError::ProxyUnreachable, QStringLiteral("cannot reach proxy %1: %2").arg(proxy, reason));
            return;
        }
        switch (socketError) {
        case QAbstractSocket::HostNotFoundError:
            fail(UpstreamError::DnsFailed, QStringLiteral("cannot resolve %1: %2").arg(m_target.host, reason));
            return;
        case QAbstractSocket::ConnectionRefusedError:
            fail(UpstreamError::ConnectRefused, QStringLiteral("%1 refused the connection").arg(describeTarget()));
            return;
        case QAbstractSocket::SocketTimeoutError:
            fail(UpstreamError::ConnectTimeout, QStringLiteral("connecting to %1 timed out").arg(describeTarget()));
            return;
        default:
            fail(UpstreamError::NetworkError, QStringLiteral("cannot connect to %1: %2").arg(describeTarget(), reason));
            return;
        }
    case Phase::ProxyConnect:
        if (socketError == QAbstractSocket::RemoteHostClosedError) {
            fail(UpstreamError::ProxyProtocolError,
                 m_proxyResponseHead.isEmpty() ? QStringLiteral("proxy closed the connection without answering CONNECT")
                                               : QStringLiteral("proxy closed the connection in its CONNECT answer"));
        } else {
            fail(UpstreamError::ProxyProtocolError,
                 QStringLiteral("proxy connection failed during CONNECT: %1").arg(reason));
        }
        return;
    case Phase::TlsHandshake:
        if (socketError == QAbstractSocket::RemoteHostClosedError)
            fail(UpstreamError::TlsFailed,
                 QStringLiteral("%1 closed the connection during the TLS handshake").arg(describeTarget()));
        else
            fail(UpstreamError::TlsFailed,
                 QStringLiteral("TLS handshake with %1 failed: %2").arg(describeTarget(), reason));
        return;
    case Phase::Idle:
    case Phase::Connected:
    case Phase::Failed:
        return;
    }
}

void UpstreamConnector::onTimeout()
{
    switch (m_phase) {
    case Phase::Connecting:
        if (m_target.proxy)
            fail(UpstreamError::ProxyTimeout, QStringLiteral("no TCP connection to proxy %1:%2 within %3 ms")
                                                  .arg(authorityHost(m_target.proxy->host()))
                                                  .arg(m_target.proxy->port(kDefaultProxyPort))
                                                  .arg(m_target.timeouts.connectMs));
        else
            fail(UpstreamError::ConnectTimeout, QStringLiteral("no TCP connection to %1 within %2 ms")
                                                    .arg(describeTarget())
                                                    .arg(m_target.timeouts.connectMs));
        return;
    case Phase::ProxyConnect:
        fail(UpstreamError::ProxyTimeout, QStringLiteral("proxy did not answer CONNECT %1 within %2 ms")
                                              .arg(describeTarget())
                                              .arg(m_target.timeouts.proxyConnectMs));
        return;
    case Phase::TlsHandshake:
        fail(UpstreamError::TlsTimeout, QStringLiteral("TLS handshake with %1 did not finish within %2 ms")
                                            .arg(describeTarget())
                                            .arg(m_target.timeouts.tlsMs));
        return;
    case Phase::Idle:
    case Phase::Connected:
    case Phase::Failed:
        return;
    }
}

void UpstreamConnector::finishConnected()
{
    m_timer.stop();
    m_phase = Phase::Connected;
    emit connected();
}

void UpstreamConnector::fail(UpstreamError error, const QString& detail)
{
    if (m_phase == Phase::Connected || m_phase == Phase::Failed)
        return;
    m_timer.stop();
    m_phase = Phase::Failed;
    m_error = error;
    m_errorDetail = detail;
    releaseSocket();
    emit failed(error, detail);
}

void UpstreamConnector::armTimer(int ms)
{
    if (ms > 0)
        m_timer.start(ms);
    else
        m_timer.stop();
}

void UpstreamConnector::releaseSocket()
{
    if (!m_socket)
        return;
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->setParent(nullptr);
    // We may be inside one of the socket's own signals (sslErrors from the TLS backend): abort
    // and delete it once that returns.
    QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
    socket->deleteLater();
}

QSslSocket* UpstreamConnector::tlsSocket() const
{
    return m_target.tls ? static_cast<QSslSocket*>(m_socket) : nullptr;
}

QString UpstreamConnector::describeTarget() const
{
    return authorityHost(m_target.host) + QLatin1Char(':') + QString::number(m_target.port);
}

} // namespace airlock
