#include "OpenClient.h"

#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace airlock::test {

bool openClient(QWebSocket& client, const QUrl& url, const QStringList& protocols,
                const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto& header : headers)
        request.setRawHeader(header.first, header.second);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(protocols);
    bool ended = false;
    const QMetaObject::Connection connected =
        QObject::connect(&client, &QWebSocket::connected, &client, [&ended] { ended = true; });
    const QMetaObject::Connection disconnected =
        QObject::connect(&client, &QWebSocket::disconnected, &client, [&ended] { ended = true; });
    const QMetaObject::Connection failed =
        QObject::connect(&client, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &client,
                         [&ended](QAbstractSocket::SocketError) { ended = true; });
    client.open(request, options);
    (void)QTest::qWaitFor([&ended] { return ended; }, timeoutMs);
    QObject::disconnect(connected);
    QObject::disconnect(disconnected);
    QObject::disconnect(failed);
    return client.state() == QAbstractSocket::ConnectedState;
}

} // namespace airlock::test
