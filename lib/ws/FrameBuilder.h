#pragma once

#include "ws/FrameHeader.h"

#include <QByteArray>
#include <QByteArrayView>

namespace airlock {

// Serializes the few frames Airlock originates itself (pings, pongs, closes, and data on
// bridges). Frames sent to a backend are masked: Airlock is the client there. The header
// is FrameHeader's to write.
class FrameBuilder
{
public:
    using Opcode = FrameHeader::Opcode;
    using enum FrameHeader::Opcode;

    // One frame with the shortest length encoding and RSV bits clear. The masking key
    // comes from the system CSPRNG (RFC 6455 section 10.3: it must be unpredictable).
    static QByteArray frame(quint8 opcode, QByteArrayView payload, bool masked, bool fin = true);
    // code 0 builds a close frame without a status (received as 1005). Otherwise the code
    // must be one CloseCodeRules::maySend() accepts; the reason is cut to 123 bytes on a
    // UTF-8 boundary.
    static QByteArray closeFrame(quint16 code, QByteArrayView reason, bool masked);
    // Control payloads are limited to 125 bytes; longer input is cut to keep the frame valid.
    static QByteArray ping(QByteArrayView payload, bool masked);
    static QByteArray pong(QByteArrayView payload, bool masked);

    static constexpr qsizetype MaxControlPayload = qsizetype(FrameHeader::MaxControlPayload);
};

} // namespace airlock
