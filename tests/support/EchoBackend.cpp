#include "EchoBackend.h"

#include <QWebSocket>

EchoBackend::EchoBackend(const QStringList& subprotocols, QObject* parent)
    : QObject(parent)
    , m_server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode)
{
    m_server.setSupportedSubprotocols(subprotocols);
    connect(&m_server, &QWebSocketServer::newConnection, this, &EchoBackend::onNewConnection);
}

EchoBackend::EchoBackend(const QSslConfiguration& tls, const QStringList& subprotocols, QObject* parent)
    : QObject(parent)
    , m_server(QStringLiteral("echo"), QWebSocketServer::SecureMode)
    , m_tls(true)
{
    m_server.setSslConfiguration(tls);
    m_server.setSupportedSubprotocols(subprotocols);
    connect(&m_server, &QWebSocketServer::newConnection, this, &EchoBackend::onNewConnection);
}

// Client sockets are children; end them while the members their handlers write to still exist.
EchoBackend::~EchoBackend()
{
    const QList<QWebSocket*> sockets = findChildren<QWebSocket*>();
    for (QWebSocket* ws : sockets) {
        ws->disconnect(this);
        delete ws;
    }
}

bool EchoBackend::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl EchoBackend::url(const QString& path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("wss") : QStringLiteral("ws"))
                    .arg(port())
                    .arg(path));
}

void EchoBackend::onNewConnection()
{
    while (QWebSocket* ws = m_server.nextPendingConnection()) {
        ++m_connections;
        m_lastRequest = ws->request();
        m_lastProtocol = ws->subprotocol();
        ws->setParent(this);
        connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString& text) {
            if (text.startsWith(QLatin1String("close:"))) {
                const QStringList parts = text.split(u':');
                ws->close(QWebSocketProtocol::CloseCode(parts.value(1).toInt()), parts.mid(2).join(u':'));
                return;
            }
            ws->sendTextMessage(text);
        });
        connect(ws, &QWebSocket::binaryMessageReceived, ws,
                [ws](const QByteArray& data) { ws->sendBinaryMessage(data); });
        connect(ws, &QWebSocket::disconnected, this, [this, ws] {
            m_lastCloseCode = ws->closeCode();
            m_lastCloseReason = ws->closeReason();
            ++m_closes;
            ws->deleteLater();
        });
    }
}
