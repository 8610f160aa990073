#include "WsFrameReader.h"

namespace airlock::test {

namespace {

// One frame at the start of bytes; nothing if it is not complete.
std::optional<WsFrameReader::Frame> readOne(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return std::nullopt;
    WsFrameReader::Frame f;
    const auto b0 = quint8(bytes[0]);
    const auto b1 = quint8(bytes[1]);
    f.fin = b0 & 0x80;
    f.rsv = (b0 >> 4) & 7;
    f.opcode = b0 & 0x0F;
    f.masked = b1 & 0x80;
    quint64 length = b1 & 0x7F;
    qsizetype pos = 2;
    if (length == 126 || length == 127) {
        f.lengthBytes = length == 126 ? 2 : 8;
        if (bytes.size() < pos + f.lengthBytes)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < f.lengthBytes; ++i)
            length = (length << 8) | quint8(bytes[pos++]);
    }
    if (f.masked) {
        if (bytes.size() < pos + 4)
            return std::nullopt;
        f.maskKey = bytes.sliced(pos, 4).toByteArray();
        pos += 4;
    }
    if (quint64(bytes.size() - pos) < length)
        return std::nullopt;
    f.payload = bytes.sliced(pos, qsizetype(length)).toByteArray();
    if (f.masked) {
        for (qsizetype i = 0; i < f.payload.size(); ++i)
            f.payload[i] = char(f.payload[i] ^ f.maskKey[i % 4]);
    }
    f.wireSize = pos + qsizetype(length);
    return f;
}

} // namespace

quint16 WsFrameReader::Frame::closeCode() const
{
    return payload.size() >= 2 ? quint16((quint8(payload[0]) << 8) | quint8(payload[1])) : quint16(1005);
}

QByteArray WsFrameReader::Frame::closeReason() const
{
    return payload.size() > 2 ? payload.mid(2) : QByteArray();
}

QByteArrayView WsFrameReader::afterHead(QByteArrayView bytes)
{
    if (!bytes.startsWith("HTTP/") && !bytes.startsWith("GET "))
        return bytes;
    const qsizetype headEnd = bytes.indexOf(QByteArrayView("\r\n\r\n"));
    return headEnd < 0 ? QByteArrayView() : bytes.sliced(headEnd + 4);
}

QList<WsFrameReader::Frame> WsFrameReader::frames(QByteArrayView bytes, qsizetype* consumed)
{
    const QByteArrayView body = afterHead(bytes);
    QList<Frame> out;
    qsizetype pos = 0;
    while (const std::optional<Frame> f = readOne(body.sliced(pos))) {
        pos += f->wireSize;
        out.append(*f);
    }
    if (consumed)
        *consumed = (bytes.size() - body.size()) + pos;
    return out;
}

std::optional<WsFrameReader::Frame> WsFrameReader::single(QByteArrayView bytes)
{
    std::optional<Frame> f = readOne(bytes);
    if (!f || f->wireSize != bytes.size())
        return std::nullopt;
    return f;
}

std::optional<WsFrameReader::Frame> WsFrameReader::firstClose(QByteArrayView bytes)
{
    for (const Frame& f : frames(bytes)) {
        if (f.isClose())
            return f;
    }
    return std::nullopt;
}

} // namespace airlock::test
