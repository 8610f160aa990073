// SingleInstance: the first desktop app holds the lock and answers later launches; a second launch with the
// same config activates it, one with another config is refused, a lock left by a crashed instance is
// recovered. Then the same with real airlock processes: the second exits 0 and the first says it was asked for
// its window; SIGTERM then closes the open WebSocket with 1001 and flushes the log.
#include "AirlockProcess.h"
#include "EchoBackend.h"

#include "gui/desktop/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <csignal>
#include <memory>

using namespace airlock;
using airlock::test::AirlockProcess;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a second SingleInstance on another thread, as another process would: its start() blocks while the
// first one answers from this thread's event loop.
struct SecondLaunch
{
    SingleInstance::Outcome outcome = SingleInstance::Outcome::Failed;
    QString runningConfig;
    QString error;

    bool run(const QString& directory, const QString& name, const QString& config, bool raise)
    {
        std::unique_ptr<QThread> thread(QThread::create([&, directory, name, config, raise] {
            SingleInstance second(directory, name);
            outcome = second.start(config, raise);
            runningConfig = second.runningConfig();
            error = second.error();
        }));
        thread->start();
        // Generous: a holder that does not answer costs the client a few seconds before it takes over.
        if (!QTest::qWaitFor([&] { return thread->isFinished(); }, 30000))
            return false;
        return thread->wait(5000);
    }
};

} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void secondLaunchActivatesTheFirst_data();
    void secondLaunchActivatesTheFirst();
    void differentConfigIsRefused();
    void socketIsPrivate();
    void staleLockIsRecovered_data();
    void staleLockIsRecovered();
    void realProcesses();

private:
    QString configPath(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_runtime;
};

void tst_SingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_runtime = m_dir->filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(m_runtime));
    QVERIFY(QFile::setPermissions(m_runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QString tst_SingleInstance::configPath(const QString& name)
{
    const QString path = m_dir->filePath(name);
    if (!QFile::exists(path))
        writeFile(path, R"({"routes":[]})");
    return path;
}

void tst_SingleInstance::secondLaunchActivatesTheFirst_data()
{
    QTest::addColumn<QString>("secondPath"); // relative to the temporary directory
    QTest::addColumn<bool>("raise");
    QTest::newRow("same path, raise") << QStringLiteral("airlock.json") << true;
    QTest::newRow("same path, --minimized") << QStringLiteral("airlock.json") << false;
    QTest::newRow("sub/../airlock.json") << QStringLiteral("sub/../airlock.json") << true;
    QTest::newRow("symlink to it") << QStringLiteral("link.json") << true;
}

void tst_SingleInstance::secondLaunchActivatesTheFirst()
{
    QFETCH(QString, secondPath);
    QFETCH(bool, raise);
    const QString config = configPath(QStringLiteral("airlock.json"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("sub"))));
    QVERIFY(QFile::link(config, m_dir->filePath(QStringLiteral("link.json"))));

    SingleInstance first(m_runtime, QStringLiteral("app"));
    QCOMPARE(first.start(config, true), SingleInstance::Outcome::Primary);
    QVERIFY2(QFile::exists(first.lockFilePath()), qPrintable(first.lockFilePath()));
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SecondLaunch second;
    QVERIFY(second.run(m_runtime, QStringLiteral("app"), m_dir->filePath(secondPath), raise));
    QVERIFY2(second.outcome == SingleInstance::Outcome::Activated, qPrintable(second.error));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toBool(), raise);

    // It keeps answering.
    QVERIFY(second.run(m_runtime, QStringLiteral("app"), config, true));
    QCOMPARE(second.outcome, SingleInstance::Outcome::Activated);
    QCOMPARE(activated.size(), 2);
}

void tst_SingleInstance::differentConfigIsRefused()
{
    const QString config = configPath(QStringLiteral("airlock.json"));
    const QString other = configPath(QStringLiteral("other.json"));
    SingleInstance first(m_runtime, QStringLiteral("app"));
    QCOMPARE(first.start(config, true), SingleInstance::Outcome::Primary);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SecondLaunch second;
    QVERIFY(second.run(m_runtime, QStringLiteral("app"), other, true));
    QCOMPARE(second.outcome, SingleInstance::Outcome::DifferentConfig);
    QCOMPARE(second.runningConfig, QFileInfo(config).canonicalFilePath());
    // The answer came after the first decided, so nothing can follow: it did nothing.
    QCOMPARE(activated.size(), 0);

    // Another name (another user's or a test's) is another instance.
    QVERIFY(second.run(m_runtime, QStringLiteral("another"), other, true));
    QCOMPARE(second.outcome, SingleInstance::Outcome::Primary);
}

