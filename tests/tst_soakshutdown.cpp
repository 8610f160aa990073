// Soak: SIGTERM to the airlock binary with 1,000 open WebSocket sessions. Every client must get a close
// frame with 1001 inside the shutdown grace period (sessions still open when it runs out are cut without a
// record, and Airlock says so on stderr), and the log file must hold every session's record once it exits.
#include "AirlockProcess.h"
#include "ProcessStats.h"
#include "RawWsBackend.h"
#include "SessionCrowd.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace airlock::test;

class tst_SoakShutdown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigtermClosesEverySessionWith1001();

private:
    QTemporaryDir m_dir;
};

void tst_SoakShutdown::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(AirlockProcess::binary()));
}

void tst_SoakShutdown::sigtermClosesEverySessionWith1001()
{
    const int sessions = 1000;
    // The grace headless mode gives sessions on SIGTERM (ProxyService::stop's default).
    const int graceMs = 3000;
    QVERIFY(raiseDescriptorLimit() >= 2 * sessions + 200);
    RawWsBackend backend;
    QVERIFY(backend.listen());
    const QString logPath = m_dir.filePath(QStringLiteral("shutdown.jsonl"));
    const QString configPath = m_dir.filePath(QStringLiteral("shutdown.json"));
    {
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral(R"({"listen":{"port":0},"limits":{"maxSessions":%1},"log":{"file":"%2"},)"
                           R"("routes":[{"name":"many","path":"/many","backend":"%3","upstreamProxy":"none"}]})")
                .arg(sessions + 100)
                .arg(logPath, backend.url().toString())
                .toUtf8());
    }
    AirlockProcess airlock;
    QString error;
    const quint16 port = airlock.start({QStringLiteral("--config"), configPath}, &error);
    QVERIFY2(port, qPrintable(error));

    SessionCrowd crowd(port, "/many");
    crowd.open(sessions, 200);
    QVERIFY2(
        crowd.waitUpgraded(60000),
        qPrintable(
            QStringLiteral("%1 of %2 upgraded; %3").arg(crowd.upgraded()).arg(sessions).arg(crowd.firstFailure())));
    QTRY_COMPARE_WITH_TIMEOUT(backend.upgraded(), sessions, 30000);

    const qint64 sentAt = crowd.clock().elapsed();
    QCOMPARE(::kill(pid_t(airlock.process().processId()), SIGTERM), 0);
    QVERIFY2(crowd.waitDisconnected(graceMs + 30000),
             qPrintable(QStringLiteral("%1 of %2 disconnected").arg(crowd.disconnected()).arg(sessions)));
    QVERIFY(QTest::qWaitFor([&] { return airlock.process().state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(airlock.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(airlock.process().exitCode(), 0);
    const QByteArray stderrText = airlock.standardError();
    QVERIFY2(!stderrText.contains("grace period over"), stderrText.constData());

    qint64 lastCloseMs = 0;
    QHash<quint16, int> clientPorts; // local port -> session
    for (int i = 0; i < sessions; ++i) {
        const SessionCrowd::Session& session = crowd.session(i);
        QVERIFY2(session.closeReceived, qPrintable(QStringLiteral("session %1 got no close frame").arg(i)));
        QCOMPARE(session.closeCode, quint16(1001));
        lastCloseMs = qMax(lastCloseMs, session.closeAtMs - sentAt);
        clientPorts.insert(session.localPort, i);
    }
    qInfo("SIGTERM with %d sessions: the last 1001 arrived after %lld ms (grace %d ms)", sessions, lastCloseMs,
          graceMs);

    // The log file was flushed before the exit: one parsed record per session, with the 1001 Airlock sent.
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    int records = 0;
    for (const QByteArray& line : log.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject record = QJsonDocument::fromJson(line, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(record.value(QStringLiteral("kind")).toString(), QStringLiteral("websocket"));
        const quint16 clientPort =
            quint16(record.value(QStringLiteral("client")).toString().section(u':', -1).toUInt());
        QVERIFY2(clientPorts.remove(clientPort) == 1, line.constData());
        const QJsonObject close = record.value(QStringLiteral("close")).toObject();
        QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1001);
        QCOMPARE(close.value(QStringLiteral("side")).toString(), QStringLiteral("airlock"));
        ++records;
    }
    QVERIFY2(clientPorts.isEmpty(), qPrintable(QStringLiteral("%1 sessions have no record").arg(clientPorts.size())));
    QCOMPARE(records, sessions);
}

QTEST_GUILESS_MAIN(tst_SoakShutdown)
#include "tst_soakshutdown.moc"
