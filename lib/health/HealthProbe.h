#pragma once

#include "config/Config.h"
#include "health/HealthResult.h"
#include "http/HttpHeadParser.h"
#include "tunnel/UpstreamError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>

class QTcpSocket;

namespace airlock {

class UpstreamConnector;

// One health check of a route's backend, dialled like a session would (upstream proxy, TLS options),
// bounded as a whole by health.timeoutMs. finished() is emitted exactly once. Lives in its HealthMonitor's
// thread.
class HealthProbe : public QObject
{
    Q_OBJECT
public:
    HealthProbe(const RouteConfig& route, const QProcessEnvironment& environment, QObject* parent = nullptr);
    ~HealthProbe() override;

    void start();
    bool isFinished() const { return m_finished; }
    const HealthResult& result() const { return m_result; }

    // The request line target for ws/http checks: health.path, else the backend URL's path and query.
    static QByteArray requestTarget(const RouteConfig& route);

signals:
    void finished(const airlock::HealthResult& result);

private:
    void onConnected();
    void onFailed(UpstreamError error, const QString& detail);
    void onReadyRead();
    void onDisconnected();
    void sendRequest();
    void succeed();
    void fail(FailureReason error, const QString& detail, int status, int classifyAs);
    void finish();
    void releaseSocket();

    RouteConfig m_route;
    QProcessEnvironment m_environment;
    UpstreamConnector* m_connector = nullptr;
    QTcpSocket* m_socket = nullptr;
    HttpHeadParser m_parser{HttpHeadParser::Kind::Response};
    QByteArray m_key;
    QElapsedTimer m_clock;
    QTimer m_timer;
    HealthResult m_result;
    bool m_finished = false;
};

} // namespace airlock
