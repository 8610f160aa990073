#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace airlock {

// Decides whether a notification may go out now, so a flapping backend does not flood the desktop: at
// most one per key every perKeyMs, and at most globalCap in any window of globalWindowMs. Pure: the
// caller passes the time.
class NotificationRateLimiter
{
public:
    explicit NotificationRateLimiter(qint64 perKeyMs = 60000, int globalCap = 5, qint64 globalWindowMs = 60000);

    // True (and counted) when a notification for key may be shown at nowMs.
    bool allow(const QString& key, qint64 nowMs);

private:
    qint64 m_perKeyMs;
    int m_globalCap;
    qint64 m_globalWindowMs;
    QHash<QString, qint64> m_lastByKey;
    QList<qint64> m_recent; // times of the notifications shown within the global window, oldest first
};

} // namespace airlock
