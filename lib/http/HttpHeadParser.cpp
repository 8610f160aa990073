#include "http/HttpHeadParser.h"

#include "http/HttpSyntax.h"

namespace airlock {

namespace {

bool isTargetChar(char ch)
{
    const auto c = static_cast<unsigned char>(ch);
    return c > 0x20 && c != 0x7f;
}

QByteArrayView trimOws(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

// Parses "HTTP/1.x"; returns the minor version, -1 for another HTTP version, -2 for garbage.
int parseVersion(QByteArrayView v)
{
    if (v.size() != 8 || !v.startsWith("HTTP/") || v[6] != '.')
        return -2;
    if (v[5] < '0' || v[5] > '9' || v[7] < '0' || v[7] > '9')
        return -2;
    if (v[5] != '1' || (v[7] != '0' && v[7] != '1'))
        return -1;
    return v[7] - '0';
}

// The start line (without its line end) as far as it is buffered is longer than the limit. Checked before
// anything else, also once the head is complete, so the verdict does not depend on how the bytes were split
// into reads: a CR at the end of the buffer may still turn out to be the line's CRLF, so it does not count yet.
bool startLineTooLong(const QByteArray& buffer, int limit)
{
    qsizetype length = buffer.indexOf('\n');
    if (length < 0)
        length = buffer.size();
    if (length > 0 && buffer[length - 1] == '\r')
        --length;
    return length > limit;
}

QString startLineTooLongDetail(HttpHeadParser::Kind kind, int limit)
{
    return (kind == HttpHeadParser::Kind::Request ? QStringLiteral("request line longer than %1 bytes")
                                                  : QStringLiteral("status line longer than %1 bytes"))
        .arg(limit);
}

QString headTooLargeDetail(HttpHeadParser::Kind kind, int limit)
{
    return (kind == HttpHeadParser::Kind::Request ? QStringLiteral("request head larger than %1 bytes")
                                                  : QStringLiteral("response head larger than %1 bytes"))
        .arg(limit);
}

} // namespace

HttpHeadParser::HttpHeadParser(Kind kind)
    : m_kind(kind)
{}

HttpHeadParser::HttpHeadParser(Kind kind, Limits limits)
    : m_kind(kind)
    , m_limits(limits)
{}

void HttpHeadParser::reset()
{
    m_status = Status::NeedMore;
    m_errorStatus = 0;
    m_errorDetail.clear();
    m_buffer.clear();
    m_scanFrom = 0;
    m_head = HttpHead();
}

void HttpHeadParser::fail(int status, const QString& detail)
{
    m_status = Status::Error;
    m_errorStatus = m_kind == Kind::Request ? status : 502;
    m_errorDetail = detail;
}

qsizetype HttpHeadParser::feed(QByteArrayView data)
{
    if (m_status != Status::NeedMore)
        return 0;

    qsizetype consumed = 0;
    // A server ignores empty lines before the request line (RFC 9112 section 2.2).
    if (m_buffer.isEmpty()) {
        while (consumed < data.size() && (data[consumed] == '\r' || data[consumed] == '\n'))
            ++consumed;
        data = data.sliced(consumed);
    }

    const qsizetype before = m_buffer.size();
    m_buffer.append(data);

    // Find the empty line ending the head; accept bare LF line ends as RFC 9112 allows.
    qsizetype headEnd = -1;
    for (qsizetype i = qMax<qsizetype>(m_scanFrom, 1); i < m_buffer.size(); ++i) {
        if (m_buffer[i] != '\n')
            continue;
        if (m_buffer[i - 1] == '\n') {
            headEnd = i + 1;
            break;
        }
        if (i >= 2 && m_buffer[i - 1] == '\r' && m_buffer[i - 2] == '\n') {
            headEnd = i + 1;
            break;
        }
    }

    if (headEnd < 0) {
        m_scanFrom = qMax<qsizetype>(1, m_buffer.size() - 1);
        if (startLineTooLong(m_buffer, m_limits.maxStartLineBytes)) {
            fail(414, startLineTooLongDetail(m_kind, m_limits.maxStartLineBytes));
            return consumed + data.size();
        }
        if (m_buffer.size() > m_limits.maxHeaderBytes) {
            fail(431, headTooLargeDetail(m_kind, m_limits.maxHeaderBytes));
            return consumed + data.size();
        }
        return consumed + data.size();
    }

    const qsizetype usedFromData = headEnd - before;
    m_buffer.truncate(headEnd);
    consumed += usedFromData;
    // The same checks in the same order as while the head is incomplete.
    if (startLineTooLong(m_buffer, m_limits.maxStartLineBytes)) {
        fail(414, startLineTooLongDetail(m_kind, m_limits.maxStartLineBytes));
        return consumed;
    }
    if (m_buffer.size() > m_limits.maxHeaderBytes) {
        fail(431, headTooLargeDetail(m_kind, m_limits.maxHeaderBytes));
        return consumed;
    }
    if (parseHead())
        m_status = Status::Complete;
    return consumed;
}

bool HttpHeadParser::parseHead()
{
    QByteArrayView rest(m_buffer);
    bool first = true;
    int headerCount = 0;
    while (!rest.isEmpty()) {
        const qsizetype nl = rest.indexOf('\n');
        QByteArrayView line = rest.first(nl);
        rest = rest.sliced(nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r')) {
            fail(400, QStringLiteral("bare CR in message head"));
            return false;
        }
        if (first) {
            if (!parseStartLine(line))
                return false;
            first = false;
            continue;
        }
        if (line.isEmpty())
            break; // the terminating empty line
        if (++headerCount > m_limits.maxHeaderCount) {
            fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaderCount));
            return false;
        }
        if (!parseHeaderLine(line))
            return false;
    }
    return true;
}

