#pragma once

#include "ws/FrameTap.h"

#include <QByteArray>
#include <QByteArrayList>

namespace airlock {

// The server end of a WebSocket-to-TCP bridge, where Airlock terminates the WebSocket itself: the
// client's data frames become the bytes they carry, TCP bytes become binary frames.
//
// Decoding checks each frame with a FrameTap (client to server: masked, control frame rules, UTF-8,
// message size; reserved opcodes even when not strict, since here no extension can give one a meaning)
// and walks only the prefix the tap accepted, so a frame header is always whole when it is
// read. Data payloads of text, binary and continuation frames are unmasked as they arrive, without
// waiting for the end of a message. Pings are handed back to be answered; pongs and the close frame
// carry nothing for TCP (the close is in tap().close()).
class FrameCodec
{
public:
    explicit FrameCodec(FrameTap::Options options);

    // Decodes in place: the payload bytes found in data[0, consumed) are moved, unmasked, to the start of
    // data, and their count is stored in *payloadLength (always <= the return value). Returns how many
    // wire bytes were consumed; the rest must be presented again with more input. The payload of each ping
    // is appended to *pings.
    qsizetype decode(char* data, qsizetype size, qsizetype* payloadLength, QByteArrayList* pings);

    const FrameTap& tap() const { return m_tap; }

    // Header of an unmasked, final binary frame (server to client) carrying length bytes.
    static QByteArray binaryHeader(quint64 length);

private:
    // Reads the frames in base[from, to), moving data payload, unmasked, to base + out; returns the new out.
    qsizetype walk(char* base, qsizetype from, qsizetype to, qsizetype out, QByteArrayList* pings);

    FrameTap m_tap;
    bool m_inPayload = false;
    bool m_dataFrame = false;
    bool m_pingFrame = false;
    bool m_masked = false;
    uchar m_maskKey[4] = {};
    quint64 m_remaining = 0;
    quint64 m_phase = 0;  // payload offset within the frame, for the mask
    QByteArray m_control; // payload of a ping being read (a non-strict tap may stream it in pieces)
};

} // namespace airlock
