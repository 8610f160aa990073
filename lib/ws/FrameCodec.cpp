#include "ws/FrameCodec.h"

#include "ws/FrameBuilder.h"
#include "ws/Masking.h"

#include <cstring>

namespace airlock {

namespace {

constexpr quint8 OpBinary = 0x2;
constexpr quint8 OpPing = 0x9;

quint64 readBigEndian(const uchar* p, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | p[i];
    return value;
}

} // namespace

FrameCodec::FrameCodec(FrameTap::Options options)
    : m_tap(FrameTap::Direction::ClientToServer, options)
{}

qsizetype FrameCodec::decode(char* data, qsizetype size, qsizetype* payloadLength, QByteArrayList* pings)
{
    qsizetype consumed = 0;
    qsizetype out = 0;
    for (;;) {
        const qsizetype accepted = m_tap.inspect(QByteArrayView(data + consumed, size - consumed));
        out = walk(data, consumed, consumed + accepted, out, pings);
        consumed += accepted;
        // A pong answering Airlock's own ping: the tap skips it whole, and so does the walk.
        const qsizetype drop = m_tap.takeDrop();
        if (drop == 0)
            break;
        consumed += drop;
    }
    *payloadLength = out;
    return consumed;
}

qsizetype FrameCodec::walk(char* base, qsizetype from, qsizetype to, qsizetype out, QByteArrayList* pings)
{
    uchar* const bytes = reinterpret_cast<uchar*>(base);
    qsizetype pos = from;
    while (pos < to) {
        if (!m_inPayload) {
            // The tap consumed this header, so it is complete.
            const quint8 opcode = bytes[pos] & 0x0F;
            const quint8 length7 = bytes[pos + 1] & 0x7F;
            m_masked = bytes[pos + 1] & 0x80;
            qsizetype headerLength = 2;
            quint64 length = length7;
            if (length7 == 126) {
                length = readBigEndian(bytes + pos + 2, 2);
                headerLength += 2;
            } else if (length7 == 127) {
                length = readBigEndian(bytes + pos + 2, 8);
                headerLength += 8;
            }
            if (m_masked) {
                std::memcpy(m_maskKey, bytes + pos + headerLength, 4);
                headerLength += 4;
            }
            pos += headerLength;
            m_dataFrame = (opcode & 0x8) == 0;
            m_pingFrame = opcode == OpPing;
            m_remaining = length;
            m_phase = 0;
            m_control.clear();
            m_inPayload = true;
        }
        const qsizetype take = qsizetype(qMin<quint64>(m_remaining, quint64(to - pos)));
        if (m_dataFrame) {
            // out <= pos always: payload moves towards the front over bytes already read.
            if (m_masked)
                applyMask(bytes + pos, bytes + out, take, m_maskKey, m_phase);
            else if (out != pos)
                std::memmove(bytes + out, bytes + pos, size_t(take));
            out += take;
        } else if (m_pingFrame && m_control.size() < FrameBuilder::MaxControlPayload) {
            // A pong may carry at most 125 bytes; a longer ping (only a non-strict tap lets one through)
            // is answered with the start of its payload.
            const qsizetype start = m_control.size();
            const qsizetype keep = qMin(take, FrameBuilder::MaxControlPayload - start);
            m_control.append(base + pos, keep);
            if (m_masked)
                applyMask(reinterpret_cast<const uchar*>(m_control.constData()) + start,
                          reinterpret_cast<uchar*>(m_control.data()) + start, keep, m_maskKey, m_phase);
        }
        pos += take;
        m_remaining -= quint64(take);
        m_phase += quint64(take);
        if (m_remaining == 0) {
            m_inPayload = false;
            if (m_pingFrame)
                pings->append(std::exchange(m_control, QByteArray()));
        }
    }
    return out;
}

QByteArray FrameCodec::binaryHeader(quint64 length)
{
    QByteArray header;
    header.reserve(10);
    header.append(char(0x80 | OpBinary));
    if (length < 126) {
        header.append(char(length));
    } else if (length <= 0xFFFF) {
        header.append(char(126));
        header.append(char(length >> 8));
        header.append(char(length & 0xFF));
    } else {
        header.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            header.append(char((length >> shift) & 0xFF));
    }
    return header;
}

} // namespace airlock
