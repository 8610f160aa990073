#include "HttpBackend.h"

#include "ScriptedBackend.h"

#include <QTcpSocket>

HttpBackend::HttpBackend(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            ++m_connections;
            s->setParent(this);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        }
    });
}

bool HttpBackend::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HttpBackend::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void HttpBackend::onData(QTcpSocket* s)
{
    QByteArray& buf = m_buffers[s];
    buf += s->readAll();
    for (;;) {
        const qsizetype headEnd = buf.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buf.left(headEnd + 4);
        qsizetype total = headEnd + 4;
        const QByteArray lower = head.toLower();
        if (lower.contains("transfer-encoding: chunked")) {
            const qsizetype end = buf.indexOf("\r\n0\r\n\r\n", headEnd);
            if (end < 0 && !buf.mid(headEnd + 4).startsWith("0\r\n\r\n"))
                return;
            total = end < 0 ? headEnd + 9 : end + 7;
        } else if (const qsizetype cl = lower.indexOf("content-length: "); cl >= 0) {
            total += lower.mid(cl + 16, lower.indexOf("\r\n", cl) - cl - 16).toLongLong();
            if (buf.size() < total)
                return;
        }
        const QByteArray request = buf.left(total);
        buf.remove(0, total);
        m_requests.append(request);
        answer(s, request);
    }
}

void HttpBackend::answer(QTcpSocket* s, const QByteArray& request)
{
    const QByteArray target =
        request.mid(request.indexOf(' ') + 1, request.indexOf(" HTTP/") - request.indexOf(' ') - 1);
    const qsizetype query = target.indexOf('?');
    if (const auto page = m_pages.constFind(query < 0 ? target : target.left(query)); page != m_pages.cend()) {
        s->write(*page);
    } else if (target == "/chunked") {
        s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n"
                 "5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n");
    } else if (target == "/close") {
        s->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil close");
        s->disconnectFromHost();
    } else if (target == "/echo-body") {
        const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
        s->write(ScriptedBackend::response(200, "OK", body));
    } else if (target == "/big") {
        s->write(ScriptedBackend::response(200, "OK", QByteArray(4 << 20, 'b')));
    } else if (target.startsWith("/head")) {
        s->write("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n");
    } else {
        s->write(ScriptedBackend::response(200, "OK", "path=" + target, "Set-Cookie: a=b\r\n"));
    }
}

void HttpBackend::setPage(const QByteArray& path, const QByteArray& contentType, const QByteArray& body)
{
    m_pages.insert(path, ScriptedBackend::response(200, "OK", body, "Content-Type: " + contentType + "\r\n"));
}
