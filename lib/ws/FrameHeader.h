#pragma once

#include <QtGlobal>

namespace airlock {

// The header of one WebSocket frame (RFC 6455 section 5.2), and the one place that reads and writes it:
// FrameTap and FrameCodec decode with it, FrameBuilder and the bridge's binary frames encode with it.
// Decoding reads the bytes in place and allocates nothing; a header split across reads is simply decoded
// again once more bytes are there.
struct FrameHeader
{
    enum Opcode : quint8 {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xA,
    };

    enum class Status : quint8 {
        NeedMore,  // the bytes end inside the header and break no rule so far
        Complete,  // every field is set
        Malformed, // the bytes break a rule a header alone can break (see Error)
    };

    // Rules of RFC 6455 a header breaks on its own. Those that depend on the connection (RSV bits
    // without an extension, masking by direction, reserved opcodes, fragmentation order) are the caller's.
    enum class Error : quint8 {
        None,
        FragmentedControlFrame, // 5.5: control frames MUST NOT be fragmented
        ControlFrameTooLong,    // 5.5: control frames MUST have a payload length of 125 bytes or less
        NonMinimalLength,       // 5.2: the minimal number of bytes MUST be used to encode the length
        LengthTopBitSet,        // 5.2: the most significant bit of a 64-bit length MUST be 0
    };

    static constexpr qsizetype MinSize = 2;
    static constexpr qsizetype MaxSize = 14;
    static constexpr quint64 MaxControlPayload = 125;

    bool fin = false;
    quint8 rsv = 0; // the three RSV bits, RSV1 = 4
    quint8 opcode = 0;
    bool masked = false;
    uchar maskKey[4] = {};
    quint64 payloadLength = 0;
    qsizetype headerLength = 0; // masking key included

    bool isControl() const { return opcode & 0x8; }

    // Decodes the header at the start of data[0, size). From two bytes on, fin, rsv, opcode, masked and
    // headerLength are set whatever the result, so a caller can apply its own rules (and knows how many
    // bytes it waits for) before the header is whole; payloadLength and maskKey only when Complete. A
    // rule is reported as soon as the bytes that break it are present: the control frame rules at the
    // second byte, the length rules once the length field is whole. *error (may be null) is None unless
    // Malformed.
    static Status decode(const uchar* data, qsizetype size, FrameHeader* out, Error* error);
    // The same without the rules, never Malformed: for a reader that follows the framing of a stream
    // whose rules are checked elsewhere, or deliberately not at all.
    static Status read(const uchar* data, qsizetype size, FrameHeader* out);

    // Bytes encode() writes: the shortest length encoding, plus the masking key when masked.
    static qsizetype encodedSize(quint64 payloadLength, bool masked);
    // Writes fin, rsv, opcode, the mask bit, payloadLength in its shortest encoding and, when masked,
    // maskKey to out, which must hold encodedSize() bytes (MaxSize always does); returns how many it
    // wrote. headerLength is not read.
    static qsizetype encode(const FrameHeader& header, uchar* out);

    // Short English reason, fit for a close frame; empty for None.
    static const char* reason(Error error);
};

} // namespace airlock
