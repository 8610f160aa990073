#pragma once

#include "gui/desktop/DesktopSettings.h"
#include "gui/desktop/NotificationRateLimiter.h"
#include "gui/desktop/RecentFailures.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

#include <functional>

namespace airlock {

class HealthMonitor;
struct HealthSnapshot;

// Desktop notifications through the freedesktop notification service (org.freedesktop.Notifications on
// the session bus): a backend went down or came back, a session failed for good. Each has an "open"
// action (the record in the inspector, or the backends view). Rate-limited per backend and in total;
// each kind can be turned off. Where the service is missing, fallbackRequested() asks the tray to show
// the message instead.
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Kind { BackendDown, BackendUp, PermanentFailure };
    Q_ENUM(Kind)

    explicit Notifier(const QDBusConnection& bus = QDBusConnection::sessionBus(), QObject* parent = nullptr);

    void setEnabled(Kind kind, bool enabled);
    bool isEnabled(Kind kind) const;
    void applySettings(const DesktopSettings& settings);
    // For the tests: the time the rate limiter sees (ms).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    void watch(HealthMonitor* health);
    void watch(RecentFailures* failures);

    // Shows one notification unless its kind is off or the rate limit holds it back (then false).
    // sessionId names the record "open" shows (0: the backends view).
    bool notify(Kind kind, const QString& key, const QString& summary, const QString& body, quint64 sessionId = 0);

signals:
    void openRecordRequested(quint64 sessionId);
    void openBackendsRequested();
    // The notification service did not take the message: show it some other way.
    void fallbackRequested(const QString& summary, const QString& body);
    // The service accepted a notification under this id.
    void delivered(uint id);

private slots:
    void onActionInvoked(uint id, const QString& action);
    void onNotificationClosed(uint id, uint reason);

private:
    void onHealthChanged(const QString& route, const HealthSnapshot& snapshot);
    void onFailure(const RecentFailures::Failure& failure);

    QDBusConnection m_bus;
    QHash<Kind, bool> m_enabled;
    NotificationRateLimiter m_limiter;
    std::function<qint64()> m_clock;
    QHash<QString, int> m_health; // route -> last HealthSnapshot::State seen
    QHash<uint, quint64> m_open;  // notification id -> session id (0: backends), until it closes
};

} // namespace airlock
