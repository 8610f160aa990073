// Fault: the backend dies under 50 open sessions (every connection dropped at once, as when its process
// is killed). Every client must get a close frame whose reason names the backend leg; once the backend
// is back on the same port, new sessions through the same airlock binary work.
#include "AirlockProcess.h"
#include "RawWsBackend.h"
#include "SessionCrowd.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace airlock::test;

class tst_SoakBackendLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backendKilledUnderOpenSessions();

private:
    // Sends a distinct text message on every session and waits until each got exactly its own back.
    static bool echoes(SessionCrowd& crowd, const QByteArray& tag, QString* why);
    QTemporaryDir m_dir;
};

void tst_SoakBackendLoss::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(AirlockProcess::binary()));
}

bool tst_SoakBackendLoss::echoes(SessionCrowd& crowd, const QByteArray& tag, QString* why)
{
    for (int i = 0; i < crowd.size(); ++i)
        crowd.sendText(i, tag + ' ' + QByteArray::number(i));
    const bool all = QTest::qWaitFor(
        [&] {
            for (int i = 0; i < crowd.size(); ++i) {
                if (crowd.session(i).messages.isEmpty())
                    return false;
            }
            return true;
        },
        20000);
    for (int i = 0; i < crowd.size(); ++i) {
        const QList<QByteArray> messages = crowd.session(i).messages;
        if (messages != QList<QByteArray>{tag + ' ' + QByteArray::number(i)}) {
            *why = QStringLiteral("session %1 got %2 messages, first \"%3\"")
                       .arg(i)
                       .arg(messages.size())
                       .arg(QString::fromUtf8(messages.value(0)));
            return false;
        }
    }
    return all;
}

void tst_SoakBackendLoss::backendKilledUnderOpenSessions()
{
    const int sessions = 50;
    auto backend = std::make_unique<RawWsBackend>();
    QVERIFY(backend->listen());
    const quint16 backendPort = backend->port();
    const QString configPath = m_dir.filePath(QStringLiteral("loss.json"));
    {
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(R"({"listen":{"port":0},"log":{"file":"%1"},"routes":[{"name":"fragile",)"
                                    R"("path":"/fragile","backend":"%2","upstreamProxy":"none"}]})")
                         .arg(m_dir.filePath(QStringLiteral("loss.jsonl")), backend->url().toString())
                         .toUtf8());
    }
    AirlockProcess airlock;
    QString error;
    const quint16 port = airlock.start({QStringLiteral("--config"), configPath}, &error);
    QVERIFY2(port, qPrintable(error));

    SessionCrowd crowd(port, "/fragile");
    crowd.open(sessions);
    QVERIFY2(crowd.waitUpgraded(30000), qPrintable(crowd.firstFailure()));
    QString why;
    QVERIFY2(echoes(crowd, "before", &why), qPrintable(why));

    backend->kill();
    QVERIFY2(crowd.waitDisconnected(30000),
             qPrintable(QStringLiteral("%1 of %2 sessions ended").arg(crowd.disconnected()).arg(sessions)));
    for (int i = 0; i < sessions; ++i) {
        const SessionCrowd::Session& session = crowd.session(i);
        QVERIFY2(session.closeReceived, qPrintable(QStringLiteral("session %1 ended without a close frame").arg(i)));
        QCOMPARE(session.closeCode, quint16(1014));
        QVERIFY2(session.closeReason.contains("backend"), session.closeReason.constData());
    }
    qInfo("backend killed: %d of %d clients got %d \"%s\"", crowd.closesReceived(), sessions,
          crowd.session(0).closeCode, crowd.session(0).closeReason.constData());

    // While it is down, a new session is refused with the backend's failure, and Airlock lives on.
    SessionCrowd refused(port, "/fragile");
    refused.open(1);
    QVERIFY(!refused.waitUpgraded(30000));
    QVERIFY2(refused.session(0).answer.startsWith("HTTP/1.1 502"), refused.session(0).answer.constData());

    // The backend comes back on the same port: new sessions work, end to end.
    backend = std::make_unique<RawWsBackend>();
    QVERIFY(backend->listen(backendPort));
    SessionCrowd after(port, "/fragile");
    after.open(sessions);
    QVERIFY2(after.waitUpgraded(30000), qPrintable(after.firstFailure()));
    QVERIFY2(echoes(after, "after", &why), qPrintable(why));
    QCOMPARE(backend->upgraded(), sessions);
    QVERIFY2(airlock.stop(), airlock.standardError().constData());
}

QTEST_GUILESS_MAIN(tst_SoakBackendLoss)
#include "tst_soakbackendloss.moc"
