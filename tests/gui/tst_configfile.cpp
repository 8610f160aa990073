// ConfigFile: loads and saves the config file atomically, refuses to overwrite a change made elsewhere,
// and notices such changes (also a replacement by rename) but not its own saves.
#include "DescribeConfigErrors.h"

#include "config/ConfigLoader.h"
#include "gui/routes/ConfigFile.h"

#include <QFile>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace airlock;
using airlock::test::describe;

namespace {

const QByteArray kConfig =
    "{\"routes\": [{\"name\": \"echo\", \"path\": \"/echo\", \"backend\": \"ws://127.0.0.1:9/\"}]}";

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// As editors do: a new file renamed over the old one.
bool replaceFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

QByteArray otherConfig(const QString& name)
{
    return QStringLiteral(
               "{\"routes\": [{\"name\": \"%1\", \"path\": \"/other\", \"backend\": \"ws://127.0.0.1:9/\"}]}")
        .arg(name)
        .toUtf8();
}

} // namespace

class tst_ConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheFile();
    void loadErrorsKeepThePreviousConfig();
    void saveWritesAndReloadsEqual();
    void ownSaveIsNoChangeOnDisk();
    void outsideChangeIsNoticed_data();
    void outsideChangeIsNoticed();
    void saveRefusesAfterOutsideChange();
    void keepMineAllowsTheNextSave();
};

void tst_ConfigFile::loadsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("airlock.json"));
    QVERIFY(writeFile(path, kConfig));
    ConfigFile file(path);
    QVERIFY(!file.isLoaded());
    QSignalSpy loaded(&file, &ConfigFile::loaded);
    QVERIFY2(file.load(), qPrintable(describe(file.loadErrors())));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(file.config().routes.size(), 1);
    QCOMPARE(file.config().routes.first().name, QStringLiteral("echo"));
    QCOMPARE(file.fingerprint(), ConfigLoader::fromFile(path, QProcessEnvironment()).fingerprint);
    QCOMPARE(file.baseDir(), QFileInfo(dir.path()).absoluteFilePath());
}

void tst_ConfigFile::loadErrorsKeepThePreviousConfig()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("airlock.json"));
    QVERIFY(writeFile(path, kConfig));
    ConfigFile file(path);
    QVERIFY(file.load());
    QVERIFY(writeFile(path, "{\"routes\": [{\"path\": \"nope\", \"backend\": \"ws://127.0.0.1:9/\"}]}"));
    QVERIFY(!file.load());
    QCOMPARE(file.loadErrors().size(), 1);
    QCOMPARE(file.loadErrors().first().path, QStringLiteral("routes[0].path"));
    QVERIFY(!file.errorString().isEmpty());
    QCOMPARE(file.config().routes.first().name, QStringLiteral("echo"));
}

void tst_ConfigFile::saveWritesAndReloadsEqual()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("airlock.json"));
    QVERIFY(writeFile(path, kConfig));
    ConfigFile file(path);
    QVERIFY(file.load());
    Config config = file.config();
    config.routes.first().timeouts.idleMs = 60000;
    QSignalSpy saved(&file, &ConfigFile::saved);
    QVERIFY2(file.save(config), qPrintable(file.errorString()));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(file.config(), config);
    const ConfigLoadResult reread = ConfigLoader::fromFile(path, QProcessEnvironment());
    QVERIFY(reread.ok());
    QCOMPARE(reread.config, config);
    QCOMPARE(reread.fingerprint, file.fingerprint());
}

void tst_ConfigFile::ownSaveIsNoChangeOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("airlock.json"));
    QVERIFY(writeFile(path, kConfig));
    ConfigFile file(path);
    QVERIFY(file.load());
    // Whether the file differed from what we hold at each signal: false would be a signal for our own save.
    QList<bool> differed;
    connect(&file, &ConfigFile::changedOnDisk, this, [&] { differed.append(file.isChangedOnDisk()); });
    // A second watcher on the directory tells when the saves' notifications have arrived.
    QFileSystemWatcher sentinel({dir.path()});
    QSignalSpy dirChanged(&sentinel, &QFileSystemWatcher::directoryChanged);
    Config config = file.config();
    for (int i = 1; i <= 3; ++i) {
        config.routes.first().timeouts.idleMs = i * 1000;
        QVERIFY(file.save(config));
        QVERIFY(!file.isChangedOnDisk());
        QVERIFY(dirChanged.wait(5000));
        QCoreApplication::processEvents();
    }
    // An outside change after our saves is noticed, so the watcher was alive while they happened.
    QVERIFY(writeFile(path, otherConfig(QStringLiteral("outside"))));
    QTRY_VERIFY_WITH_TIMEOUT(!differed.isEmpty(), 5000);
    QCOMPARE(differed, QList<bool>{true});
}

void tst_ConfigFile::outsideChangeIsNoticed_data()
{
    QTest::addColumn<bool>("byRename");
    QTest::newRow("written in place") << false;
    QTest::newRow("replaced by rename") << true;
}

void tst_ConfigFile::outsideChangeIsNoticed()
{
    QFETCH(bool, byRename);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("airlock.json"));
    QVERIFY(writeFile(path, kConfig));
    ConfigFile file(path);
    QVERIFY(file.load());
    QSignalSpy changed(&file, &ConfigFile::changedOnDisk);
    // Twice: after a rename the new file must be watched again.
    for (int i = 1; i <= 2; ++i) {
        const QByteArray content = otherConfig(QStringLiteral("outside-%1").arg(i));
        QVERIFY(byRename ? replaceFile(path, content) : writeFile(path, content));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), i, 5000);
        QVERIFY(file.isChangedOnDisk());
    }
    QVERIFY(file.load());
    QCOMPARE(file.config().routes.first().name, QStringLiteral("outside-2"));
    QVERIFY(!file.isChangedOnDisk());
}

void tst_ConfigFile::saveRefusesAfterOutsideChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("airlock.json"));
    QVERIFY(writeFile(path, kConfig));
    ConfigFile file(path);
    QVERIFY(file.load());
    const QByteArray outside = otherConfig(QStringLiteral("outside"));
    QVERIFY(writeFile(path, outside));
    Config config = file.config();
    config.routes.first().timeouts.idleMs = 60000;
    QVERIFY(!file.save(config));
    QVERIFY2(file.errorString().contains(QLatin1String("changed by another program")), qPrintable(file.errorString()));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), outside); // untouched
}

void tst_ConfigFile::keepMineAllowsTheNextSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("airlock.json"));
    QVERIFY(writeFile(path, kConfig));
    ConfigFile file(path);
    QVERIFY(file.load());
    QVERIFY(writeFile(path, otherConfig(QStringLiteral("outside"))));
    Config mine = file.config();
    mine.routes.first().timeouts.idleMs = 60000;
    QVERIFY(!file.save(mine));
    file.keepMine();
    QVERIFY2(file.save(mine), qPrintable(file.errorString()));
    QCOMPARE(ConfigLoader::fromFile(path, QProcessEnvironment()).config, mine);
}

QTEST_MAIN(tst_ConfigFile)
#include "tst_configfile.moc"
