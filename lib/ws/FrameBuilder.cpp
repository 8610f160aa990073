#include "ws/FrameBuilder.h"

#include "ws/CloseCodeRules.h"
#include "ws/Masking.h"

#include <QRandomGenerator>

#include <cstring>

namespace airlock {

QByteArray FrameBuilder::frame(quint8 opcode, QByteArrayView payload, bool masked, bool fin)
{
    FrameHeader header;
    header.fin = fin;
    header.opcode = opcode & 0x0F;
    header.masked = masked;
    header.payloadLength = quint64(payload.size());
    if (masked) {
        const quint32 key = QRandomGenerator::system()->generate();
        const uchar mask[4] = {uchar(key >> 24), uchar(key >> 16), uchar(key >> 8), uchar(key)};
        std::memcpy(header.maskKey, mask, sizeof mask);
    }
    const qsizetype headerSize = FrameHeader::encodedSize(header.payloadLength, masked);
    QByteArray out(headerSize + payload.size(), Qt::Uninitialized);
    auto* p = reinterpret_cast<uchar*>(out.data());
    p += FrameHeader::encode(header, p);
    const auto* src = reinterpret_cast<const uchar*>(payload.data());
    if (!masked) {
        if (!payload.isEmpty())
            std::memcpy(p, src, size_t(payload.size()));
        return out;
    }
    applyMask(src, p, payload.size(), header.maskKey, 0);
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
