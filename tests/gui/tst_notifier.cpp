#include "gui/desktop/Notifier.h"

#include "health/HealthMonitor.h"
#include "observe/RequestLog.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace airlock;
using namespace Qt::StringLiterals;

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");

struct NotifyCall
{
    QString appName;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

} // namespace

// A stand-in for the desktop's notification daemon: records every Notify call, and the test makes it
// send ActionInvoked as a daemon does when the user clicks an action.
class FakeNotifications : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit FakeNotifications(QObject* parent)
        : QDBusAbstractAdaptor(parent)
    {}
    QList<NotifyCall> calls;

public slots:
    uint Notify(const QString& appName, uint /*replacesId*/, const QString& /*icon*/, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int /*timeout*/)
    {
        calls.append({appName, summary, body, actions, hints});
        return uint(100 + calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

signals:
    void ActionInvoked(uint id, const QString& actionKey);
    void NotificationClosed(uint id, uint reason);
};

class tst_Notifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void notifyReachesTheService();
    void openActionOpensTheRecord_data();
    void openActionOpensTheRecord();
    void backendDownAndBackUp();
    void flappingBackendIsRateLimited();
    void globalCapHoldsManyBackends();
    void permanentFailureFromTheLog();
    void kindsCanBeTurnedOff();
    void fallsBackWithoutTheService();
    void fallsBackWithoutABus();

private:
    void roundTrip(); // every call sent before it has reached the service
    HealthSnapshot snapshot(const QString& route, HealthSnapshot::State state) const;

    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    int m_connection = 0;
    std::unique_ptr<QDBusConnection> m_serviceBus;
    std::unique_ptr<QDBusConnection> m_clientBus;
    QObject* m_serviceObject = nullptr;
    FakeNotifications* m_fake = nullptr;
    qint64 m_now = 1'000'000;
};

void tst_Notifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A private bus with no service files: nothing on this machine is activated in the double's place.
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                              "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                              "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                              "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                   .arg(m_dir.path())
                   .toUtf8());
    file.close();
    m_daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config,
                                                   QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    QVERIFY2(m_daemon.waitForStarted(10000), "dbus-daemon is missing (package dbus)");
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
}

void tst_Notifier::cleanupTestCase()
{
    m_daemon.terminate();
    QVERIFY(m_daemon.waitForFinished(10000));
}

void tst_Notifier::init()
{
    // Fresh connections per test: the service's name and the notifier's match rules start clean.
    ++m_connection;
    m_serviceBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_address, QStringLiteral("service%1").arg(m_connection)));
    m_clientBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_address, QStringLiteral("client%1").arg(m_connection)));
    QVERIFY(m_serviceBus->isConnected());
    QVERIFY(m_clientBus->isConnected());
    m_serviceObject = new QObject;
    m_fake = new FakeNotifications(m_serviceObject);
    QVERIFY(m_serviceBus->registerObject(objectPath, m_serviceObject));
    QVERIFY(m_serviceBus->registerService(serviceName));
}

void tst_Notifier::cleanup()
{
    m_serviceBus->unregisterService(serviceName);
    m_serviceBus->unregisterObject(objectPath);
    delete m_serviceObject;
    m_serviceObject = nullptr;
    m_fake = nullptr;
    m_serviceBus.reset();
    m_clientBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("service%1").arg(m_connection));
    QDBusConnection::disconnectFromBus(QStringLiteral("client%1").arg(m_connection));
}

void tst_Notifier::roundTrip()
{
    // Messages on one connection arrive in order: once this answer is back, every Notify sent before it
    // has been handled.
    QDBusMessage call =
        QDBusMessage::createMethodCall(serviceName, objectPath, serviceName, QStringLiteral("GetCapabilities"));
    QDBusPendingCallWatcher watcher(m_clientBus->asyncCall(call));
    QSignalSpy finished(&watcher, &QDBusPendingCallWatcher::finished);
    QVERIFY(watcher.isFinished() || finished.wait(10000));
    QVERIFY2(!watcher.isError(), qPrintable(watcher.error().message()));
}

HealthSnapshot tst_Notifier::snapshot(const QString& route, HealthSnapshot::State state) const
{
    HealthSnapshot s;
    s.route = route;
    s.state = state;
    if (state == HealthSnapshot::State::Down) {
        s.lastError = FailureReason::ConnectRefused;
        s.lastErrorDetail = QStringLiteral("127.0.0.1:9 refused the connection");
    }
    return s;
}

