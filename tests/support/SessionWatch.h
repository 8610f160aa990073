#pragma once

#include "observe/RequestRecord.h"
#include "observe/SessionSnapshot.h"
#include "service/ProxyService.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>

// Follows a ProxyService the way the GUI's session table would: the latest snapshot of every session the
// batches showed, how often each id was reported as ended, and every record.
class SessionWatch : public QObject
{
    Q_OBJECT
public:
    explicit SessionWatch(airlock::ProxyService& service);

    QMap<quint64, airlock::SessionSnapshot> open() const { return m_open; }
    // The latest snapshot of id, open or ended (default-constructed if never shown).
    airlock::SessionSnapshot latest(quint64 id) const { return m_latest.value(id); }
    int endedCount(quint64 id) const { return m_ended.value(id); }
    QList<quint64> endedIds() const { return m_ended.keys(); }
    QList<quint64> shownIds() const { return m_latest.keys(); }
    QList<airlock::RequestRecord> records() const { return m_records; }
    int batches() const { return m_batches; }

    // Waits (events running) until exactly one session of this kind is open, and returns its id; 0 if none.
    quint64 waitForOpen(airlock::SessionSnapshot::Kind kind, int timeoutMs = 5000) const;
    // Waits for the record of session id; false on timeout.
    bool waitForRecord(quint64 id, airlock::RequestRecord* record, int timeoutMs = 5000) const;

private:
    QMap<quint64, airlock::SessionSnapshot> m_open;
    QHash<quint64, airlock::SessionSnapshot> m_latest;
    QMap<quint64, int> m_ended;
    QList<airlock::RequestRecord> m_records;
    int m_batches = 0;
};
