#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace airlock::test {

// Splits bytes seen on the wire (either direction, masked or not) into WebSocket frames, so a test can
// check exactly what one peer received: frame boundaries, masking, close codes.
class FrameStream
{
public:
    struct Frame
    {
        quint8 opcode = 0;
        bool fin = false;
        bool masked = false;
        quint8 rsv = 0;
        QByteArray payload; // unmasked

        quint16 closeCode() const; // 1005 when a close frame carries none
        QByteArray closeReason() const;
    };

    // Whole frames from the start of bytes; stops at the first incomplete one. *consumed (optional) gets
    // the number of bytes those frames took.
    static QList<Frame> parse(QByteArrayView bytes, qsizetype* consumed = nullptr);
    // The frames after an HTTP head at the start of bytes (none if the head is not complete).
    static QList<Frame> parseAfterHead(const QByteArray& bytes);
    // The first close frame among frames, or nullptr.
    static const Frame* findClose(const QList<Frame>& frames);
};

} // namespace airlock::test