void tst_Notifier::notifyReachesTheService()
{
    Notifier notifier(*m_clientBus);
    QSignalSpy delivered(&notifier, &Notifier::delivered);
    QVERIFY(notifier.notify(Notifier::Kind::PermanentFailure, QStringLiteral("k"), QStringLiteral("Summary"),
                            QStringLiteral("Body"), 42));
    QVERIFY(delivered.wait(10000));
    QCOMPARE(m_fake->calls.size(), 1);
    const NotifyCall call = m_fake->calls.first();
    QCOMPARE(call.appName, QStringLiteral("Airlock"));
    QCOMPARE(call.summary, QStringLiteral("Summary"));
    QCOMPARE(call.body, QStringLiteral("Body"));
    QVERIFY2(call.actions.contains(QStringLiteral("open")), qPrintable(call.actions.join(u',')));
    QCOMPARE(call.actions.size() % 2, 0); // key, label pairs
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("airlock"));
    QCOMPARE(delivered.first().first().toUInt(), 101u);
}

void tst_Notifier::openActionOpensTheRecord_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<quint64>("sessionId");
    QTest::addColumn<bool>("opens");
    QTest::newRow("open on a failure opens its record") << u"open"_s << quint64(42) << true;
    QTest::newRow("a click on the body (default) opens it too") << u"default"_s << quint64(42) << true;
    QTest::newRow("open on a backend opens the backends") << u"open"_s << quint64(0) << true;
    QTest::newRow("another action does nothing") << u"dismiss"_s << quint64(42) << false;
}

void tst_Notifier::openActionOpensTheRecord()
{
    QFETCH(QString, action);
    QFETCH(quint64, sessionId);
    QFETCH(bool, opens);

    Notifier notifier(*m_clientBus);
    QSignalSpy delivered(&notifier, &Notifier::delivered);
    QSignalSpy record(&notifier, &Notifier::openRecordRequested);
    QSignalSpy backends(&notifier, &Notifier::openBackendsRequested);
    QVERIFY(notifier.notify(Notifier::Kind::PermanentFailure, QStringLiteral("k"), QStringLiteral("s"),
                            QStringLiteral("b"), sessionId));
    QVERIFY(delivered.wait(10000));
    const uint id = delivered.first().first().toUInt();

    // Another notification's action (not ours) is ignored.
    emit m_fake->ActionInvoked(id + 1000, QStringLiteral("open"));
    emit m_fake->ActionInvoked(id, action);
    if (opens) {
        QSignalSpy& opened = sessionId ? record : backends;
        QVERIFY(opened.wait(10000));
        if (sessionId)
            QCOMPARE(record.first().first().toULongLong(), sessionId);
    } else {
        // A later action that does open proves the earlier one arrived and did nothing.
        emit m_fake->ActionInvoked(id, QStringLiteral("open"));
        QVERIFY(record.wait(10000));
    }
    QCOMPARE(record.size() + backends.size(), 1);

    // Once the daemon closed it, its action opens nothing any more.
    emit m_fake->NotificationClosed(id, 2);
    emit m_fake->ActionInvoked(id, QStringLiteral("open"));
    QVERIFY(notifier.notify(Notifier::Kind::PermanentFailure, QStringLiteral("k2"), QStringLiteral("s"),
                            QStringLiteral("b"), 7));
    QVERIFY(delivered.wait(10000));
    emit m_fake->ActionInvoked(delivered.last().first().toUInt(), QStringLiteral("open"));
    QTRY_COMPARE_WITH_TIMEOUT(record.size() + backends.size(), 2, 10000);
    QCOMPARE(record.last().first().toULongLong(), quint64(7));
}

void tst_Notifier::backendDownAndBackUp()
{
    Notifier notifier(*m_clientBus);
    HealthMonitor health({}, QProcessEnvironment());
    notifier.watch(&health);
    QSignalSpy delivered(&notifier, &Notifier::delivered);

    emit health.stateChanged(QStringLiteral("vm1"), snapshot(QStringLiteral("vm1"), HealthSnapshot::State::Up));
    emit health.stateChanged(QStringLiteral("vm1"), snapshot(QStringLiteral("vm1"), HealthSnapshot::State::Degraded));
    emit health.stateChanged(QStringLiteral("vm1"), snapshot(QStringLiteral("vm1"), HealthSnapshot::State::Down));
    emit health.stateChanged(QStringLiteral("vm1"), snapshot(QStringLiteral("vm1"), HealthSnapshot::State::Up));
    roundTrip();
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
    // Unknown -> up and up -> degraded are no news; down and back up are.
    QCOMPARE(m_fake->calls.size(), 2);
    QCOMPARE(m_fake->calls.at(0).summary, QStringLiteral("Backend vm1 is down"));
    QVERIFY2(m_fake->calls.at(0).body.contains(QStringLiteral("127.0.0.1:9 refused the connection")),
             qPrintable(m_fake->calls.at(0).body));
    QCOMPARE(m_fake->calls.at(1).summary, QStringLiteral("Backend vm1 is back up"));
}

