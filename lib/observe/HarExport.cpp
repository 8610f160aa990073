#include "observe/HarExport.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace airlock {

namespace {

struct ParsedHead
{
    QString firstLine;
    QJsonArray headers;
    QString host;
    int size = -1;
};

ParsedHead parseHead(const QString& text)
{
    ParsedHead head;
    if (text.isEmpty())
        return head;
    head.size = int(text.toUtf8().size());
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    head.firstLine = lines.value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(u':');
        if (colon <= 0)
            continue;
        const QString name = lines[i].left(colon);
        const QString value = lines[i].mid(colon + 1).trimmed();
        head.headers.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
        if (name.compare(QLatin1String("host"), Qt::CaseInsensitive) == 0)
            head.host = value;
    }
    return head;
}

// Milliseconds between two phases, -1 when either did not happen (HAR's "not applicable").
double span(const QJsonObject& phases, const char* from, const char* to)
{
    const QJsonValue a = from ? phases.value(QLatin1String(from)) : QJsonValue(0);
    const QJsonValue b = phases.value(QLatin1String(to));
    if (a.isUndefined() || b.isUndefined())
        return -1;
    return qMax(0.0, b.toDouble() - a.toDouble());
}

// Chrome DevTools' shape ({type, time, opcode, data}; binary data in base64), from the record's captured
// messages, which already use it. A message cut at the capture cap says so in HAR's custom-field style.
QJsonArray webSocketMessages(const QJsonObject& record)
{
    QJsonArray out;
    const QJsonArray messages = record.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        QJsonObject m{{QStringLiteral("type"), message.value(QStringLiteral("type"))},
                      {QStringLiteral("time"), message.value(QStringLiteral("time"))},
                      {QStringLiteral("opcode"), message.value(QStringLiteral("opcode"))},
                      {QStringLiteral("data"), message.value(QStringLiteral("data"))}};
        if (message.value(QStringLiteral("truncated")).toBool()) {
            m.insert(QStringLiteral("_truncated"), true);
            m.insert(QStringLiteral("_originalLength"), message.value(QStringLiteral("originalLength")));
        }
        out.append(m);
    }
    return out;
}

} // namespace

