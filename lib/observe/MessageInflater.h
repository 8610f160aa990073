#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct z_stream_s;

namespace airlock {

// Inflates permessage-deflate payloads (RFC 7692) of one direction, so message capture can keep what the
// peers meant rather than compressed bytes. One raw-deflate stream per direction: with context takeover a
// message may refer to earlier ones, so every compressed byte of that direction must pass through here, in
// order. A stream whose sender resets its context per message inflates the same way. Window size 15 covers
// every negotiated max_window_bits.
class MessageInflater
{
public:
    MessageInflater();
    ~MessageInflater();
    MessageInflater(const MessageInflater&) = delete;
    MessageInflater& operator=(const MessageInflater&) = delete;

    // Inflates compressed payload. At most room bytes of the output are appended to *out, the rest is
    // dropped; returns how many bytes were produced in all. Corrupt input leaves the inflater broken after
    // the call that finds it, which still returns (and appends) what was inflated before the corruption;
    // every later call returns -1. Producing more than limit bytes stops it early and leaves the inflater
    // broken too (the rest of the input is unread).
    qint64 inflate(QByteArrayView compressed, QByteArray* out, qint64 room, qint64 limit);
    // The end of a message: the sender removed the 00 00 FF FF tail of its flush (RFC 7692 section 7.2.1),
    // which is fed back here.
    qint64 finishMessage(QByteArray* out, qint64 room, qint64 limit);
    bool isBroken() const { return m_broken; }

private:
    std::unique_ptr<z_stream_s> m_stream;
    bool m_broken = false;
};

} // namespace airlock
