#include "ProxyFixture.h"

#include <QTest>

using namespace airlock;

namespace {

Config onFreeLoopbackPort(Config config)
{
    config.listen.address = QStringLiteral("127.0.0.1");
    config.listen.port = 0;
    return config;
}

} // namespace

ProxyFixture::ProxyFixture(Config config, const QProcessEnvironment& env)
    : m_service(std::make_unique<ProxyService>(onFreeLoopbackPort(std::move(config)), nullptr, env))
{
    m_service->eventHub()->setBatchInterval(10);
    QObject::connect(m_service->eventHub(), &EventHub::recordsReady,
                     [this](const QList<RequestRecord>& batch) { m_records += batch; });
}

ProxyFixture::~ProxyFixture() = default;

bool ProxyFixture::start()
{
    if (!m_service->start()) {
        qWarning("%s", qPrintable(m_service->errorString()));
        return false;
    }
    return true;
}

quint16 ProxyFixture::port() const
{
    return m_service->port();
}

QUrl ProxyFixture::wsUrl(const QString& pathAndQuery) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

QUrl ProxyFixture::httpUrl(const QString& pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

bool ProxyFixture::waitForRecords(int n, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_records.size() < n && !deadline.hasExpired()) {
        hub()->flush();
        QTest::qWait(5);
    }
    hub()->flush();
    return m_records.size() >= n;
}

RouteConfig ProxyFixture::route(const QString& path, const QUrl& backend)
{
    RouteConfig r;
    r.name = path;
    r.path = path;
    r.backend = backend;
    const QString scheme = backend.scheme();
    r.scheme = scheme == QLatin1String("tcp")     ? BackendScheme::Tcp
               : scheme == QLatin1String("http")  ? BackendScheme::Http
               : scheme == QLatin1String("https") ? BackendScheme::Https
               : scheme == QLatin1String("wss")   ? BackendScheme::Wss
                                                  : BackendScheme::Ws;
    r.allowedOrigins = {QStringLiteral("*")};
    r.upstreamProxy.mode = UpstreamProxySetting::Mode::None;
    r.timeouts.connectMs = 3000;
    r.timeouts.proxyConnectMs = 3000;
    r.timeouts.tlsMs = 3000;
    r.timeouts.upgradeMs = 3000;
    r.timeouts.drainMs = 2000;
    return r;
}

Config ProxyFixture::config(const QList<RouteConfig>& routes)
{
    Config c;
    c.listen.address = QStringLiteral("127.0.0.1");
    c.listen.port = 0;
    c.routes = routes;
    c.limits.workerThreads = 2;
    c.limits.headTimeoutMs = 3000;
    return c;
}
