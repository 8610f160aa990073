#include "proxy/Pump.h"

#include "proxy/QtSocketLeg.h"
#include "ws/FrameBuilder.h"

#include <QTcpSocket>

namespace airlock {

namespace {
// One read buffer per worker thread: idle sessions hold no large buffers of their own.
QByteArray& scratchBuffer()
{
    thread_local QByteArray buffer;
    return buffer;
}
} // namespace

Pump::Pump(StreamLeg* src, StreamLeg* dst)
    : m_src(src)
    , m_dst(dst)
{}

Pump::Pump(QTcpSocket* src, QTcpSocket* dst)
    : m_ownedSrc(std::make_shared<QtSocketLeg>(src, false, false))
    , m_ownedDst(std::make_shared<QtSocketLeg>(dst, false, false))
    , m_src(m_ownedSrc.get())
    , m_dst(m_ownedDst.get())
{}

void Pump::startFrames(FrameTap::Direction direction, FrameTap::Options options)
{
    m_mode = Mode::Frames;
    m_tap.emplace(direction, options);
    m_active = true;
    m_stopped = false;
    m_bodyDone = false;
}

void Pump::startFramesToBytes(FrameTap::Options options)
{
    m_mode = Mode::FramesToBytes;
    m_codec.emplace(options);
    m_active = true;
    m_stopped = false;
    m_bodyDone = false;
}

void Pump::startBytesToFrames(FrameTap::Options options)
{
    m_mode = Mode::BytesToFrames;
    m_tap.emplace(FrameTap::Direction::ServerToClient, options);
    m_active = true;
    m_stopped = false;
    m_bodyDone = false;
}

void Pump::startBody(const BodyFraming& framing, bool dechunk)
{
    m_active = true;
    m_stopped = false;
    m_bodyDone = false;
    m_chunked.reset();
    switch (framing.kind) {
    case BodyFraming::Kind::None:
    case BodyFraming::Kind::Invalid:
        m_mode = Mode::Length;
        m_remaining = 0;
        m_bodyDone = true;
        break;
    case BodyFraming::Kind::Length:
        m_mode = Mode::Length;
        m_remaining = framing.length;
        break;
    case BodyFraming::Kind::Chunked:
        m_mode = dechunk ? Mode::Dechunked : Mode::Chunked;
        break;
    case BodyFraming::Kind::UntilClose:
        m_mode = Mode::UntilClose;
        break;
    }
}

void Pump::prepend(const QByteArray& bytes)
{
    // An empty input may still carry the capacity of the read it came from (a head reader's): holding it
    // would keep that block for the whole life of an idle tunnel.
    if (bytes.isEmpty())
        return;
    m_tail.prepend(bytes);
    m_tail.squeeze();
}

bool Pump::isBlocked() const
{
    return (m_dst && m_dst->bytesToWrite() > highWatermark) ||
           (m_mode == Mode::FramesToBytes && m_src && m_src->bytesToWrite() > highWatermark);
}

QByteArray Pump::takeRemainder()
{
    return std::exchange(m_tail, QByteArray());
}

qsizetype Pump::forwardable(QByteArrayView data, Result* result)
{
    switch (m_mode) {
    case Mode::Frames: {
        const qsizetype n = m_tap->inspect(data);
        if (m_tap->hasViolation())
            *result = Result::Violation;
        else if (m_tap->closed())
            *result = Result::Done;
        return n;
    }
    case Mode::Length: {
        const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size()));
        m_remaining -= n;
        if (m_remaining == 0) {
            m_bodyDone = true;
            *result = Result::Done;
        }
        return n;
    }
    case Mode::Chunked: {
        const qsizetype n = m_chunked.feed(data);
        if (m_chunked.hasError()) {
            m_error = m_chunked.errorDetail();
            *result = Result::Error;
        } else if (m_chunked.isDone()) {
            m_bodyDone = true;
            *result = Result::Done;
        }
        return n;
    }
    case Mode::UntilClose:
        return data.size();
    case Mode::Dechunked:
        break; // see dechunk()
    case Mode::FramesToBytes:
    case Mode::BytesToFrames:
        break; // translated, see translate()
    }
    return 0;
}

