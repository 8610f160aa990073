#include "WsFrameWriter.h"

namespace airlock::test {

namespace {

// Different keys per frame kind so mask-phase bugs cannot hide behind a repeated key.
constexpr quint32 kTextKey = 0x9A3C51E7;
constexpr quint32 kBinaryKey = 0x0F1E2D3C;
constexpr quint32 kContinuationKey = 0xC3A5817E;
constexpr quint32 kControlKey = 0x5A5AA5A5;

QByteArray simple(quint8 opcode, QByteArrayView payload, bool masked, bool fin, quint32 key)
{
    WsFrameWriter::Frame f;
    f.opcode = opcode;
    f.payload = payload.toByteArray();
    f.fin = fin;
    f.masked = masked;
    f.maskKey = key;
    return WsFrameWriter::encode(f);
}

} // namespace

QByteArray WsFrameWriter::mask(QByteArrayView payload, quint32 maskKey)
{
    const char key[4] = {char(maskKey >> 24), char(maskKey >> 16), char(maskKey >> 8), char(maskKey)};
    QByteArray out = payload.toByteArray();
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = char(out[i] ^ key[i % 4]);
    return out;
}

QByteArray WsFrameWriter::encode(const Frame& frame)
{
    QByteArray out;
    out.append(char((frame.fin ? 0x80 : 0) | ((frame.rsv & 0x7) << 4) | (frame.opcode & 0x0F)));
    const char maskBit = frame.masked ? char(0x80) : char(0);
    const quint64 length = frame.announcedLength >= 0 ? quint64(frame.announcedLength) : quint64(frame.payload.size());
    int bits = frame.lengthBits;
    if (frame.useRawLength64)
        bits = 64;
    if (bits == 0)
        bits = length <= 125 ? 7 : (length <= 0xFFFF ? 16 : 64);
    if (bits == 7) {
        out.append(char(maskBit | char(length & 0x7F)));
    } else if (bits == 16) {
        out.append(char(maskBit | 126));
        out.append(char(length >> 8));
        out.append(char(length));
    } else {
        out.append(char(maskBit | 127));
        const quint64 value = frame.useRawLength64 ? frame.rawLength64 : length;
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char(value >> shift));
    }
    if (frame.masked) {
        out.append(char(frame.maskKey >> 24));
        out.append(char(frame.maskKey >> 16));
        out.append(char(frame.maskKey >> 8));
        out.append(char(frame.maskKey));
        out.append(mask(frame.payload, frame.maskKey));
    } else {
        out.append(frame.payload);
    }
    return out;
}

QByteArray WsFrameWriter::header(quint8 opcode, quint64 length, bool masked, bool fin, quint8 rsv, quint32 maskKey)
{
    Frame f;
    f.opcode = opcode;
    f.fin = fin;
    f.rsv = rsv;
    f.masked = masked;
    f.maskKey = maskKey;
    f.announcedLength = qint64(length);
    return encode(f);
}

QByteArray WsFrameWriter::text(QByteArrayView payload, bool masked, bool fin)
{
    return simple(0x1, payload, masked, fin, kTextKey);
}

QByteArray WsFrameWriter::binary(QByteArrayView payload, bool masked, bool fin)
{
    return simple(0x2, payload, masked, fin, kBinaryKey);
}

QByteArray WsFrameWriter::continuation(QByteArrayView payload, bool masked, bool fin)
{
    return simple(0x0, payload, masked, fin, kContinuationKey);
}

QByteArray WsFrameWriter::ping(QByteArrayView payload, bool masked)
{
    return simple(0x9, payload, masked, true, kControlKey);
}

QByteArray WsFrameWriter::pong(QByteArrayView payload, bool masked)
{
    return simple(0xA, payload, masked, true, kControlKey);
}

QByteArray WsFrameWriter::close(int code, QByteArrayView reason, bool masked)
{
    QByteArray payload;
    if (code >= 0) {
        payload.append(char(code >> 8));
        payload.append(char(code & 0xFF));
        payload.append(reason);
    }
    return simple(0x8, payload, masked, true, kControlKey);
}

} // namespace airlock::test
