#include "TestTlsServer.h"

#include "http/HttpHeadParser.h"

#include <QSslConfiguration>

namespace airlock {

namespace {

quint32 readBigEndian(const QByteArray& data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(data[at + i]);
    return value;
}

} // namespace

TestTlsServer::TestTlsServer(const QSslCertificate& certificate, const QSslKey& key, QObject* parent)
    : QTcpServer(parent)
    , m_certificate(certificate)
    , m_key(key)
{}

bool TestTlsServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

void TestTlsServer::setPage(const QByteArray& contentType, const QByteArray& body)
{
    m_pageType = contentType;
    m_page = body;
}

QList<QSslSocket*> TestTlsServer::clients() const
{
    QList<QSslSocket*> alive;
    for (const auto& client : m_clients) {
        if (client)
            alive << client.data();
    }
    return alive;
}

bool TestTlsServer::parseClientHelloSni(const QByteArray& data, QString* name, bool* malformed)
{
    name->clear();
    *malformed = false;
    // TLS record: type 22 (handshake), version (2), length (2).
    if (data.size() < 5)
        return false;
    if (quint8(data[0]) != 22) {
        *malformed = true;
        return true;
    }
    const qsizetype recordLength = readBigEndian(data, 3, 2);
    if (data.size() < 5 + recordLength)
        return false;
    const QByteArray hello = data.mid(5, recordLength);
    // Handshake: type 1 (ClientHello), length (3), version (2), random (32), session id.
    qsizetype at = 0;
    auto need = [&](qsizetype bytes) { return at + bytes <= hello.size(); };
    if (!need(4) || quint8(hello[0]) != 1) {
        *malformed = true;
        return true;
    }
    at = 4 + 2 + 32;
    if (!need(1)) {
        *malformed = true;
        return true;
    }
    at += 1 + quint8(hello[at]); // session id
    if (!need(2)) {
        *malformed = true;
        return true;
    }
    at += 2 + readBigEndian(hello, at, 2); // cipher suites
    if (!need(1)) {
        *malformed = true;
        return true;
    }
    at += 1 + quint8(hello[at]); // compression methods
    if (!need(2))
        return true; // no extensions at all
    const qsizetype extensionsEnd = at + 2 + readBigEndian(hello, at, 2);
    at += 2;
    while (at + 4 <= extensionsEnd && need(4)) {
        const quint32 type = readBigEndian(hello, at, 2);
        const qsizetype length = readBigEndian(hello, at + 2, 2);
        at += 4;
        if (!need(length)) {
            *malformed = true;
            return true;
        }
        if (type == 0) {
            // server_name: list length (2), then entries of type (1), length (2), name.
            qsizetype p = at + 2;
            while (p + 3 <= at + length) {
                const quint8 nameType = quint8(hello[p]);
                const qsizetype nameLength = readBigEndian(hello, p + 1, 2);
                if (p + 3 + nameLength > at + length)
                    break;
                if (nameType == 0) {
                    *name = QString::fromLatin1(hello.mid(p + 3, nameLength));
                    return true;
                }
                p += 3 + nameLength;
            }
            return true;
        }
        at += length;
    }
    return true;
}

void TestTlsServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_connectionCount;
    m_clients << socket;
    emit clientConnected(socket);

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    socket->setSslConfiguration(config);

    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        ++m_handshakeCount;
        m_lastAlpn = socket->sslConfiguration().nextNegotiatedProtocol();
        emit clientEncrypted(socket);
    });
    connect(socket, &QSslSocket::sslErrors, this, &TestTlsServer::clientSslErrors);
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onClientReadyRead(socket); });
    // Context `this`: the connection is gone before the server's destructor deletes its sockets.
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        m_httpInput.remove(socket);
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        onClientReadyRead(socket);
}

void TestTlsServer::onClientReadyRead(QSslSocket* socket)
{
    if (socket->isEncrypted() && m_mode == Mode::HttpPage) {
        answerHttp(socket);
        return;
    }
    if (socket->isEncrypted() || m_mode == Mode::PlainEcho) {
        socket->write(socket->readAll());
        return;
    }
    if (socket->mode() != QSslSocket::UnencryptedMode || m_mode == Mode::NoHandshake)
        return;
    // Still plain: peek at the ClientHello (peek leaves it for the TLS engine), then start TLS.
    const QByteArray hello = socket->peek(socket->bytesAvailable());
    QString sni;
    bool malformed = false;
    if (!TestTlsServer::parseClientHelloSni(hello, &sni, &malformed))
        return;
    m_sniNames << sni;
    socket->startServerEncryption();
}

void TestTlsServer::answerHttp(QSslSocket* socket)
{
    QByteArray& input = m_httpInput[socket];
    input += socket->readAll();
    for (;;) {
        HttpHeadParser parser(HttpHeadParser::Kind::Request);
        const qsizetype used = parser.feed(input);
        if (parser.hasError()) {
            socket->disconnectFromHost();
            return;
        }
        if (!parser.isComplete())
            return;
        input.remove(0, used);
        const HttpHead request = parser.head();
        m_httpRequests << request;
        QByteArray answer = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: ") + m_pageType +
                            QByteArrayLiteral("\r\nContent-Length: ") + QByteArray::number(m_page.size()) +
                            QByteArrayLiteral("\r\n\r\n");
        if (request.method != "HEAD")
            answer += m_page;
        socket->write(answer);
    }
}

} // namespace airlock
