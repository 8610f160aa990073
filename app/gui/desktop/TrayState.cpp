#include "gui/desktop/TrayState.h"

namespace airlock {

TrayState::Icon TrayState::icon(const Inputs& inputs)
{
    if (inputs.proxy != ProxyService::State::Running)
        return Icon::Stopped;
    if (inputs.health == HealthMonitor::Overall::SomeDown || inputs.health == HealthMonitor::Overall::SomeDegraded)
        return Icon::Degraded;
    if (inputs.recentFailure)
        return Icon::Failure;
    return inputs.sessionsOpen > 0 ? Icon::Active : Icon::Idle;
}

QString TrayState::iconName(Icon icon)
{
    switch (icon) {
    case Icon::Idle:
        return QStringLiteral("idle");
    case Icon::Active:
        return QStringLiteral("active");
    case Icon::Degraded:
        return QStringLiteral("degraded");
    case Icon::Failure:
        return QStringLiteral("failure");
    case Icon::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("idle");
}

QString TrayState::tooltip(const Inputs& inputs)
{
    QStringList lines;
    switch (inputs.proxy) {
    case ProxyService::State::Running:
        lines << tr("Airlock: listening on %1").arg(inputs.listenAddress);
        break;
    case ProxyService::State::Starting:
        lines << tr("Airlock: starting");
        break;
    case ProxyService::State::Stopping:
        lines << tr("Airlock: stopping");
        break;
    case ProxyService::State::Failed:
        lines << tr("Airlock: the proxy could not start");
        break;
    case ProxyService::State::Stopped:
        lines << tr("Airlock: proxy stopped");
        break;
    }
    if (inputs.proxy == ProxyService::State::Running)
        lines << tr("Sessions open: %1").arg(inputs.sessionsOpen);
    if (inputs.backendsTotal > 0)
        lines << tr("Backends: %1 of %2 up").arg(inputs.backendsUp).arg(inputs.backendsTotal);
    else
        lines << tr("Backends: no health checks");
    if (inputs.recentFailure && !inputs.lastFailure.isEmpty())
        lines << tr("Failed for good: %1").arg(inputs.lastFailure);
    return lines.join(u'\n');
}

} // namespace airlock
