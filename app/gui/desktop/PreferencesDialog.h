#pragma once

#include "gui/desktop/DesktopSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;

namespace airlock {

// Edit > Preferences: the tray, close to tray, start minimized, start at login (the XDG autostart entry)
// and which notifications to show. OK stores them in QSettings and writes or removes the autostart entry.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // trayAvailable: whether a tray host is there now (the tray options say so when not).
    PreferencesDialog(const DesktopSettings& settings, bool trayAvailable, QWidget* parent = nullptr);

    DesktopSettings settings() const;
    bool startAtLogin() const;
    // Stores settings() and the autostart entry (for executable); false with a sentence in *error.
    bool apply(const QString& executable, QString* error) const;

    QCheckBox* showTrayIconBox() const { return m_showTray; }
    QCheckBox* closeToTrayBox() const { return m_closeToTray; }
    QCheckBox* startMinimizedBox() const { return m_startMinimized; }
    QCheckBox* startAtLoginBox() const { return m_startAtLogin; }
    QCheckBox* notifyBackendDownBox() const { return m_notifyDown; }
    QCheckBox* notifyBackendUpBox() const { return m_notifyUp; }
    QCheckBox* notifyFailuresBox() const { return m_notifyFailures; }

private:
    void updateEnabled();

    DesktopSettings m_initial;
    QCheckBox* m_showTray;
    QCheckBox* m_closeToTray;
    QCheckBox* m_startMinimized;
    QCheckBox* m_startAtLogin;
    QCheckBox* m_notifyDown;
    QCheckBox* m_notifyUp;
    QCheckBox* m_notifyFailures;
    QLabel* m_noTray = nullptr;
};

} // namespace airlock
