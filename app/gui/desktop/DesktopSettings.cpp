#include "gui/desktop/DesktopSettings.h"

#include <QSettings>

namespace airlock {

namespace {

const char* const group = "Desktop";

} // namespace

DesktopSettings DesktopSettings::load(QSettings& settings)
{
    DesktopSettings s;
    settings.beginGroup(QLatin1String(group));
    s.showTrayIcon = settings.value(QStringLiteral("showTrayIcon"), s.showTrayIcon).toBool();
    s.closeToTray = settings.value(QStringLiteral("closeToTray"), s.closeToTray).toBool();
    s.startMinimized = settings.value(QStringLiteral("startMinimized"), s.startMinimized).toBool();
    s.notifyBackendDown = settings.value(QStringLiteral("notifyBackendDown"), s.notifyBackendDown).toBool();
    s.notifyBackendUp = settings.value(QStringLiteral("notifyBackendUp"), s.notifyBackendUp).toBool();
    s.notifyFailures = settings.value(QStringLiteral("notifyFailures"), s.notifyFailures).toBool();
    s.closeNoticeShown = settings.value(QStringLiteral("closeNoticeShown"), s.closeNoticeShown).toBool();
    settings.endGroup();
    return s;
}

void DesktopSettings::save(QSettings& settings) const
{
    settings.beginGroup(QLatin1String(group));
    settings.setValue(QStringLiteral("showTrayIcon"), showTrayIcon);
    settings.setValue(QStringLiteral("closeToTray"), closeToTray);
    settings.setValue(QStringLiteral("startMinimized"), startMinimized);
    settings.setValue(QStringLiteral("notifyBackendDown"), notifyBackendDown);
    settings.setValue(QStringLiteral("notifyBackendUp"), notifyBackendUp);
    settings.setValue(QStringLiteral("notifyFailures"), notifyFailures);
    settings.setValue(QStringLiteral("closeNoticeShown"), closeNoticeShown);
    settings.endGroup();
}

} // namespace airlock
