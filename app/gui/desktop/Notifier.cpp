#include "gui/desktop/Notifier.h"

#include "health/HealthMonitor.h"
#include "health/HealthSnapshot.h"
#include "observe/FailureReason.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotifier, "airlock.notify", QtInfoMsg)

namespace airlock {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
constexpr int maxTracked = 64; // notifications whose action can still open something

} // namespace

Notifier::Notifier(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    if (m_bus.isConnected()) {
        // Any sender: the service may be replaced while Airlock runs.
        m_bus.connect(QString(), path, service, QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint, QString)));
        m_bus.connect(QString(), path, service, QStringLiteral("NotificationClosed"), this,
                      SLOT(onNotificationClosed(uint, uint)));
    }
}

void Notifier::setEnabled(Kind kind, bool enabled)
{
    m_enabled.insert(kind, enabled);
}

bool Notifier::isEnabled(Kind kind) const
{
    return m_enabled.value(kind, true);
}

void Notifier::applySettings(const DesktopSettings& settings)
{
    setEnabled(Kind::BackendDown, settings.notifyBackendDown);
    setEnabled(Kind::BackendUp, settings.notifyBackendUp);
    setEnabled(Kind::PermanentFailure, settings.notifyFailures);
}

void Notifier::watch(HealthMonitor* health)
{
    for (const HealthSnapshot& snapshot : health->snapshots())
        m_health.insert(snapshot.route, int(snapshot.state));
    connect(health, &HealthMonitor::stateChanged, this, &Notifier::onHealthChanged);
}

void Notifier::watch(RecentFailures* failures)
{
    connect(failures, &RecentFailures::failureAdded, this, &Notifier::onFailure);
}

void Notifier::onHealthChanged(const QString& route, const HealthSnapshot& snapshot)
{
    const auto previous = HealthSnapshot::State(m_health.value(route, int(HealthSnapshot::State::Unknown)));
    m_health.insert(route, int(snapshot.state));
    if (snapshot.state == HealthSnapshot::State::Down && previous != HealthSnapshot::State::Down) {
        QString body = snapshot.lastError != FailureReason::None ? failure::sentence(snapshot.lastError) : QString();
        if (!snapshot.lastErrorDetail.isEmpty())
            body = body.isEmpty() ? snapshot.lastErrorDetail : body + u'\n' + snapshot.lastErrorDetail;
        notify(Kind::BackendDown, QStringLiteral("down:") + route, tr("Backend %1 is down").arg(route), body);
    } else if (snapshot.state == HealthSnapshot::State::Up && previous == HealthSnapshot::State::Down) {
        notify(Kind::BackendUp, QStringLiteral("up:") + route, tr("Backend %1 is back up").arg(route),
               tr("Its health checks pass again."));
    }
}

void Notifier::onFailure(const RecentFailures::Failure& failure)
{
    const QString body = failure.route.isEmpty() ? failure.text : tr("%1: %2").arg(failure.route, failure.text);
    notify(Kind::PermanentFailure, QStringLiteral("failure:") + failure.route, tr("A session failed for good"), body,
           failure.sessionId);
}

bool Notifier::notify(Kind kind, const QString& key, const QString& summary, const QString& body, quint64 sessionId)
{
    if (!isEnabled(kind))
        return false;
    if (!m_limiter.allow(key, m_clock())) {
        qCInfo(lcNotifier) << "rate limit: not showing" << summary;
        return false;
    }
    if (!m_bus.isConnected()) {
        emit fallbackRequested(summary, body);
        return true;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("airlock"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(kind == Kind::BackendUp ? 1 : 2)));
    const QString open = tr("Open");
    call << QStringLiteral("Airlock") << uint(0) << QStringLiteral("airlock") << summary << body
         << QStringList{QStringLiteral("default"), open, QStringLiteral("open"), open} << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, summary, body, sessionId](QDBusPendingCallWatcher*) {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError()) {
                    qCInfo(lcNotifier) << "no notification service:" << reply.error().message();
                    emit fallbackRequested(summary, body);
                    return;
                }
                if (m_open.size() >= maxTracked)
                    m_open.erase(m_open.begin());
                m_open.insert(reply.value(), sessionId);
                emit delivered(reply.value());
            });
    return true;
}

void Notifier::onActionInvoked(uint id, const QString& action)
{
    const auto it = m_open.constFind(id);
    if (it == m_open.constEnd() || (action != QLatin1String("open") && action != QLatin1String("default")))
        return;
    if (*it)
        emit openRecordRequested(*it);
    else
        emit openBackendsRequested();
}

void Notifier::onNotificationClosed(uint id, uint /*reason*/)
{
    m_open.remove(id);
}

} // namespace airlock
