// BackendsView: "Probe now" runs a handshake through the running proxy on the selected route without
// blocking, and its dialog shows the outcome: success for a live backend, the failure in plain words for a
// dead one.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RefusingPort.h"

#include "gui/models/BackendHealthModel.h"
#include "gui/views/BackendsView.h"
#include "gui/views/ProbeResultDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace airlock;

class tst_BackendsView : public QObject
{
    Q_OBJECT

private slots:
    void probeOptionsGoThroughTheProxy();
    void probeNow_data();
    void probeNow();
    void settingsRoundTrip();
};

void tst_BackendsView::probeOptionsGoThroughTheProxy()
{
    RouteConfig route = ProxyFixture::route(QStringLiteral("/vm1/"), QUrl(QStringLiteral("wss://10.0.0.5:7681/")));
    route.allowedOrigins = {QStringLiteral("https://*.example.com"), QStringLiteral("https://console.example.com")};
    const ProbeOptions options = BackendsView::probeOptions(route, QStringLiteral("127.0.0.1"), 8765);
    QCOMPARE(options.url, QUrl(QStringLiteral("ws://127.0.0.1:8765/vm1/")));
    QCOMPARE(options.origin, QByteArray("https://console.example.com"));
    QVERIFY(!options.via.has_value());
}

void tst_BackendsView::probeNow_data()
{
    QTest::addColumn<bool>("backendUp");
    QTest::newRow("backend up") << true;
    QTest::newRow("backend refusing") << false;
}

void tst_BackendsView::probeNow()
{
    QFETCH(bool, backendUp);
    EchoBackend echo;
    QVERIFY(echo.listen());
    const QUrl backend =
        backendUp ? echo.url() : QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(RefusingPort::shared()));
    RouteConfig route = ProxyFixture::route(QStringLiteral("/ws"), backend);
    route.health.kind = HealthConfig::Kind::Tcp;
    route.health.intervalMs = 100;
    route.health.rise = 1;
    route.health.fall = 1;
    ProxyFixture proxy(ProxyFixture::config({route}));
    BackendsView view(proxy.service());
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.probeAction()->isEnabled()); // nothing selected, not running
    QVERIFY(proxy.start());
    QCOMPARE(view.table()->model()->rowCount(), 1);
    view.table()->setFocus();
    view.table()->selectRow(0);
    QVERIFY(view.probeAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->latencies(0).size() >= 3, true, 5000);

    view.probeAction()->trigger();
    ProbeResultDialog* dialog = view.probeDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isRunning()); // the probe runs while the event loop does
    QSignalSpy finished(dialog, &ProbeResultDialog::finished);
    QVERIFY(finished.wait(15000));
    QVERIFY(dialog->hasResult());
    QCOMPARE(dialog->result().url, QStringLiteral("ws://127.0.0.1:%1/ws").arg(proxy.port()));
    const QString summary = dialog->summaryText();
    if (backendUp) {
        QVERIFY2(dialog->result().ok, qPrintable(summary));
        QCOMPARE(dialog->result().status, 101);
        QVERIFY2(summary.startsWith(QStringLiteral("Success")), qPrintable(summary));
    } else {
        QVERIFY(!dialog->result().ok);
        QVERIFY2(summary.contains(QStringLiteral("Failure: ") + failure::sentence(dialog->result().failure)),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Classification: ")), qPrintable(summary));
    }
    if (qEnvironmentVariableIsSet("AIRLOCK_GRAB_DIR")) {
        const QString dir = qEnvironmentVariable("AIRLOCK_GRAB_DIR");
        const QString name = backendUp ? QStringLiteral("up") : QStringLiteral("down");
        view.grab().save(dir + QStringLiteral("/backendsview-%1.png").arg(name));
        dialog->grab().save(dir + QStringLiteral("/probedialog-%1.png").arg(name));
    }
    dialog->close();
}

void tst_BackendsView::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("view.ini")), QSettings::IniFormat);
    ProxyService service(ProxyFixture::config({}));
    {
        BackendsView view(&service);
        view.table()->horizontalHeader()->setSectionHidden(BackendHealthModel::P95Latency, true);
        view.saveSettings(settings);
    }
    BackendsView view(&service);
    view.restoreSettings(settings);
    QVERIFY(view.table()->horizontalHeader()->isSectionHidden(BackendHealthModel::P95Latency));
}

QTEST_MAIN(tst_BackendsView)
#include "tst_backendsview.moc"
