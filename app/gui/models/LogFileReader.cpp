#include "gui/models/LogFileReader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace airlock {

namespace {

bool looksLikeRecord(const QJsonObject& o)
{
    return o.contains(QStringLiteral("kind")) && o.contains(QStringLiteral("outcome")) &&
           o.contains(QStringLiteral("accepted"));
}

QByteArray headOf(const QString& firstLine, const QJsonArray& headers)
{
    QByteArray head = firstLine.toUtf8() + "\r\n";
    for (const QJsonValue& value : headers) {
        const QJsonObject header = value.toObject();
        head += header.value(QStringLiteral("name")).toString().toUtf8() + ": " +
                header.value(QStringLiteral("value")).toString().toUtf8() + "\r\n";
    }
    return head + "\r\n";
}

// An entry of a HAR file some other tool wrote: what HAR says maps onto the record's fields.
RequestRecord fromForeignEntry(const QJsonObject& entry)
{
    RequestRecord record;
    const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
    const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
    const QUrl url(request.value(QStringLiteral("url")).toString());
    const bool webSocket = entry.value(QStringLiteral("_resourceType")).toString() == QLatin1String("websocket") ||
                           url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss");
    record.kind = webSocket ? RequestRecord::Kind::WebSocket : RequestRecord::Kind::Http;
    record.method = request.value(QStringLiteral("method")).toString().toLatin1();
    record.target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (record.target.isEmpty())
        record.target = "/";
    record.backendUrl = url.toString();
    record.httpStatus = response.value(QStringLiteral("status")).toInt();
    const QString version = request.value(QStringLiteral("httpVersion")).toString();
    record.clientRequestHead = headOf(QString::fromLatin1(record.method) + u' ' + QString::fromLatin1(record.target) +
                                          u' ' + (version.isEmpty() ? QStringLiteral("HTTP/1.1") : version),
                                      request.value(QStringLiteral("headers")).toArray());
    if (record.httpStatus > 0) {
        const QString responseVersion = response.value(QStringLiteral("httpVersion")).toString();
        record.clientResponseHead = headOf((responseVersion.isEmpty() ? QStringLiteral("HTTP/1.1") : responseVersion) +
                                               u' ' + QString::number(record.httpStatus) + u' ' +
                                               response.value(QStringLiteral("statusText")).toString(),
                                           response.value(QStringLiteral("headers")).toArray());
    }
    record.acceptedAt =
        QDateTime::fromString(entry.value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    if (record.acceptedAt > 0 && record.httpStatus > 0)
        record.clientResponseAt = record.acceptedAt + qint64(qMax(0.0, entry.value(QStringLiteral("time")).toDouble()));
    if (record.httpStatus == 0)
        record.outcome = RequestRecord::Outcome::UpstreamFailed;
    else if (record.httpStatus == 101)
        record.outcome = RequestRecord::Outcome::Closed;
    else if (webSocket)
        record.outcome = RequestRecord::Outcome::BackendRejected;
    else
        record.outcome = RequestRecord::Outcome::Forwarded;
    return record;
}

// An entry Airlock exported: the record minus its messages, which went to _webSocketMessages.
RequestRecord fromAirlockEntry(const QJsonObject& entry)
{
    QJsonObject record = entry.value(QStringLiteral("_airlock")).toObject();
    const QJsonArray har = entry.value(QStringLiteral("_webSocketMessages")).toArray();
    if (!har.isEmpty() && !record.contains(QStringLiteral("messages"))) {
        QJsonArray messages;
        for (const QJsonValue& value : har) {
            QJsonObject message = value.toObject();
            if (message.contains(QStringLiteral("_truncated"))) {
                message.insert(QStringLiteral("truncated"), message.take(QStringLiteral("_truncated")));
                message.insert(QStringLiteral("originalLength"), message.take(QStringLiteral("_originalLength")));
            }
            messages.append(message);
        }
        record.insert(QStringLiteral("messages"), messages);
    }
    return RequestRecord::fromJson(record);
}

} // namespace

LogFileReader::Result LogFileReader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = tr("Cannot read %1: %2.").arg(path, file.errorString());
        return result;
    }
    QByteArray data = file.readAll();
    // A rotated JSON-lines log continues in file.1 (older), file.2 (older still), ...: read them first.
    const QJsonDocument whole = QJsonDocument::fromJson(data); // a JSON-lines file stops at its second line
    if (!whole.isObject() || !whole.object().value(QStringLiteral("log")).isObject()) {
        QByteArray older;
        for (int i = 1; i <= MaxRotatedFiles; ++i) {
            QFile rotated(path + u'.' + QString::number(i));
            if (!rotated.open(QIODevice::ReadOnly))
                break;
            older.prepend(rotated.readAll() + '\n');
        }
        data.prepend(older);
    }
    Result result = fromData(data);
    if (!result.error.isEmpty())
        result.error = tr("%1 is not a log Airlock can show: %2").arg(path, result.error);
    return result;
}

LogFileReader::Result LogFileReader::fromData(const QByteArray& data)
{
    Result result;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty()) {
        result.error = tr("the file is empty.");
        return result;
    }
    // A HAR is one JSON document with a "log" object; a JSON-lines log has one record per line.
    QJsonParseError parseError;
    const QJsonDocument whole = QJsonDocument::fromJson(trimmed, &parseError);
    if (whole.isObject() && whole.object().value(QStringLiteral("log")).isObject()) {
        result.har = true;
        const QJsonArray entries =
            whole.object().value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray();
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            result.records.append(entry.value(QStringLiteral("_airlock")).isObject() ? fromAirlockEntry(entry)
                                                                                     : fromForeignEntry(entry));
        }
    } else {
        const QList<QByteArray> lines = trimmed.split('\n');
        for (const QByteArray& raw : lines) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject() && looksLikeRecord(doc.object()))
                result.records.append(RequestRecord::fromJson(doc.object()));
            else
                ++result.skippedLines;
        }
        if (result.records.isEmpty()) {
            result.error = tr("no line holds a request record.");
            return result;
        }
    }
    if (result.records.size() > MaxRecords)
        result.records.remove(0, result.records.size() - MaxRecords);
    return result;
}

} // namespace airlock
