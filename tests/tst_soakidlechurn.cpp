// Soak: thousands of idle WebSocket sessions through the airlock binary, opened and closed round after
// round. Once the request log's ring is full (round 2), a round must leave no descriptor and no memory
// behind: resident size is read once Airlock, idle again, handed the free memory of the round's sessions back
// to the system (IdleMemoryRelease; without that, glibc's arenas keep it and the resident size climbs about
// 25 MiB a round while the live heap stays flat). AIRLOCK_SOAK_SMALL=1 runs a small version (200 sessions x 3
// rounds) for the sanitizer pass: it checks descriptors, and LeakSanitizer checks memory at the binary's exit.
#include "AirlockProcess.h"
#include "ProcessStats.h"
#include "RawWsBackend.h"
#include "SessionCrowd.h"
#include "proxy/IdleMemoryRelease.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace airlock::test;

namespace {

// The log line of the session from this client port (for failure messages).
QString recordOf(const QString& logPath, quint16 clientPort)
{
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log)");
    const QByteArray needle = "\"client\":\"127.0.0.1:" + QByteArray::number(clientPort) + '"';
    for (const QByteArray& line : log.readAll().split('\n')) {
        if (line.contains(needle))
            return QString::fromUtf8(line.left(600));
    }
    return QStringLiteral("(none)");
}

} // namespace

class tst_SoakIdleChurn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idleSessionsLeaveNothingBehind();

private:
    QTemporaryDir m_dir;
};

void tst_SoakIdleChurn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(AirlockProcess::binary()));
}

