#include "gui/inspector/ProbeCommandLine.h"

#include "http/HttpHeadParser.h"

#include <QRegularExpression>
#include <QUrl>

namespace airlock {

namespace {

// The probe writes these itself, or they describe a body the probe does not send.
bool isProbeOwnHeader(QByteArrayView name)
{
    static const char* const own[] = {"Host",
                                      "Upgrade",
                                      "Connection",
                                      "Sec-WebSocket-Key",
                                      "Sec-WebSocket-Version",
                                      "Sec-WebSocket-Protocol",
                                      "Sec-WebSocket-Extensions",
                                      "Origin",
                                      "Content-Length",
                                      "Transfer-Encoding",
                                      "Proxy-Authorization"};
    for (const char* n : own) {
        if (HttpHeaders::nameEquals(name, QByteArrayView(n)))
            return true;
    }
    return false;
}

bool isRedacted(QByteArrayView text)
{
    return text.contains(QByteArrayView("[redacted]")) || text.contains(QByteArrayView("%5Bredacted%5D"));
}

// The query without the parameters whose values were redacted: a secret that is not there cannot be repeated.
QByteArray withoutRedactedParameters(const QByteArray& target)
{
    const qsizetype q = target.indexOf('?');
    if (q < 0 || !isRedacted(target))
        return target;
    QByteArrayList kept;
    for (const QByteArray& pair : target.mid(q + 1).split('&')) {
        if (!pair.isEmpty() && !isRedacted(pair))
            kept.append(pair);
    }
    return kept.isEmpty() ? target.left(q) : target.left(q) + '?' + kept.join('&');
}

HttpHead parsedHead(const QByteArray& bytes)
{
    HttpHeadParser parser(HttpHeadParser::Kind::Request);
    parser.feed(bytes);
    return parser.isComplete() ? parser.head() : HttpHead{};
}

} // namespace

QStringList ProbeCommandLine::arguments(const RequestRecord& record, const QString& proxyBaseUrl)
{
    // The probe speaks only WebSocket handshakes.
    if (record.kind != RequestRecord::Kind::WebSocket &&
        !parsedHead(record.clientRequestHead).headers.hasToken("Upgrade", "websocket"))
        return {};
    const bool viaAirlock = !proxyBaseUrl.isEmpty() && record.target.startsWith('/');
    QString url;
    HttpHead head;
    if (viaAirlock) {
        QString base = proxyBaseUrl;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url = base + QString::fromUtf8(withoutRedactedParameters(record.target));
        head = parsedHead(record.clientRequestHead);
    } else {
        if (record.backendUrl.isEmpty())
            return {};
        QString backend = record.backendUrl;
        if (backend.startsWith(QLatin1String("http://")) || backend.startsWith(QLatin1String("https://")))
            backend.replace(0, 4, QStringLiteral("ws")); // the same server, asked for an upgrade
        const qsizetype q = backend.indexOf(QLatin1Char('?'));
        url = q < 0 ? backend : backend.left(q) + QString::fromUtf8(withoutRedactedParameters(backend.mid(q).toUtf8()));
        head = parsedHead(record.backendRequestHead.isEmpty() ? record.clientRequestHead : record.backendRequestHead);
    }

    QStringList args{QStringLiteral("airlock"), QStringLiteral("probe"), url};
    const QByteArray origin = head.headers.value("Origin");
    if (!origin.isEmpty() && !isRedacted(origin))
        args << QStringLiteral("--origin") << QString::fromUtf8(origin);
    for (const QByteArray& protocol : head.headers.tokens("Sec-WebSocket-Protocol"))
        args << QStringLiteral("--subprotocol") << QString::fromUtf8(protocol);
    for (const HttpHeader& h : head.headers.entries()) {
        if (isProbeOwnHeader(h.name) || isRedacted(h.value))
            continue;
        args << QStringLiteral("--header") << QString::fromUtf8(h.name + ": " + h.value);
    }
    if (!viaAirlock && !record.upstreamProxy.isEmpty())
        args << QStringLiteral("--via") << record.upstreamProxy;
    return args;
}

QString ProbeCommandLine::command(const RequestRecord& record, const QString& proxyBaseUrl)
{
    QStringList quoted;
    for (const QString& a : arguments(record, proxyBaseUrl))
        quoted.append(shellQuote(a));
    return quoted.join(QLatin1Char(' '));
}

QString ProbeCommandLine::shellQuote(const QString& argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace airlock
