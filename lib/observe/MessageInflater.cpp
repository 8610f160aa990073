#include "observe/MessageInflater.h"

#include <zlib.h>

namespace airlock {

MessageInflater::MessageInflater()
    : m_stream(std::make_unique<z_stream_s>())
{
    m_broken = inflateInit2(m_stream.get(), -MAX_WBITS) != Z_OK;
}

MessageInflater::~MessageInflater()
{
    inflateEnd(m_stream.get());
}

qint64 MessageInflater::inflate(QByteArrayView compressed, QByteArray* out, qint64 room, qint64 limit)
{
    if (m_broken)
        return -1;
    // Output goes through a stack buffer: a few bytes may inflate to megabytes, and only room is kept.
    unsigned char buffer[16 * 1024];
    m_stream->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    m_stream->avail_in = uInt(compressed.size());
    qint64 produced = 0;
    for (;;) {
        m_stream->next_out = buffer;
        m_stream->avail_out = sizeof buffer;
        const int status = ::inflate(m_stream.get(), Z_SYNC_FLUSH);
        const qint64 n = qint64(sizeof buffer - m_stream->avail_out);
        const qint64 keep = qMin(n, qMax<qint64>(0, room - produced));
        if (keep > 0)
            out->append(reinterpret_cast<const char*>(buffer), qsizetype(keep));
        produced += n;
        // What was inflated before the corruption is kept, as it would have been had the bytes before it
        // arrived in an earlier call: the result does not depend on how the payload was split.
        if (status != Z_OK && status != Z_BUF_ERROR && status != Z_STREAM_END) {
            m_broken = true;
            break;
        }
        if (produced > limit) {
            m_broken = true;
            break;
        }
        // Done when all input is used and the output buffer was not filled (nothing more is pending).
        if (m_stream->avail_in == 0 && m_stream->avail_out != 0)
            break;
        if (status == Z_BUF_ERROR && n == 0)
            break;
        if (status == Z_STREAM_END) {
            // A final deflate block (BFINAL) ends the stream; the next message starts a new one.
            inflateReset(m_stream.get());
            if (m_stream->avail_in == 0)
                break;
        }
    }
    return produced;
}

qint64 MessageInflater::finishMessage(QByteArray* out, qint64 room, qint64 limit)
{
    static const char tail[] = {'\x00', '\x00', '\xff', '\xff'};
    return inflate(QByteArrayView(tail, sizeof tail), out, room, limit);
}

} // namespace airlock
