#include "ws/FrameTap.h"

#include "observe/MessageCapture.h"
#include "ws/CloseCodeRules.h"
#include "ws/FrameHeader.h"
#include "ws/Masking.h"

#include <QStringBuilder>

#include <cstring>

namespace airlock {

namespace {

constexpr quint8 OpContinuation = FrameHeader::Continuation;
constexpr quint8 OpText = FrameHeader::Text;
constexpr quint8 OpBinary = FrameHeader::Binary;
constexpr quint8 OpClose = FrameHeader::Close;
constexpr quint8 OpPing = FrameHeader::Ping;
constexpr quint8 OpPong = FrameHeader::Pong;
constexpr quint64 MaxControlPayload = FrameHeader::MaxControlPayload;

// Stack buffer for unmasking text payloads piecewise before UTF-8 validation.
constexpr qsizetype UnmaskChunk = 1024;

CapturedMessage::Type captureType(FrameTap::Direction direction)
{
    return direction == FrameTap::Direction::ClientToServer ? CapturedMessage::Type::Send
                                                            : CapturedMessage::Type::Receive;
}

bool isReservedOpcode(quint8 opcode)
{
    return (opcode >= 0x3 && opcode <= 0x7) || opcode >= 0xB;
}

QByteArray reservedOpcodeReason(quint8 opcode)
{
    return QByteArrayLiteral("reserved opcode 0x") + QByteArray::number(opcode, 16).toUpper();
}

} // namespace

FrameTap::FrameTap(Direction direction, Options options)
    : m_direction(direction)
    , m_options(options)
{}

void FrameTap::setViolation(quint16 closeCode, const QByteArray& reason, bool atBoundary)
{
    m_hasViolation = true;
    m_violationAtBoundary = atBoundary;
    m_violation.closeCode = closeCode;
    m_violation.reason = CloseCodeRules::truncateReason(reason);
}

bool FrameTap::checkHeaderStart(const FrameHeader& header)
{
    const quint8 opcode = header.opcode;
    const quint8 rsv = header.rsv;
    const bool control = header.isControl();
    if (isReservedOpcode(opcode)) {
        setViolation(1002, reservedOpcodeReason(opcode), true);
        return false;
    }
    if (rsv & 0x3) {
        setViolation(1002, QByteArrayLiteral("RSV2 or RSV3 set"), true);
        return false;
    }
    if (rsv & 0x4) {
        if (!m_options.deflateNegotiated) {
            setViolation(1002, QByteArrayLiteral("RSV1 set without permessage-deflate"), true);
            return false;
        }
        if (control || opcode == OpContinuation) {
            setViolation(1002,
                         control ? QByteArrayLiteral("RSV1 set on a control frame")
                                 : QByteArrayLiteral("RSV1 set on a continuation frame"),
                         true);
            return false;
        }
    }
    if (m_direction == Direction::ClientToServer && !header.masked) {
        setViolation(1002, QByteArrayLiteral("unmasked client frame"), true);
        return false;
    }
    if (m_direction == Direction::ServerToClient && header.masked) {
        setViolation(1002, QByteArrayLiteral("masked server frame"), true);
        return false;
    }
    // A control frame's own rules (not fragmented, at most 125 bytes) are the header's: FrameHeader::decode.
    if (control)
        return true;
    if (opcode == OpContinuation && !m_inMessage) {
        setViolation(1002, QByteArrayLiteral("continuation frame without an open message"), true);
        return false;
    }
    if (opcode != OpContinuation && m_inMessage) {
        setViolation(1002, QByteArrayLiteral("new data frame inside a fragmented message"), true);
        return false;
    }
    return true;
}

bool FrameTap::consumeControl(quint8 opcode, const uchar* payload, quint64 length, bool masked, const uchar* maskKey)
{
    if (opcode == OpClose) {
        uchar plain[MaxControlPayload];
        const uchar* content = payload;
        if (masked) {
            applyMask(payload, plain, qsizetype(length), maskKey, 0);
            content = plain;
        }
        quint16 code = 0;
        QByteArrayView reason;
        if (length == 1 && m_options.strict) {
            setViolation(1002, QByteArrayLiteral("close frame with 1-byte payload"), true);
            return false;
        }
        if (length >= 2) {
            code = quint16((quint16(content[0]) << 8) | content[1]);
            reason = QByteArrayView(content + 2, qsizetype(length) - 2);
            if (m_options.strict) {
                if (!CloseCodeRules::isValidReceived(code)) {
                    setViolation(1002, QByteArrayLiteral("invalid close code ") + QByteArray::number(code), true);
                    return false;
                }
                Utf8Validator reasonCheck;
                if (!reasonCheck.feed(reason.data(), reason.size()) || !reasonCheck.isComplete()) {
                    setViolation(1007, QByteArrayLiteral("invalid UTF-8 in close reason"), true);
                    return false;
                }
            }
        }
        m_close.seen = true;
        m_close.code = code;
        m_close.reason = reason.toByteArray();
        m_closed = true;
    } else if (opcode == OpPing) {
        ++m_stats.pings;
    } else if (opcode == OpPong) {
        ++m_stats.pongs;
    }
    ++m_stats.frames;
    return true;
}

bool FrameTap::isDroppedPong(const uchar* payload, quint64 length, bool masked, const uchar* maskKey) const
{
    const qsizetype prefix = m_options.dropPongPrefix.size();
    if (prefix == 0 || length < quint64(prefix))
        return false;
    uchar plain[MaxControlPayload];
    const uchar* content = payload;
    if (masked) {
        applyMask(payload, plain, prefix, maskKey, 0);
        content = plain;
    }
    return std::memcmp(content, m_options.dropPongPrefix.constData(), size_t(prefix)) == 0;
}

bool FrameTap::validateText(const uchar* data, qsizetype n)
{
    if (!m_masked)
        return m_utf8.feed(reinterpret_cast<const char*>(data), n);
    uchar plain[UnmaskChunk];
    qsizetype done = 0;
    while (done < n) {
        const qsizetype piece = qMin(n - done, UnmaskChunk);
        applyMask(data + done, plain, piece, m_maskKey, m_payloadOffset + quint64(done));
        if (!m_utf8.feed(reinterpret_cast<const char*>(plain), piece))
            return false;
        done += piece;
    }
    return true;
}

// Capture wants the plain payload: unmask it piecewise on the stack, and only as much as it keeps.
void FrameTap::capturePayload(const uchar* data, qsizetype n)
{
    MessageCapture* capture = m_options.capture;
    const auto type = captureType(m_direction);
    qsizetype done = 0;
    if (!m_masked) {
        if (capture->keeping(type)) {
            capture->append(type, QByteArrayView(data, n));
            done = n;
        }
    } else {
        uchar plain[UnmaskChunk];
        while (done < n && capture->keeping(type)) {
            const qsizetype piece = qMin(n - done, UnmaskChunk);
            applyMask(data + done, plain, piece, m_maskKey, m_payloadOffset + quint64(done));
            capture->append(type, QByteArrayView(plain, piece));
            done += piece;
        }
    }
    if (done < n)
        capture->skip(type, n - done);
}

void FrameTap::finishFrame()
{
    m_state = State::Header;
    ++m_stats.frames;
    if (m_messageFrame) {
        if (m_fin) {
            if (m_options.capture)
                m_options.capture->end(captureType(m_direction));
            if (m_messageOpcode == OpText) {
                ++m_stats.messages;
                ++m_stats.textMessages;
            } else if (m_messageOpcode == OpBinary) {
                ++m_stats.messages;
                ++m_stats.binaryMessages;
            }
            m_inMessage = false;
        }
        return;
    }
    // A control frame streamed because it was too long to be one (non-strict mode only).
    if (m_opcode == OpPing) {
        ++m_stats.pings;
    } else if (m_opcode == OpPong) {
        ++m_stats.pongs;
    } else if (m_opcode == OpClose) {
        m_close.seen = true;
        m_closed = true;
    }
}

qsizetype FrameTap::inspect(QByteArrayView data)
{
    if (m_closed || m_hasViolation)
        return 0;

    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const qsizetype n = data.size();
    qsizetype pos = 0;
    qsizetype frameStartHere = -1; // start of the streamed frame if its header is in data

    const auto fail = [this, &pos](qsizetype at) {
        pos = at;
        m_stats.bytes += pos;
        return pos;
    };

    while (!m_closed) {
        if (m_state == State::Header) {
            const qsizetype avail = n - pos;
            if (avail < FrameHeader::MinSize)
                break;
            // This connection's rules first, then the header's own (decode() sets the fields of the first
            // two bytes whatever it returns), so a frame breaking several is named by the connection's.
            FrameHeader header;
            FrameHeader::Status status = FrameHeader::Status::NeedMore;
            if (m_options.strict) {
                FrameHeader::Error error = FrameHeader::Error::None;
                status = FrameHeader::decode(p + pos, avail, &header, &error);
                if (!checkHeaderStart(header))
                    return fail(pos);
                if (status == FrameHeader::Status::Malformed) {
                    setViolation(1002, QByteArray(FrameHeader::reason(error)), true);
                    return fail(pos);
                }
            } else {
                status = FrameHeader::read(p + pos, avail, &header);
                if (m_options.rejectReservedOpcodes && isReservedOpcode(header.opcode)) {
                    setViolation(1002, reservedOpcodeReason(header.opcode), true);
                    return fail(pos);
                }
            }
            if (status != FrameHeader::Status::Complete)
                break;
            const bool fin = header.fin;
            const quint8 opcode = header.opcode;
            const bool masked = header.masked;
            const qsizetype headerLength = header.headerLength;
            const quint64 length = header.payloadLength;
            const uchar* maskKey = header.maskKey;
            const bool control = header.isControl();

            if (control && length <= MaxControlPayload) {
                if (quint64(avail - headerLength) < length)
                    break;
                if (opcode == OpPong && isDroppedPong(p + pos + headerLength, length, masked, maskKey)) {
                    m_drop = headerLength + qsizetype(length);
                    ++m_stats.droppedPongs;
                    break;
                }
                if (!consumeControl(opcode, p + pos + headerLength, length, masked, maskKey))
                    return fail(pos);
                pos += headerLength + qsizetype(length);
                continue;
            }

            const bool messageFrame = opcode <= OpBinary;
            if (messageFrame && m_options.maxMessageBytes > 0) {
                const quint64 limit = quint64(m_options.maxMessageBytes);
                const quint64 before = (opcode == OpContinuation && m_inMessage) ? m_messageBytes : 0;
                if (length > limit || before > limit - length) {
                    setViolation(1009,
                                 QByteArrayLiteral("message exceeds ") + QByteArray::number(m_options.maxMessageBytes) +
                                     QByteArrayLiteral(" bytes"),
                                 true);
                    return fail(pos);
                }
            }
            if (opcode == OpText || opcode == OpBinary || (opcode == OpContinuation && !m_inMessage)) {
                // A stray continuation (non-strict only) opens a message of unknown type.
                m_inMessage = true;
                m_messageOpcode = opcode;
                // Without the extension RSV1 means nothing (a non-strict tap lets it through): not compressed.
                m_messageCompressed = m_options.deflateNegotiated && (header.rsv & 0x4);
                m_messageBytes = 0;
                m_utf8.reset();
                if (m_options.capture)
                    m_options.capture->begin(captureType(m_direction), opcode, m_messageCompressed);
            }
            m_opcode = opcode;
            m_fin = fin;
            m_masked = masked;
            m_messageFrame = messageFrame;
            m_checkUtf8 = messageFrame && m_options.strict && m_messageOpcode == OpText && !m_messageCompressed;
            if (masked)
                std::memcpy(m_maskKey, maskKey, sizeof m_maskKey);
            m_remaining = length;
            m_payloadOffset = 0;
            if (messageFrame)
                m_messageBytes += length;
            m_state = State::Payload;
            frameStartHere = pos;
            pos += headerLength;
        }

        // Payload of a data frame (or, non-strict, of an oversized control frame).
        const auto take = qsizetype(qMin(m_remaining, quint64(n - pos)));
        if (take == 0 && m_remaining > 0)
            break;
        const bool last = quint64(take) == m_remaining;
        if (m_checkUtf8) {
            const bool valid = validateText(p + pos, take) && !(last && m_fin && !m_utf8.isComplete());
            if (!valid) {
                const bool rollBack = frameStartHere >= 0;
                setViolation(1007, QByteArrayLiteral("invalid UTF-8 in text message"), rollBack);
                return fail(rollBack ? frameStartHere : pos);
            }
        }
        if (m_options.capture && m_messageFrame && take > 0)
            capturePayload(p + pos, take);
        pos += take;
        m_remaining -= quint64(take);
        m_payloadOffset += quint64(take);
        if (!(m_opcode & 0x8))
            m_stats.payloadBytes += take;
        if (m_remaining == 0)
            finishFrame();
    }

    m_stats.bytes += pos;
    return pos;
}

} // namespace airlock
