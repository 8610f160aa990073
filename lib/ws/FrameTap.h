#pragma once

#include "ws/Utf8Validator.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>

namespace airlock {

struct FrameHeader;
class MessageCapture;

// Passive reader of one direction of a WebSocket stream. The pump owns the bytes: it calls
// inspect() with everything it has not forwarded yet, forwards the returned prefix unchanged,
// drops it, and presents the rest again with newly read bytes. The tap never copies, buffers
// or modifies data, and allocates nothing per frame (what an attached MessageCapture keeps is
// its own).
//
// Framing rules: a frame header is consumed only when complete; a control frame (payload of
// at most 125 bytes) only when its whole payload is present, so close frames are validated
// before they pass and pings go out whole; data payloads are consumed as they arrive.
class FrameTap
{
public:
    enum class Direction { ClientToServer, ServerToClient };

    struct Options
    {
        // Enforce RFC 6455: masking by direction, RSV bits, reserved opcodes, control frame
        // rules, length encodings (shortest form, 64-bit top bit clear), fragmentation order,
        // close codes, UTF-8 of text messages and close reasons.
        // Off: only the framing is followed, and a control frame announcing more than 125
        // bytes (invalid anyway) streams through like data; a close sent that way ends the
        // stream with code 0 since its payload is never held.
        bool strict = true;
        // Airlock is the WebSocket endpoint itself (a tcp:// bridge): no extension was agreed that could give
        // a reserved opcode a meaning, so one fails the connection (RFC 6455 5.2) even when not strict.
        bool rejectReservedOpcodes = false;
        // permessage-deflate: RSV1 allowed on the first frame of a data message, and such a
        // (compressed) text message is not UTF-8 checked.
        bool deflateNegotiated = false;
        // 0 = unlimited. Limit on the sum of a message's fragment payloads as announced in
        // the headers (wire bytes, so compressed size under deflate). Enforced in both modes:
        // it is an explicit limit, not a protocol rule.
        qint64 maxMessageBytes = 0;
        // Non-empty: a pong whose (unmasked) payload starts with this marker answers a ping Airlock
        // sent itself; it is consumed but not forwarded (see takeDrop()).
        QByteArray dropPongPrefix;
        // Non-null: data messages are reported to it (unmasked payload, in pieces, as it passes);
        // it must outlive the tap. Null (the default) costs nothing.
        MessageCapture* capture = nullptr;
    };

    // closeCode is 1002 (protocol error), 1007 (invalid UTF-8) or 1009 (too big); reason
    // is short English, at most 123 bytes, fit for a close frame.
    struct Violation
    {
        quint16 closeCode = 0;
        QByteArray reason;
    };

    struct Stats
    {
        qint64 frames = 0;   // complete frames of any kind
        qint64 messages = 0; // complete text and binary messages
        qint64 textMessages = 0;
        qint64 binaryMessages = 0;
        qint64 payloadBytes = 0; // data frame payload consumed (not control frames)
        qint64 pings = 0;
        qint64 pongs = 0;
        qint64 bytes = 0;        // raw bytes consumed, i.e. forwarded
        qint64 droppedPongs = 0; // pongs matching dropPongPrefix; not in frames, pongs or bytes
    };

    // code 0: a close frame without a status code (reported as 1005 by endpoints).
    struct Close
    {
        bool seen = false;
        quint16 code = 0;
        QByteArray reason;
    };

    FrameTap(Direction direction, Options options);

    // How many bytes from the start of data may be forwarded now. Once a violation is found
    // the result stops where the offending frame starts (for invalid UTF-8 in a data payload:
    // where that frame starts if its header is in data, else where its payload in data starts)
    // and every later call returns 0; likewise after a close frame has been consumed.
    qsizetype inspect(QByteArrayView data);

    // After inspect(): the length of a frame that starts right after the returned prefix and must
    // be skipped, not forwarded (0: none). Reading it clears it; inspect() resumes after that frame.
    qsizetype takeDrop() { return std::exchange(m_drop, 0); }

    bool hasViolation() const { return m_hasViolation; }
    const Violation& violation() const { return m_violation; }
    // Everything forwarded so far ends exactly at a frame end, so the pump may add a frame
    // of its own (e.g. a close) to this direction.
    bool atFrameBoundary() const { return m_hasViolation ? m_violationAtBoundary : m_state == State::Header; }
    // A data message has started and its final frame has not been wholly consumed; at a frame
    // boundary this means a fragmented message is open.
    bool inMessage() const { return m_inMessage; }
    const Stats& stats() const { return m_stats; }
    const Close& close() const { return m_close; }
    // A close frame passed; nothing after it is forwarded.
    bool closed() const { return m_closed; }

    Direction direction() const { return m_direction; }
    const Options& options() const { return m_options; }

private:
    enum class State : quint8 { Header, Payload };

    // Returns false (after recording a violation) when the header breaks a strict rule of this
    // connection: reserved opcode or RSV bits, masking by direction, fragmentation order.
    bool checkHeaderStart(const FrameHeader& header);
    // A whole control frame whose payload is in memory. False on a violation.
    bool consumeControl(quint8 opcode, const uchar* payload, quint64 length, bool masked, const uchar* maskKey);
    bool isDroppedPong(const uchar* payload, quint64 length, bool masked, const uchar* maskKey) const;
    bool validateText(const uchar* data, qsizetype n);
    void capturePayload(const uchar* data, qsizetype n);
    void finishFrame();
    void setViolation(quint16 closeCode, const QByteArray& reason, bool atBoundary);

    Direction m_direction;
    Options m_options;
    State m_state = State::Header;

    // Frame whose payload is being streamed.
    quint8 m_opcode = 0;
    bool m_fin = false;
    bool m_masked = false;
    bool m_messageFrame = false; // opcode 0, 1 or 2
    bool m_checkUtf8 = false;
    uchar m_maskKey[4] = {};
    quint64 m_remaining = 0;
    quint64 m_payloadOffset = 0; // position in the frame's payload, for the mask phase

    // Current data message.
    bool m_inMessage = false;
    quint8 m_messageOpcode = 0; // 1 text, 2 binary, 0 unknown (non-strict stray continuation)
    bool m_messageCompressed = false;
    quint64 m_messageBytes = 0;
    Utf8Validator m_utf8;

    qsizetype m_drop = 0;
    bool m_hasViolation = false;
    bool m_violationAtBoundary = true;
    Violation m_violation;
    bool m_closed = false;
    Close m_close;
    Stats m_stats;
};

} // namespace airlock
