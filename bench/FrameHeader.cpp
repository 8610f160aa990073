#include "FrameHeader.h"

#include <cstring>

namespace airlock::bench {

bool FrameHeader::parse(const uchar* data, qsizetype n, FrameHeader* out)
{
    if (n < 2)
        return false;
    const quint8 length7 = data[1] & 0x7F;
    const bool masked = data[1] & 0x80;
    int size = 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0);
    const int lengthEnd = size;
    if (masked)
        size += 4;
    if (n < size)
        return false;
    quint64 length = length7;
    if (length7 >= 126) {
        length = 0;
        for (int i = 2; i < lengthEnd; ++i)
            length = (length << 8) | data[i];
    }
    out->fin = data[0] & 0x80;
    out->opcode = data[0] & 0x0F;
    out->masked = masked;
    out->length = length;
    if (masked)
        std::memcpy(out->mask, data + lengthEnd, 4);
    out->size = size;
    return true;
}

int FrameHeader::writeUnmasked(uchar* out, uchar firstByte, quint64 length)
{
    out[0] = firstByte;
    if (length <= 125) {
        out[1] = uchar(length);
        return 2;
    }
    if (length <= 0xFFFF) {
        out[1] = 126;
        out[2] = uchar(length >> 8);
        out[3] = uchar(length);
        return 4;
    }
    out[1] = 127;
    for (int i = 0; i < 8; ++i)
        out[2 + i] = uchar(length >> (56 - 8 * i));
    return 10;
}

void FrameHeader::applyMask(uchar* data, qsizetype n, const uchar mask[4], quint64 phase)
{
    qsizetype i = 0;
    // Byte by byte up to a key boundary, then eight bytes at a time with the key doubled.
    for (; i < n && ((phase + quint64(i)) & 3) != 0; ++i)
        data[i] ^= mask[(phase + quint64(i)) & 3];
    uchar wide[8];
    for (int k = 0; k < 8; ++k)
        wide[k] = mask[k & 3];
    quint64 key;
    std::memcpy(&key, wide, 8);
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        word ^= key;
        std::memcpy(data + i, &word, 8);
    }
    for (; i < n; ++i)
        data[i] ^= mask[(phase + quint64(i)) & 3];
}

} // namespace airlock::bench
