#pragma once

#include <QtGlobal>

namespace airlock::bench {

// The header of one WebSocket frame (RFC 6455 section 5.2): just enough to walk a stream of frames
// without buffering their payloads. Shared by the echo backend and the raw client.
struct FrameHeader
{
    static constexpr int MaxSize = 14;

    bool fin = false;
    quint8 opcode = 0;
    bool masked = false;
    quint64 length = 0;
    uchar mask[4] = {};
    int size = 0; // header bytes, masking key included

    // Parses the header at the start of data; false while data does not hold all of it.
    static bool parse(const uchar* data, qsizetype n, FrameHeader* out);
    // Writes an unmasked header with the given first byte (FIN, RSV, opcode); returns its size.
    static int writeUnmasked(uchar* out, uchar firstByte, quint64 length);
    // XORs n payload bytes in place; phase is the position of data[0] within the payload.
    static void applyMask(uchar* data, qsizetype n, const uchar mask[4], quint64 phase);
};

} // namespace airlock::bench
