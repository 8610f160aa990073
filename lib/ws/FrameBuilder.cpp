#include "ws/FrameBuilder.h"

#include "ws/CloseCodeRules.h"

#include <QRandomGenerator>

#include <cstring>

namespace airlock {

QByteArray FrameBuilder::frame(quint8 opcode, QByteArrayView payload, bool masked, bool fin)
{
    const auto length = quint64(payload.size());
    qsizetype headerSize = 2 + (masked ? 4 : 0);
    if (length > 0xFFFF)
        headerSize += 8;
    else if (length > 125)
        headerSize += 2;

    QByteArray out(headerSize + payload.size(), Qt::Uninitialized);
    auto* p = reinterpret_cast<uchar*>(out.data());
    *p++ = uchar((fin ? 0x80 : 0x00) | (opcode & 0x0F));
    const uchar maskBit = masked ? 0x80 : 0x00;
    if (length > 0xFFFF) {
        *p++ = maskBit | 127;
        for (int shift = 56; shift >= 0; shift -= 8)
            *p++ = uchar(length >> shift);
    } else if (length > 125) {
        *p++ = maskBit | 126;
        *p++ = uchar(length >> 8);
        *p++ = uchar(length);
    } else {
        *p++ = maskBit | uchar(length);
    }

    const auto* src = reinterpret_cast<const uchar*>(payload.data());
    if (!masked) {
        if (length > 0)
            std::memcpy(p, src, size_t(length));
        return out;
    }
    const quint32 key = QRandomGenerator::system()->generate();
    const uchar mask[4] = {uchar(key >> 24), uchar(key >> 16), uchar(key >> 8), uchar(key)};
    std::memcpy(p, mask, 4);
    p += 4;
    for (quint64 i = 0; i < length; ++i)
        p[i] = src[i] ^ mask[i & 3];
    return out;
}

QByteArray FrameBuilder::closeFrame(quint16 code, QByteArrayView reason, bool masked)
{
    if (code == 0)
        return frame(Close, {}, masked);
    const QByteArray cut = CloseCodeRules::truncateReason(reason);
    char payload[2 + CloseCodeRules::MaxReasonBytes];
    payload[0] = char(code >> 8);
    payload[1] = char(code & 0xFF);
    std::memcpy(payload + 2, cut.constData(), size_t(cut.size()));
    return frame(Close, QByteArrayView(payload, 2 + cut.size()), masked);
}

QByteArray FrameBuilder::ping(QByteArrayView payload, bool masked)
{
    return frame(Ping, payload.first(qMin(payload.size(), MaxControlPayload)), masked);
}

QByteArray FrameBuilder::pong(QByteArrayView payload, bool masked)
{
    return frame(Pong, payload.first(qMin(payload.size(), MaxControlPayload)), masked);
}

} // namespace airlock
