#include "TestConnectProxy.h"

#include "http/HttpHeadParser.h"

#include <memory>

namespace airlock {

namespace {

QByteArray statusResponse(int status, const QByteArray& reason, const QByteArray& extraHeaders = {})
{
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason + QByteArrayLiteral("\r\n") +
           extraHeaders + QByteArrayLiteral("Content-Length: 0\r\nConnection: close\r\n\r\n");
}

// Splits "host:port" or "[v6]:port".
bool splitAuthority(const QString& authority, QString* host, quint16* port)
{
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint value = authority.mid(colon + 1).toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    *host = authority.left(colon);
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    *port = quint16(value);
    return !host->isEmpty();
}

// Pipes bytes one way; when the source closes, the sink closes after flushing.
void pipe(QTcpSocket* from, QTcpSocket* to)
{
    QObject::connect(from, &QIODevice::readyRead, to, [from, to] { to->write(from->readAll()); });
    QObject::connect(from, &QAbstractSocket::disconnected, to, [from, to] {
        if (from->bytesAvailable() > 0)
            to->write(from->readAll());
        to->disconnectFromHost();
    });
}

} // namespace

TestConnectProxy::TestConnectProxy(QObject* parent)
    : QTcpServer(parent)
{}

bool TestConnectProxy::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TestConnectProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

void TestConnectProxy::setCredentials(const QString& user, const QString& password)
{
    m_expectedAuthorization = QByteArrayLiteral("Basic ") + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void TestConnectProxy::setRefusal(int status, const QByteArray& reason)
{
    m_refusalStatus = status;
    m_refusalReason = reason;
}

void TestConnectProxy::setRawAnswer(const QByteArray& bytes, bool closeAfter)
{
    m_rawAnswer = bytes;
    m_rawAnswerCloses = closeAfter;
}

void TestConnectProxy::setHostOverride(const QString& host, const QString& address)
{
    m_hostOverrides.insert(host.toLower(), address);
}

void TestConnectProxy::incomingConnection(qintptr descriptor)
{
    auto* client = new QTcpSocket(this);
    if (!client->setSocketDescriptor(descriptor)) {
        delete client;
        return;
    }
    serve(client);
}

void TestConnectProxy::serve(QTcpSocket* client)
{
    auto parser = std::make_shared<HttpHeadParser>(HttpHeadParser::Kind::Request);
    auto raw = std::make_shared<QByteArray>();
    connect(client, &QAbstractSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QIODevice::readyRead, this, [this, client, parser, raw] {
        if (parser->status() != HttpHeadParser::Status::NeedMore)
            return; // the request is answered or tunnelled; the tunnel reads on its own
        const QByteArray data = client->readAll();
        const qsizetype used = parser->feed(data);
        *raw += data.left(used);
        if (parser->hasError()) {
            client->write(statusResponse(400, QByteArrayLiteral("Bad Request")));
            client->disconnectFromHost();
            return;
        }
        if (!parser->isComplete())
            return;
        m_lastRequest = parser->head();
        m_lastRequestRaw = *raw;
        answer(client, parser->head(), data.mid(used));
    });
}

void TestConnectProxy::answer(QTcpSocket* client, const HttpHead& request, const QByteArray& leftover)
{
    if (request.method != "CONNECT") {
        emit requestReceived();
        client->write(statusResponse(405, QByteArrayLiteral("Method Not Allowed")));
        client->disconnectFromHost();
        return;
    }
    ++m_connectRequestCount;
    emit requestReceived();

    switch (m_mode) {
    case Mode::Silent:
        return;
    case Mode::Refuse:
        client->write(statusResponse(m_refusalStatus, m_refusalReason));
        client->disconnectFromHost();
        return;
    case Mode::RawAnswer:
        client->write(m_rawAnswer);
        if (m_rawAnswerCloses)
            client->disconnectFromHost();
        return;
    case Mode::RequireAuth:
        if (request.headers.value("Proxy-Authorization") != m_expectedAuthorization) {
            client->write(statusResponse(407, QByteArrayLiteral("Proxy Authentication Required"),
                                         QByteArrayLiteral("Proxy-Authenticate: Basic realm=\"airlock-test\"\r\n")));
            client->disconnectFromHost();
            return;
        }
        break;
    case Mode::Tunnel:
        break;
    }
    openTunnel(client, QString::fromLatin1(request.target), leftover);
}

void TestConnectProxy::openTunnel(QTcpSocket* client, const QString& target, const QByteArray& leftover)
{
    QString host;
    quint16 port = 0;
    if (!splitAuthority(target, &host, &port)) {
        client->write(statusResponse(400, QByteArrayLiteral("Bad Request")));
        client->disconnectFromHost();
        return;
    }
    host = m_hostOverrides.value(host.toLower(), host);
    auto* upstream = new QTcpSocket(client);
    auto opened = std::make_shared<bool>(false);
    connect(upstream, &QAbstractSocket::connected, this, [this, client, upstream, target, leftover, opened] {
        *opened = true;
        ++m_tunnelCount;
        client->write(QByteArrayLiteral("HTTP/1.1 200 Connection established\r\n\r\n"));
        if (!leftover.isEmpty())
            upstream->write(leftover);
        pipe(client, upstream);
        pipe(upstream, client);
        if (client->bytesAvailable() > 0)
            upstream->write(client->readAll());
        emit tunnelOpened(target);
    });
    connect(upstream, &QAbstractSocket::errorOccurred, client, [client, opened] {
        if (*opened || client->state() != QAbstractSocket::ConnectedState)
            return;
        client->write(statusResponse(502, QByteArrayLiteral("Bad Gateway")));
        client->disconnectFromHost();
    });
    upstream->connectToHost(host, port);
}

} // namespace airlock
