#include "demo/DemoBackend.h"

#include "http/HttpHeadParser.h"
#include "ws/Handshake.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace airlock {

DemoBackend::DemoBackend(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_webSockets(new QWebSocketServer(QStringLiteral("Airlock demo"), QWebSocketServer::NonSecureMode, this))
{
    m_webSockets->setSupportedSubprotocols({QStringLiteral("tty")});
    connect(m_server, &QTcpServer::newConnection, this, &DemoBackend::onNewConnection);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, &DemoBackend::onWebSocket);
}

DemoBackend::~DemoBackend() = default;

bool DemoBackend::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = QStringLiteral("demo backend cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_server->errorString());
    return false;
}

quint16 DemoBackend::port() const
{
    return m_server->serverPort();
}

void DemoBackend::retire()
{
    m_retired = true;
    m_server->close();
    // Page connections are kept-alive HTTP: closing them between requests is allowed, and the proxy dials
    // the new demo for the next one.
    for (QTcpSocket* socket : std::as_const(m_pageSockets))
        socket->disconnectFromHost();
    if (m_openWebSockets == 0)
        deleteLater();
}

QByteArray DemoBackend::pageHtml()
{
    QFile file(QStringLiteral(":/airlock/demo/index.html"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<!doctype html><title>Airlock demo</title><p>Demo page missing from resources.");
    return file.readAll();
}

void DemoBackend::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onSocketReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pageSockets.remove(socket); });
        m_pageSockets.insert(socket);
    }
}

void DemoBackend::onSocketReadyRead(QTcpSocket* socket)
{
    // Peek, don't read: an upgrade is handed to QWebSocketServer with the request still unread.
    HttpHeadParser parser(HttpHeadParser::Kind::Request);
    parser.feed(socket->peek(socket->bytesAvailable()));
    if (parser.hasError()) {
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    if (!parser.isComplete())
        return;
    const HttpHead head = parser.head();
    if (Handshake::isUpgradeRequest(head)) {
        socket->disconnect(this);
        m_pageSockets.remove(socket);
        m_webSockets->handleConnection(socket);
        return;
    }
    socket->read(parser.bufferedBytes());
    servePage(socket, head.method, head.target);
}

void DemoBackend::servePage(QTcpSocket* socket, const QByteArray& method, const QByteArray& target)
{
    const QByteArray path = target.contains('?') ? target.left(target.indexOf('?')) : target;
    QByteArray status = "200 OK";
    QByteArray body = pageHtml();
    QByteArray type = "text/html; charset=utf-8";
    if (path != "/" && path != "/index.html") {
        status = "404 Not Found";
        body = "not found\n";
        type = "text/plain; charset=utf-8";
    }
    QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nCache-Control: no-store\r\n\r\n";
    if (method != "HEAD")
        response += body;
    socket->write(response);
}

void DemoBackend::onWebSocket()
{
    while (QWebSocket* ws = m_webSockets->nextPendingConnection()) {
        connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString& text) { ws->sendTextMessage(text); });
        connect(ws, &QWebSocket::binaryMessageReceived, ws,
                [ws](const QByteArray& data) { ws->sendBinaryMessage(data); });
        connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
        connect(ws, &QObject::destroyed, this, &DemoBackend::onWebSocketEnded);
        ++m_openWebSockets;
    }
}

void DemoBackend::onWebSocketEnded()
{
    if (--m_openWebSockets == 0 && m_retired)
        deleteLater();
}

} // namespace airlock
