#include "ws/FrameCodec.h"

#include "ws/FrameBuilder.h"
#include "ws/FrameHeader.h"
#include "ws/Masking.h"

#include <cstring>

namespace airlock {

namespace {

FrameTap::Options endpointOptions(FrameTap::Options options)
{
    // The bridge is the client's WebSocket peer: strictFrames relaxes checks between two peers, not this one.
    options.rejectReservedOpcodes = true;
    return options;
}

} // namespace

FrameCodec::FrameCodec(FrameTap::Options options)
    : m_tap(FrameTap::Direction::ClientToServer, endpointOptions(options))
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
            // The tap consumed this header, so it is complete; its rules were the tap's to check.
            FrameHeader header;
            [[maybe_unused]] const auto status = FrameHeader::read(bytes + pos, to - pos, &header);
            Q_ASSERT(status == FrameHeader::Status::Complete);
            m_masked = header.masked;
            if (m_masked)
                std::memcpy(m_maskKey, header.maskKey, sizeof m_maskKey);
            pos += header.headerLength;
            m_dataFrame = !header.isControl();
            m_pingFrame = header.opcode == FrameHeader::Ping;
            m_remaining = header.payloadLength;
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
    FrameHeader header;
    header.fin = true;
    header.opcode = FrameHeader::Binary;
    header.payloadLength = length;
    uchar bytes[FrameHeader::MaxSize];
    return QByteArray(reinterpret_cast<const char*>(bytes), FrameHeader::encode(header, bytes));
}

} // namespace airlock
