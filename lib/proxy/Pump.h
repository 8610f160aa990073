#pragma once

#include "http/BodyFraming.h"
#include "http/ChunkedBodyTracker.h"
#include "ws/FrameCodec.h"
#include "ws/FrameTap.h"

#include <QByteArray>

#include <memory>
#include <optional>

class QTcpSocket;

namespace airlock {

class StreamLeg;

// Moves bytes in one direction, from src to dst, without re-encoding them. What may be moved is decided
// by the mode: WebSocket frames (through a FrameTap that checks and counts them), or an HTTP body
// (Content-Length, chunked, until close). Backpressure: nothing is read from src while dst holds more
// than highWatermark unsent bytes; src's own read buffer is capped, so TCP flow control reaches the peer.
// A frame the tap marks for dropping (a pong answering Airlock's own ping) is skipped, not forwarded.
// On a tcp:// bridge the pumps translate instead: client frames to their payload (pings answered to the
// client, so that pump also stops reading while src holds more than highWatermark unsent bytes), TCP
// bytes to binary frames (checked by a tap too, for the counts).
// It reads into one buffer per thread and writes from there; only what dst cannot take at once is queued in
// dst. On a leg that reports readiness again while input is left (RawStreamLeg), one run stops after
// maxReadsPerRun reads, so one busy session cannot starve the others on its thread.
class Pump
{
public:
    static constexpr qint64 readChunk = 256 * 1024;
    static constexpr qint64 highWatermark = 512 * 1024;
    static constexpr qint64 lowWatermark = 128 * 1024;
    static constexpr int maxReadsPerRun = 16;

    enum class Result {
        Idle,      // moved all it could, waiting for input
        Blocked,   // dst (or a bridge client's src, for its pongs) is above the high watermark: call again on
                   // its bytesWritten
        Done,      // the body ended, or a close frame passed
        Violation, // the FrameTap found a protocol violation (see tap())
        Error,     // malformed chunked body (see errorDetail())
    };

    Pump() = default;
    Pump(StreamLeg* src, StreamLeg* dst);
    // For sockets whose owner watches their signals itself (an HTTP exchange).
    Pump(QTcpSocket* src, QTcpSocket* dst);

    void startFrames(FrameTap::Direction direction, FrameTap::Options options);
    // dechunk: a chunked body goes to dst as its chunk data only (for an HTTP/1.0 client); the caller
    // delimits it by closing dst.
    void startBody(const BodyFraming& framing, bool dechunk = false);
    // Bridge, client -> TCP: src speaks WebSocket (checked with these options), dst gets the payload.
    void startFramesToBytes(FrameTap::Options options);
    // Bridge, TCP -> client: each read from src goes to dst as one binary frame, which a tap with these
    // options reads as it would a backend's.
    void startBytesToFrames(FrameTap::Options options);
    // Bytes already read from src (after a head) that belong to this stream.
    void prepend(const QByteArray& bytes);

    Result run();
    // Stop reading src (after a violation or during teardown); bytes already accepted stay queued in dst.
    void stop() { m_stopped = true; }
    bool isStopped() const { return m_stopped; }
    bool isBlocked() const;

    // Bytes read from src beyond the end of the body (a pipelined next request).
    QByteArray takeRemainder();
    qint64 bytesForwarded() const { return m_forwarded; }
    const FrameTap* tap() const { return m_codec ? &m_codec->tap() : m_tap ? &*m_tap : nullptr; }
    QString errorDetail() const { return m_error; }
    bool isActive() const { return m_src != nullptr && m_active; }
    bool isBodyDone() const { return m_bodyDone; }

private:
    enum class Mode { Frames, Length, Chunked, Dechunked, UntilClose, FramesToBytes, BytesToFrames };
    qsizetype forwardable(QByteArrayView data, Result* result);
    // Bridge modes: translates data (the scratch buffer, changed in place) into dst; returns bytes consumed.
    qsizetype translate(char* data, qsizetype size, Result* result);
    // Dechunked mode: writes the chunk data in data to dst; returns bytes consumed.
    qsizetype dechunk(QByteArrayView data, Result* result);

    std::shared_ptr<StreamLeg> m_ownedSrc; // the Qt socket constructor's legs
    std::shared_ptr<StreamLeg> m_ownedDst;
    StreamLeg* m_src = nullptr;
    StreamLeg* m_dst = nullptr;
    Mode m_mode = Mode::UntilClose;
    bool m_active = false;
    bool m_stopped = false;
    bool m_bodyDone = false;
    std::optional<FrameTap> m_tap;
    std::optional<FrameCodec> m_codec;
    ChunkedBodyTracker m_chunked;
    qint64 m_remaining = 0;
    QByteArray m_tail; // bytes read but not yet forwardable (a partial frame header, a control frame)
    qint64 m_forwarded = 0;
    QString m_error;
};

} // namespace airlock
