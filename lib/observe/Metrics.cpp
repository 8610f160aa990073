#include "observe/Metrics.h"

#include <QMutexLocker>

#include <type_traits>

namespace airlock {

void Metrics::observe(const RequestRecord& record)
{
    if (record.kind == RequestRecord::Kind::WebSocket && record.httpStatus == 101 &&
        record.outcome == RequestRecord::Outcome::Closed)
        m_sessionsTotal.fetch_add(1);
    m_bytesFromClient.fetch_add(record.bytesFromClient);
    m_bytesFromBackend.fetch_add(record.bytesFromBackend);
    m_messagesFromClient.fetch_add(record.messagesFromClient);
    m_messagesFromBackend.fetch_add(record.messagesFromBackend);
    QMutexLocker lock(&m_mutex);
    ++m_outcomes[RequestRecord::outcomeName(record.outcome)];
    if (!record.classification.isEmpty())
        ++m_closes[record.classification];
    if (record.outcome == RequestRecord::Outcome::UpstreamFailed && record.failureReason != FailureReason::None)
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

Statistics Metrics::statistics() const
{
    Statistics s;
    s.connectionsTotal = m_connectionsTotal.load();
    s.connectionsActive = m_connectionsActive.load();
    s.sessionsTotal = m_sessionsTotal.load();
    s.sessionsActive = m_sessionsActive.load();
    s.bytesFromClient = m_bytesFromClient.load();
    s.bytesFromBackend = m_bytesFromBackend.load();
    s.messagesFromClient = m_messagesFromClient.load();
    s.messagesFromBackend = m_messagesFromBackend.load();
    QMutexLocker lock(&m_mutex);
    const auto sorted = [](const auto& hash) {
        QMap<QString, std::remove_cvref_t<decltype(*hash.begin())>> map;
        for (auto it = hash.begin(); it != hash.end(); ++it)
            map.insert(it.key(), it.value());
        return map;
    };
    s.handshakes = sorted(m_outcomes);
    s.closes = sorted(m_closes);
    s.upstreamFailures = sorted(m_upstreamFailures);
    s.backendUp = sorted(m_backendUp);
    return s;
}

QByteArray Metrics::prometheusText() const
{
    return statistics().prometheusText();
}

QJsonObject Metrics::toJson() const
{
    return statistics().toJson();
}

} // namespace airlock
