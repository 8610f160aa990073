// Airlock's languages: which one is chosen (--lang, the setting, the system's), and each compiled
// translation loaded into the running window with known strings in place.

#include "ProxyFixture.h"

#include "gui/Language.h"
#include "gui/LanguageMenu.h"
#include "gui/MainWindow.h"
#include "service/ProxyService.h"
#include "ws/CloseCodeClassifier.h"

#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace airlock;

namespace {

QString qmDirectory()
{
    return qEnvironmentVariable("AIRLOCK_BINARY_DIR") + QStringLiteral("/app");
}

QString menuTitle(const MainWindow& window, int index)
{
    return window.menuBar()->actions().at(index)->text().remove(QLatin1Char('&'));
}

} // namespace

class tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void requested_data();
    void requested();
    void windowSpeaksEachLanguage_data();
    void windowSpeaksEachLanguage();
    void unknownLanguageFallsBackToEnglish();
    void menuSavesTheChoice();

private:
    QTemporaryDir m_settingsDir;
};

void tst_Language::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("airlock-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
}

void tst_Language::cleanup()
{
    Language::install(QLocale(QLocale::English));
}

void tst_Language::requested_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    const QString app = QStringLiteral("airlock");
    QTest::newRow("nothing: the system's") << QStringList{app} << QString() << QString();
    QTest::newRow("the setting") << QStringList{app} << QStringLiteral("fr") << QStringLiteral("fr");
    QTest::newRow("--lang wins over the setting") << QStringList{app, QStringLiteral("--lang"), QStringLiteral("de")}
                                                  << QStringLiteral("fr") << QStringLiteral("de");
    QTest::newRow("--lang=CODE") << QStringList{app, QStringLiteral("--headless"), QStringLiteral("--lang=fr")}
                                 << QString() << QStringLiteral("fr");
    QTest::newRow("--lang without a value keeps the setting")
        << QStringList{app, QStringLiteral("--lang")} << QStringLiteral("de") << QStringLiteral("de");
}

void tst_Language::requested()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QCOMPARE(Language::requested(arguments, setting), expected);
}

void tst_Language::windowSpeaksEachLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("sessionsTab");
    QTest::addColumn<QString>("handshakesTab");
    QTest::addColumn<QString>("closedNormally"); // the library's classifier, translated at display time
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("File") << QStringLiteral("Sessions")
                        << QStringLiteral("Handshakes") << QStringLiteral("closed normally");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Datei") << QStringLiteral("Sitzungen")
                        << QStringLiteral("Handshakes") << QStringLiteral("normal geschlossen");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Fichier") << QStringLiteral("Sessions")
                        << QStringLiteral("Négociations") << QStringLiteral("fermée normalement");
}

void tst_Language::windowSpeaksEachLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    QFETCH(QString, sessionsTab);
    QFETCH(QString, handshakesTab);
    QFETCH(QString, closedNormally);
    QVERIFY(Language::codes().contains(code));
    QVERIFY2(Language::install(Language::localeFor(code), qmDirectory()), qPrintable(qmDirectory()));

    ProxyService service(ProxyFixture::config({}));
    MainWindow window(&service, QString(), {});
    QCOMPARE(menuTitle(window, 0), fileMenu);
    auto* views = window.findChild<QTabWidget*>();
    QVERIFY(views);
    QCOMPARE(views->tabText(0).remove(QLatin1Char('&')), sessionsTab);
    QCOMPARE(views->tabText(1).remove(QLatin1Char('&')), handshakesTab);
    const CloseClassification normal = CloseCodeClassifier().classify(1000);
    QCOMPARE(normal.explanation, QStringLiteral("closed normally")); // records keep English
    QCOMPARE(CloseClassification::translatedExplanation(normal.explanation), closedNormally);
}

void tst_Language::unknownLanguageFallsBackToEnglish()
{
    QVERIFY(!Language::install(Language::localeFor(QStringLiteral("ja")), qmDirectory()));
    ProxyService service(ProxyFixture::config({}));
    MainWindow window(&service, QString(), {});
    QCOMPARE(menuTitle(window, 0), QStringLiteral("File"));
}

void tst_Language::menuSavesTheChoice()
{
    LanguageMenu menu;
    QSignalSpy changed(&menu, &LanguageMenu::changed);
    QCOMPARE(menu.choice(), QString());
    QAction* french = nullptr;
    for (QAction* action : menu.actions())
        if (action->data().toString() == QLatin1String("fr"))
            french = action;
    QVERIFY(french);
    QCOMPARE(french->text(), QStringLiteral("Français"));
    french->trigger();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("fr"));
    QCOMPARE(QSettings().value(Language::settingsKey()).toString(), QStringLiteral("fr"));
    QCOMPARE(LanguageMenu().choice(), QStringLiteral("fr"));
    menu.actions().first()->trigger(); // the system's language again
    QVERIFY(!QSettings().contains(Language::settingsKey()));
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
