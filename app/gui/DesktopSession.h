#pragma once

#include "config/Config.h"

#include <QObject>

#include <functional>

namespace airlock {

class MainWindow;
class Notifier;
class ProxyService;
class SingleInstance;
class RecentFailures;
class TrayController;

// The desktop app's run: the service on the user's config and the main window over it. On quit, WebSocket
// sessions are closed with 1001 and the log is flushed before the process ends.
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    // overrides applies the command line's settings (--listen, --log) to every config read from configPath.
    DesktopSession(Config config, QString configPath, std::function<void(Config&)> overrides,
                   QObject* parent = nullptr);
    ~DesktopSession() override;

    // The lock this process holds as the user's desktop app: later launches activate the window through it.
    void setSingleInstance(SingleInstance* instance) { m_singleInstance = instance; }
    // --minimized: start in the tray (when there is one).
    void setStartMinimized(bool minimized) { m_startMinimized = minimized; }

    // Shows the window (or only the tray icon), starts the proxy and runs the event loop; returns the exit status.
    int run();

    ProxyService* service() const { return m_service; }
    MainWindow* window() const { return m_window; }
    TrayController* tray() const { return m_tray; }

private:
    void stopServiceBeforeExit();

    QString m_configPath;
    std::function<void(Config&)> m_overrides;
    ProxyService* m_service;
    MainWindow* m_window = nullptr;
    SingleInstance* m_singleInstance = nullptr;
    RecentFailures* m_failures = nullptr;
    TrayController* m_tray = nullptr;
    Notifier* m_notifier = nullptr;
    bool m_startMinimized = false;
};

} // namespace airlock
