#pragma once

#include "proxy/DeadlineQueue.h"

#include <QObject>

class QTcpSocket;

namespace airlock {

class StreamLeg;

// The end of a client connection whose answer has been written: Airlock's sending side closes only once
// the answer is out, and whatever the client still sends is read and dropped, because closing with unread
// input would reset the connection and could destroy the answer in flight. finished() comes once, when
// the client closed its side or lingerMs ran out (the connection is then aborted). It reads and writes the
// client's connection (a Qt socket, or a tunnel's client leg), which stays its owner's; the owner deletes
// it later, never inside finished(). Lives on the session's worker thread.
class ClientLinger : public QObject
{
    Q_OBJECT
public:
    static constexpr int lingerMs = 2000;

    ClientLinger(QTcpSocket* client, QObject* parent);
    ClientLinger(StreamLeg* client, QObject* parent);

    void start();
    // No signal follows.
    void stop();

signals:
    void finished();

private:
    void onBytesWritten();
    void finish();

    StreamLeg* m_client;
    bool m_done = false;
    Deadline m_timer; // bounds the whole linger; on the thread's DeadlineQueue, no timer object of its own
};

} // namespace airlock
