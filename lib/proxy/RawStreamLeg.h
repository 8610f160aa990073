#pragma once

#include "proxy/StreamLeg.h"

#include <QSocketNotifier>

#include <limits>

class QTcpSocket;

namespace airlock {

// A plain TCP leg on a non-blocking descriptor of its own, driven by two QSocketNotifiers: no Qt socket,
// so no ring buffers and no FIONREAD before every read. Reads go straight into the caller's buffer (a
// pump's per-thread buffer); a write goes straight to the kernel (send with MSG_NOSIGNAL) and only what
// the kernel did not take is queued, in a buffer released as soon as it is empty. The read notifier is
// on while someone reads: a readiness no one answered with a read (a pump held back by the other leg's
// queue, or stopped) turns it off until the next read, so TCP flow control reaches the peer. The end of
// input is still noticed then, by a one-byte peek, as a Qt socket would notice it.
//
// It owns the descriptor and closes it exactly once: on the peer's end (after what is queued went out, as
// QAbstractSocket does), on an error (ECONNRESET, EPIPE: queued bytes are lost), on disconnectFromHost()
// once the queue is empty, on abort(), or when deleted. Each close emits readChannelFinished() (unless
// already emitted) and disconnected(), like QAbstractSocket. Errors found inside read() or write() are
// reported from the event loop, never from inside the call. Lives on one thread.
class RawStreamLeg : public StreamLeg
{
    Q_OBJECT
public:
    // Takes the descriptor (connected, non-blocking).
    explicit RawStreamLeg(int descriptor, QObject* parent = nullptr);
    ~RawStreamLeg() override;

    // Takes a connected plain socket's connection over: what it buffered for reading is appended to input,
    // its descriptor is duplicated, and the socket lets go of its own descriptor (QAbstractSocket::abort()
    // only closes it: Qt never calls shutdown() nor sets SO_LINGER, so the connection stays up) and is deleted
    // later. Null, with the socket untouched, when it cannot be done: a TLS socket, a socket not connected,
    // or one whose write buffer (a 101 just written) could not be flushed at once.
    static RawStreamLeg* takeOver(QTcpSocket* socket, QByteArray* input, QObject* parent);

    int descriptor() const { return m_fd; }

    qint64 read(char* data, qint64 maxSize) override;
    // Not asked of the kernel: after a readiness, "any amount" until a read finds nothing, then 0.
    qint64 bytesAvailable() const override { return m_mayRead ? std::numeric_limits<int>::max() : 0; }
    void discardInput() override;
    using StreamLeg::write;
    void write(const char* data, qint64 size) override;
    qint64 bytesToWrite() const override { return m_pending.size() - m_pendingOffset; }
    void flush() override {}
    void disconnectFromHost() override;
    void abort() override;
    void shutdownWrite() override;
    bool isConnected() const override { return m_fd >= 0 && !m_closing; }
    bool isClosed() const override { return m_fd < 0; }
    bool readsAgainWhenReady() const override { return true; }

    // Capacity of the write queue, 0 when nothing is queued (for tests: nothing is held once drained).
    qsizetype queueCapacity() const { return m_pending.capacity(); }
    bool isReading() const { return m_readNotifier.isEnabled(); }

private:
    void onReadable();
    void onWritable();
    void noteFailure();
    void onInputEnded();
    void releaseQueue();
    void close();

    int m_fd;
    QSocketNotifier m_readNotifier;
    QSocketNotifier m_writeNotifier;
    QByteArray m_pending; // what the kernel did not take yet, from m_pendingOffset on
    qsizetype m_pendingOffset = 0;
    bool m_readAttempted = false;
    bool m_mayRead = true;       // no read found the descriptor empty since its last readiness
    bool m_inputEnded = false;   // recv() returned 0
    bool m_failed = false;       // an error, reported from the event loop
    bool m_endReported = false;  // readChannelFinished() emitted
    bool m_closing = false;      // disconnectFromHost(): close once the queue is empty
    bool m_reportQueued = false; // an end or error waits for the event loop
};

} // namespace airlock