bool HttpHeadParser::parseStartLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    if (sp1 <= 0) {
        fail(400, m_kind == Kind::Request ? QStringLiteral("malformed request line")
                                          : QStringLiteral("malformed status line"));
        return false;
    }
    if (m_kind == Kind::Request) {
        const qsizetype sp2 = line.indexOf(' ', sp1 + 1);
        if (sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
            fail(400, QStringLiteral("malformed request line"));
            return false;
        }
        const QByteArrayView method = line.first(sp1);
        const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
        const QByteArrayView version = line.sliced(sp2 + 1);
        if (!HttpSyntax::isToken(method)) {
            fail(400, QStringLiteral("malformed request method"));
            return false;
        }
        if (target.isEmpty() || !std::all_of(target.begin(), target.end(), isTargetChar)) {
            fail(400, QStringLiteral("malformed request target"));
            return false;
        }
        const int minor = parseVersion(version);
        if (minor == -1) {
            fail(505, QStringLiteral("HTTP version %1 is not supported").arg(QString::fromLatin1(version)));
            return false;
        }
        if (minor < 0) {
            fail(400, QStringLiteral("malformed HTTP version"));
            return false;
        }
        m_head.method = method.toByteArray();
        m_head.target = target.toByteArray();
        m_head.versionMinor = minor;
        return true;
    }

    // Response: HTTP-version SP status-code SP [reason-phrase]
    const int minor = parseVersion(line.first(sp1));
    if (minor < 0) {
        fail(502, QStringLiteral("malformed status line"));
        return false;
    }
    QByteArrayView afterVersion = line.sliced(sp1 + 1);
    const qsizetype sp2 = afterVersion.indexOf(' ');
    const QByteArrayView code = sp2 < 0 ? afterVersion : afterVersion.first(sp2);
    if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        code[0] == '0') {
        fail(502, QStringLiteral("malformed status code"));
        return false;
    }
    const QByteArrayView reason = sp2 < 0 ? QByteArrayView() : afterVersion.sliced(sp2 + 1);
    if (!HttpSyntax::isFieldValue(reason)) {
        fail(502, QStringLiteral("malformed reason phrase"));
        return false;
    }
    m_head.versionMinor = minor;
    m_head.status = code.toInt();
    m_head.reason = reason.toByteArray();
    return true;
}

bool HttpHeadParser::parseHeaderLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        fail(400, QStringLiteral("obsolete line folding in header"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(400, QStringLiteral("header line without a name"));
        return false;
    }
    const QByteArrayView name = line.first(colon);
    if (!HttpSyntax::isToken(name)) {
        fail(400, QStringLiteral("malformed header name"));
        return false;
    }
    const QByteArrayView value = trimOws(line.sliced(colon + 1));
    if (!HttpSyntax::isFieldValue(value)) {
        fail(400, QStringLiteral("control character in header %1").arg(QString::fromLatin1(name)));
        return false;
    }
    m_head.headers.append(name.toByteArray(), value.toByteArray());
    return true;
}

} // namespace airlock
