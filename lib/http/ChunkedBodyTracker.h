#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace airlock {

// Follows a chunked body (RFC 9112 section 7.1) that is forwarded verbatim, to find where it ends, and
// holds it to the grammar so that what it forwards means the same to every parser after it: chunk-size is
// hex digits only (no sign, no "0x", at most what fits in 63 bits), extensions are `;name[=value]` with
// token names and token or quoted-string values (whitespace only around ';' and '='), every line ends
// with CRLF (no bare LF or CR), and trailer lines are `name: value` fields.
// It never buffers: feed() reports how many bytes belong to the body, the caller forwards them. A chunk
// line (size or trailer) is taken whole: until its LF arrives feed() takes nothing of it, the caller keeps
// those bytes and feeds them again with more, so a line it refuses is never forwarded.
class ChunkedBodyTracker
{
public:
    static constexpr int maxLineBytes = 4096; // chunk-size line with extensions, or one trailer line

    // Bytes that belong to the body; stops at its end. With payload, the chunk data among them is appended
    // there (a body de-chunked for an HTTP/1.0 client).
    qsizetype feed(QByteArrayView data, QByteArray* payload = nullptr);
    bool isDone() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    QString errorDetail() const { return m_error; }
    void reset() { *this = ChunkedBodyTracker(); }

private:
    enum class State { SizeLine, Data, DataCr, DataLf, TrailerLine, Done, Error };
    qsizetype fail(qsizetype consumed, const QString& detail);
    // Checks one line without its CRLF; an empty detail when it is valid.
    QString takeSizeLine(QByteArrayView line);
    static QString checkTrailerLine(QByteArrayView line);

    State m_state = State::SizeLine;
    quint64 m_remaining = 0;
    QString m_error;
};

} // namespace airlock
