#pragma once

#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QWebSocketServer>

// A QWebSocketServer that echoes every message with its type. A text message "close:CODE:REASON" makes
// it close with that code and reason instead. It keeps the last upgrade request for header checks.
class EchoBackend : public QObject
{
    Q_OBJECT
public:
    explicit EchoBackend(const QStringList& subprotocols = {}, QObject* parent = nullptr);
    // TLS variant (wss): configuration carries the certificate and key.
    EchoBackend(const QSslConfiguration& tls, const QStringList& subprotocols, QObject* parent = nullptr);
    ~EchoBackend() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& path = QStringLiteral("/")) const;

    QNetworkRequest lastRequest() const { return m_lastRequest; }
    QString lastProtocol() const { return m_lastProtocol; }
    int connections() const { return m_connections; }
    // Close code and reason of the last client that closed.
    quint16 lastCloseCode() const { return m_lastCloseCode; }
    QString lastCloseReason() const { return m_lastCloseReason; }
    int closes() const { return m_closes; }

private:
    void onNewConnection();

    QWebSocketServer m_server;
    bool m_tls = false;
    QNetworkRequest m_lastRequest;
    QString m_lastProtocol;
    int m_connections = 0;
    quint16 m_lastCloseCode = 0;
    QString m_lastCloseReason;
    int m_closes = 0;
};
