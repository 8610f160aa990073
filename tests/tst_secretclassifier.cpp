#include "http/SecretClassifier.h"

#include "HeaderLines.h"

#include <QTest>

using namespace airlock;

class tst_SecretClassifier : public QObject
{
    Q_OBJECT

private slots:
    void redactedHeaders_data();
    void redactedHeaders();
    void redactedHeadersLeavesInputAlone();
    void isSecretName_data();
    void isSecretName();
    void redactedTarget_data();
    void redactedTarget();
    void redactedUrl_data();
    void redactedUrl();
    void redactedSubprotocol_data();
    void redactedSubprotocol();
    void redactedText_data();
    void redactedText();
    void credentialValues_data();
    void credentialValues();
};

using airlock::test::injected;
namespace {

const QByteArray k8s = "base64url.bearer.authorization.k8s.io.";

} // namespace

void tst_SecretClassifier::redactedHeaders_data()
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
    QTest::newRow("auth, key and pass anywhere in the name")
        << QByteArray("X-Auth-Key: a|Ocp-Apim-Subscription-Key: b|X-Access-Key: c|X-Passphrase: d|X-Authz: e") << none
        << QByteArray("X-Auth-Key: [redacted]|Ocp-Apim-Subscription-Key: [redacted]|X-Access-Key: [redacted]|"
                      "X-Passphrase: [redacted]|X-Authz: [redacted]");
    QTest::newRow("ordinary headers untouched")
        << QByteArray("Host: a|Sec-WebSocket-Key: dGhlIHNhbXBsZQ==|Accept: */*|WWW-Authenticate: Basic realm=x") << none
        << QByteArray("Host: a|Sec-WebSocket-Key: dGhlIHNhbXBsZQ==|Accept: */*|WWW-Authenticate: Basic realm=x");
    QTest::newRow("route's injected headers, any case")
        << QByteArray("X-Vm-Id: k1|x-other: o") << QList<QByteArray>{"x-vm-id"}
        << QByteArray("X-Vm-Id: [redacted]|x-other: o");
    QTest::newRow("empty value shows it was empty")
        << QByteArray("Authorization: ") << none << QByteArray("Authorization: ");
    QTest::newRow("k8s token subprotocol keeps its prefix")
        << "Sec-WebSocket-Protocol: " + k8s + "ZXlKaGJH, base64.channel.k8s.io" << none
        << "Sec-WebSocket-Protocol: " + k8s + "[redacted], base64.channel.k8s.io";
    QTest::newRow("plain subprotocols untouched")
        << QByteArray("Sec-WebSocket-Protocol: tty, v4.channel.k8s.io") << none
        << QByteArray("Sec-WebSocket-Protocol: tty, v4.channel.k8s.io");
}

void tst_SecretClassifier::redactedHeaders()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, extra);
    QFETCH(QByteArray, expected);

    QCOMPARE(airlock::test::linesFromHeaders(
                 SecretClassifier::redactedHeaders(airlock::test::headersFromLines(input), extra)),
             expected);
}

void tst_SecretClassifier::redactedHeadersLeavesInputAlone()
{
    const HttpHeaders original = airlock::test::headersFromLines("Authorization: Basic eDp5|Host: a");
    const HttpHeaders copy = SecretClassifier::redactedHeaders(original);
    QCOMPARE(original.value("authorization"), QByteArray("Basic eDp5"));
    QCOMPARE(copy.value("authorization"), QByteArray("Basic [redacted]"));
}

void tst_SecretClassifier::isSecretName_data()
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
    add("X-Auth-Key", true);
    add("Ocp-Apim-Subscription-Key", true);
    add("X-Access-Key", true);
    add("X-Authorized-By", true);
    add("x-pass", true);
    add("access_token", true);
    add("api_key", true);
    add("key", true);
    add("auth", true);
    add("session_id", true);
    add("JSESSIONID", true);
    add("client_secret", true);
    add(" Cookie ", true);
    add("\tX-Api-KEY", true);
    add(" Sec-WebSocket-Key\t", false);
    add("Host", false);
    add("Sec-WebSocket-Key", false);
    add("WWW-Authenticate", false);
    add("Proxy-Authenticate", false);
    add("Origin", false);
    add("page", false);
    add("cols", false);
}

void tst_SecretClassifier::isSecretName()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);

    QCOMPARE(SecretClassifier::isSecretName(name), secret);
}

