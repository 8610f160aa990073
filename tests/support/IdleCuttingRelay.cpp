#include "IdleCuttingRelay.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

IdleCuttingRelay::IdleCuttingRelay(quint16 targetPort, int idleMs, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort)
    , m_idleMs(idleMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, &IdleCuttingRelay::onNewConnection);
}

bool IdleCuttingRelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void IdleCuttingRelay::onNewConnection()
{
    while (QTcpSocket* inbound = m_server.nextPendingConnection()) {
        ++m_connections;
        auto* outbound = new QTcpSocket(inbound);
        auto* idle = new QTimer(inbound);
        idle->setSingleShot(true);
        idle->start(m_idleMs);
        // Bytes read before the outbound side connected stay in inbound's buffer until then.
        const auto relay = [idle, this](QTcpSocket* from, QTcpSocket* to) {
            if (to->state() != QAbstractSocket::ConnectedState)
                return;
            const QByteArray bytes = from->readAll();
            if (bytes.isEmpty())
                return;
            to->write(bytes);
            idle->start(m_idleMs);
        };
        connect(inbound, &QTcpSocket::readyRead, this, [=] { relay(inbound, outbound); });
        connect(outbound, &QTcpSocket::readyRead, this, [=] { relay(outbound, inbound); });
        connect(outbound, &QTcpSocket::connected, this, [=] { relay(inbound, outbound); });
        connect(idle, &QTimer::timeout, this, [this, inbound, outbound] {
            ++m_cuts;
            outbound->abort();
            inbound->abort();
        });
        connect(inbound, &QTcpSocket::disconnected, this, [inbound, outbound] {
            outbound->disconnectFromHost();
            inbound->deleteLater();
        });
        connect(outbound, &QTcpSocket::disconnected, inbound, [inbound] { inbound->disconnectFromHost(); });
        outbound->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}
