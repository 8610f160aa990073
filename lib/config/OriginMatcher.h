#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace airlock {

// Decides whether a browser's Origin header is on a route's allowlist.
// Patterns: "*" (anything, including "null"), "scheme://host[:port]", "scheme://*.host[:port]"
// (any subdomain depth, not the bare host) and ":*" for any port. Scheme and host compare
// case-insensitively and default ports are implied, so "https://x:443" equals "https://x".
class OriginMatcher
{
public:
    // Invalid patterns are skipped: ConfigLoader rejects them before a matcher is built.
    explicit OriginMatcher(const QStringList& patterns);

    bool matches(QByteArrayView origin) const;
    bool isEmpty() const { return !m_any && m_entries.isEmpty(); }

    // error gets a clause such as "has a path (an origin is scheme://host[:port])".
    static bool isValidPattern(const QString& pattern, QString* error);

private:
    struct Entry
    {
        QByteArray scheme;
        QByteArray host; // for a wildcard: the suffix including its leading dot (".example.com")
        bool anySubdomain = false;
        bool anyPort = false;
        int port = 0; // effective port (the scheme's default when none was written); 0 = scheme has none
    };

    bool m_any = false;
    QList<Entry> m_entries;
};

} // namespace airlock
