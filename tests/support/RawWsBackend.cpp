#include "RawWsBackend.h"

#include "ScriptedBackend.h"
#include "WsFrameReader.h"
#include "WsFrameWriter.h"

#include "http/HttpHeadParser.h"

#include <QTcpSocket>

using airlock::test::WsFrameReader;
using airlock::test::WsFrameWriter;

RawWsBackend::RawWsBackend(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawWsBackend::onNewConnection);
    // Thousands of sessions arrive at once: a short queue would only make the kernel drop SYNs.
    m_server.setListenBacklogSize(1024);
}

RawWsBackend::~RawWsBackend()
{
    kill();
}

bool RawWsBackend::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QUrl RawWsBackend::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_port));
}

int RawWsBackend::open() const
{
    int count = 0;
    for (const Connection* connection : m_connections) {
        if (connection->socket && connection->socket->state() == QAbstractSocket::ConnectedState)
            ++count;
    }
    return count;
}

void RawWsBackend::kill()
{
    m_server.close();
    const QList<Connection*> connections = std::exchange(m_connections, {});
    for (Connection* connection : connections) {
        if (connection->socket) {
            connection->socket->disconnect(this); // no disconnected() handler for what is deleted here
            connection->socket->abort();
            delete connection->socket;
        }
        delete connection;
    }
}

void RawWsBackend::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        socket->setParent(this);
        auto* connection = new Connection{socket, {}, false};
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] {
            m_connections.removeOne(connection);
            if (connection->socket)
                connection->socket->deleteLater();
            delete connection;
        });
    }
}

void RawWsBackend::onReadyRead(Connection* connection)
{
    QTcpSocket* socket = connection->socket;
    connection->buffer += socket->readAll();
    if (!connection->upgraded) {
        airlock::HttpHeadParser parser(airlock::HttpHeadParser::Kind::Request);
        const qsizetype used = parser.feed(connection->buffer);
        if (!parser.isComplete())
            return;
        connection->buffer.remove(0, used);
        connection->upgraded = true;
        ++m_upgraded;
        socket->write(ScriptedBackend::switchingProtocols(parser.head()));
    }
    qsizetype consumed = 0;
    const QList<WsFrameReader::Frame> frames = WsFrameReader::frames(connection->buffer, &consumed);
    connection->buffer.remove(0, consumed);
    for (const WsFrameReader::Frame& frame : frames) {
        if (frame.isClose()) {
            socket->write(WsFrameWriter::close(frame.closeCode() == 1005 ? -1 : frame.closeCode(), {}, false));
            socket->disconnectFromHost();
            return;
        }
        if (frame.opcode == 0x9) {
            socket->write(WsFrameWriter::pong(frame.payload, false));
            continue;
        }
        if (frame.opcode == 0xA)
            continue;
        WsFrameWriter::Frame echo;
        echo.opcode = frame.opcode;
        echo.payload = frame.payload;
        echo.fin = frame.fin;
        socket->write(WsFrameWriter::encode(echo));
    }
}