qsizetype Pump::translate(char* data, qsizetype size, Result* result)
{
    if (m_mode == Mode::BytesToFrames) {
        // The frame is checked like any frame Airlock forwards to a client, which keeps the counts.
        const QByteArray header = FrameCodec::binaryHeader(quint64(size));
        m_tap->inspect(header);
        m_tap->inspect(QByteArrayView(data, size));
        m_dst->write(header);
        m_dst->write(data, qint64(size));
        m_forwarded += size;
        return size;
    }
    qsizetype payload = 0;
    QByteArrayList pings;
    const qsizetype consumed = m_codec->decode(data, size, &payload, &pings);
    if (payload > 0) {
        m_dst->write(data, payload);
        m_forwarded += payload;
    }
    // The other pump writes whole frames to the client, so the client stream is at a frame boundary here.
    for (const QByteArray& ping : std::as_const(pings))
        m_src->write(FrameBuilder::pong(ping, false));
    if (m_codec->tap().hasViolation())
        *result = Result::Violation;
    else if (m_codec->tap().closed())
        *result = Result::Done;
    return consumed;
}

qsizetype Pump::dechunk(QByteArrayView data, Result* result)
{
    QByteArray payload;
    const qsizetype n = m_chunked.feed(data, &payload);
    if (!payload.isEmpty())
        m_dst->write(payload);
    m_forwarded += n;
    if (m_chunked.hasError()) {
        m_error = m_chunked.errorDetail();
        *result = Result::Error;
    } else if (m_chunked.isDone()) {
        m_bodyDone = true;
        *result = Result::Done;
    }
    return n;
}

Pump::Result Pump::run()
{
    if (!m_active || m_stopped)
        return Result::Idle;
    if (m_bodyDone) {
        m_active = false;
        return Result::Done;
    }
    QByteArray& buffer = scratchBuffer();
    Result result = Result::Idle;
    bool wrote = false;
    int reads = 0;
    bool drained = false;
    while (result == Result::Idle) {
        // The rest waits for the next readiness of src: other sessions on this thread get their turn. After a
        // short read the kernel had no more; a leg that reports readiness again (level-triggered) needs no
        // further read to find that out, which saves a system call per message.
        if (m_src->readsAgainWhenReady() && (reads == maxReadsPerRun || drained))
            break;
        // A bridge answers the client's pings into src: those pongs fill the client's queue like any other
        // byte, so a client that pings and never reads is not read either.
        if (m_dst->bytesToWrite() > highWatermark ||
            (m_mode == Mode::FramesToBytes && m_src->bytesToWrite() > highWatermark)) {
            result = Result::Blocked;
            break;
        }
        qint64 want = qMin(m_src->bytesAvailable(), readChunk);
        if (m_mode == Mode::Length)
            want = qMin(want, m_remaining - qint64(m_tail.size()));
        if (want <= 0 && m_tail.isEmpty())
            break;
        const qsizetype tailSize = m_tail.size();
        if (buffer.size() < tailSize + want)
            buffer.resize(tailSize + qMax<qint64>(want, readChunk));
        if (tailSize)
            memcpy(buffer.data(), m_tail.constData(), size_t(tailSize));
        qint64 got = want > 0 ? m_src->read(buffer.data() + tailSize, want) : 0;
        if (got < 0)
            got = 0;
        if (got > 0)
            ++reads;
        else if (tailSize == 0)
            break; // a raw leg only learns by reading that nothing is there
        drained = got < want;
        const QByteArrayView data(buffer.constData(), tailSize + got);
        qsizetype done = 0;
        if (m_mode == Mode::FramesToBytes || m_mode == Mode::BytesToFrames) {
            done = translate(buffer.data(), data.size(), &result);
            wrote = true;
            m_tail = data.sliced(done).toByteArray();
            if (got == 0)
                break;
            continue;
        }
        if (m_mode == Mode::Dechunked) {
            done = dechunk(data, &result);
            wrote = true;
            m_tail = data.sliced(done).toByteArray();
            if (got == 0)
                break;
            continue;
        }
        for (;;) {
            const qsizetype n = forwardable(data.sliced(done), &result);
            if (n > 0) {
                m_dst->write(data.constData() + done, n);
                m_forwarded += n;
                wrote = true;
            }
            done += n;
            // A frame the tap wants swallowed (an answer to Airlock's own ping): skip it, go on after it.
            const qsizetype drop = m_mode == Mode::Frames ? m_tap->takeDrop() : 0;
            if (drop == 0)
                break;
            done += drop;
        }
        m_tail = data.sliced(done).toByteArray();
        if (got == 0)
            break; // only the tail was re-inspected: wait for more input
    }
    if (wrote)
        m_dst->flush();
    if (result == Result::Done || result == Result::Violation || result == Result::Error)
        m_active = false;
    return result;
}

} // namespace airlock
