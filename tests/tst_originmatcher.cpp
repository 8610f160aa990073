#include "config/OriginMatcher.h"

#include <QTest>

using namespace airlock;

class tst_OriginMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void isValidPattern_data();
    void isValidPattern();
    void emptyListMatchesNothing();
    void invalidPatternsAreSkipped();
};

namespace {

void addMatch(const QStringList& patterns, const QByteArray& origin, bool expected)
{
    QTest::addRow("%s %s %s", qPrintable(patterns.join(QLatin1Char(','))), expected ? "accepts" : "rejects",
                  origin.isEmpty() ? "<empty>" : origin.constData())
        << patterns << origin << expected;
}

void addMatch(const char* pattern, const QByteArray& origin, bool expected)
{
    addMatch(QStringList{QString::fromUtf8(pattern)}, origin, expected);
}

} // namespace

void tst_OriginMatcher::matches_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<bool>("expected");

    // "*" is the explicit "any page" switch, including opaque origins.
    addMatch("*", "https://console.example.com", true);
    addMatch("*", "null", true);
    addMatch("*", "not an origin", true);

    // Exact origins: scheme, host and effective port must all agree.
    addMatch("https://console.example.com", "https://console.example.com", true);
    addMatch("https://console.example.com", "HTTPS://Console.Example.COM", true);
    addMatch("https://console.example.com", "https://console.example.com:443", true);
    addMatch("https://console.example.com:443", "https://console.example.com", true);
    addMatch("http://intranet:80", "http://intranet", true);
    addMatch("HTTP://InTraNet", "http://intranet:80", true);
    addMatch("https://console.example.com", "http://console.example.com", false);
    addMatch("https://console.example.com", "https://console.example.com:8443", false);
    addMatch("http://intranet:8080", "http://intranet", false);
    addMatch("https://console.example.com", "https://evil.console.example.com", false);
    addMatch("https://console.example.com", "https://console.example.com.evil.net", false);
    addMatch("https://console.example.com", "null", false);
    addMatch("https://console.example.com", "", false);
    addMatch("https://console.example.com", "https://console.example.com/", false);
    addMatch("https://console.example.com", "https://console.example.com ", false);
    addMatch("wss://a.example.com", "wss://a.example.com:443", true);
    addMatch("chrome-extension://abcdefgh", "chrome-extension://abcdefgh", true);
    addMatch("chrome-extension://abcdefgh", "chrome-extension://other", false);

    // Leftmost "*." label: any subdomain depth, never the bare domain or a look-alike.
    addMatch("https://*.example.com", "https://a.example.com", true);
    addMatch("https://*.example.com", "https://a.b.example.com", true);
    addMatch("https://*.example.com", "https://A.Example.Com:443", true);
    addMatch("https://*.example.com", "https://example.com", false);
    addMatch("https://*.example.com", "https://aexample.com", false);
    addMatch("https://*.example.com", "https://.example.com", false);
    addMatch("https://*.example.com", "http://a.example.com", false);
    addMatch("https://*.example.com", "https://a.example.com:8443", false);
    addMatch("https://*.example.com", "https://a.example.com.evil.net", false);

    // ":*" for any port, including the scheme default.
    addMatch("http://localhost:*", "http://localhost:3000", true);
    addMatch("http://localhost:*", "http://localhost", true);
    addMatch("http://localhost:*", "https://localhost:3000", false);
    addMatch("http://localhost:*", "http://localhost.evil.net:3000", false);
    addMatch("https://*.example.com:*", "https://a.example.com:8443", true);

    // IPv6 literals compare by address, not spelling.
    addMatch("http://[::1]:8080", "http://[::1]:8080", true);
    addMatch("http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]:8080", true);
    addMatch("http://[::1]:8080", "http://[::2]:8080", false);

    // A Unicode pattern matches the punycode a browser sends.
    addMatch("https://bücher.example", "https://xn--bcher-kva.example", true);

    // Several patterns: any one suffices.
    addMatch(QStringList{QStringLiteral("https://a.example"), QStringLiteral("http://127.0.0.1:8765")},
             "http://127.0.0.1:8765", true);
    addMatch(QStringList{QStringLiteral("https://a.example"), QStringLiteral("http://127.0.0.1:8765")},
             "http://127.0.0.1:8766", false);
}

void tst_OriginMatcher::matches()
{
    QFETCH(QStringList, patterns);
    QFETCH(QByteArray, origin);
    QFETCH(bool, expected);

    const OriginMatcher matcher(patterns);
    QCOMPARE(matcher.matches(origin), expected);
}

void tst_OriginMatcher::isValidPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("error"); // empty when valid

    const auto add = [](const char* pattern, const char* error) {
        QTest::addRow("%s", *pattern ? pattern : "<empty>") << QString::fromUtf8(pattern) << QString::fromLatin1(error);
    };
    add("*", "");
    add("https://console.example.com", "");
    add("http://localhost:8080", "");
    add("https://*.example.com", "");
    add("http://127.0.0.1:*", "");
    add("http://[::1]:3000", "");
    add("chrome-extension://abcdefgh", "");
    add("https://bücher.example", "");

    const char* const shape = "is not of the form scheme://host[:port]";
    const char* const star = "has a '*' that is not a leading \"*.\" host label or a \":*\" port";
    add("https://a.example/", "has a path (an origin is scheme://host[:port])");
    add("https://a.example/app", "has a path (an origin is scheme://host[:port])");
    add("https://a.example?x=1", "has a query (an origin is scheme://host[:port])");
    add("https://a.example#top", "has a fragment (an origin is scheme://host[:port])");
    add("https://user:pw@a.example", "has user info (an origin is scheme://host[:port])");
    add("a.example", shape);
    add("null", shape);
    add("", shape);
    add("https://", "has no host");
    add("https://a.*.example", star);
    add("https://*a.example", star);
    add("https://a.example.*", star);
    add("*://a.example", star);
    add("https://a.example:8*", star);
    add("https://*", star);
    add("https://a.example:99999", "has an invalid port");
    add("https://a.example:0", "has an invalid port");
    add("https://a.example:", "has an invalid port");
    add("https://a.example:x", "has an invalid port");
    add("https://a b.example", "has an invalid host");
    add("https://a..example", "has an invalid host");
    add("https://*.[::1]", "has an invalid host");
    add("https://[nonsense]", "has an invalid host");
    add("1http://a.example", "has an invalid scheme");
}

void tst_OriginMatcher::isValidPattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, error);

    QString actual;
    QCOMPARE(OriginMatcher::isValidPattern(pattern, &actual), error.isEmpty());
    QCOMPARE(actual, error);
}

void tst_OriginMatcher::emptyListMatchesNothing()
{
    const OriginMatcher matcher({});
    QVERIFY(matcher.isEmpty());
    QVERIFY(!matcher.matches("https://a.example"));
    QVERIFY(!matcher.matches("null"));
}

void tst_OriginMatcher::invalidPatternsAreSkipped()
{
    const OriginMatcher matcher({QStringLiteral("https://a.example/"), QStringLiteral("https://b.example")});
    QVERIFY(!matcher.isEmpty());
    QVERIFY(!matcher.matches("https://a.example"));
    QVERIFY(matcher.matches("https://b.example"));
}

QTEST_GUILESS_MAIN(tst_OriginMatcher)
#include "tst_originmatcher.moc"
