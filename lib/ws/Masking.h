#pragma once

#include <QtGlobal>

#include <cstring>

namespace airlock {

// RFC 6455 section 5.3: dst[i] = src[i] ^ mask[(phase + i) % 4], eight bytes at a time. dst may equal src
// or lie before it in the same buffer (words are read before the bytes under them are written).
inline void applyMask(const uchar* src, uchar* dst, qsizetype n, const uchar* mask, quint64 phase)
{
    uchar key[8];
    for (int i = 0; i < 8; ++i)
        key[i] = mask[(phase + quint64(i)) & 3];
    quint64 key64;
    std::memcpy(&key64, key, sizeof key64);
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, src + i, sizeof word);
        word ^= key64;
        std::memcpy(dst + i, &word, sizeof word);
    }
    for (; i < n; ++i)
        dst[i] = src[i] ^ key[i & 7];
}

} // namespace airlock
