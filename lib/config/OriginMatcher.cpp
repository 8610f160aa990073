#include "config/OriginMatcher.h"

#include <QHostAddress>
#include <QUrl>

#include <algorithm>

namespace airlock {

namespace {

struct ParsedOrigin
{
    QByteArray scheme;
    QByteArray host;
    bool anySubdomain = false;
    bool anyPort = false;
    int port = 0;
};

int defaultPort(const QByteArray& scheme)
{
    if (scheme == "http" || scheme == "ws")
        return 80;
    if (scheme == "https" || scheme == "wss")
        return 443;
    return 0;
}

bool isSchemeValid(const QString& scheme)
{
    if (scheme.isEmpty() || !(scheme.at(0).isLetter() && scheme.at(0).unicode() < 0x80))
        return false;
    for (QChar c : scheme) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

// A DNS-style name: non-empty labels of letters, digits, '-' and '_' (seen on internal hosts).
bool isHostNameValid(const QByteArray& host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QList<QByteArray> labels = host.split('.');
    for (const QByteArray& label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (char c : label) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok)
                return false;
        }
    }
    return true;
}

// Shared by patterns and Origin values so both sides normalize the same way.
bool parseOrigin(const QString& text, bool isPattern, ParsedOrigin* out, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString wildcardHint = QStringLiteral("has a '*' that is not a leading \"*.\" host label or a \":*\" port");

    const qsizetype sep = text.indexOf(QLatin1String("://"));
    if (sep <= 0)
        return fail(QStringLiteral("is not of the form scheme://host[:port]"));
    const QString scheme = text.left(sep).toLower();
    if (scheme.contains(QLatin1Char('*')))
        return fail(wildcardHint);
    if (!isSchemeValid(scheme))
        return fail(QStringLiteral("has an invalid scheme"));

    const QString rest = text.mid(sep + 3);
    if (rest.contains(QLatin1Char('@')))
        return fail(QStringLiteral("has user info (an origin is scheme://host[:port])"));
    if (rest.contains(QLatin1Char('/')))
        return fail(QStringLiteral("has a path (an origin is scheme://host[:port])"));
    if (rest.contains(QLatin1Char('?')))
        return fail(QStringLiteral("has a query (an origin is scheme://host[:port])"));
    if (rest.contains(QLatin1Char('#')))
        return fail(QStringLiteral("has a fragment (an origin is scheme://host[:port])"));
    if (rest.isEmpty())
        return fail(QStringLiteral("has no host"));

    QString host;
    QString portText;
    bool hasPort = false;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QStringLiteral("has an invalid host"));
        host = rest.left(close + 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return fail(QStringLiteral("has an invalid host"));
            hasPort = true;
            portText = after.mid(1);
        }
    } else {
        // Brackets or a second colon outside an IPv6 literal would otherwise read as a port.
        if (rest.contains(QLatin1Char('[')) || rest.contains(QLatin1Char(']')) || rest.count(QLatin1Char(':')) > 1)
            return fail(QStringLiteral("has an invalid host"));
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        host = colon < 0 ? rest : rest.left(colon);
        if (colon >= 0) {
            hasPort = true;
            portText = rest.mid(colon + 1);
        }
    }

    ParsedOrigin parsed;
    parsed.scheme = scheme.toLatin1();

    if (hasPort) {
        if (portText == QLatin1String("*")) {
            if (!isPattern)
                return fail(QStringLiteral("has an invalid port"));
            parsed.anyPort = true;
        } else {
            bool ok = false;
            const int port = portText.toInt(&ok);
            const bool digitsOnly = !portText.isEmpty() && portText.size() <= 5 &&
                                    std::all_of(portText.cbegin(), portText.cend(),
                                                [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; });
            if (portText.contains(QLatin1Char('*')))
                return fail(wildcardHint);
            if (!ok || !digitsOnly || port < 1 || port > 65535)
                return fail(QStringLiteral("has an invalid port"));
            parsed.port = port;
        }
    } else {
        parsed.port = defaultPort(parsed.scheme);
    }

    if (isPattern && host.startsWith(QLatin1String("*."))) {
        parsed.anySubdomain = true;
        host = host.mid(2);
    }
    if (host.contains(QLatin1Char('*')))
        return fail(wildcardHint);

    if (host.startsWith(QLatin1Char('['))) {
        QHostAddress address;
        if (parsed.anySubdomain || !address.setAddress(host.mid(1, host.size() - 2)) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(QStringLiteral("has an invalid host"));
        parsed.host = '[' + address.toString().toLower().toLatin1() + ']';
    } else {
        // Browsers send hosts in ASCII (punycode); a pattern may be written in Unicode.
        const bool isAscii = std::all_of(host.cbegin(), host.cend(), [](QChar c) { return c.unicode() < 0x80; });
        QByteArray ascii;
        if (isAscii)
            ascii = host.toLatin1().toLower();
        else if (isPattern)
            ascii = QUrl::toAce(host).toLower();
        if (!isHostNameValid(ascii))
            return fail(QStringLiteral("has an invalid host"));
        parsed.host = ascii;
    }

    *out = parsed;
    return true;
}

} // namespace

OriginMatcher::OriginMatcher(const QStringList& patterns)
{
    for (const QString& pattern : patterns) {
        if (pattern == QLatin1String("*")) {
            m_any = true;
            continue;
        }
        ParsedOrigin parsed;
        if (!parseOrigin(pattern, true, &parsed, nullptr))
            continue;
        Entry entry;
        entry.scheme = parsed.scheme;
        entry.host = parsed.anySubdomain ? '.' + parsed.host : parsed.host;
        entry.anySubdomain = parsed.anySubdomain;
        entry.anyPort = parsed.anyPort;
        entry.port = parsed.port;
        m_entries.append(entry);
    }
}

bool OriginMatcher::matches(QByteArrayView origin) const
{
    if (m_any)
        return true;
    if (m_entries.isEmpty())
        return false;
    ParsedOrigin parsed;
    if (!parseOrigin(QString::fromLatin1(origin), false, &parsed, nullptr))
        return false;
    for (const Entry& e : m_entries) {
        if (e.scheme != parsed.scheme)
            continue;
        if (!e.anyPort && e.port != parsed.port)
            continue;
        if (e.anySubdomain ? (parsed.host.size() > e.host.size() && parsed.host.endsWith(e.host))
                           : parsed.host == e.host)
            return true;
    }
    return false;
}

bool OriginMatcher::isValidPattern(const QString& pattern, QString* error)
{
    if (pattern == QLatin1String("*"))
        return true;
    ParsedOrigin parsed;
    return parseOrigin(pattern, true, &parsed, error);
}

} // namespace airlock
