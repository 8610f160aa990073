#include "observe/MessageCapture.h"

#include "observe/CaptureBudget.h"
#include "observe/MessageInflater.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>

namespace airlock {

namespace {

// Drops a UTF-8 sequence cut off at the end, so a truncated text message stays valid text.
void chopPartialUtf8(QByteArray& data)
{
    const qsizetype size = data.size();
    for (qsizetype back = 1; back <= qMin<qsizetype>(4, size); ++back) {
        const auto c = uchar(data.at(size - back));
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte: keep looking for the lead byte
        const qsizetype need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (need > back)
            data.truncate(size - back);
        return;
    }
}

} // namespace

const QByteArray& MessageCapture::redactedMarker()
{
    static const QByteArray marker = QByteArrayLiteral("[redacted]");
    return marker;
}

MessageCapture::MessageCapture(qint64 maxBytesPerSession, CaptureBudget* budget, const QList<QByteArray>& secrets)
    : m_maxBytes(qMax<qint64>(0, maxBytesPerSession))
    , m_budget(budget)
{
    for (const QByteArray& secret : secrets) {
        if (!secret.isEmpty() && !m_secrets.contains(secret))
            m_secrets.append(secret);
    }
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    m_lookahead = m_secrets.isEmpty() ? 0 : m_secrets.first().size() - 1;
}

MessageCapture::~MessageCapture()
{
    release(m_held);
}

qint64 MessageCapture::reserve(qint64 want)
{
    return m_budget ? m_budget->reserve(want) : qMax<qint64>(0, want);
}

void MessageCapture::release(qint64 bytes)
{
    if (m_budget)
        m_budget->release(bytes);
}

void MessageCapture::begin(Type type, quint8 opcode, bool compressed)
{
    Open& open = slot(type);
    if (open.open)
        drop(open); // a new message while one was open (lenient framing): the old one never ended
    open = Open();
    if (m_handedOff)
        return;
    open.open = true;
    open.message.type = type;
    open.message.timeMs = QDateTime::currentMSecsSinceEpoch();
    open.message.opcode = opcode == 1 ? 1 : 2;
    open.compressed = compressed;
    open.kept = m_held < m_maxBytes && (!m_budget || m_budget->available() > 0);
    if (compressed && open.kept) {
        const int i = index(type);
        if (!m_inflaters[i] && !m_inflateStopped[i])
            m_inflaters[i] = std::make_unique<MessageInflater>();
        open.kept = m_inflaters[i] && !m_inflaters[i]->isBroken();
    } else if (compressed) {
        // Not following this message breaks the direction's stream for every later one.
        stopInflating(type);
    }
    open.keeping = open.kept;
    if (!open.kept)
        ++m_notCaptured;
}

bool MessageCapture::keeping(Type type) const
{
    return slot(type).keeping;
}

void MessageCapture::append(Type type, QByteArrayView payload)
{
    Open& open = slot(type);
    if (!open.open)
        return;
    if (open.compressed) {
        inflate(type, payload, false);
        return;
    }
    open.message.originalLength += payload.size();
    if (!open.keeping)
        return;
    keep(open, payload, payload.size());
}

// Holds what room and the budget allow of plain payload; produced is the length it stands for.
void MessageCapture::keep(Open& open, QByteArrayView plain, qint64 produced)
{
    const qint64 room = m_maxBytes + m_lookahead - m_held;
    const qint64 granted = reserve(qMin<qint64>(plain.size(), room));
    if (granted > 0) {
        open.message.data.append(plain.first(qsizetype(granted)));
        m_held += granted;
    }
    if (granted < produced && !open.compressed)
        open.keeping = false;
}

void MessageCapture::inflate(Type type, QByteArrayView compressed, bool messageEnd)
{
    Open& open = slot(type);
    const int i = index(type);
    if (!open.keeping || !m_inflaters[i])
        return;
    const qint64 room = qMax<qint64>(0, m_maxBytes + m_lookahead - m_held);
    const qint64 limit = 64 * m_maxBytes - m_inflated[i];
    QByteArray plain;
    const qint64 produced = messageEnd ? m_inflaters[i]->finishMessage(&plain, room, limit)
                                       : m_inflaters[i]->inflate(compressed, &plain, room, limit);
    if (produced < 0) {
        stopInflating(type);
        return;
    }
    open.message.originalLength += produced;
    m_inflated[i] += produced;
    keep(open, plain, produced);
    if (m_inflaters[i]->isBroken())
        stopInflating(type); // corrupt further on, or past the limit
}

// The direction's compressed stream can no longer be followed: the open message keeps what it has (marked
// truncated when it ends) and later compressed messages are only counted.
void MessageCapture::stopInflating(Type type)
{
    const int i = index(type);
    m_inflaters[i].reset();
    m_inflateStopped[i] = true;
    Open& open = slot(type);
    if (open.open && open.compressed) {
        open.keeping = false;
        // More of the message is known to follow than was inflated: it must end up marked truncated.
        open.message.originalLength = qMax<qint64>(open.message.originalLength, open.message.data.size() + 1);
    }
}

void MessageCapture::skip(Type type, qint64 length)
{
    Open& open = slot(type);
    if (!open.open)
        return;
    if (open.compressed) {
        if (length > 0)
            stopInflating(type);
        return;
    }
    open.message.originalLength += length;
    if (length > 0)
        open.keeping = false;
}

void MessageCapture::end(Type type)
{
    Open& open = slot(type);
    if (!open.open)
        return;
    if (open.compressed)
        inflate(type, {}, true);
    open.open = false;
    open.keeping = false;
    if (!open.kept)
        return;
    CapturedMessage message = std::move(open.message);
    const qint64 held = message.data.size();
    const qint64 room = m_maxBytes - m_stored;
    if (room <= 0 && message.originalLength > 0) {
        // The other direction filled the session's share while this message was open.
        release(held);
        m_held -= held;
        ++m_notCaptured;
        return;
    }
    finish(message, room);
    m_held += message.data.size() - held;
    m_stored += message.data.size();
    m_messages.append(std::move(message));
}

qsizetype MessageCapture::secretAt(const QByteArray& data, qsizetype at) const
{
    const qsizetype left = data.size() - at;
    for (const QByteArray& secret : m_secrets) {
        if (secret.size() <= left && data.at(at) == secret.at(0) &&
            std::memcmp(data.constData() + at, secret.constData(), size_t(secret.size())) == 0)
            return secret.size();
    }
    return 0;
}

// Redacts the held payload and cuts it to room bytes. When the message was not held whole, only the part
// whose possible secrets are wholly held is used: a secret starting there ends within the lookahead.
void MessageCapture::finish(CapturedMessage& message, qint64 room)
{
    const QByteArray& input = message.data;
    const qint64 held = input.size();
    const bool whole = held == message.originalLength;
    const qsizetype usable = qsizetype(whole ? held : qMax<qint64>(0, held - m_lookahead));
    QByteArray out;
    qsizetype at = 0;
    bool cut = false;
    if (m_secrets.isEmpty()) {
        at = qsizetype(qMin<qint64>(usable, room));
        out = input.left(at);
    } else {
        out.reserve(qsizetype(qMin<qint64>(usable, room)));
        qsizetype run = 0; // start of plain bytes not yet copied
        const auto flush = [&](qsizetype end) {
            const qsizetype n = qsizetype(qMin<qint64>(end - run, room - out.size()));
            out.append(input.constData() + run, n);
            if (n < end - run) {
                cut = true;
                at = run + n;
            }
        };
        while (at < usable) {
            const qsizetype length = secretAt(input, at);
            if (length == 0) {
                ++at;
                continue;
            }
            flush(at);
            if (cut)
                break;
            const QByteArray& marker = redactedMarker();
            const qsizetype space = qsizetype(room - out.size());
            if (marker.size() > space) {
                out.append(marker.first(space)); // a cut marker shows nothing of the secret
                cut = true;
                break;
            }
            out.append(marker);
            at += length;
            run = at;
        }
        if (!cut)
            flush(at);
    }
    message.truncated = cut || at < held || !whole;
    // Replacements can make the payload longer than what was held: the budget must cover the difference.
    qint64 reserved = held;
    if (const qint64 growth = out.size() - held; growth > 0) {
        const qint64 granted = reserve(growth);
        reserved += granted;
        if (granted < growth) {
            out.truncate(qsizetype(reserved));
            message.truncated = true;
        }
    }
    if (message.truncated && message.opcode == 1)
        chopPartialUtf8(out);
    release(reserved - out.size());
    message.data = std::move(out);
}

void MessageCapture::drop(Open& open)
{
    if (open.kept) {
        const qint64 held = open.message.data.size();
        release(held);
        m_held -= held;
        ++m_notCaptured;
    }
    open = Open();
}

QList<CapturedMessage> MessageCapture::take()
{
    for (Open& open : m_open) {
        if (open.open)
            drop(open);
    }
    m_handedOff = true;
    release(m_held);
    m_held = 0;
    std::stable_sort(m_messages.begin(), m_messages.end(),
                     [](const CapturedMessage& a, const CapturedMessage& b) { return a.timeMs < b.timeMs; });
    return std::exchange(m_messages, {});
}

} // namespace airlock
