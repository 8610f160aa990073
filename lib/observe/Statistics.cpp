#include "observe/Statistics.h"

namespace airlock {

namespace {

void metric(QByteArray& out, const char* name, const char* type, const char* help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void sample(QByteArray& out, const char* name, const QByteArray& labels, qint64 value)
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels + '}';
    out += ' ' + QByteArray::number(value) + '\n';
}

QByteArray label(const char* key, const QString& value)
{
    QByteArray v = value.toUtf8();
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return QByteArray(key) + "=\"" + v + '"';
}

QJsonObject object(const QMap<QString, qint64>& map)
{
    QJsonObject j;
    for (auto it = map.begin(); it != map.end(); ++it)
        j.insert(it.key(), double(it.value()));
    return j;
}

} // namespace

QByteArray Statistics::prometheusText() const
{
    QByteArray out;
    metric(out, "airlock_connections_total", "counter", "Client connections accepted.");
    sample(out, "airlock_connections_total", {}, connectionsTotal);
    metric(out, "airlock_connections_active", "gauge", "Client connections open now.");
    sample(out, "airlock_connections_active", {}, connectionsActive);
    metric(out, "airlock_sessions_total", "counter", "WebSocket sessions tunnelled and finished.");
    sample(out, "airlock_sessions_total", {}, sessionsTotal);
    metric(out, "airlock_sessions_active", "gauge", "WebSocket sessions tunnelling now.");
    sample(out, "airlock_sessions_active", {}, sessionsActive);
    metric(out, "airlock_bytes_total", "counter", "Bytes passed on, by the side that sent them.");
    sample(out, "airlock_bytes_total", "from=\"client\"", bytesFromClient);
    sample(out, "airlock_bytes_total", "from=\"backend\"", bytesFromBackend);
    metric(out, "airlock_messages_total", "counter", "WebSocket messages passed on, by the side that sent them.");
    sample(out, "airlock_messages_total", "from=\"client\"", messagesFromClient);
    sample(out, "airlock_messages_total", "from=\"backend\"", messagesFromBackend);

    metric(out, "airlock_handshakes_total", "counter", "Finished requests and sessions by outcome.");
    for (auto it = handshakes.begin(); it != handshakes.end(); ++it)
        sample(out, "airlock_handshakes_total", label("outcome", it.key()), it.value());
    metric(out, "airlock_closes_total", "counter", "Ends by classification of their close code or failed status.");
    for (auto it = closes.begin(); it != closes.end(); ++it)
        sample(out, "airlock_closes_total", label("classification", it.key()), it.value());
    metric(out, "airlock_upstream_failures_total", "counter", "Backend and upstream proxy failures by reason.");
    for (auto it = upstreamFailures.begin(); it != upstreamFailures.end(); ++it)
        sample(out, "airlock_upstream_failures_total", label("reason", it.key()), it.value());
    if (!backendUp.isEmpty()) {
        metric(out, "airlock_backend_up", "gauge",
               "Health of monitored backends: 1 up or degraded, 0 down, -1 unknown.");
        for (auto it = backendUp.begin(); it != backendUp.end(); ++it)
            sample(out, "airlock_backend_up", label("route", it.key()), it.value());
    }
    return out;
}

QJsonObject Statistics::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("connectionsTotal"), double(connectionsTotal));
    o.insert(QStringLiteral("connectionsActive"), double(connectionsActive));
    o.insert(QStringLiteral("sessionsTotal"), double(sessionsTotal));
    o.insert(QStringLiteral("sessionsActive"), double(sessionsActive));
    o.insert(QStringLiteral("bytesFromClient"), double(bytesFromClient));
    o.insert(QStringLiteral("bytesFromBackend"), double(bytesFromBackend));
    o.insert(QStringLiteral("messagesFromClient"), double(messagesFromClient));
    o.insert(QStringLiteral("messagesFromBackend"), double(messagesFromBackend));
    o.insert(QStringLiteral("handshakes"), object(handshakes));
    o.insert(QStringLiteral("closes"), object(closes));
    o.insert(QStringLiteral("upstreamFailures"), object(upstreamFailures));
    return o;
}

} // namespace airlock
