#include "http/HeaderPolicy.h"

#include <QTest>
#include <QUuid>

using namespace airlock;

class tst_HeaderPolicy : public QObject
{
    Q_OBJECT

private slots:
    void removeHopByHop_data();
    void removeHopByHop();
    void addForwarded_data();
    void addForwarded();
    void ensureRequestId_data();
    void ensureRequestId();
    void applyRoute_data();
    void applyRoute();
    void redacted_data();
    void redacted();
    void redactedLeavesInputAlone();
    void isSecretName_data();
    void isSecretName();
    void isSecretParameterName_data();
    void isSecretParameterName();
    void redactedTarget_data();
    void redactedTarget();
    void credentialValues_data();
    void credentialValues();
};

namespace {

// "Name: value" lines separated by '|', so a table row shows a whole header block.
HttpHeaders parse(const QByteArray& text)
{
    HttpHeaders headers;
    if (text.isEmpty())
        return headers;
    const QList<QByteArray> lines = text.split('|');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        headers.append(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return headers;
}

QByteArray format(const HttpHeaders& headers)
{
    QList<QByteArray> lines;
    for (const HttpHeader& h : headers.entries())
        lines.append(h.name + ": " + h.value);
    return lines.join('|');
}

InjectedHeader injected(const char* name, const char* value, bool secret = false)
{
    return InjectedHeader{QByteArray(name), QByteArray(value), secret};
}

} // namespace

void tst_HeaderPolicy::removeHopByHop_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("end-to-end headers keep their order and spelling")
        << QByteArray("Host: a|X-B: 1|Accept: */*") << QByteArray("Host: a|X-B: 1|Accept: */*");
    QTest::newRow("fixed hop-by-hop set")
        << QByteArray("Host: a|Keep-Alive: 5|Proxy-Connection: keep-alive|TE: trailers|Upgrade: websocket|"
                      "Proxy-Authorization: Basic eDp5|Proxy-Authenticate: Basic|Accept: */*")
        << QByteArray("Host: a|Accept: */*");
    QTest::newRow("Connection and the headers it names")
        << QByteArray("Connection: close, X-Private|X-Private: 1|x-private: 2|X-Public: 3")
        << QByteArray("X-Public: 3");
    QTest::newRow("several Connection headers")
        << QByteArray("connection: X-A|CONNECTION: x-b|X-A: 1|X-B: 2|X-C: 3") << QByteArray("X-C: 3");
    QTest::newRow("Transfer-Encoding and Trailer kept")
        << QByteArray("Transfer-Encoding: chunked|Trailer: X-Sum|Connection: keep-alive")
        << QByteArray("Transfer-Encoding: chunked|Trailer: X-Sum");
    QTest::newRow("Connection cannot remove Host or framing")
        << QByteArray("Host: a|Content-Length: 4|Transfer-Encoding: chunked|Trailer: X|"
                      "Connection: Host, Content-Length, Transfer-Encoding, Trailer")
        << QByteArray("Host: a|Content-Length: 4|Transfer-Encoding: chunked|Trailer: X");
    QTest::newRow("WebSocket upgrade headers beside Upgrade stay")
        << QByteArray("Connection: Upgrade|Upgrade: websocket|Sec-WebSocket-Key: k|Sec-WebSocket-Version: 13")
        << QByteArray("Sec-WebSocket-Key: k|Sec-WebSocket-Version: 13");
}

void tst_HeaderPolicy::removeHopByHop()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    HttpHeaders headers = parse(input);
    HeaderPolicy::removeHopByHop(headers);
    QCOMPARE(format(headers), expected);
}

