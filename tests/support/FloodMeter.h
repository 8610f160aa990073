#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QTcpSocket;
class QWebSocket;

// Floods one direction of a session through the in-process Airlock and measures the peak number of bytes
// Airlock itself holds (read from one peer, not yet handed to the kernel for the other) over the whole
// flood: first while the receiver reads nothing, until Airlock has provably stopped reading, then while
// the receiver drains everything. The kernel's socket queues on all four ends are measured and left out,
// so the figure is Airlock's own buffering, whatever the machine's socket buffer sizes.
class FloodMeter
{
public:
    // The test's own sockets at the two ends of one proxied session, both past the upgrade.
    FloodMeter(QTcpSocket* sender, QTcpSocket* receiver);

    // The receiver gets WebSocket frames (count their payload) rather than raw bytes.
    void setReceiverGetsFrames(bool frames) { m_frames = frames; }
    // One round trip through the proxy's only worker thread. Airlock counts as blocked once three round
    // trips in a row saw it take no byte from the sender: a busy or starved worker would have read on.
    void setProbe(std::function<bool()> probe) { m_probe = std::move(probe); }
    // The usual probe: a ping on a second WebSocket through the same worker, answered by its backend.
    void setPingProbe(QWebSocket* socket);

    // Sends stream and waits until the receiver has expectedPayload bytes; false (see error()) on failure.
    bool run(const QByteArray& stream, qint64 expectedPayload);

    qint64 peakHeld() const { return m_peakHeld; }
    qint64 heldWhenBlocked() const { return m_heldWhenBlocked; }
    qint64 acceptedWhenBlocked() const { return m_acceptedWhenBlocked; }
    QString error() const { return m_error; }
    // "Airlock held N bytes at the peak, M when it stopped reading", for messages and logs.
    QString figures() const;

private:
    qint64 sample();
    void readReceiver();

    QTcpSocket* m_sender;
    QTcpSocket* m_receiver;
    int m_airlockIn = -1;  // Airlock's socket facing the sender
    int m_airlockOut = -1; // Airlock's socket facing the receiver
    bool m_frames = false;
    std::function<bool()> m_probe;
    qint64 m_written = 0;
    qint64 m_deliveredRaw = 0;
    qint64 m_payload = 0;
    QByteArray m_partial;
    qint64 m_peakHeld = 0;
    qint64 m_heldWhenBlocked = -1;
    qint64 m_acceptedWhenBlocked = -1;
    QString m_error;
};
