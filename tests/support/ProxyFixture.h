#pragma once

#include "config/Config.h"
#include "observe/EventHub.h"
#include "observe/RequestRecord.h"
#include "service/ProxyService.h"

#include <QList>
#include <QUrl>

#include <memory>

// A real ProxyService on 127.0.0.1 with a free port, collecting every record it emits.
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
    QList<airlock::RequestRecord> records() const { return m_records; }
    airlock::RequestRecord lastRecord() const
    {
        return m_records.isEmpty() ? airlock::RequestRecord() : m_records.last();
    }
    airlock::ProxyService* service() const { return m_service.get(); }
    airlock::EventHub* hub() const { return m_service->eventHub(); }

    // A route with short timeouts, no upstream proxy and any Origin allowed; its scheme follows the backend's.
    // config() listens on 127.0.0.1, port 0, also when a test gives it to a ProxyService directly.
    static airlock::RouteConfig route(const QString& path, const QUrl& backend);
    static airlock::Config config(const QList<airlock::RouteConfig>& routes);

private:
    QList<airlock::RequestRecord> m_records; // before the service: its teardown flushes records into it
    std::unique_ptr<airlock::ProxyService> m_service;
};
