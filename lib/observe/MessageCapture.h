#pragma once

#include "observe/CapturedMessage.h"

#include <QByteArrayView>
#include <QList>

#include <memory>

namespace airlock {

class CaptureBudget;
class MessageInflater;

// Records the data messages of one tunnel for its request record. A FrameTap per direction feeds it:
// begin() at a message's first frame, append() with unmasked payload while keeping() holds, else skip()
// with the length only, and end() after the final frame. Control frames never reach it.
//
// Limits: the payload kept by a session (both directions together) stops at maxBytesPerSession, and every
// byte held is reserved from the process-wide budget first. A message cut short by either is stored with
// truncated set and its original length; a message that starts when nothing is left is only counted
// (notCaptured()).
//
// permessage-deflate messages are inflated (one MessageInflater per direction), and their plain payload is
// what is kept and limited; originalLength is then the inflated length. Every compressed byte of a
// direction must be seen, so keeping() stays true for them. Inflating stops for good in a direction whose
// stream was not followed whole, is corrupt, or inflated more than 64 times maxBytesPerSession (a small
// message can inflate to gigabytes); its later compressed messages are only counted.
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
        bool kept = false;       // the message is being recorded
        bool keeping = false;    // and its payload is still being held (compressed: still being inflated)
        bool compressed = false; // permessage-deflate: payload goes through the direction's inflater
        CapturedMessage message;
    };

    static int index(Type type) { return type == Type::Send ? 0 : 1; }
    Open& slot(Type type) { return m_open[index(type)]; }
    const Open& slot(Type type) const { return m_open[type == Type::Send ? 0 : 1]; }
    void drop(Open& open);
    void keep(Open& open, QByteArrayView plain, qint64 produced);
    // Feeds compressed payload (or, with null data, the end of the message) to the direction's inflater.
    void inflate(Type type, QByteArrayView compressed, bool messageEnd);
    void stopInflating(Type type);
    void finish(CapturedMessage& message, qint64 room);
    qsizetype secretAt(const QByteArray& data, qsizetype at) const;
    qint64 reserve(qint64 want);
    void release(qint64 bytes);

    qint64 m_maxBytes;
    CaptureBudget* m_budget;
    QList<QByteArray> m_secrets; // longest first
    qint64 m_lookahead = 0;      // longest secret - 1
    Open m_open[2];
    std::unique_ptr<MessageInflater> m_inflaters[2];
    bool m_inflateStopped[2] = {false, false};
    qint64 m_inflated[2] = {0, 0}; // bytes a direction's inflater produced, kept or not
    QList<CapturedMessage> m_messages;
    qint64 m_held = 0;   // stored messages plus open payload: all of it reserved from the budget
    qint64 m_stored = 0; // stored messages only; never above m_maxBytes
    qint64 m_notCaptured = 0;
    bool m_handedOff = false;
};

} // namespace airlock
