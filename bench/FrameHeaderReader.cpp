#include "FrameHeaderReader.h"

#include <cstring>

namespace airlock::bench {

bool FrameHeaderReader::read(const uchar* data, qsizetype n, FrameHeader* out, qsizetype* consumed)
{
    const qsizetype take = qMin<qsizetype>(FrameHeader::MaxSize - m_size, n);
    const uchar* header = data;
    qsizetype available = n;
    if (m_size > 0) {
        std::memcpy(m_buffer + m_size, data, size_t(take));
        header = m_buffer;
        available = m_size + take;
    }
    if (FrameHeader::read(header, available, out) != FrameHeader::Status::Complete) {
        // Incomplete means fewer than MaxSize bytes, so they fit.
        if (m_size == 0)
            std::memcpy(m_buffer, data, size_t(n));
        m_size = int(available);
        *consumed = n;
        return false;
    }
    *consumed = out->headerLength - m_size;
    m_size = 0;
    return true;
}

} // namespace airlock::bench
