#pragma once

#include "config/Config.h"
#include "http/HttpHeadParser.h"
#include "observe/FailureReason.h"
#include "proxy/DeadlineQueue.h"

#include <QObject>

class QTcpSocket;

namespace airlock {

// Reads one request head from the client within limits.headTimeoutMs: the head of a new connection, or of
// the next request on a kept-alive one. Between start() and its one report it reads the client socket; the
// bytes after the head go back with the head. The client leaving is its owner's to notice (midHead() says
// whether that cuts a request).
class RequestHeadReader : public QObject
{
    Q_OBJECT
public:
    RequestHeadReader(QTcpSocket* client, const LimitsConfig& limits, QObject* parent = nullptr);

    // Starts with `input`: what the client sent past the previous exchange.
    void start(QByteArray input = {});
    // No report follows until the next start().
    void stop();
    // Part of a head has arrived.
    bool midHead() const;

signals:
    void headReady(const HttpHead& head, const QByteArray& leftover);
    // The head is malformed or too large (431, 414, 400), or incomplete when the head timer ran out (408).
    void failed(int status, FailureReason reason, const QString& detail);
    // The head timer ran out before any byte of a head (a silent new or idle kept-alive connection).
    void idle();

private:
    void read();
    void onTimeout();

    QTcpSocket* m_client;
    int m_timeoutMs;
    HttpHeadParser m_parser;
    QByteArray m_input; // read but not yet parsed
    Deadline m_timer;   // on the thread's DeadlineQueue: no timer object or registration per connection
    bool m_reading = false;
};

} // namespace airlock
