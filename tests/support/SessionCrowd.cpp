#include "SessionCrowd.h"

#include "RawClient.h"
#include "SpinUntil.h"
#include "WsFrameReader.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>

using airlock::test::spinUntil;
using airlock::test::WsFrameReader;

SessionCrowd::SessionCrowd(quint16 port, const QByteArray& path, QObject* parent)
    : QObject(parent)
    , m_port(port)
    , m_request(RawClient::upgradeRequest(path))
{
    m_clock.start();
}

SessionCrowd::~SessionCrowd()
{
    clear();
}

void SessionCrowd::open(int count, int inFlight)
{
    m_maxInFlight = qMax(1, inFlight);
    for (int i = 0; i < count; ++i)
        m_sessions.append(new Session);
    startNext();
}

void SessionCrowd::startNext()
{
    while (m_inFlight < m_maxInFlight && m_started < m_sessions.size()) {
        Session* session = m_sessions.at(m_started++);
        ++m_inFlight;
        session->socket = new QTcpSocket(this);
        connect(session->socket, &QTcpSocket::connected, this, [this, session] { onConnected(session); });
        connect(session->socket, &QTcpSocket::readyRead, this, [this, session] { onReadyRead(session); });
        connect(session->socket, &QTcpSocket::disconnected, this, [this, session] { onDisconnected(session); });
        connect(session->socket, &QTcpSocket::errorOccurred, this, [this, session] {
            // A refused or reset connect never reaches disconnected().
            if (!session->upgraded && !session->failed) {
                session->failed = true;
                session->answer = session->socket->errorString().toUtf8();
                session->disconnected = true;
                finishHandshake();
            }
        });
        session->socket->connectToHost(QHostAddress::LocalHost, m_port);
    }
}

void SessionCrowd::finishHandshake()
{
    --m_inFlight;
    // Not from inside the socket's own signal: the next connect may be refused synchronously.
    QMetaObject::invokeMethod(this, &SessionCrowd::startNext, Qt::QueuedConnection);
}

void SessionCrowd::onConnected(Session* session)
{
    session->localPort = session->socket->localPort();
    session->socket->write(m_request);
}

void SessionCrowd::onReadyRead(Session* session)
{
    session->buffer += session->socket->readAll();
    if (!session->upgraded && !session->failed) {
        const qsizetype headEnd = session->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        session->answer = session->buffer.left(headEnd);
        session->buffer.remove(0, headEnd + 4);
        if (RawClient::statusOf(session->answer) == 101)
            session->upgraded = true;
        else
            session->failed = true;
        finishHandshake();
    }
    if (!session->upgraded)
        return;
    qsizetype consumed = 0;
    const QList<WsFrameReader::Frame> frames = WsFrameReader::frames(session->buffer, &consumed);
    session->buffer.remove(0, consumed);
    for (const WsFrameReader::Frame& frame : frames) {
        if (frame.isClose() && !session->closeReceived) {
            session->closeReceived = true;
            session->closeCode = frame.closeCode();
            session->closeReason = frame.closeReason();
            session->closeAtMs = m_clock.elapsed();
            if (!session->closeSent) {
                session->closeSent = true;
                session->socket->write(RawClient::clientFrame(0x8, frame.payload.left(2)));
            }
        } else if (frame.opcode == 0x1 || frame.opcode == 0x2) {
            session->messages.append(frame.payload);
        }
    }
}

void SessionCrowd::onDisconnected(Session* session)
{
    session->disconnected = true;
    if (!session->upgraded && !session->failed) {
        session->failed = true;
        session->answer = "closed before an answer";
        finishHandshake();
    }
}

bool SessionCrowd::waitUpgraded(int timeoutMs)
{
    (void)spinUntil(
        [this] {
            return m_started == m_sessions.size() && std::all_of(m_sessions.cbegin(), m_sessions.cend(),
                                                                 [](auto* s) { return s->upgraded || s->failed; });
        },
        timeoutMs);
    return upgraded() == size();
}

bool SessionCrowd::waitDisconnected(int timeoutMs)
{
    return spinUntil([this] { return disconnected() == size(); }, timeoutMs);
}

int SessionCrowd::upgraded() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(), [](auto* s) { return s->upgraded; }));
}

int SessionCrowd::failed() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(), [](auto* s) { return s->failed; }));
}

int SessionCrowd::closesReceived() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(), [](auto* s) { return s->closeReceived; }));
}

int SessionCrowd::disconnected() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(), [](auto* s) { return s->disconnected; }));
}

QString SessionCrowd::firstFailure() const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i)->failed)
            return QStringLiteral("session %1: %2").arg(i).arg(QString::fromUtf8(m_sessions.at(i)->answer));
    }
    return {};
}

void SessionCrowd::sendText(int i, const QByteArray& payload)
{
    m_sessions.at(i)->socket->write(RawClient::clientFrame(0x1, payload));
}

void SessionCrowd::closeAll()
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        Session* session = m_sessions.at(i);
        if (!session->socket || session->disconnected)
            continue;
        if (i % 2 == 0 && !session->closeSent) {
            session->closeSent = true;
            session->socket->write(RawClient::clientFrame(0x8, QByteArray("\x03\xe8", 2)));
        } else if (i % 2 == 1) {
            session->socket->disconnectFromHost();
        }
    }
}

void SessionCrowd::clear()
{
    for (Session* session : std::as_const(m_sessions)) {
        if (session->socket) {
            session->socket->disconnect(this);
            session->socket->abort();
            delete session->socket;
        }
        delete session;
    }
    m_sessions.clear();
    m_started = 0;
    m_inFlight = 0;
}
