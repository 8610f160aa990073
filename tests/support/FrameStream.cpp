#include "FrameStream.h"

namespace airlock::test {

quint16 FrameStream::Frame::closeCode() const
{
    if (payload.size() < 2)
        return 1005;
    return quint16((quint8(payload[0]) << 8) | quint8(payload[1]));
}

QByteArray FrameStream::Frame::closeReason() const
{
    return payload.size() > 2 ? payload.mid(2) : QByteArray();
}

QList<FrameStream::Frame> FrameStream::parse(QByteArrayView bytes, qsizetype* consumed)
{
    QList<Frame> frames;
    qsizetype at = 0;
    while (at + 2 <= bytes.size()) {
        const quint8 b0 = quint8(bytes[at]);
        const quint8 b1 = quint8(bytes[at + 1]);
        Frame frame;
        frame.fin = (b0 & 0x80) != 0;
        frame.rsv = quint8((b0 >> 4) & 0x7);
        frame.opcode = b0 & 0x0f;
        frame.masked = (b1 & 0x80) != 0;
        quint64 length = b1 & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (at + 4 > bytes.size())
                break;
            length = (quint64(quint8(bytes[at + 2])) << 8) | quint8(bytes[at + 3]);
            header = 4;
        } else if (length == 127) {
            if (at + 10 > bytes.size())
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(bytes[at + 2 + i]);
            header = 10;
        }
        const qsizetype keyAt = at + header;
        if (frame.masked)
            header += 4;
        if (length > quint64(bytes.size()) || at + header + qsizetype(length) > bytes.size())
            break;
        frame.payload = bytes.sliced(at + header, qsizetype(length)).toByteArray();
        if (frame.masked) {
            for (qsizetype i = 0; i < frame.payload.size(); ++i)
                frame.payload[i] = char(frame.payload[i] ^ bytes[keyAt + (i % 4)]);
        }
        frames.append(frame);
        at += header + qsizetype(length);
    }
    if (consumed)
        *consumed = at;
    return frames;
}

QList<FrameStream::Frame> FrameStream::parseAfterHead(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return {};
    return parse(QByteArrayView(bytes).sliced(end + 4));
}

const FrameStream::Frame* FrameStream::findClose(const QList<Frame>& frames)
{
    for (const Frame& frame : frames) {
        if (frame.opcode == 0x8)
            return &frame;
    }
    return nullptr;
}

} // namespace airlock::test
