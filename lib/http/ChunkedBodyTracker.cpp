#include "http/ChunkedBodyTracker.h"

#include "http/HttpSyntax.h"

#include <limits>

namespace airlock {

namespace {

qsizetype skipWhitespace(QByteArrayView s, qsizetype at)
{
    while (at < s.size() && (s[at] == ' ' || s[at] == '\t'))
        ++at;
    return at;
}

qsizetype skipToken(QByteArrayView s, qsizetype at)
{
    while (at < s.size() && HttpSyntax::isTokenChar(s[at]))
        ++at;
    return at;
}

// quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE, starting at the opening quote; -1 when invalid.
qsizetype skipQuoted(QByteArrayView s, qsizetype at)
{
    const auto isText = [](char c) {
        const auto u = uchar(c);
        return c == '\t' || (u >= 0x20 && u != 0x7f);
    };
    for (++at; at < s.size(); ++at) {
        const char c = s[at];
        if (c == '"')
            return at + 1;
        if (c == '\\') {
            if (++at >= s.size() || !isText(s[at]))
                return -1;
        } else if (!isText(c)) {
            return -1;
        }
    }
    return -1;
}

} // namespace

qsizetype ChunkedBodyTracker::fail(qsizetype consumed, const QString& detail)
{
    m_state = State::Error;
    m_error = detail;
    return consumed;
}

QString ChunkedBodyTracker::takeSizeLine(QByteArrayView line)
{
    constexpr quint64 maxSize = quint64(std::numeric_limits<qint64>::max());
    quint64 size = 0;
    qsizetype at = 0;
    for (; at < line.size(); ++at) {
        const int v = HttpSyntax::hexValue(line[at]);
        if (v < 0)
            break;
        if (size > (maxSize >> 4))
            return QStringLiteral("chunk size too large");
        size = (size << 4) | quint64(v);
    }
    if (at == 0)
        return line.isEmpty() ? QStringLiteral("missing chunk size") : QStringLiteral("invalid chunk size");
    // chunk-ext = *( BWS ";" BWS name [ BWS "=" BWS ( token / quoted-string ) ] )
    while (at < line.size()) {
        at = skipWhitespace(line, at);
        if (at >= line.size() || line[at] != ';')
            return QStringLiteral("invalid chunk size line");
        at = skipWhitespace(line, at + 1);
        const qsizetype nameEnd = skipToken(line, at);
        if (nameEnd == at)
            return QStringLiteral("invalid chunk extension");
        at = nameEnd;
        const qsizetype eq = skipWhitespace(line, at);
        if (eq < line.size() && line[eq] == '=') {
            const qsizetype value = skipWhitespace(line, eq + 1);
            const qsizetype valueEnd =
                value < line.size() && line[value] == '"' ? skipQuoted(line, value) : skipToken(line, value);
            if (valueEnd <= value)
                return QStringLiteral("invalid chunk extension");
            at = valueEnd;
        }
    }
    m_remaining = size;
    return {};
}

// field-line = field-name ":" OWS field-value OWS
QString ChunkedBodyTracker::checkTrailerLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !HttpSyntax::isToken(line.first(colon)) || !HttpSyntax::isFieldValue(line.sliced(colon + 1)))
        return QStringLiteral("invalid trailer line");
    return {};
}

qsizetype ChunkedBodyTracker::feed(QByteArrayView data, QByteArray* payload)
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
            if (payload)
                payload->append(data.sliced(i, qsizetype(take)));
            i += qsizetype(take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::DataCr;
            break;
        }
        case State::DataCr:
        case State::DataLf:
            if (data[i] != (m_state == State::DataCr ? '\r' : '\n'))
                return fail(i, QStringLiteral("chunk data not followed by CRLF"));
            ++i;
            m_state = m_state == State::DataCr ? State::DataLf : State::SizeLine;
            break;
        case State::SizeLine:
        case State::TrailerLine: {
            const qsizetype lf = data.indexOf('\n', i);
            const qsizetype lineBytes = lf < 0 ? n - i : lf + 1 - i;
            if (lineBytes > maxLineBytes)
                return fail(i, m_state == State::SizeLine ? QStringLiteral("chunk size line too long")
                                                          : QStringLiteral("trailer line too long"));
            if (lf < 0)
                return i; // taken whole once its end is here
            if (lf == i || data[lf - 1] != '\r')
                return fail(i, QStringLiteral("chunk line not ended by CRLF"));
            const QByteArrayView line = data.sliced(i, lf - 1 - i);
            if (line.contains('\r'))
                return fail(i, QStringLiteral("bare CR in a chunk line"));
            if (m_state == State::SizeLine) {
                if (const QString error = takeSizeLine(line); !error.isEmpty())
                    return fail(i, error);
                m_state = m_remaining == 0 ? State::TrailerLine : State::Data;
            } else if (line.isEmpty()) {
                m_state = State::Done;
                return lf + 1;
            } else if (const QString error = checkTrailerLine(line); !error.isEmpty()) {
                return fail(i, error);
            }
            i = lf + 1;
            break;
        }
        }
    }
    return i;
}

} // namespace airlock
