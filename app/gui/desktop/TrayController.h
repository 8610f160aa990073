#pragma once

#include "gui/desktop/DesktopSettings.h"
#include "gui/desktop/TrayState.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QDBusServiceWatcher;
class QMenu;
class QSystemTrayIcon;

namespace airlock {

class MainWindow;
class ProxyService;
class RecentFailures;

// The tray icon over the running proxy: its image and tooltip follow TrayState, its menu offers Show
// Airlock (always: some hosts pass no left click), the window's start/stop, copy URL and demo page
// actions, the last permanent failures (each opens its record) and Quit. With a tray host, closing the
// window hides it to the tray (a one-time notice says so); without one the window never hides and
// closing it quits. A host that appears later is picked up: the StatusNotifierWatcher name on the
// session bus is watched, and a coarse timer asks again (XEmbed hosts have no D-Bus name).
class TrayController : public QObject
{
    Q_OBJECT
public:
    // available says whether a tray host is there (QSystemTrayIcon::isSystemTrayAvailable by default;
    // the tests inject it: offscreen has no tray).
    TrayController(MainWindow* window, ProxyService* service, RecentFailures* failures,
                   std::function<bool()> available = {}, QObject* parent = nullptr);
    ~TrayController() override;

    void applySettings(const DesktopSettings& settings);
    DesktopSettings settings() const { return m_settings; }

    bool isTrayAvailable() const { return m_available; }
    // Whether the window may hide: a tray host is there and the icon is on.
    bool canHideToTray() const;
    QSystemTrayIcon* trayIcon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    QAction* showAction() const { return m_show; }
    QAction* preferencesAction() const { return m_preferences; }
    QMenu* failuresMenu() const { return m_failuresMenu; }

    TrayState::Inputs inputs() const;
    TrayState::Icon currentIcon() const { return m_iconState; }
    QString toolTip() const { return m_toolTip; }

    // At start: true when the window should stay hidden (--minimized or the setting, and the tray can
    // show it again).
    bool startHidden(bool minimizedRequested) const;

public slots:
    void showWindow();
    void showRecord(quint64 sessionId);
    void showBackends();
    // A message from the tray icon, where the notification service is missing.
    void showMessage(const QString& title, const QString& body);
    void checkAvailability();
    // The preferences dialog over the window; OK applies and stores them.
    void editPreferences();

signals:
    void settingsChanged(const airlock::DesktopSettings& settings);
    void availabilityChanged(bool available);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();
    void updateIconPresence();
    void rebuildFailures();
    bool hideOnClose();

    MainWindow* m_window;
    ProxyService* m_service;
    RecentFailures* m_failures;
    std::function<bool()> m_availableFn;
    bool m_available = false;
    bool m_quitting = false;
    DesktopSettings m_settings;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu;
    QAction* m_show;
    QAction* m_preferences;
    QMenu* m_failuresMenu;
    QTimer m_poll;
    QTimer m_failureExpiry; // a permanent failure stops being "recent" after this
    bool m_recentFailure = false;
    QDBusServiceWatcher* m_watcher = nullptr;
    TrayState::Icon m_iconState = TrayState::Icon::Stopped;
    QString m_toolTip;
};

} // namespace airlock