void tst_HeaderPolicy::addForwarded_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("clientAddress");
    QTest::addColumn<QByteArray>("clientHost");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("first hop") << QByteArray("Host: 127.0.0.1:8765") << QStringLiteral("127.0.0.1")
                               << QByteArray("127.0.0.1:8765")
                               << QByteArray("Host: 127.0.0.1:8765|X-Forwarded-For: 127.0.0.1|X-Forwarded-Proto: http|"
                                             "X-Forwarded-Host: 127.0.0.1:8765");
    QTest::newRow("existing X-Forwarded-For list is extended")
        << QByteArray("X-Forwarded-For: 203.0.113.7, 10.0.0.1|x-forwarded-for: 10.0.0.2") << QStringLiteral("::1")
        << QByteArray("localhost:8765")
        << QByteArray("X-Forwarded-For: 203.0.113.7, 10.0.0.1, 10.0.0.2, ::1|X-Forwarded-Proto: http|"
                      "X-Forwarded-Host: localhost:8765");
    QTest::newRow("client's proto and host are replaced, Forwarded untouched")
        << QByteArray("X-Forwarded-Proto: https|X-Forwarded-Host: evil.example|Forwarded: for=192.0.2.1")
        << QStringLiteral("127.0.0.1") << QByteArray("localhost")
        << QByteArray("Forwarded: for=192.0.2.1|X-Forwarded-For: 127.0.0.1|X-Forwarded-Proto: http|"
                      "X-Forwarded-Host: localhost");
    QTest::newRow("no client Host: no X-Forwarded-Host")
        << QByteArray("X-Forwarded-Host: evil.example") << QStringLiteral("127.0.0.1") << QByteArray()
        << QByteArray("X-Forwarded-For: 127.0.0.1|X-Forwarded-Proto: http");
}

void tst_HeaderPolicy::addForwarded()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, clientAddress);
    QFETCH(QByteArray, clientHost);
    QFETCH(QByteArray, expected);

    HttpHeaders headers = parse(input);
    HeaderPolicy::addForwarded(headers, clientAddress, clientHost);
    QCOMPARE(format(headers), expected);
}

void tst_HeaderPolicy::ensureRequestId_data()
{
    QTest::addColumn<QByteArrayList>("clientIds");
    QTest::addColumn<bool>("kept");

    QTest::newRow("absent") << QByteArrayList{} << false;
    QTest::newRow("visible ASCII kept") << QByteArrayList{"req-42_a.b:c"} << true;
    QTest::newRow("one char kept") << QByteArrayList{"x"} << true;
    QTest::newRow("128 chars kept") << QByteArrayList{QByteArray(128, 'a')} << true;
    QTest::newRow("129 chars replaced") << QByteArrayList{QByteArray(129, 'a')} << false;
    QTest::newRow("empty replaced") << QByteArrayList{QByteArray()} << false;
    QTest::newRow("space replaced") << QByteArrayList{"a b"} << false;
    QTest::newRow("control char replaced") << QByteArrayList{"a\tb"} << false;
    QTest::newRow("non-ASCII replaced") << QByteArrayList{"caf\xc3\xa9"} << false;
    QTest::newRow("two ids replaced") << QByteArrayList{"a", "b"} << false;
}

void tst_HeaderPolicy::ensureRequestId()
{
    QFETCH(QByteArrayList, clientIds);
    QFETCH(bool, kept);

    HttpHeaders headers;
    headers.append("Host", "a");
    for (const QByteArray& id : clientIds)
        headers.append("x-request-id", id);

    const QByteArray id = HeaderPolicy::ensureRequestId(headers);
    QCOMPARE(headers.count("X-Request-Id"), 1);
    QCOMPARE(headers.value("X-Request-Id"), id);
    if (kept) {
        QCOMPARE(id, clientIds.first());
    } else {
        QCOMPARE(id.size(), 36);
        QVERIFY(!id.startsWith('{'));
        QVERIFY(!QUuid::fromString(QLatin1String(id)).isNull());
    }
    QCOMPARE(headers.value("Host"), QByteArray("a"));
}

void tst_HeaderPolicy::applyRoute_data()
{
    QTest::addColumn<QList<QByteArray>>("strip");
    QTest::addColumn<QList<InjectedHeader>>("inject");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray client("Host: a|Authorization: Basic eDp5|Cookie: s=1|X-Terminal-Token: forged|Accept: */*");

    QTest::newRow("no rules: unchanged") << QList<QByteArray>{} << QList<InjectedHeader>{} << client << client;
    QTest::newRow("strip only keeps the rest")
        << QList<QByteArray>{"cookie", "accept"} << QList<InjectedHeader>{} << client
        << QByteArray("Host: a|Authorization: Basic eDp5|X-Terminal-Token: forged");
    QTest::newRow("inject replaces client credentials and same-named headers")
        << QList<QByteArray>{} << QList<InjectedHeader>{injected("x-terminal-token", "real", true)} << client
        << QByteArray("Host: a|Accept: */*|x-terminal-token: real");
    QTest::newRow("inject several, kept in route order")
        << QList<QByteArray>{"accept"}
        << QList<InjectedHeader>{injected("Authorization", "Bearer t"), injected("X-Env", "prod")} << client
        << QByteArray("Host: a|X-Terminal-Token: forged|Authorization: Bearer t|X-Env: prod");
    QTest::newRow("injected name matches case-insensitively")
        << QList<QByteArray>{} << QList<InjectedHeader>{injected("x-env", "prod")}
        << QByteArray("X-ENV: dev|x-Env: test|Host: a") << QByteArray("Host: a|x-env: prod");
}