void tst_SingleInstance::socketIsPrivate()
{
    SingleInstance first(m_runtime, QStringLiteral("app"));
    QCOMPARE(first.start(configPath(QStringLiteral("airlock.json")), true), SingleInstance::Outcome::Primary);
    const QFileInfo socket(first.serverPath());
    QVERIFY2(socket.exists(), qPrintable(first.serverPath()));
    QVERIFY(!(socket.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
}

void tst_SingleInstance::staleLockIsRecovered_data()
{
    QTest::addColumn<bool>("holderAlive");
    // The crash case: the pid in the lock is gone (QLockFile itself finds it stale).
    QTest::newRow("holder gone") << false;
    // The pid came back as a process of the same name (here: this test) that does not answer on the socket.
    QTest::newRow("holder alive but silent") << true;
}

void tst_SingleInstance::staleLockIsRecovered()
{
    QFETCH(bool, holderAlive);
    const QString config = configPath(QStringLiteral("airlock.json"));
    const QString lockPath = QDir(m_runtime).filePath(QStringLiteral("app.lock"));

    // A lock file as QLockFile writes it, with this test's pid (alive, same name) or that of an ended process.
    const auto writeLock = [&lockPath](qint64 pid) {
        QFile::remove(lockPath);
        QLockFile model(lockPath);
        if (!model.tryLock(0))
            return false;
        const QByteArray content = readFile(lockPath);
        model.unlock();
        const qsizetype newline = content.indexOf('\n');
        return newline > 0 && writeFile(lockPath, QByteArray::number(pid) + content.mid(newline));
    };
    qint64 pid = QCoreApplication::applicationPid();
    if (!holderAlive) {
        QProcess ended;
        ended.start(QStringLiteral("true"), QStringList());
        QVERIFY(ended.waitForStarted(10000));
        pid = ended.processId();
        QVERIFY(pid > 0);
        QVERIFY(ended.waitForFinished(10000));
    }
    QVERIFY(writeLock(pid));
    {
        // The case is what it says: QLockFile alone finds only the ended holder's lock stale.
        QLockFile probe(lockPath);
        probe.setStaleLockTime(0);
        QCOMPARE(probe.tryLock(0), !holderAlive);
    }
    QVERIFY(writeLock(pid));
    // The crashed instance left its socket file too.
    QVERIFY(writeFile(QDir(m_runtime).filePath(QStringLiteral("app.socket")), QByteArray()));

    SingleInstance recovered(m_runtime, QStringLiteral("app"));
    QCOMPARE(recovered.start(config, true), SingleInstance::Outcome::Primary);
    QSignalSpy activated(&recovered, &SingleInstance::activationRequested);
    // And it serves the next launch.
    SecondLaunch second;
    QVERIFY(second.run(m_runtime, QStringLiteral("app"), config, true));
    QVERIFY2(second.outcome == SingleInstance::Outcome::Activated, qPrintable(second.error));
    QCOMPARE(activated.size(), 1);
}

void tst_SingleInstance::realProcesses()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    const QString logPath = m_dir->filePath(QStringLiteral("sessions.jsonl"));
    const QString config = m_dir->filePath(QStringLiteral("airlock.json"));
    QVERIFY(writeFile(config, QStringLiteral(R"({"listen":{"port":0},"log":{"file":"%1"},)"
                                             R"("routes":[{"name":"echo","path":"/echo","backend":"%2",)"
                                             R"("upstreamProxy":"none"}]})")
                                  .arg(logPath, echo.url().toString())
                                  .toUtf8()));
    const QString other = configPath(QStringLiteral("other.json"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime);
    env.insert(QStringLiteral("HOME"), m_dir->path()); // window settings
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));

    // The first: the desktop app (no --headless), on the offscreen platform.
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(AirlockProcess::binary(), {QStringLiteral("--config"), config});
    QByteArray firstErr;
    const auto firstSaid = [&](const QByteArray& text) {
        firstErr += first.readAllStandardError();
        return firstErr.contains(text);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(firstSaid(" listening on ") || first.state() == QProcess::NotRunning,
                              firstErr.constData(), 20000);
    QVERIFY2(first.state() == QProcess::Running, firstErr.constData());
    const qsizetype at = firstErr.indexOf(" listening on 127.0.0.1:");
    QVERIFY2(at >= 0, firstErr.constData());
    const quint16 port = quint16(firstErr.mid(at + 24).split(' ').value(0).toUInt());
    QVERIFY(port);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/echo").arg(port)));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 10000);

    // The second asks the first for its window and ends; the first says so.
    AirlockProcess::Result second = AirlockProcess::run({QStringLiteral("--config"), config}, env);
    QVERIFY(second.finished);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains("Airlock is already running; activated its window"), second.err.constData());
    QTRY_VERIFY2_WITH_TIMEOUT(firstSaid("another launch asked for the window"), firstErr.constData(), 10000);

    // Another config file is refused, naming both; the first does nothing.
    AirlockProcess::Result refused = AirlockProcess::run({QStringLiteral("--config"), other}, env);
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QFileInfo(config).canonicalFilePath().toUtf8()), refused.err.constData());
    QVERIFY2(refused.err.contains(QFileInfo(other).canonicalFilePath().toUtf8()), refused.err.constData());
    QCOMPARE(firstErr.count("another launch asked for the window"), 1);
    QVERIFY(client.isValid());

    // SIGTERM (the session ending) quits as the Quit action does: 1001 to the client, the log flushed.
    QCOMPARE(::kill(pid_t(first.processId()), SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 10000);
    QCOMPARE(int(client.closeCode()), 1001);
    QVERIFY(first.state() == QProcess::NotRunning || first.waitForFinished(15000));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
    const QList<QByteArray> lines = readFile(logPath).split('\n');
    bool recorded = false;
    for (const QByteArray& line : lines) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.value(QStringLiteral("route")).toString() == QLatin1String("echo") &&
            record.value(QStringLiteral("close")).toObject().value(QStringLiteral("code")).toInt() == 1001)
            recorded = true;
    }
    QVERIFY2(recorded, readFile(logPath).constData());
    // It let go of the lock: a new launch becomes the app (checked without starting one).
    QLockFile lock(QDir(m_runtime).filePath(QStringLiteral("airlock.lock")));
    QVERIFY(lock.tryLock(0));
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
