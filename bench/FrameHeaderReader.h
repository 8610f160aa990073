#pragma once

#include "FrameHeader.h"

namespace airlock::bench {

// Reads frame headers from a stream read in arbitrary pieces: a header split across reads is kept
// here until it is whole. Shared by the echo backend and the raw client.
class FrameHeaderReader
{
public:
    // Reads the header starting at data (or continuing a split one). True when it is whole: *consumed is
    // how many bytes of data it took. False when more bytes are needed: all n were kept.
    bool read(const uchar* data, qsizetype n, FrameHeader* out, qsizetype* consumed);
    uchar firstByte() const { return m_firstByte; } // of the last whole header (FIN, RSV, opcode)

private:
    uchar m_buffer[FrameHeader::MaxSize] = {};
    int m_size = 0;
    uchar m_firstByte = 0;
};

} // namespace airlock::bench
