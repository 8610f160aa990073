#pragma once

#include "ws/FrameHeader.h"

namespace airlock::bench {

// Reads frame headers (the library's FrameHeader, without its rules: the peers here are trusted) from a
// stream read in arbitrary pieces: a header split across reads is kept here until it is whole. Shared by
// the echo backend and the raw client.
class FrameHeaderReader
{
public:
    // Reads the header starting at data (or continuing a split one). True when it is whole: *consumed is
    // how many bytes of data it took. False when more bytes are needed: all n were kept.
    bool read(const uchar* data, qsizetype n, FrameHeader* out, qsizetype* consumed);

private:
    uchar m_buffer[FrameHeader::MaxSize] = {};
    int m_size = 0;
};

} // namespace airlock::bench