void tst_SecretClassifier::redactedTarget_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray r = "%5Bredacted%5D";
    QTest::newRow("no query") << QByteArray("/vnc/vm1") << QByteArray("/vnc/vm1");
    QTest::newRow("websockify token") << QByteArray("/websockify?token=vm1-s3cret") << "/websockify?token=" + r;
    QTest::newRow("others kept, order kept") << QByteArray("/ws?cols=80&access_token=abc&rows=24&api_key=k&x")
                                             << "/ws?cols=80&access_token=" + r + "&rows=24&api_key=" + r + "&x";
    QTest::newRow("semicolon separators kept") << QByteArray("/ws?cols=80;token=abc;rows=24&sig=1;X-Auth-Key=k")
                                               << "/ws?cols=80;token=" + r + ";rows=24&sig=1;X-Auth-Key=" + r;
    QTest::newRow("encoded name") << QByteArray("/ws?access%5Ftoken=abc") << "/ws?access%5Ftoken=" + r;
    QTest::newRow("empty value hides nothing") << QByteArray("/ws?token=&a=1") << QByteArray("/ws?token=&a=1");
    QTest::newRow("fragment kept") << QByteArray("/p?password=x#top") << "/p?password=" + r + "#top";
    QTest::newRow("secret-looking path kept") << QByteArray("/token/abc?page=2") << QByteArray("/token/abc?page=2");
    QTest::newRow("trailing separators kept") << QByteArray("/p?key=v;&") << "/p?key=" + r + ";&";
}

void tst_SecretClassifier::redactedTarget()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    QCOMPARE(SecretClassifier::redactedTarget(target), expected);
}

void tst_SecretClassifier::redactedUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QUrl(QStringLiteral("ws://10.0.0.5:7681/")) << QStringLiteral("ws://10.0.0.5:7681/");
    QTest::newRow("user info dropped") << QUrl(QStringLiteral("wss://u:pw@h/ws")) << QStringLiteral("wss://h/ws");
    QTest::newRow("query secrets, both separators")
        << QUrl(QStringLiteral("ws://h:1/ws?a=1;access_token=t1&sig=2;apikey=t2"))
        << QStringLiteral("ws://h:1/ws?a=1;access_token=%5Bredacted%5D&sig=2;apikey=%5Bredacted%5D");
}

void tst_SecretClassifier::redactedUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(SecretClassifier::redactedUrl(url), expected);
}

void tst_SecretClassifier::redactedSubprotocol_data()
{
    QTest::addColumn<QByteArray>("protocols");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << QByteArray() << QByteArray();
    QTest::newRow("plain") << QByteArray("tty") << QByteArray("tty");
    QTest::newRow("k8s channel") << QByteArray("v4.channel.k8s.io") << QByteArray("v4.channel.k8s.io");
    QTest::newRow("k8s bearer token") << k8s + "ZXlKaGJHY2lPaUpT" << k8s + "[redacted]";
    QTest::newRow("k8s prefix, any case") << QByteArray("Base64Url.Bearer.Authorization.K8s.Io.abc")
                                          << QByteArray("Base64Url.Bearer.Authorization.K8s.Io.[redacted]");
    QTest::newRow("k8s prefix without token") << k8s << k8s;
    QTest::newRow("other bearer scheme, JWT dots")
        << QByteArray("app.bearer.eyJ.e30.sig") << QByteArray("app.bearer.[redacted]");
    QTest::newRow("list, item by item") << "binary, " + k8s + "abc,base64.channel.k8s.io"
                                        << "binary, " + k8s + "[redacted],base64.channel.k8s.io";
    QTest::newRow("host-like names are not tokens") << QByteArray("auth.example.com") << QByteArray("auth.example.com");
}

void tst_SecretClassifier::redactedSubprotocol()
{
    QFETCH(QByteArray, protocols);
    QFETCH(QByteArray, expected);
    QCOMPARE(SecretClassifier::redactedSubprotocol(protocols), expected);
}

void tst_SecretClassifier::redactedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString k = QString::fromLatin1(k8s);
    QTest::newRow("plain text") << QStringLiteral("the token expired at auth.example.com")
                                << QStringLiteral("the token expired at auth.example.com");
    QTest::newRow("quoted offer")
        << QStringLiteral("route t bridges to TCP and speaks \"binary\"; the client offered only \"%1abc-_d\"").arg(k)
        << QStringLiteral("route t bridges to TCP and speaks \"binary\"; the client offered only \"%1[redacted]\"")
               .arg(k);
    QTest::newRow("twice") << QStringLiteral("%1a, %1b").arg(k) << QStringLiteral("%1[redacted], %1[redacted]").arg(k);
    QTest::newRow("already redacted") << QStringLiteral("%1[redacted]").arg(k) << QStringLiteral("%1[redacted]").arg(k);
    QTest::newRow("upper-case bearer") << QStringLiteral("offered \"BEARER.eyJ.x-_\" and Bearer.Q")
                                       << QStringLiteral("offered \"BEARER.[redacted]\" and Bearer.[redacted]");
    QTest::newRow("head without a token")
        << QStringLiteral("GET /a.b?x=1 HTTP/1.1\r\nHost: 127.0.0.1:80\r\nUser-Agent: bearer-less/1.0\r\n")
        << QStringLiteral("GET /a.b?x=1 HTTP/1.1\r\nHost: 127.0.0.1:80\r\nUser-Agent: bearer-less/1.0\r\n");
}