void tst_Notifier::flappingBackendIsRateLimited()
{
    Notifier notifier(*m_clientBus);
    notifier.setClock([this] { return m_now; });
    HealthMonitor health({}, QProcessEnvironment());
    notifier.watch(&health);

    // Ten flaps within a minute: one "down" and one "back up".
    for (int i = 0; i < 10; ++i) {
        m_now += 2000;
        emit health.stateChanged(QStringLiteral("vm1"), snapshot(QStringLiteral("vm1"), HealthSnapshot::State::Down));
        emit health.stateChanged(QStringLiteral("vm1"), snapshot(QStringLiteral("vm1"), HealthSnapshot::State::Up));
    }
    roundTrip();
    QCOMPARE(m_fake->calls.size(), 2);

    // A minute after the first, the next flap is news again.
    m_now += 60000;
    emit health.stateChanged(QStringLiteral("vm1"), snapshot(QStringLiteral("vm1"), HealthSnapshot::State::Down));
    roundTrip();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 3, 10000);
    QCOMPARE(m_fake->calls.last().summary, QStringLiteral("Backend vm1 is down"));
}

void tst_Notifier::globalCapHoldsManyBackends()
{
    Notifier notifier(*m_clientBus);
    notifier.setClock([this] { return m_now; });
    HealthMonitor health({}, QProcessEnvironment());
    notifier.watch(&health);
    for (int i = 0; i < 8; ++i) {
        const QString route = QStringLiteral("route%1").arg(i);
        emit health.stateChanged(route, snapshot(route, HealthSnapshot::State::Down));
    }
    roundTrip();
    QCOMPARE(m_fake->calls.size(), 5);
}

void tst_Notifier::permanentFailureFromTheLog()
{
    Notifier notifier(*m_clientBus);
    RequestLog log(100);
    RecentFailures failures(&log);
    notifier.watch(&failures);
    QSignalSpy delivered(&notifier, &Notifier::delivered);
    QSignalSpy record(&notifier, &Notifier::openRecordRequested);

    RequestRecord transient;
    transient.sessionId = 5;
    transient.route = QStringLiteral("vm1");
    transient.classification = QStringLiteral("transient");
    transient.closeCode = 1006;
    RequestRecord permanent = transient;
    permanent.sessionId = 6;
    permanent.classification = QStringLiteral("permanent");
    permanent.closeCode = 4404;
    permanent.closeReason = "session not found";
    log.append({transient, permanent});

    QVERIFY(delivered.wait(10000));
    roundTrip();
    QCOMPARE(m_fake->calls.size(), 1);
    QCOMPARE(m_fake->calls.first().summary, QStringLiteral("A session failed for good"));
    QCOMPARE(m_fake->calls.first().body, QStringLiteral("vm1: closed with 4404 session not found"));
    emit m_fake->ActionInvoked(delivered.first().first().toUInt(), QStringLiteral("open"));
    QVERIFY(record.wait(10000));
    QCOMPARE(record.first().first().toULongLong(), quint64(6));
}

void tst_Notifier::kindsCanBeTurnedOff()
{
    Notifier notifier(*m_clientBus);
    DesktopSettings settings;
    settings.notifyBackendDown = false;
    settings.notifyFailures = false;
    notifier.applySettings(settings);
    QVERIFY(!notifier.notify(Notifier::Kind::BackendDown, QStringLiteral("a"), QStringLiteral("s"), {}));
    QVERIFY(!notifier.notify(Notifier::Kind::PermanentFailure, QStringLiteral("b"), QStringLiteral("s"), {}));
    QVERIFY(notifier.notify(Notifier::Kind::BackendUp, QStringLiteral("c"), QStringLiteral("up"), {}));
    roundTrip();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, 10000);
    QCOMPARE(m_fake->calls.first().summary, QStringLiteral("up"));
}

void tst_Notifier::fallsBackWithoutTheService()
{
    QVERIFY(m_serviceBus->unregisterService(serviceName));
    Notifier notifier(*m_clientBus);
    QSignalSpy fallback(&notifier, &Notifier::fallbackRequested);
    QSignalSpy delivered(&notifier, &Notifier::delivered);
    QVERIFY(notifier.notify(Notifier::Kind::BackendDown, QStringLiteral("a"), QStringLiteral("Backend vm1 is down"),
                            QStringLiteral("why")));
    QVERIFY(fallback.wait(10000));
    QCOMPARE(fallback.first().at(0).toString(), QStringLiteral("Backend vm1 is down"));
    QCOMPARE(fallback.first().at(1).toString(), QStringLiteral("why"));
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(m_fake->calls.size(), 0);
}

void tst_Notifier::fallsBackWithoutABus()
{
    Notifier notifier(QDBusConnection(QStringLiteral("not connected")));
    QSignalSpy fallback(&notifier, &Notifier::fallbackRequested);
    QVERIFY(notifier.notify(Notifier::Kind::BackendDown, QStringLiteral("a"), QStringLiteral("s"), {}));
    QCOMPARE(fallback.size(), 1);
}

QTEST_MAIN(tst_Notifier)
#include "tst_notifier.moc"
