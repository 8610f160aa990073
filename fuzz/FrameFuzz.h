#pragma once

#include "FuzzCheck.h"
#include "observe/CapturedMessage.h"
#include "observe/MessageCapture.h"
#include "ws/FrameCodec.h"
#include "ws/FrameTap.h"
#include "ws/Utf8Validator.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

#include <vector>

namespace airlock::fuzz {

// Piece sizes chosen by the input, cycled over the stream; 0 stands for "everything left".
struct Chunking
{
    std::vector<qsizetype> sizes;

    static Chunking from(FuzzedDataProvider& input)
    {
        Chunking chunking;
        const int count = input.ConsumeIntegralInRange(1, 8);
        for (int i = 0; i < count; ++i)
            chunking.sizes.push_back(input.ConsumeIntegralInRange<qsizetype>(0, 40));
        return chunking;
    }
    static Chunking whole() { return Chunking{{0}}; }

    qsizetype at(size_t i, qsizetype left) const
    {
        const qsizetype n = sizes[i % sizes.size()];
        return n == 0 ? left : qMin(n, left);
    }
};

// Frame checking options drawn from the input: mostly strict, sometimes a message limit or Airlock's pong
// marker; permessage-deflate negotiated now and then when the decoder under test can have it.
inline FrameTap::Options tapOptionsFrom(FuzzedDataProvider& input, bool mayNegotiateDeflate)
{
    FrameTap::Options options;
    options.strict = input.ConsumeIntegralInRange(0, 3) != 0;
    if (mayNegotiateDeflate)
        options.deflateNegotiated = input.ConsumeIntegralInRange(0, 3) == 0;
    options.maxMessageBytes = input.ConsumeBool() ? 0 : input.ConsumeIntegralInRange<qint64>(1, 300);
    if (input.ConsumeIntegralInRange(0, 3) == 0)
        options.dropPongPrefix = QByteArrayLiteral("airlock-");
    return options;
}

// A data message as one decoder saw it.
struct Message
{
    quint8 opcode = 0;
    QByteArray data;
    bool truncated = false; // only a compressed message whose stream could not be inflated
    bool operator==(const Message&) const = default;
};

// What a pump saw after presenting a stream to a tap, piece by piece, keeping what the tap did not take.
struct TapRun
{
    FrameTap::Stats stats;
    bool violation = false;
    FrameTap::Violation verdict;
    FrameTap::Close close;
    bool closed = false;
    qsizetype forwarded = 0;
    QList<Message> messages; // complete data messages, from the tap's capture
};

inline TapRun runTap(const QByteArray& stream, FrameTap::Direction direction, FrameTap::Options options,
                     const Chunking& chunking)
{
    MessageCapture capture(qint64(1) << 30, nullptr, {});
    options.capture = &capture;
    FrameTap tap(direction, options);
    TapRun run;
    QByteArray pending;
    qsizetype offset = 0;
    for (size_t i = 0; offset < stream.size(); ++i) {
        const qsizetype n = chunking.at(i, stream.size() - offset);
        pending.append(stream.constData() + offset, n);
        offset += n;
        // A drop leaves the rest of the buffer to be inspected again at once, as the pump does.
        for (int round = 0; round < 1 << 16; ++round) {
            const bool stoppedBefore = tap.hasViolation() || tap.closed();
            const QByteArray before = pending;
            const qsizetype accepted = tap.inspect(pending);
            FUZZ_CHECK(pending == before);
            FUZZ_CHECK(accepted >= 0 && accepted <= pending.size());
            if (stoppedBefore)
                FUZZ_CHECK(accepted == 0);
            const qsizetype drop = tap.takeDrop();
            FUZZ_CHECK(drop >= 0 && accepted + drop <= pending.size());
            FUZZ_CHECK(tap.takeDrop() == 0);
            run.forwarded += accepted;
            pending.remove(0, accepted + drop);
            if (drop == 0)
                break;
        }
    }
    run.stats = tap.stats();
    run.violation = tap.hasViolation();
    run.verdict = tap.violation();
    run.close = tap.close();
    run.closed = tap.closed();
    FUZZ_CHECK(run.stats.bytes == run.forwarded);
    FUZZ_CHECK(run.stats.messages == run.stats.textMessages + run.stats.binaryMessages);
    FUZZ_CHECK(run.stats.payloadBytes <= run.forwarded);
    if (run.violation) {
        const quint16 code = run.verdict.closeCode;
        FUZZ_CHECK(code == 1002 || code == 1007 || code == 1009);
        FUZZ_CHECK(!run.verdict.reason.isEmpty() && run.verdict.reason.size() <= 123);
        FUZZ_CHECK(!run.closed);
    }
    if (run.close.seen)
        FUZZ_CHECK(run.closed);
    for (const CapturedMessage& message : capture.take()) {
        FUZZ_CHECK(!message.truncated || options.deflateNegotiated);
        run.messages.append({message.opcode, message.data, message.truncated});
    }
    return run;
}

// What the bridge saw after presenting a client stream to a codec, piece by piece, keeping what it did not
// take for the next piece.
struct CodecRun
{
    QByteArray payload;
    QByteArrayList pings;
    FrameTap::Stats stats;
    bool violation = false;
    FrameTap::Violation verdict;
    FrameTap::Close close;
};

inline CodecRun runCodec(const QByteArray& stream, const FrameTap::Options& options, const Chunking& chunking)
{
    FrameCodec codec(options);
    CodecRun run;
    QByteArray pending;
    qsizetype offset = 0;
    for (size_t i = 0; offset < stream.size(); ++i) {
        const qsizetype n = chunking.at(i, stream.size() - offset);
        pending.append(stream.constData() + offset, n);
        offset += n;
        qsizetype payloadLength = -1;
        const qsizetype consumed = codec.decode(pending.data(), pending.size(), &payloadLength, &run.pings);
        FUZZ_CHECK(consumed >= 0 && consumed <= pending.size());
        FUZZ_CHECK(payloadLength >= 0 && payloadLength <= consumed);
        run.payload.append(pending.constData(), payloadLength);
        pending.remove(0, consumed);
    }
    run.stats = codec.tap().stats();
    run.violation = codec.tap().hasViolation();
    run.verdict = codec.tap().violation();
    run.close = codec.tap().close();
    for (const QByteArray& ping : std::as_const(run.pings))
        FUZZ_CHECK(ping.size() <= 125);
    return run;
}

// An independent reader of a whole strict stream (RFC 6455 section 5, no extension) written from the RFC,
// not from FrameTap: the messages it carries, the pings, and where and why it stops.
struct Reference
{
    QList<Message> messages;
    QByteArray allPayload; // data payload in stream order, including an unfinished message
    QByteArrayList pings;
    quint16 violation = 0; // 0: none
    bool closed = false;
    quint16 closeCode = 0;
    QByteArray closeReason;
};

inline bool referenceCloseCodeValid(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

inline Reference readReference(const QByteArray& stream, bool clientToServer, quint64 maxMessageBytes)
{
    Reference ref;
    const auto* p = reinterpret_cast<const uchar*>(stream.constData());
    const quint64 n = quint64(stream.size());
    quint64 pos = 0;
    bool inMessage = false;
    quint8 messageOpcode = 0;
    quint64 messageBytes = 0;
    Message current;
    Utf8Validator utf8;
    while (pos + 2 <= n) {
        const bool fin = p[pos] & 0x80;
        const quint8 rsv = (p[pos] >> 4) & 0x7;
        const quint8 opcode = p[pos] & 0xF;
        const bool masked = p[pos + 1] & 0x80;
        const quint8 len7 = p[pos + 1] & 0x7F;
        const bool control = opcode >= 8;
        const bool knownOpcode = opcode <= 2 || (opcode >= 8 && opcode <= 10);
        if (!knownOpcode || rsv != 0 || masked != clientToServer || (control && (!fin || len7 > 125)) ||
            (!control && opcode == 0 && !inMessage) || (!control && opcode != 0 && inMessage)) {
            ref.violation = 1002;
            return ref;
        }
        quint64 at = pos + 2;
        quint64 length = len7;
        if (len7 == 126) {
            if (at + 2 > n)
                return ref;
            length = (quint64(p[at]) << 8) | p[at + 1];
            at += 2;
            if (length < 126) {
                ref.violation = 1002;
                return ref;
            }
        } else if (len7 == 127) {
            if (at + 8 > n)
                return ref;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | p[at + quint64(i)];
            at += 8;
            if ((length >> 63) || length <= 0xFFFF) {
                ref.violation = 1002;
                return ref;
            }
        }
        uchar key[4] = {0, 0, 0, 0};
        if (masked) {
            if (at + 4 > n)
                return ref;
            for (int i = 0; i < 4; ++i)
                key[i] = p[at + quint64(i)];
            at += 4;
        }
        if (control) {
            if (at + length > n)
                return ref;
            QByteArray payload;
            for (quint64 i = 0; i < length; ++i)
                payload.append(char(p[at + i] ^ key[i % 4]));
            if (opcode == 8) {
                if (length == 1) {
                    ref.violation = 1002;
                    return ref;
                }
                if (length >= 2) {
                    const quint16 code = quint16((quint8(payload[0]) << 8) | quint8(payload[1]));
                    const QByteArray reason = payload.mid(2);
                    Utf8Validator check;
                    if (!referenceCloseCodeValid(code)) {
                        ref.violation = 1002;
                        return ref;
                    }
                    if (!check.feed(reason.constData(), reason.size()) || !check.isComplete()) {
                        ref.violation = 1007;
                        return ref;
                    }
                    ref.closeCode = code;
                    ref.closeReason = reason;
                }
                ref.closed = true;
                return ref;
            }
            if (opcode == 9)
                ref.pings.append(payload);
            pos = at + length;
            continue;
        }
        if (opcode != 0) {
            inMessage = true;
            messageOpcode = opcode;
            messageBytes = 0;
            current = Message{opcode, {}};
            utf8.reset();
        }
        if (maxMessageBytes > 0 && (length > maxMessageBytes || messageBytes > maxMessageBytes - length)) {
            ref.violation = 1009;
            return ref;
        }
        messageBytes += length;
        const quint64 available = qMin(length, n - at);
        QByteArray payload;
        for (quint64 i = 0; i < available; ++i)
            payload.append(char(p[at + i] ^ key[i % 4]));
        if (messageOpcode == 1) {
            const bool whole = available == length;
            if (!utf8.feed(payload.constData(), payload.size()) || (whole && fin && !utf8.isComplete())) {
                ref.violation = 1007;
                return ref;
            }
        }
        current.data += payload;
        ref.allPayload += payload;
        if (available < length)
            return ref;
        pos = at + length;
        if (fin) {
            ref.messages.append(current);
            inMessage = false;
        }
    }
    return ref;
}

// The verdict of a tap or codec as a reference verdict: 0 without a violation.
inline quint16 verdictCode(bool violation, const FrameTap::Violation& verdict)
{
    return violation ? verdict.closeCode : 0;
}

} // namespace airlock::fuzz
