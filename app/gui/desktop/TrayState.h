#pragma once

#include "health/HealthMonitor.h"
#include "service/ProxyService.h"

#include <QCoreApplication>
#include <QString>

namespace airlock {

// What the tray shows, worked out from the proxy's state alone (no tray needed): one of five icons and the
// tooltip text. The most urgent condition wins: stopped, then a backend degraded or down, then a recent
// permanent failure, then open sessions.
class TrayState
{
    Q_DECLARE_TR_FUNCTIONS(TrayState)
public:
    enum class Icon { Idle, Active, Degraded, Failure, Stopped };

    struct Inputs
    {
        ProxyService::State proxy = ProxyService::State::Stopped;
        QString listenAddress; // "127.0.0.1:8765" while running
        int sessionsOpen = 0;
        HealthMonitor::Overall health = HealthMonitor::Overall::NoneMonitored;
        int backendsUp = 0; // monitored routes up or degraded
        int backendsTotal = 0;
        bool recentFailure = false;
        QString lastFailure; // one line about the latest permanent failure, when recent
    };

    static Icon icon(const Inputs& inputs);
    // "idle", "active", "degraded", "failure", "stopped": the icon's file is airlock-tray-<name>.svg.
    static QString iconName(Icon icon);
    static QString tooltip(const Inputs& inputs);
};

} // namespace airlock
