#pragma once

#include "http/HttpHead.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>

namespace airlock {

// A TLS echo (or tiny HTTPS) server for tests (Qt 6.4 has no QSslServer). It reads the client's
// SNI from the ClientHello before handing the bytes to the TLS engine. Accepted sockets are not
// queued as pending connections (nobody takes them); watch clientConnected() instead.
class TestTlsServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode {
        Echo,        // handshake, then echo every byte back
        NoHandshake, // accept TCP and never answer the ClientHello
        PlainEcho,   // no TLS at all: echo bytes as received (a plain TCP backend)
        HttpPage     // handshake, then answer every request head with 200 and page() (keep-alive)
    };

    TestTlsServer(const QSslCertificate& certificate, const QSslKey& key, QObject* parent = nullptr);

    // Listens on 127.0.0.1 with a free port.
    bool listenLocal();
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    // The answer in HttpPage mode; request bodies are not expected (GET, HEAD).
    void setPage(const QByteArray& contentType, const QByteArray& body);
    // Request heads received in HttpPage mode, in order.
    QList<HttpHead> httpRequests() const { return m_httpRequests; }

    int connectionCount() const { return m_connectionCount; }
    int handshakeCount() const { return m_handshakeCount; }
    // Server names sent by clients in the ClientHello, in connection order ("" when none).
    QStringList sniNames() const { return m_sniNames; }
    QString lastSniName() const { return m_sniNames.isEmpty() ? QString() : m_sniNames.constLast(); }
    // Negotiated ALPN protocol of the last handshake.
    QByteArray lastAlpn() const { return m_lastAlpn; }
    QList<QSslSocket*> clients() const;

    // Parses the server_name extension of a TLS ClientHello record. Returns false when data
    // is not yet a whole record; *name is empty when the hello carries no SNI.
    static bool parseClientHelloSni(const QByteArray& data, QString* name, bool* malformed);

signals:
    void clientConnected(QSslSocket* socket);
    void clientEncrypted(QSslSocket* socket);
    void clientSslErrors(const QList<QSslError>& errors);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onClientReadyRead(QSslSocket* socket);
    void answerHttp(QSslSocket* socket);

    QSslCertificate m_certificate;
    QSslKey m_key;
    Mode m_mode = Mode::Echo;
    int m_connectionCount = 0;
    int m_handshakeCount = 0;
    QStringList m_sniNames;
    QByteArray m_lastAlpn;
    QList<QPointer<QSslSocket>> m_clients;
    QByteArray m_pageType = QByteArrayLiteral("text/html; charset=utf-8");
    QByteArray m_page = QByteArrayLiteral("<!doctype html><title>airlock</title>\n");
    QHash<QSslSocket*, QByteArray> m_httpInput;
    QList<HttpHead> m_httpRequests;
};

} // namespace airlock
