#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace airlock::test {

// Reads WebSocket frames off the wire for tests, the counterpart of WsFrameWriter: an independent
// decoder (it shares no code with the library) that keeps every header bit, so tests can check
// fragment boundaries, masking and who sent what, not just reassembled messages.
class WsFrameReader
{
public:
    struct Frame
    {
        bool fin = false;
        quint8 rsv = 0; // the three RSV bits, RSV1 = 4
        quint8 opcode = 0;
        bool masked = false;
        int lengthBytes = 0;    // size of the extended length field: 0, 2 or 8
        QByteArray maskKey;     // 4 bytes when masked
        QByteArray payload;     // unmasked
        qsizetype wireSize = 0; // header + payload bytes on the wire

        bool isClose() const { return opcode == 0x8; }
        // A close frame's status code, 1005 when it carries none.
        quint16 closeCode() const;
        QByteArray closeReason() const;
    };

    // Complete frames in bytes, from the first byte after an HTTP head when bytes start with one; a
    // trailing partial frame is left out (consumed, if given, says where it starts).
    static QList<Frame> frames(QByteArrayView bytes, qsizetype* consumed = nullptr);
    // Exactly one frame filling all of bytes; nothing if bytes hold less or more.
    static std::optional<Frame> single(QByteArrayView bytes);
    // The first close frame in bytes (after any HTTP head).
    static std::optional<Frame> firstClose(QByteArrayView bytes);
    // Bytes after the first "\r\n\r\n" if bytes start with an HTTP head, else all of bytes.
    static QByteArrayView afterHead(QByteArrayView bytes);
};

} // namespace airlock::test
