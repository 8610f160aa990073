#pragma once

#include <QByteArray>
#include <QObject>

namespace airlock {

// One leg of a tunnel as the pumps see it: a byte stream to read from and write to, whatever carries it
// (RawStreamLeg: a plain TCP descriptor of its own; QtSocketLeg: a QTcpSocket or QSslSocket). The signals
// and close semantics are those of QAbstractSocket, so the tunnel's logic does not depend on the kind:
// readChannelFinished() then disconnected() when the connection ends (the peer's end, an error, or our own
// disconnectFromHost()/abort()), bytesWritten() when queued bytes went out.
class StreamLeg : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Up to maxSize bytes; 0 when nothing can be read now, or after the end. Never blocks.
    virtual qint64 read(char* data, qint64 maxSize) = 0;
    // What a read may find now, without asking the kernel: exact for a Qt socket (its buffer), an upper bound
    // for a raw leg (0 once a read found nothing since the last readiness).
    virtual qint64 bytesAvailable() const = 0;
    // Reads and drops whatever can be read now (a lingering close).
    virtual void discardInput() = 0;
    // Takes all of it: what cannot be sent now is queued and sent later.
    virtual void write(const char* data, qint64 size) = 0;
    void write(const QByteArray& bytes) { write(bytes.constData(), bytes.size()); }
    virtual qint64 bytesToWrite() const = 0;
    virtual void flush() = 0;
    // Closes once the queued bytes are out.
    virtual void disconnectFromHost() = 0;
    // Closes now; queued bytes are lost.
    virtual void abort() = 0;
    // Ends our sending side (shutdown(SHUT_WR)); reading goes on.
    virtual void shutdownWrite() = 0;
    virtual bool isConnected() const = 0;
    virtual bool isClosed() const = 0;
    // True when readiness is reported again as long as input is left (a level-triggered notifier): a pump
    // may then stop after a few reads so that one busy session does not starve the others on its thread.
    virtual bool readsAgainWhenReady() const = 0;

signals:
    void readyRead();
    void bytesWritten();
    void readChannelFinished();
    void disconnected();
};

} // namespace airlock
