#include "ScriptedBackend.h"

#include "http/HttpHeadParser.h"
#include "ws/Handshake.h"

#include <QUrl>

#include <memory>

using namespace airlock;

ScriptedBackend::ScriptedBackend(Script script, QObject* parent)
    : QObject(parent)
    , m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->setParent(this);
            auto parser = std::make_shared<HttpHeadParser>(HttpHeadParser::Kind::Request);
            auto conn = std::make_shared<QMetaObject::Connection>();
            *conn = connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser, conn] {
                const QByteArray peeked = socket->peek(socket->bytesAvailable());
                const qsizetype used = parser->feed(peeked);
                socket->read(used);
                if (!parser->isComplete())
                    return;
                disconnect(*conn);
                m_requests.append(parser->head());
                m_script(socket, parser->head());
            });
        }
    });
}

bool ScriptedBackend::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedBackend::url(const QString& scheme, const QString& path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port()).arg(path));
}

QByteArray ScriptedBackend::switchingProtocols(const HttpHead& request, const QByteArray& protocol,
                                               const QByteArray& extensions)
{
    QByteArray out = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Accept: " +
                     Handshake::acceptKey(request.headers.value("Sec-WebSocket-Key")) + "\r\n";
    if (!protocol.isEmpty())
        out += "Sec-WebSocket-Protocol: " + protocol + "\r\n";
    if (!extensions.isEmpty())
        out += "Sec-WebSocket-Extensions: " + extensions + "\r\n";
    return out + "\r\n";
}

QByteArray ScriptedBackend::response(int status, const QByteArray& reason, const QByteArray& body,
                                     const QByteArray& extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}