void tst_SecretClassifier::redactedText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SecretClassifier::redactedText(text), expected);
    QCOMPARE(SecretClassifier::redactedText(text.toUtf8()), expected.toUtf8());
}

void tst_SecretClassifier::credentialValues_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QList<InjectedHeader>>("inject");
    QTest::addColumn<QByteArrayList>("values"); // any order

    QTest::newRow("nothing secret") << QByteArray("Host: h|Accept: */*|Sec-WebSocket-Protocol: tty")
                                    << QByteArray("/t?page=2&term=xterm") << QList<InjectedHeader>{}
                                    << QByteArrayList{};
    QTest::newRow("bearer") << QByteArray("Authorization: Bearer abc.def") << QByteArray("/t")
                            << QList<InjectedHeader>{} << QByteArrayList{"Bearer abc.def", "abc.def"};
    QTest::newRow("basic") << QByteArray("Proxy-Authorization: Basic dXNlcjpwYXNz") << QByteArray("/t")
                           << QList<InjectedHeader>{}
                           << QByteArrayList{"Basic dXNlcjpwYXNz", "dXNlcjpwYXNz", "user:pass", "pass", "user"};
    QTest::newRow("basic, short user name only in its pair")
        << QByteArray("Authorization: Basic cGk6cmFzcGJlcnJ5") << QByteArray("/t") << QList<InjectedHeader>{}
        << QByteArrayList{"Basic cGk6cmFzcGJlcnJ5", "cGk6cmFzcGJlcnJ5", "pi:raspberry", "raspberry"};
    QTest::newRow("cookies") << QByteArray(R"(Cookie: lang=en; sid=0123456789abcdef; token=x; q="quoted-value")")
                             << QByteArray("/t") << QList<InjectedHeader>{}
                             << QByteArrayList{R"(lang=en; sid=0123456789abcdef; token=x; q="quoted-value")",
                                               "0123456789abcdef", "x", "quoted-value"};
    QTest::newRow("secret-named header") << QByteArray("X-Auth-Key: k-123|X-Trace: abc") << QByteArray("/t")
                                         << QList<InjectedHeader>{} << QByteArrayList{"k-123"};
    QTest::newRow("query, both separators")
        << QByteArray() << QByteArray("/t?access_token=a%2Bb+c&page=2;api_key=k1&auth=z#frag")
        << QList<InjectedHeader>{} << QByteArrayList{"a%2Bb+c", "a+b c", "k1", "z"};
    QTest::newRow("token subprotocol") << "Sec-WebSocket-Protocol: " + k8s + "tok-9, base64.channel.k8s.io"
                                       << QByteArray("/t") << QList<InjectedHeader>{} << QByteArrayList{"tok-9"};
    QTest::newRow("injected values are always secret") << QByteArray() << QByteArray("/t")
                                                       << QList<InjectedHeader>{injected("X-Env", "prod"),
                                                                                injected("x-terminal-token", "tok1"),
                                                                                injected("X-Custom", "from-env", true),
                                                                                injected("X-Empty", "", true),
                                                                                injected("X-Flag", "1"),
                                                                                injected("X-Short-Token", "t2")}
                                                       << QByteArrayList{"prod", "tok1", "from-env", "t2"};
    QTest::newRow("injected Authorization, its parts too")
        << QByteArray() << QByteArray("/t")
        << QList<InjectedHeader>{injected("Authorization", "Bearer inj-bearer"),
                                 injected("Proxy-Authorization", "Basic YWRtaW46aHVudGVyMg==")}
        << QByteArrayList{
               "Bearer inj-bearer", "inj-bearer", "Basic YWRtaW46aHVudGVyMg==", "YWRtaW46aHVudGVyMg==", "admin:hunter2",
               "hunter2",           "admin"};
}

void tst_SecretClassifier::credentialValues()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, target);
    QFETCH(QList<InjectedHeader>, inject);
    QFETCH(QByteArrayList, values);

    QByteArrayList actual =
        SecretClassifier::credentialValues(airlock::test::headersFromLines(headers), target, inject);
    std::sort(actual.begin(), actual.end());
    std::sort(values.begin(), values.end());
    QCOMPARE(actual, values);
}

QTEST_GUILESS_MAIN(tst_SecretClassifier)
#include "tst_secretclassifier.moc"
