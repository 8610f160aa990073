#pragma once

class QSettings;

namespace airlock {

// The desktop app's own preferences (QSettings group "Desktop"); start at login lives in the XDG autostart
// entry itself (see Autostart).
struct DesktopSettings
{
    bool showTrayIcon = true;
    bool closeToTray = true;
    bool startMinimized = false;
    bool notifyBackendDown = true;
    bool notifyBackendUp = true;
    bool notifyFailures = true;
    bool closeNoticeShown = false; // the one-time "still running in the tray" notice

    static DesktopSettings load(QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace airlock
