#pragma once

#include "observe/CapturedMessage.h"

#include <QByteArrayView>
#include <QList>

namespace airlock {

class CaptureBudget;

// Records the data messages of one tunnel for its handshake record. A FrameTap per direction feeds it:
// begin() at a message's first frame, append() with unmasked payload while keeping() holds, else skip()
// with the length only, and end() after the final frame. Control frames never reach it.
//
// Limits: the payload kept by a session (both directions together) stops at maxBytesPerSession, and every
// byte held is reserved from the process-wide budget first. A message cut short by either is stored with
// truncated set and its original length; a message that starts when nothing is left is only counted
// (notCaptured()), and so are permessage-deflate messages, whose payload cannot be read here.
//
// Redaction: every occurrence of a secret in a message is replaced with "[redacted]" when the message
// ends, before it is stored. So that a secret straddling the cap is still recognised, up to (longest
// secret - 1) bytes beyond the cap are held until then; what is stored never exceeds the cap.
class MessageCapture
{
public:
    using Type = CapturedMessage::Type;

    // Empty secrets are ignored. budget may be null (no process-wide limit); it must outlive this.
    MessageCapture(qint64 maxBytesPerSession, CaptureBudget* budget, const QList<QByteArray>& secrets);
    ~MessageCapture();
    MessageCapture(const MessageCapture&) = delete;
    MessageCapture& operator=(const MessageCapture&) = delete;

    // opcode 1 is text; anything else is kept as binary (2).
    void begin(Type type, quint8 opcode, bool compressed = false);
    // Whether payload bytes of the open message of this direction are still being kept.
    bool keeping(Type type) const;
    void append(Type type, QByteArrayView payload);
    void skip(Type type, qint64 length);
    void end(Type type);

    // Hands the finished messages over, ordered by the time of their first frame, gives their bytes back to
    // the budget (the record owns them now) and stops capturing. A message still open is counted as not
    // captured.
    QList<CapturedMessage> take();
    qint64 notCaptured() const { return m_notCaptured; }
    qint64 heldBytes() const { return m_held; }

    static const QByteArray& redactedMarker();

private:
    struct Open
    {
        bool open = false;
        bool kept = false;    // the message is being recorded
        bool keeping = false; // and its payload is still being held
        CapturedMessage message;
    };

    Open& slot(Type type) { return m_open[type == Type::Send ? 0 : 1]; }
    const Open& slot(Type type) const { return m_open[type == Type::Send ? 0 : 1]; }
    void drop(Open& open);
    void finish(CapturedMessage& message, qint64 room);
    qsizetype secretAt(const QByteArray& data, qsizetype at) const;
    qint64 reserve(qint64 want);
    void release(qint64 bytes);

    qint64 m_maxBytes;
    CaptureBudget* m_budget;
    QList<QByteArray> m_secrets; // longest first
    qint64 m_lookahead = 0;      // longest secret - 1
    Open m_open[2];
    QList<CapturedMessage> m_messages;
    qint64 m_held = 0;   // stored messages plus open payload: all of it reserved from the budget
    qint64 m_stored = 0; // stored messages only; never above m_maxBytes
    qint64 m_notCaptured = 0;
    bool m_handedOff = false;
};

} // namespace airlock
