#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSet>

class QTcpServer;
class QTcpSocket;
class QWebSocketServer;
class QWebSocket;

namespace airlock {

// The built-in demo backend, so a first launch works with nothing else installed: a WebSocket echo
// service that selects subprotocol "tty" when offered (like ttyd), and a page that talks to it through
// Airlock. Both are served on one loopback port, like a real web terminal. Lives in the thread that
// creates it (the main thread).
class DemoBackend : public QObject
{
    Q_OBJECT
public:
    explicit DemoBackend(QObject* parent = nullptr);
    ~DemoBackend() override;

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;
    // Replaced by a demo on another port: stops listening, closes idle page connections and deletes itself
    // once its last WebSocket session has ended, so a config change drops no open demo session.
    void retire();

    static QByteArray pageHtml();

private:
    void onNewConnection();
    void onSocketReadyRead(QTcpSocket* socket);
    void onWebSocket();
    void servePage(QTcpSocket* socket, const QByteArray& method, const QByteArray& target);
    void onWebSocketEnded();

    QTcpServer* m_server;
    QWebSocketServer* m_webSockets;
    QSet<QTcpSocket*> m_pageSockets; // connections not (yet) upgraded
    int m_openWebSockets = 0;
    bool m_retired = false;
};

} // namespace airlock
