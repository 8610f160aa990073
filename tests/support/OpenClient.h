#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

class QWebSocket;

namespace airlock::test {

// Opens a Qt client on url (offering protocols, with extra request headers) and waits until the
// handshake has ended either way. True only when the client is connected; on false, errorString() says why.
bool openClient(QWebSocket& client, const QUrl& url, const QStringList& protocols = {},
                const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 10000);

} // namespace airlock::test
