#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace airlock::test {

// Builds WebSocket frames for tests with full control over every header bit, including
// ones a real encoder would never produce (reserved bits, oversized control frames,
// announced lengths without the payload). Masking keys are fixed so streams are reproducible.
class WsFrameWriter
{
public:
    struct Frame
    {
        quint8 opcode = 0x1;
        QByteArray payload;
        bool fin = true;
        quint8 rsv = 0; // the three RSV bits, RSV1 = 4
        bool masked = false;
        quint32 maskKey = 0x9A3C51E7;
        // 0: shortest encoding; 7, 16 or 64: force that length field.
        int lengthBits = 0;
        // >= 0: announce this length instead of payload.size().
        qint64 announcedLength = -1;
        // Announce a raw 64-bit length (e.g. with the top bit set); implies lengthBits 64.
        quint64 rawLength64 = 0;
        bool useRawLength64 = false;
    };

    static QByteArray encode(const Frame& frame);
    // Only the header (with masking key) of a frame announcing length payload bytes.
    static QByteArray header(quint8 opcode, quint64 length, bool masked, bool fin = true, quint8 rsv = 0,
                             quint32 maskKey = 0x9A3C51E7);

    static QByteArray text(QByteArrayView payload, bool masked, bool fin = true);
    static QByteArray binary(QByteArrayView payload, bool masked, bool fin = true);
    static QByteArray continuation(QByteArrayView payload, bool masked, bool fin = true);
    static QByteArray ping(QByteArrayView payload, bool masked);
    static QByteArray pong(QByteArrayView payload, bool masked);
    // code < 0: no status code at all.
    static QByteArray close(int code, QByteArrayView reason, bool masked);

    // XOR with the key the way RFC 6455 section 5.3 masks, starting at payload offset 0.
    static QByteArray mask(QByteArrayView payload, quint32 maskKey);
};

} // namespace airlock::test
