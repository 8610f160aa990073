#include "gui/desktop/Autostart.h"
#include "gui/desktop/PreferencesDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace airlock;
using namespace Qt::StringLiterals;

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void autostartFollowsXdgConfigHome_data();
    void autostartFollowsXdgConfigHome();
    void applyStoresSettingsAndAutostart();
    void closeToTrayNeedsTheIcon();
    void everyBoxIsNamed();

private:
    QTemporaryDir m_dir;
};

void tst_PreferencesDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("airlock-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
}

void tst_PreferencesDialog::init()
{
    QSettings().clear();
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QFile::remove(Autostart::entryPath());
}

void tst_PreferencesDialog::autostartFollowsXdgConfigHome_data()
{
    QTest::addColumn<QString>("xdgConfigHome");
    QTest::addColumn<QString>("expected");
    QTest::newRow("XDG_CONFIG_HOME set") << u"/tmp/cfg"_s << u"/tmp/cfg/autostart/airlock.desktop"_s;
    QTest::newRow("unset: ~/.config") << u""_s << QDir::homePath() + u"/.config/autostart/airlock.desktop"_s;
    QTest::newRow("relative: ignored") << u"cfg"_s << QDir::homePath() + u"/.config/autostart/airlock.desktop"_s;
}

void tst_PreferencesDialog::autostartFollowsXdgConfigHome()
{
    QFETCH(QString, xdgConfigHome);
    QFETCH(QString, expected);
    if (xdgConfigHome.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", xdgConfigHome.toUtf8());
    QCOMPARE(Autostart::entryPath(), expected);
}

void tst_PreferencesDialog::applyStoresSettingsAndAutostart()
{
    DesktopSettings initial;
    initial.closeNoticeShown = true;
    PreferencesDialog dialog(initial, true);
    QVERIFY(!dialog.startAtLoginBox()->isChecked());
    dialog.closeToTrayBox()->setChecked(false);
    dialog.notifyBackendUpBox()->setChecked(false);
    dialog.startMinimizedBox()->setChecked(true);
    dialog.startAtLoginBox()->setChecked(true);
    QString error;
    QVERIFY2(dialog.apply(QStringLiteral("/opt/air lock/bin/airlock"), &error), qPrintable(error));

    QSettings settings;
    const DesktopSettings stored = DesktopSettings::load(settings);
    QVERIFY(stored.showTrayIcon);
    QVERIFY(!stored.closeToTray);
    QVERIFY(stored.startMinimized);
    QVERIFY(stored.notifyBackendDown);
    QVERIFY(!stored.notifyBackendUp);
    QVERIFY(stored.notifyFailures);
    QVERIFY(stored.closeNoticeShown); // kept, not reset by the dialog

    const QString entry = m_dir.filePath(QStringLiteral("config/autostart/airlock.desktop"));
    QCOMPARE(Autostart::entryPath(), entry);
    QVERIFY(Autostart::isEnabled());
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.startsWith(QStringLiteral("[Desktop Entry]\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nExec=\"/opt/air lock/bin/airlock\" --minimized\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\nType=Application\n")));

    PreferencesDialog again(stored, true);
    QVERIFY(again.startAtLoginBox()->isChecked());
    again.startAtLoginBox()->setChecked(false);
    QVERIFY2(again.apply(QStringLiteral("/usr/bin/airlock"), &error), qPrintable(error));
    QVERIFY(!QFile::exists(entry));
}

void tst_PreferencesDialog::closeToTrayNeedsTheIcon()
{
    PreferencesDialog dialog(DesktopSettings(), false);
    QVERIFY(dialog.closeToTrayBox()->isEnabled());
    dialog.showTrayIconBox()->setChecked(false);
    QVERIFY(!dialog.closeToTrayBox()->isEnabled());
    QVERIFY(!dialog.startMinimizedBox()->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>() != nullptr); // says there is no tray
}

void tst_PreferencesDialog::everyBoxIsNamed()
{
    PreferencesDialog dialog(DesktopSettings(), true);
    // AIRLOCK_SCREENSHOT_DIR=/tmp/shots: a picture of the dialog, to look at.
    if (const QString dir = qEnvironmentVariable("AIRLOCK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/preferences.png")));
    }
    const QList<QCheckBox*> boxes = dialog.findChildren<QCheckBox*>();
    QCOMPARE(boxes.size(), 7);
    for (const QCheckBox* box : boxes) {
        QVERIFY2(!box->accessibleName().isEmpty(), qPrintable(box->text()));
        QVERIFY2(!box->accessibleDescription().isEmpty(), qPrintable(box->text()));
    }
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
