#include "proxy/RouteTable.h"

#include "http/HttpSyntax.h"

#include <algorithm>

namespace airlock {

namespace {

// Strict percent-decoding: a '%' not followed by two hex digits is an error, not a literal.
bool percentDecode(QByteArrayView in, QByteArray* out)
{
    out->clear();
    out->reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '%') {
            out->append(c);
            continue;
        }
        if (i + 2 >= in.size())
            return false;
        const int hi = HttpSyntax::hexValue(in[i + 1]);
        const int lo = HttpSyntax::hexValue(in[i + 2]);
        if (hi < 0 || lo < 0)
            return false;
        out->append(char(hi * 16 + lo));
        i += 2;
    }
    return true;
}

RouteLookup badTarget(const QString& detail)
{
    RouteLookup lookup;
    lookup.result = RouteLookup::Result::BadTarget;
    lookup.detail = detail;
    return lookup;
}

} // namespace

RouteTable::RouteTable(QList<RouteConfig> routes)
    : m_routes(std::move(routes))
{
    for (int i = 0; i < int(m_routes.size()); ++i) {
        const RouteConfig& route = m_routes.at(i);
        Compiled compiled;
        compiled.index = i;
        QByteArray path = route.path.toUtf8();
        while (path.size() > 1 && path.endsWith('/'))
            path.chop(1);
        if (path.size() > 1) {
            const QList<QByteArray> raw = path.mid(1).split('/');
            for (const QByteArray& segment : raw) {
                QByteArray decoded;
                compiled.segments.append(percentDecode(segment, &decoded) ? decoded : segment);
            }
        }
        compiled.backendPath = route.backend.path(QUrl::FullyEncoded).toLatin1();
        if (compiled.backendPath.isEmpty())
            compiled.backendPath = QByteArrayLiteral("/");
        compiled.backendQuery = route.backend.query(QUrl::FullyEncoded).toLatin1();
        m_compiled.append(compiled);
    }
    // Longest first; equal lengths keep config order, so the first of two duplicates wins.
    std::stable_sort(m_compiled.begin(), m_compiled.end(),
                     [](const Compiled& a, const Compiled& b) { return a.segments.size() > b.segments.size(); });
}

int RouteTable::bestMatch(const QList<QByteArray>& segments, int onlyRoute) const
{
    for (const Compiled& c : m_compiled) {
        if ((onlyRoute >= 0 && c.index != onlyRoute) || c.segments.size() > segments.size())
            continue;
        if (std::equal(c.segments.cbegin(), c.segments.cend(), segments.cbegin()))
            return c.index;
    }
    return -1;
}

RouteLookup RouteTable::lookup(QByteArrayView requestTarget, int onlyRoute) const
{
    const QByteArrayView target = requestTarget;
    if (target.isEmpty())
        return badTarget(QStringLiteral("empty request target"));
    if (target == "*")
        return badTarget(QStringLiteral("asterisk-form request target is not allowed"));
    if (target.front() != '/') {
        if (target.contains("://"))
            return badTarget(
                QStringLiteral("absolute-form request target is not allowed (Airlock is not a forward proxy)"));
        if (target.contains(':'))
            return badTarget(
                QStringLiteral("authority-form request target is not allowed (Airlock is not a forward proxy)"));
        return badTarget(QStringLiteral("request target must start with /"));
    }
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return badTarget(QStringLiteral("request target contains a space or control character"));
        if (c == '#')
            return badTarget(QStringLiteral("request target contains a fragment"));
    }
    // "//host/..." reads as a network-path reference to some parsers.
    if (target.startsWith("//"))
        return badTarget(QStringLiteral("path starts with //"));

    const qsizetype queryStart = target.indexOf('?');
    const QByteArrayView rawPath = queryStart < 0 ? target : target.first(queryStart);
    const bool clientHasQuery = queryStart >= 0;
    const QByteArrayView clientQuery = clientHasQuery ? target.sliced(queryStart + 1) : QByteArrayView();

    // Segments as the client delimited them, decoded; segmentEnds[i] is where segment i ends in rawPath.
    QList<QByteArray> segments;
    QList<qsizetype> segmentEnds;
    QByteArray fullyDecoded;
    qsizetype start = 1;
    while (true) {
        qsizetype end = rawPath.indexOf('/', start);
        if (end < 0)
            end = rawPath.size();
        QByteArray decoded;
        if (!percentDecode(rawPath.sliced(start, end - start), &decoded))
            return badTarget(QStringLiteral("path has malformed percent-encoding"));
        fullyDecoded.append('/');
        fullyDecoded.append(decoded);
        segments.append(decoded);
        segmentEnds.append(end);
        if (end == rawPath.size())
            break;
        start = end + 1;
    }

    // What a backend sees after decoding everything, %2F included.
    const QList<QByteArray> decodedSegments = fullyDecoded.mid(1).split('/');
    for (const QByteArray& segment : decodedSegments) {
        if (segment == "." || segment == "..")
            return badTarget(QStringLiteral("path contains a dot segment"));
        if (segment.contains('\\'))
            return badTarget(QStringLiteral("path contains a backslash"));
        if (segment.contains('\0'))
            return badTarget(QStringLiteral("path contains an encoded NUL"));
    }

    const int index = bestMatch(segments, onlyRoute);
    if (bestMatch(decodedSegments, onlyRoute) != index)
        return badTarget(QStringLiteral("an encoded slash (%2F) in the path changes the route"));
    if (index < 0) {
        RouteLookup lookup;
        lookup.result = RouteLookup::Result::NoRoute;
        lookup.detail = QStringLiteral("no route for ") + QString::fromLatin1(rawPath);
        return lookup;
    }

    const auto it =
        std::find_if(m_compiled.cbegin(), m_compiled.cend(), [index](const Compiled& c) { return c.index == index; });
    const Compiled& route = *it;
    const qsizetype prefixSegments = route.segments.size();
    const QByteArrayView remainder = prefixSegments == 0 ? rawPath : rawPath.sliced(segmentEnds.at(prefixSegments - 1));

    QByteArray out;
    if (remainder.isEmpty()) {
        out = route.backendPath;
    } else {
        // remainder starts with '/': drop the backend path's trailing one so exactly one joins them.
        out = route.backendPath;
        if (out.endsWith('/'))
            out.chop(1);
        out.append(remainder);
    }

    QByteArray query = route.backendQuery;
    if (clientHasQuery && !clientQuery.isEmpty()) {
        if (!query.isEmpty())
            query.append('&');
        query.append(clientQuery);
    }
    if (!query.isEmpty() || clientHasQuery) {
        out.append('?');
        out.append(query);
    }

    RouteLookup lookup;
    lookup.result = RouteLookup::Result::Matched;
    lookup.match.index = index;
    lookup.match.backendTarget = out;
    return lookup;
}

} // namespace airlock