void tst_SoakIdleChurn::idleSessionsLeaveNothingBehind()
{
    const bool small = qEnvironmentVariableIntValue("AIRLOCK_SOAK_SMALL") != 0;
    // AIRLOCK_SOAK_SESSIONS and AIRLOCK_SOAK_ROUNDS override the counts (to iterate on a finding faster).
    const int sessions = qEnvironmentVariableIntValue("AIRLOCK_SOAK_SESSIONS") > 0
                             ? qEnvironmentVariableIntValue("AIRLOCK_SOAK_SESSIONS")
                         : small ? 200
                                 : 5000;
    const int rounds = qEnvironmentVariableIntValue("AIRLOCK_SOAK_ROUNDS") >= 3
                           ? qEnvironmentVariableIntValue("AIRLOCK_SOAK_ROUNDS")
                       : small ? 3
                               : 10;
    // Growth allowed from the end of round 2 (the request log's ring of 10,000 records is full from there) to
    // the end of the last round. 8 MiB over 8 rounds of 5,000 sessions is about 200 bytes per session: a leaked
    // socket, timer, record or map entry per session is far more. Pages the released heap still holds, and the
    // request log's ring settling, stay well under it.
    const qint64 toleranceKiB = 8 * 1024;
    // Resident size is checked only where Airlock releases memory when it goes idle (rounds large enough) and
    // the allocator is glibc's (not the sanitizers'); elsewhere it is reported.
    const bool checkMemory = !small && sessions >= airlock::IdleMemoryRelease::minEndedSessions;
    const QByteArray releaseLine = "idle: released free memory";

    // Each session holds two descriptors in Airlock and two in this process (client and backend ends);
    // children inherit the raised limit.
    const qint64 limit = raiseDescriptorLimit();
    if (limit < 2 * sessions + 200)
        QSKIP(qPrintable(
            QStringLiteral("RLIMIT_NOFILE hard limit %1 is too low for %2 sessions").arg(limit).arg(sessions)));

    RawWsBackend backend;
    QVERIFY(backend.listen());
    const QString logPath = m_dir.filePath(QStringLiteral("churn.jsonl"));
    const QString configPath = m_dir.filePath(QStringLiteral("churn.json"));
    {
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        // The log rotates, so the file does not grow without bound over 50,000 records. The closing handshake
        // may take long here: this process answers 5,000 closes at once as the backend, on a busy machine.
        config.write(QStringLiteral(R"({"listen":{"port":0},"limits":{"maxSessions":%1},)"
                                    R"("log":{"file":"%2","maxBytes":4194304,"keepFiles":1},)"
                                    R"("routes":[{"name":"idle","path":"/idle","backend":"%3","upstreamProxy":"none",)"
                                    R"("timeouts":{"drainMs":60000}}]})")
                         .arg(sessions + 100)
                         .arg(logPath, backend.url().toString())
                         .toUtf8());
    }
    // The release's log line says when the resident size is worth reading.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("airlock.proxy.debug=true"));
    AirlockProcess airlock(env);
    QString error;
    const quint16 port = airlock.start({QStringLiteral("--config"), configPath}, &error);
    QVERIFY2(port, qPrintable(error));
    const qint64 pid = airlock.process().processId();
    const int startFds = openDescriptors(pid);
    const qint64 startKiB = residentKiB(pid);
    qInfo("start: %d descriptors, %lld KiB resident", startFds, startKiB);

    int referenceFds = -1;
    qint64 referenceKiB = -1;
    qint64 lastKiB = -1;
    QElapsedTimer total;
    total.start();
    for (int round = 1; round <= rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        SessionCrowd crowd(port, "/idle");
        // Fewer handshakes in flight than Airlock's listen backlog (50): an overflowing backlog drops SYNs,
        // which the kernel retries only a second later.
        crowd.open(sessions, 40);
        QVERIFY2(crowd.waitUpgraded(120000), qPrintable(QStringLiteral("round %1: %2 of %3 upgraded; %4")
                                                            .arg(round)
                                                            .arg(crowd.upgraded())
                                                            .arg(sessions)
                                                            .arg(crowd.firstFailure())));
        QTRY_COMPARE_WITH_TIMEOUT(backend.open(), sessions, 30000);
        const qint64 openedMs = timer.elapsed();
        const int openFds = openDescriptors(pid);
        const qint64 openKiB = residentKiB(pid);
        QVERIFY2(openFds >= startFds + 2 * sessions, "Airlock holds two descriptors per open session");

        crowd.closeAll();
        QVERIFY2(
            crowd.waitDisconnected(60000),
            qPrintable(QStringLiteral("round %1: %2 of %3 closed").arg(round).arg(crowd.disconnected()).arg(sessions)));
        QTRY_COMPARE_WITH_TIMEOUT(backend.open(), 0, 30000);
        // Sessions end on Airlock's worker threads after both legs closed: wait for the count to come back.
        (void)QTest::qWaitFor([&] { return openDescriptors(pid) <= startFds; }, 10000);
        const int fds = openDescriptors(pid);
        const qint64 closedKiB = residentKiB(pid);
        // Once per round: the last session of the round ends the process's last connection.
        QByteArray release;
        if (checkMemory) {
            QTRY_VERIFY2_WITH_TIMEOUT(airlock.standardError().count(releaseLine) >= round,
                                      qPrintable(QStringLiteral("round %1: %2 memory releases logged")
                                                     .arg(round)
                                                     .arg(airlock.standardError().count(releaseLine))),
                                      30000);
            const QByteArray err = airlock.standardError();
            const qsizetype at = err.lastIndexOf(releaseLine);
            release = err.mid(at, err.indexOf('\n', at) - at);
        }
        const qint64 kiB = residentKiB(pid);
        qInfo("round %d: %d sessions open: %d descriptors, %lld KiB; all closed: %d descriptors, %lld KiB; "
              "%lld KiB once released (%s) (opened in %lld ms, closed in %lld ms)",
              round, sessions, openFds, openKiB, fds, closedKiB, kiB, release.constData(), openedMs,
              qint64(timer.elapsed() - openedMs));
        // The clients that sent a close frame got one back.
        for (int i = 0; i < sessions; i += 2) {
            const SessionCrowd::Session& session = crowd.session(i);
            QVERIFY2(
                session.closeReceived && session.closeCode == 1000,
                qPrintable(QStringLiteral("round %1, session %2 (port %3): close %4 \"%5\"; its record: %6")
                               .arg(round)
                               .arg(i)
                               .arg(session.localPort)
                               .arg(session.closeCode)
                               .arg(QString::fromUtf8(session.closeReason), recordOf(logPath, session.localPort))));
        }
        crowd.clear();
        if (round == 2) {
            referenceFds = fds;
            referenceKiB = kiB;
        }
        if (round > 2) {
            QVERIFY2(fds <= referenceFds,
                     qPrintable(QStringLiteral("round %1 ended with %2 descriptors, round 2 with %3")
                                    .arg(round)
                                    .arg(fds)
                                    .arg(referenceFds)));
            lastKiB = kiB;
        }
    }
    QVERIFY2(referenceFds >= 0 && lastKiB >= 0, "at least three rounds");
    // The small version runs under AddressSanitizer, whose quarantine keeps freed memory resident (up to 256 MiB):
    // there LeakSanitizer at exit is the memory check, and resident size is only reported.
    if (!checkMemory) {
        qInfo("after %d rounds %lld KiB resident, after round 2 %lld KiB (not checked in this version)", rounds,
              lastKiB, referenceKiB);
    } else {
        QVERIFY2(lastKiB <= referenceKiB + toleranceKiB,
                 qPrintable(QStringLiteral("after %1 rounds %2 KiB resident, after round 2 %3 KiB (+%4 allowed)")
                                .arg(rounds)
                                .arg(lastKiB)
                                .arg(referenceKiB)
                                .arg(toleranceKiB)));
    }
    qInfo("%d rounds of %d sessions in %lld ms", rounds, sessions, qint64(total.elapsed()));
    QCOMPARE(backend.upgraded(), sessions * rounds);
    // A clean exit: under the sanitizers, LeakSanitizer checks it.
    QVERIFY2(airlock.stop(), airlock.standardError().constData());
}

QTEST_GUILESS_MAIN(tst_SoakIdleChurn)
#include "tst_soakidlechurn.moc"
