#pragma once

#include "config/Config.h"
#include "observe/EventHub.h"
#include "observe/HandshakeRecord.h"
#include "proxy/ProxyServer.h"

#include <QList>
#include <QUrl>

#include <memory>

// A real ProxyServer on 127.0.0.1 with a free port, collecting every record it emits.
class ProxyFixture
{
public:
    explicit ProxyFixture(airlock::Config config, const QProcessEnvironment& env = QProcessEnvironment());
    ~ProxyFixture();

    bool start(); // false (with a qWarning) if it cannot listen
    quint16 port() const;
    QUrl wsUrl(const QString& pathAndQuery) const;
    QUrl httpUrl(const QString& pathAndQuery) const;

    // Waits until at least n records arrived (records are batched, so this spins the event loop).
    bool waitForRecords(int n, int timeoutMs = 5000);
    QList<airlock::HandshakeRecord> records() const { return m_records; }
    airlock::HandshakeRecord lastRecord() const
    {
        return m_records.isEmpty() ? airlock::HandshakeRecord() : m_records.last();
    }
    airlock::ProxyServer* server() const { return m_server.get(); }
    airlock::EventHub* hub() { return &m_hub; }

    // A route with short timeouts, no upstream proxy and any Origin allowed.
    static airlock::RouteConfig route(const QString& path, const QUrl& backend);
    static airlock::Config config(const QList<airlock::RouteConfig>& routes);

private:
    airlock::Config m_config;
    airlock::EventHub m_hub;
    std::unique_ptr<airlock::ProxyServer> m_server;
    QList<airlock::HandshakeRecord> m_records;
};
