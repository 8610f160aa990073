#pragma once

#include "http/HttpHead.h"

#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A raw TCP backend for misbehaviour on purpose: it reads one request head and hands the socket to a
// script (answer bytes, stay silent, send frames, close...). Unread bytes after the head stay in the socket.
class ScriptedBackend : public QObject
{
    Q_OBJECT
public:
    using Script = std::function<void(QTcpSocket* socket, const airlock::HttpHead& request)>;

    explicit ScriptedBackend(Script script, QObject* parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& scheme = QStringLiteral("ws"), const QString& path = QStringLiteral("/")) const;

    QList<airlock::HttpHead> requests() const { return m_requests; }
    int connections() const { return m_connections; }

    // Helpers for scripts: a correct 101 for the request, optionally selecting a subprotocol.
    static QByteArray switchingProtocols(const airlock::HttpHead& request, const QByteArray& protocol = {},
                                         const QByteArray& extensions = {});
    static QByteArray response(int status, const QByteArray& reason, const QByteArray& body,
                               const QByteArray& extraHeaders = {});

private:
    QTcpServer m_server;
    Script m_script;
    QList<airlock::HttpHead> m_requests;
    int m_connections = 0;
};