void tst_HeaderPolicy::applyRoute()
{
    QFETCH(QList<QByteArray>, strip);
    QFETCH(QList<InjectedHeader>, inject);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    HttpHeaders headers = parse(input);
    HeaderPolicy::applyRoute(headers, strip, inject);
    QCOMPARE(format(headers), expected);
}

void tst_HeaderPolicy::redacted_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("extra");
    QTest::addColumn<QByteArray>("expected");

    const QList<QByteArray> none;
    QTest::newRow("Basic keeps its scheme word")
        << QByteArray("Authorization: Basic dXNlcjpwYXNz") << none << QByteArray("Authorization: Basic [redacted]");
    QTest::newRow("Bearer keeps its scheme word")
        << QByteArray("authorization: Bearer abc.def") << none << QByteArray("authorization: Bearer [redacted]");
    QTest::newRow("Proxy-Authorization keeps its scheme word")
        << QByteArray("Proxy-Authorization: Basic eDp5") << none << QByteArray("Proxy-Authorization: Basic [redacted]");
    QTest::newRow("a bare credential is fully hidden")
        << QByteArray("Authorization: s3cr3t") << none << QByteArray("Authorization: [redacted]");
    QTest::newRow("cookies") << QByteArray("Cookie: a=1; b=2|Set-Cookie: id=9; HttpOnly") << none
                             << QByteArray("Cookie: [redacted]|Set-Cookie: [redacted]");
    QTest::newRow("names with secret words")
        << QByteArray("X-Terminal-Token: t|X-Client-Secret: s|X-Password: p|X-Api-Key: k|X-APIKEY: k|"
                      "X-Session-Id: i")
        << none
        << QByteArray("X-Terminal-Token: [redacted]|X-Client-Secret: [redacted]|X-Password: [redacted]|"
                      "X-Api-Key: [redacted]|X-APIKEY: [redacted]|X-Session-Id: [redacted]");
    QTest::newRow("ordinary headers untouched")
        << QByteArray("Host: a|Sec-WebSocket-Key: dGhlIHNhbXBsZQ==|Accept: */*") << none
        << QByteArray("Host: a|Sec-WebSocket-Key: dGhlIHNhbXBsZQ==|Accept: */*");
    QTest::newRow("route's injected secrets, any case")
        << QByteArray("X-Vm-Key: k1|x-other: o") << QList<QByteArray>{"x-vm-key"}
        << QByteArray("X-Vm-Key: [redacted]|x-other: o");
    QTest::newRow("empty value shows it was empty")
        << QByteArray("Authorization: ") << none << QByteArray("Authorization: ");
}

void tst_HeaderPolicy::redacted()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, extra);
    QFETCH(QByteArray, expected);

    QCOMPARE(format(HeaderPolicy::redacted(parse(input), extra)), expected);
}

void tst_HeaderPolicy::redactedLeavesInputAlone()
{
    const HttpHeaders original = parse("Authorization: Basic eDp5|Host: a");
    const HttpHeaders copy = HeaderPolicy::redacted(original);
    QCOMPARE(original.value("authorization"), QByteArray("Basic eDp5"));
    QCOMPARE(copy.value("authorization"), QByteArray("Basic [redacted]"));
}

void tst_HeaderPolicy::isSecretName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");

    const auto add = [](const char* name, bool secret) { QTest::newRow(name) << QByteArray(name) << secret; };
    add("Authorization", true);
    add("PROXY-AUTHORIZATION", true);
    add("cookie", true);
    add("Set-Cookie", true);
    add("x-terminal-token", true);
    add("X-CSRF-Token", true);
    add("x-client-secret", true);
    add("X-Db-Password", true);
    add("x-api-key", true);
    add("X-ApiKey", true);
    add("x-session", true);
    add("Host", false);
    add("Sec-WebSocket-Key", false);
    add("Origin", false);
    add("X-Authorized-By", false);
}

void tst_HeaderPolicy::isSecretName()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);

    QCOMPARE(HeaderPolicy::isSecretName(name), secret);
}

