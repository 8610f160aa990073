#include "SessionWatch.h"

#include "observe/EventHub.h"

#include <QTest>

using namespace airlock;

SessionWatch::SessionWatch(ProxyService& service)
{
    service.eventHub()->setBatchInterval(10);
    connect(&service, &ProxyService::sessionsUpdated, this,
            [this](const QList<SessionSnapshot>& snapshots, const QList<quint64>& endedIds) {
                ++m_batches;
                for (const SessionSnapshot& snapshot : snapshots) {
                    m_open.insert(snapshot.id, snapshot);
                    m_latest.insert(snapshot.id, snapshot);
                }
                for (quint64 id : endedIds) {
                    m_open.remove(id);
                    ++m_ended[id];
                }
            });
    connect(service.eventHub(), &EventHub::recordsReady, this,
            [this](const QList<RequestRecord>& records) { m_records += records; });
}

quint64 SessionWatch::waitForOpen(SessionSnapshot::Kind kind, int timeoutMs) const
{
    quint64 found = 0;
    (void)QTest::qWaitFor(
        [&] {
            int n = 0;
            for (const SessionSnapshot& snapshot : m_open) {
                if (snapshot.kind == kind) {
                    found = snapshot.id;
                    ++n;
                }
            }
            if (n != 1)
                found = 0;
            return found != 0;
        },
        timeoutMs);
    return found;
}

bool SessionWatch::waitForRecord(quint64 id, RequestRecord* record, int timeoutMs) const
{
    return QTest::qWaitFor(
        [&] {
            for (const RequestRecord& r : m_records) {
                if (r.sessionId == id) {
                    *record = r;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
}
