#pragma once

#include <QString>
#include <QtGlobal>

namespace airlock {

// Follows a chunked body (RFC 9112 section 7.1) that is forwarded verbatim, to find where it ends.
// It never buffers: feed() reports how many bytes belong to the body, the caller forwards them.
class ChunkedBodyTracker
{
public:
    static constexpr int maxLineBytes = 4096; // chunk-size line with extensions, or one trailer line

    qsizetype feed(QByteArrayView data); // bytes that belong to the body; stops at its end
    bool isDone() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    QString errorDetail() const { return m_error; }
    void reset() { *this = ChunkedBodyTracker(); }

private:
    enum class State { SizeLine, Data, DataCr, DataLf, TrailerLine, Done, Error };
    qsizetype fail(qsizetype consumed, const QString& detail);

    State m_state = State::SizeLine;
    quint64 m_remaining = 0;
    int m_lineBytes = 0;
    bool m_sawDigit = false;
    bool m_inExtension = false;
    bool m_lineCr = false;
    bool m_lineEmpty = true;
    QString m_error;
};

} // namespace airlock
