#pragma once

#include <QCoreApplication>
#include <QString>

namespace airlock {

// Start at login: the XDG autostart entry $XDG_CONFIG_HOME/autostart/airlock.desktop (~/.config when the
// variable is unset), starting the app in the tray.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)
public:
    static QString entryPath();
    static bool isEnabled();
    // Writes the entry for executable (its absolute path) with --minimized, or removes it.
    static bool setEnabled(bool enabled, const QString& executable, QString* error);
    static QString entryText(const QString& executable);
};

} // namespace airlock
