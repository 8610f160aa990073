#include "http/ChunkedBodyTracker.h"

#include "http/HttpSyntax.h"

#include <QByteArrayView>

namespace airlock {

qsizetype ChunkedBodyTracker::fail(qsizetype consumed, const QString& detail)
{
    m_state = State::Error;
    m_error = detail;
    return consumed;
}

qsizetype ChunkedBodyTracker::feed(QByteArrayView data)
{
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        switch (m_state) {
        case State::Done:
        case State::Error:
            return i;
        case State::Data: {
            const quint64 take = qMin<quint64>(m_remaining, quint64(n - i));
            i += qsizetype(take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::DataCr;
            break;
        }
        case State::DataCr:
            if (data[i] == '\r') {
                m_state = State::DataLf;
                ++i;
                break;
            }
            [[fallthrough]];
        case State::DataLf:
            if (data[i] != '\n')
                return fail(i, QStringLiteral("chunk data not followed by CRLF"));
            ++i;
            m_state = State::SizeLine;
            m_lineBytes = 0;
            m_sawDigit = false;
            m_inExtension = false;
            m_lineCr = false;
            break;
        case State::SizeLine: {
            const char c = data[i++];
            if (++m_lineBytes > maxLineBytes)
                return fail(i, QStringLiteral("chunk size line too long"));
            if (c == '\n') {
                if (!m_sawDigit)
                    return fail(i, QStringLiteral("missing chunk size"));
                if (m_remaining == 0) {
                    m_state = State::TrailerLine;
                    m_lineBytes = 0;
                    m_lineEmpty = true;
                } else {
                    m_state = State::Data;
                }
                break;
            }
            if (m_lineCr)
                return fail(i, QStringLiteral("bare CR in chunk size line"));
            if (c == '\r') {
                m_lineCr = true;
                break;
            }
            if (m_inExtension)
                break;
            if (c == ';' || c == ' ' || c == '\t') {
                m_inExtension = true;
                break;
            }
            const int v = HttpSyntax::hexValue(c);
            if (v < 0)
                return fail(i, QStringLiteral("invalid chunk size"));
            if (m_remaining > (std::numeric_limits<quint64>::max() >> 8))
                return fail(i, QStringLiteral("chunk size too large"));
            m_remaining = (m_remaining << 4) | quint64(v);
            m_sawDigit = true;
            break;
        }
        case State::TrailerLine: {
            const char c = data[i++];
            if (++m_lineBytes > maxLineBytes)
                return fail(i, QStringLiteral("trailer line too long"));
            if (c == '\n') {
                if (m_lineEmpty) {
                    m_state = State::Done;
                    return i;
                }
                m_lineBytes = 0;
                m_lineEmpty = true;
                break;
            }
            if (c != '\r')
                m_lineEmpty = false;
            break;
        }
        }
    }
    return i;
}

} // namespace airlock