QJsonObject HarExport::entry(const QJsonObject& record)
{
    const QJsonObject phases = record.value(QStringLiteral("phasesMs")).toObject();
    const QJsonObject heads = record.value(QStringLiteral("heads")).toObject();
    const ParsedHead request = parseHead(heads.value(QStringLiteral("clientRequest")).toString());
    const ParsedHead response = parseHead(heads.value(QStringLiteral("clientResponse")).toString());
    const bool webSocket = record.value(QStringLiteral("kind")).toString() == QLatin1String("websocket");
    const QString target = record.value(QStringLiteral("target")).toString();
    const QString host = request.host.isEmpty() ? QStringLiteral("127.0.0.1") : request.host;
    const QString url = (webSocket ? QStringLiteral("ws://") : QStringLiteral("http://")) + host + target;

    QJsonArray query;
    const qsizetype q = target.indexOf(u'?');
    if (q >= 0) {
        const QList<QPair<QString, QString>> items = QUrlQuery(target.mid(q + 1)).queryItems(QUrl::FullyDecoded);
        for (const auto& item : items)
            query.append(QJsonObject{{QStringLiteral("name"), item.first}, {QStringLiteral("value"), item.second}});
    }
    const QString statusLine = response.firstLine;
    const QString statusText = statusLine.section(u' ', 2);
    const bool dialed = phases.contains(QStringLiteral("tcpConnected"));
    const char* secured = phases.contains(QStringLiteral("tlsDone"))          ? "tlsDone"
                          : phases.contains(QStringLiteral("proxyConnected")) ? "proxyConnected"
                                                                              : "tcpConnected";

    QJsonObject timings;
    const double blocked = span(phases, nullptr, "headRead");
    const double connect = dialed ? span(phases, "headRead", secured) : -1;
    const double ssl =
        phases.contains(QStringLiteral("tlsDone"))
            ? span(phases, phases.contains(QStringLiteral("proxyConnected")) ? "proxyConnected" : "tcpConnected",
                   "tlsDone")
            : -1;
    const bool answered = phases.contains(QStringLiteral("upstreamResponse"));
    const double wait = answered ? span(phases, secured, "upstreamResponse")
                                 : span(phases, dialed ? secured : "headRead", "clientResponse");
    const double receive = answered ? span(phases, "upstreamResponse", "clientResponse") : 0;
    timings.insert(QStringLiteral("blocked"), blocked);
    timings.insert(QStringLiteral("dns"), -1);
    timings.insert(QStringLiteral("connect"), connect);
    timings.insert(QStringLiteral("ssl"), ssl);
    timings.insert(QStringLiteral("send"), 0);
    timings.insert(QStringLiteral("wait"), qMax(0.0, wait));
    timings.insert(QStringLiteral("receive"), qMax(0.0, receive));
    double total = 0;
    for (const char* key : {"blocked", "connect", "send", "wait", "receive"})
        total += qMax(0.0, timings.value(QLatin1String(key)).toDouble());

    QJsonObject e;
    e.insert(QStringLiteral("startedDateTime"), record.value(QStringLiteral("accepted")).toString());
    e.insert(QStringLiteral("time"), total);
    e.insert(QStringLiteral("request"),
             QJsonObject{{QStringLiteral("method"), record.value(QStringLiteral("method")).toString()},
                         {QStringLiteral("url"), url},
                         {QStringLiteral("httpVersion"), request.firstLine.section(u' ', 2)},
                         {QStringLiteral("cookies"), QJsonArray()},
                         {QStringLiteral("headers"), request.headers},
                         {QStringLiteral("queryString"), query},
                         {QStringLiteral("headersSize"), request.size},
                         {QStringLiteral("bodySize"), webSocket ? 0 : -1}});
    e.insert(QStringLiteral("response"),
             QJsonObject{{QStringLiteral("status"), record.value(QStringLiteral("status")).toInt()},
                         {QStringLiteral("statusText"), statusText},
                         {QStringLiteral("httpVersion"), statusLine.section(u' ', 0, 0)},
                         {QStringLiteral("cookies"), QJsonArray()},
                         {QStringLiteral("headers"), response.headers},
                         {QStringLiteral("content"),
                          QJsonObject{{QStringLiteral("size"), 0}, {QStringLiteral("mimeType"), QString()}}},
                         {QStringLiteral("redirectURL"), QString()},
                         {QStringLiteral("headersSize"), response.size},
                         {QStringLiteral("bodySize"), -1}});
    e.insert(QStringLiteral("cache"), QJsonObject());
    e.insert(QStringLiteral("timings"), timings);
    e.insert(QStringLiteral("_resourceType"), webSocket ? QStringLiteral("websocket") : QStringLiteral("other"));
    if (webSocket)
        e.insert(QStringLiteral("_webSocketMessages"), webSocketMessages(record));
    // The payloads are in _webSocketMessages already; the record keeps everything else.
    QJsonObject airlock = record;
    airlock.remove(QStringLiteral("messages"));
    e.insert(QStringLiteral("_airlock"), airlock);
    return e;
}

QJsonObject HarExport::fromRecords(const QList<QJsonObject>& records)
{
    QList<QJsonObject> sorted = records;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("accepted")).toString() < b.value(QStringLiteral("accepted")).toString();
    });
    QJsonArray entries;
    for (const QJsonObject& record : std::as_const(sorted))
        entries.append(entry(record));
    const QJsonObject creator{{QStringLiteral("name"), QStringLiteral("Airlock")},
                              {QStringLiteral("version"), QStringLiteral(AIRLOCK_VERSION)}};
    const QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                          {QStringLiteral("creator"), creator},
                          {QStringLiteral("pages"), QJsonArray()},
                          {QStringLiteral("entries"), entries}};
    return QJsonObject{{QStringLiteral("log"), log}};
}

} // namespace airlock
