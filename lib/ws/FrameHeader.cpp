#include "ws/FrameHeader.h"

#include <cstring>

namespace airlock {

namespace {

constexpr quint8 Length16 = 126;
constexpr quint8 Length64 = 127;

FrameHeader::Status decodeHeader(const uchar* data, qsizetype size, FrameHeader* out, FrameHeader::Error* error,
                                 bool checkRules)
{
    using Status = FrameHeader::Status;
    using Error = FrameHeader::Error;
    const auto malformed = [error](Error e) {
        if (error)
            *error = e;
        return Status::Malformed;
    };
    if (error)
        *error = Error::None;
    if (size < FrameHeader::MinSize)
        return Status::NeedMore;

    out->fin = data[0] & 0x80;
    out->rsv = quint8((data[0] >> 4) & 0x7);
    out->opcode = quint8(data[0] & 0x0F);
    out->masked = data[1] & 0x80;
    const auto length7 = quint8(data[1] & 0x7F);
    const qsizetype lengthBytes = length7 == Length16 ? 2 : (length7 == Length64 ? 8 : 0);
    out->headerLength = 2 + lengthBytes + (out->masked ? 4 : 0);

    if (checkRules && out->isControl()) {
        if (!out->fin)
            return malformed(Error::FragmentedControlFrame);
        // 126 and 127 announce a longer length, or encode a short one non-minimally: too long either way.
        if (length7 > FrameHeader::MaxControlPayload)
            return malformed(Error::ControlFrameTooLong);
    }
    if (size < 2 + lengthBytes)
        return Status::NeedMore;

    quint64 length = length7;
    if (lengthBytes > 0) {
        length = 0;
        for (qsizetype i = 0; i < lengthBytes; ++i)
            length = (length << 8) | data[2 + i];
        if (checkRules) {
            if (length >> 63)
                return malformed(Error::LengthTopBitSet);
            if (length < (lengthBytes == 2 ? quint64(Length16) : quint64(0x10000)))
                return malformed(Error::NonMinimalLength);
        }
    }
    if (size < out->headerLength)
        return Status::NeedMore;
    out->payloadLength = length;
    if (out->masked)
        std::memcpy(out->maskKey, data + 2 + lengthBytes, sizeof out->maskKey);
    return Status::Complete;
}

} // namespace

FrameHeader::Status FrameHeader::decode(const uchar* data, qsizetype size, FrameHeader* out, Error* error)
{
    return decodeHeader(data, size, out, error, true);
}

FrameHeader::Status FrameHeader::read(const uchar* data, qsizetype size, FrameHeader* out)
{
    return decodeHeader(data, size, out, nullptr, false);
}

qsizetype FrameHeader::encodedSize(quint64 payloadLength, bool masked)
{
    const qsizetype lengthBytes = payloadLength <= MaxControlPayload ? 0 : (payloadLength <= 0xFFFF ? 2 : 8);
    return 2 + lengthBytes + (masked ? 4 : 0);
}

qsizetype FrameHeader::encode(const FrameHeader& header, uchar* out)
{
    uchar* p = out;
    *p++ = uchar((header.fin ? 0x80 : 0x00) | ((header.rsv & 0x7) << 4) | (header.opcode & 0x0F));
    const uchar maskBit = header.masked ? 0x80 : 0x00;
    const quint64 length = header.payloadLength;
    if (length <= MaxControlPayload) {
        *p++ = uchar(maskBit | length);
    } else if (length <= 0xFFFF) {
        *p++ = uchar(maskBit | Length16);
        *p++ = uchar(length >> 8);
        *p++ = uchar(length);
    } else {
        *p++ = uchar(maskBit | Length64);
        for (int shift = 56; shift >= 0; shift -= 8)
            *p++ = uchar(length >> shift);
    }
    if (header.masked) {
        std::memcpy(p, header.maskKey, sizeof header.maskKey);
        p += sizeof header.maskKey;
    }
    return p - out;
}

const char* FrameHeader::reason(Error error)
{
    switch (error) {
    case Error::None:
        return "";
    case Error::FragmentedControlFrame:
        return "fragmented control frame";
    case Error::ControlFrameTooLong:
        return "control frame payload exceeds 125 bytes";
    case Error::NonMinimalLength:
        return "payload length not in its shortest encoding";
    case Error::LengthTopBitSet:
        return "64-bit payload length has the top bit set";
    }
    return "";
}

} // namespace airlock
