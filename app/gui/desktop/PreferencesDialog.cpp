#include "gui/desktop/PreferencesDialog.h"

#include "gui/desktop/Autostart.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace airlock {

namespace {

QCheckBox* box(const QString& text, const QString& description, bool checked, QWidget* parent)
{
    auto* check = new QCheckBox(text, parent);
    check->setChecked(checked);
    check->setToolTip(description);
    check->setAccessibleName(QString(text).remove(u'&'));
    check->setAccessibleDescription(description);
    return check;
}

} // namespace

PreferencesDialog::PreferencesDialog(const DesktopSettings& settings, bool trayAvailable, QWidget* parent)
    : QDialog(parent)
    , m_initial(settings)
{
    setWindowTitle(tr("Airlock Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    setAccessibleName(tr("Preferences"));
    setAccessibleDescription(tr("Tray, start and notification settings"));

    auto* tray = new QGroupBox(tr("Tray"), this);
    m_showTray = box(tr("Show a &tray icon"),
                     tr("Show Airlock's state in the system tray, with a menu to show the window or stop the proxy"),
                     settings.showTrayIcon, tray);
    m_closeToTray = box(tr("&Closing the window keeps the proxy running in the tray"),
                        tr("The window hides instead of quitting; Quit in the tray menu or the File menu ends Airlock"),
                        settings.closeToTray, tray);
    m_startMinimized = box(tr("Start &minimized to the tray"),
                           tr("Start without showing the window (like --minimized); without a tray the window shows"),
                           settings.startMinimized, tray);
    auto* trayLayout = new QVBoxLayout(tray);
    trayLayout->addWidget(m_showTray);
    trayLayout->addWidget(m_closeToTray);
    trayLayout->addWidget(m_startMinimized);
    if (!trayAvailable) {
        m_noTray = new QLabel(tr("No system tray was found on this desktop: the window stays visible and closing "
                                 "it quits Airlock."),
                              tray);
        m_noTray->setWordWrap(true);
        m_noTray->setAccessibleName(tr("No system tray"));
        trayLayout->addWidget(m_noTray);
    }

    auto* start = new QGroupBox(tr("Start"), this);
    m_startAtLogin =
        box(tr("Start Airlock at &login"), tr("Writes %1 (removed again when unchecked)").arg(Autostart::entryPath()),
            Autostart::isEnabled(), start);
    auto* startLayout = new QVBoxLayout(start);
    startLayout->addWidget(m_startAtLogin);

    auto* notify = new QGroupBox(tr("Notifications"), this);
    m_notifyDown = box(tr("A backend goes &down"), tr("Notify when a route's health checks fail"),
                       settings.notifyBackendDown, notify);
    m_notifyUp = box(tr("A backend comes &back up"), tr("Notify when a route that was down passes its checks again"),
                     settings.notifyBackendUp, notify);
    m_notifyFailures = box(tr("A session &fails for good"),
                           tr("Notify when a session ends with a permanent failure (the client should not retry)"),
                           settings.notifyFailures, notify);
    auto* notifyLayout = new QVBoxLayout(notify);
    notifyLayout->addWidget(m_notifyDown);
    notifyLayout->addWidget(m_notifyUp);
    notifyLayout->addWidget(m_notifyFailures);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tray);
    layout->addWidget(start);
    layout->addWidget(notify);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_showTray, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    updateEnabled();
}

void PreferencesDialog::updateEnabled()
{
    // Closing to a tray icon that is not shown would hide the window where nobody finds it.
    m_closeToTray->setEnabled(m_showTray->isChecked());
    m_startMinimized->setEnabled(m_showTray->isChecked());
}

DesktopSettings PreferencesDialog::settings() const
{
    DesktopSettings s = m_initial;
    s.showTrayIcon = m_showTray->isChecked();
    s.closeToTray = m_closeToTray->isChecked();
    s.startMinimized = m_startMinimized->isChecked();
    s.notifyBackendDown = m_notifyDown->isChecked();
    s.notifyBackendUp = m_notifyUp->isChecked();
    s.notifyFailures = m_notifyFailures->isChecked();
    return s;
}

bool PreferencesDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

bool PreferencesDialog::apply(const QString& executable, QString* error) const
{
    QSettings store;
    settings().save(store);
    if (startAtLogin() == Autostart::isEnabled())
        return true;
    return Autostart::setEnabled(startAtLogin(), executable, error);
}

} // namespace airlock
