#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// The HTTP test server: keep-alive, reading bodies as framed by the request (Content-Length or chunked),
// answering per path: /chunked (a chunked body), /close (a body until close), /echo-body (the request
// body back), /big (4 MiB), /head... (a Content-Length with no body, for HEAD), anything else
// "path=<target>" with a Set-Cookie; pages set with setPage() first.
class HttpBackend : public QObject
{
    Q_OBJECT
public:
    explicit HttpBackend(QObject* parent = nullptr);
    bool listen();
    QUrl url(const QString& path = QStringLiteral("/")) const;

    int connections() const { return m_connections; }
    QList<QByteArray> requests() const { return m_requests; } // full raw requests as received
    // Serves body at path (any query string) instead of the built-in answers above.
    void setPage(const QByteArray& path, const QByteArray& contentType, const QByteArray& body);

private:
    void onData(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const QByteArray& request);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_connections = 0;
    QList<QByteArray> m_requests;
    QHash<QByteArray, QByteArray> m_pages; // path -> whole response
};