void tst_HeaderPolicy::isSecretParameterName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");

    const auto add = [](const char* name, bool secret) { QTest::newRow(name) << QByteArray(name) << secret; };
    add("access_token", true);
    add("token", true);
    add("api_key", true);
    add("apikey", true);
    add("key", true);
    add("auth", true);
    add("X-Amz-Credential-Auth", true);
    add("session_id", true);
    add("password", true);
    add("client_secret", true);
    add("page", false);
    add("term", false);
    add("cols", false);
    add("arg", false);
}

void tst_HeaderPolicy::isSecretParameterName()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);

    QCOMPARE(HeaderPolicy::isSecretParameterName(name), secret);
}

void tst_HeaderPolicy::redactedTarget_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray r = "%5Bredacted%5D";
    QTest::newRow("no query") << QByteArray("/vnc/vm1") << QByteArray("/vnc/vm1");
    QTest::newRow("websockify token") << QByteArray("/websockify?token=vm1-s3cret") << "/websockify?token=" + r;
    QTest::newRow("others kept, order kept") << QByteArray("/ws?cols=80&access_token=abc&rows=24&api_key=k&x")
                                             << "/ws?cols=80&access_token=" + r + "&rows=24&api_key=" + r + "&x";
    QTest::newRow("encoded name") << QByteArray("/ws?access%5Ftoken=abc") << "/ws?access%5Ftoken=" + r;
    QTest::newRow("empty value hides nothing") << QByteArray("/ws?token=&a=1") << QByteArray("/ws?token=&a=1");
    QTest::newRow("fragment kept") << QByteArray("/p?password=x#top") << "/p?password=" + r + "#top";
    QTest::newRow("secret-looking path kept") << QByteArray("/token/abc?page=2") << QByteArray("/token/abc?page=2");
}

void tst_HeaderPolicy::redactedTarget()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    QCOMPARE(HeaderPolicy::redactedTarget(target), expected);
}

void tst_HeaderPolicy::credentialValues_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QList<InjectedHeader>>("inject");
    QTest::addColumn<QByteArrayList>("values"); // any order

    QTest::newRow("nothing secret") << QByteArray("Host: h|Accept: */*") << QByteArray("/t?page=2&term=xterm")
                                    << QList<InjectedHeader>{injected("X-Env", "prod")} << QByteArrayList{};
    QTest::newRow("bearer") << QByteArray("Authorization: Bearer abc.def") << QByteArray("/t")
                            << QList<InjectedHeader>{} << QByteArrayList{"Bearer abc.def", "abc.def"};
    QTest::newRow("basic") << QByteArray("Proxy-Authorization: Basic dXNlcjpwYXNz") << QByteArray("/t")
                           << QList<InjectedHeader>{}
                           << QByteArrayList{"Basic dXNlcjpwYXNz", "dXNlcjpwYXNz", "user:pass", "pass"};
    QTest::newRow("cookies") << QByteArray(R"(Cookie: lang=en; sid=0123456789abcdef; token=x; q="quoted-value")")
                             << QByteArray("/t") << QList<InjectedHeader>{}
                             << QByteArrayList{R"(lang=en; sid=0123456789abcdef; token=x; q="quoted-value")",
                                               "0123456789abcdef", "x", "quoted-value"};
    QTest::newRow("secret-named header") << QByteArray("X-Api-Key: k-123|X-Trace: abc") << QByteArray("/t")
                                         << QList<InjectedHeader>{} << QByteArrayList{"k-123"};
    QTest::newRow("query") << QByteArray() << QByteArray("/t?access_token=a%2Bb+c&page=2&api_key=k1&auth=z#frag")
                           << QList<InjectedHeader>{} << QByteArrayList{"a%2Bb+c", "a+b c", "k1", "z"};
    QTest::newRow("route secrets") << QByteArray() << QByteArray("/t")
                                   << QList<InjectedHeader>{injected("X-Env", "prod"),
                                                            injected("x-terminal-token", "tok1"),
                                                            injected("X-Custom", "from-env", true),
                                                            injected("X-Empty", "", true)}
                                   << QByteArrayList{"tok1", "from-env"};
}

void tst_HeaderPolicy::credentialValues()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, target);
    QFETCH(QList<InjectedHeader>, inject);
    QFETCH(QByteArrayList, values);

    QByteArrayList actual = HeaderPolicy::credentialValues(parse(headers), target, inject);
    std::sort(actual.begin(), actual.end());
    std::sort(values.begin(), values.end());
    QCOMPARE(actual, values);
}

QTEST_GUILESS_MAIN(tst_HeaderPolicy)
#include "tst_headerpolicy.moc"
