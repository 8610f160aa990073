#include "observe/Metrics.h"

#include <QMutexLocker>

#include <map>

namespace airlock {

void Metrics::observe(const HandshakeRecord& record)
{
    if (record.kind == HandshakeRecord::Kind::WebSocket && record.httpStatus == 101 &&
        record.outcome == HandshakeRecord::Outcome::Closed)
        m_sessionsTotal.fetch_add(1);
    m_bytesFromClient.fetch_add(record.bytesFromClient);
    m_bytesFromBackend.fetch_add(record.bytesFromBackend);
    m_messagesFromClient.fetch_add(record.messagesFromClient);
    m_messagesFromBackend.fetch_add(record.messagesFromBackend);
    QMutexLocker lock(&m_mutex);
    ++m_outcomes[HandshakeRecord::outcomeName(record.outcome)];
    if (!record.classification.isEmpty())
        ++m_closes[record.classification];
    if (record.outcome == HandshakeRecord::Outcome::UpstreamFailed && record.failureReason != FailureReason::None)
        ++m_upstreamFailures[failure::id(record.failureReason)];
}

void Metrics::setBackendHealth(const QString& route, int up, const QJsonObject& health)
{
    QMutexLocker lock(&m_mutex);
    m_backendUp.insert(route, up);
    m_backendHealth.insert(route, health);
}

void Metrics::removeBackendHealth(const QString& route)
{
    QMutexLocker lock(&m_mutex);
    m_backendUp.remove(route);
    m_backendHealth.remove(route);
}

int Metrics::backendUp(const QString& route, bool* known) const
{
    QMutexLocker lock(&m_mutex);
    if (known)
        *known = m_backendUp.contains(route);
    return m_backendUp.value(route, -1);
}

QJsonObject Metrics::backendHealth(const QString& route) const
{
    QMutexLocker lock(&m_mutex);
    return m_backendHealth.value(route);
}

namespace {

// Sorted, so the output is stable for people and diffs.
std::map<QString, qint64> sorted(const QHash<QString, qint64>& hash)
{
    return std::map<QString, qint64>(hash.keyValueBegin(), hash.keyValueEnd());
}

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

} // namespace

QByteArray Metrics::prometheusText() const
{
    QByteArray out;
    metric(out, "airlock_connections_total", "counter", "Client connections accepted.");
    sample(out, "airlock_connections_total", {}, m_connectionsTotal.load());
    metric(out, "airlock_connections_active", "gauge", "Client connections open now.");
    sample(out, "airlock_connections_active", {}, m_connectionsActive.load());
    metric(out, "airlock_sessions_total", "counter", "WebSocket sessions tunnelled and finished.");
    sample(out, "airlock_sessions_total", {}, m_sessionsTotal.load());
    metric(out, "airlock_sessions_active", "gauge", "WebSocket sessions tunnelling now.");
    sample(out, "airlock_sessions_active", {}, m_sessionsActive.load());
    metric(out, "airlock_bytes_total", "counter", "Bytes passed on, by the side that sent them.");
    sample(out, "airlock_bytes_total", "from=\"client\"", m_bytesFromClient.load());
    sample(out, "airlock_bytes_total", "from=\"backend\"", m_bytesFromBackend.load());
    metric(out, "airlock_messages_total", "counter", "WebSocket messages passed on, by the side that sent them.");
    sample(out, "airlock_messages_total", "from=\"client\"", m_messagesFromClient.load());
    sample(out, "airlock_messages_total", "from=\"backend\"", m_messagesFromBackend.load());

    QMutexLocker lock(&m_mutex);
    metric(out, "airlock_handshakes_total", "counter", "Finished requests and sessions by outcome.");
    for (const auto& [outcome, n] : sorted(m_outcomes))
        sample(out, "airlock_handshakes_total", label("outcome", outcome), n);
    metric(out, "airlock_closes_total", "counter", "Ends by classification of their close code or failed status.");
    for (const auto& [kind, n] : sorted(m_closes))
        sample(out, "airlock_closes_total", label("classification", kind), n);
    metric(out, "airlock_upstream_failures_total", "counter", "Backend and upstream proxy failures by reason.");
    for (const auto& [reason, n] : sorted(m_upstreamFailures))
        sample(out, "airlock_upstream_failures_total", label("reason", reason), n);
    if (!m_backendUp.isEmpty()) {
        metric(out, "airlock_backend_up", "gauge",
               "Health of monitored backends: 1 up or degraded, 0 down, -1 unknown.");
        for (const auto& [route, up] : std::map<QString, int>(m_backendUp.keyValueBegin(), m_backendUp.keyValueEnd()))
            sample(out, "airlock_backend_up", label("route", route), up);
    }
    return out;
}

QJsonObject Metrics::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("connectionsTotal"), double(m_connectionsTotal.load()));
    o.insert(QStringLiteral("connectionsActive"), double(m_connectionsActive.load()));
    o.insert(QStringLiteral("sessionsTotal"), double(m_sessionsTotal.load()));
    o.insert(QStringLiteral("sessionsActive"), double(m_sessionsActive.load()));
    o.insert(QStringLiteral("bytesFromClient"), double(m_bytesFromClient.load()));
    o.insert(QStringLiteral("bytesFromBackend"), double(m_bytesFromBackend.load()));
    o.insert(QStringLiteral("messagesFromClient"), double(m_messagesFromClient.load()));
    o.insert(QStringLiteral("messagesFromBackend"), double(m_messagesFromBackend.load()));
    QMutexLocker lock(&m_mutex);
    const auto object = [](const QHash<QString, qint64>& hash) {
        QJsonObject j;
        for (auto it = hash.begin(); it != hash.end(); ++it)
            j.insert(it.key(), double(it.value()));
        return j;
    };
    o.insert(QStringLiteral("handshakes"), object(m_outcomes));
    o.insert(QStringLiteral("closes"), object(m_closes));
    o.insert(QStringLiteral("upstreamFailures"), object(m_upstreamFailures));
    return o;
}

} // namespace airlock
