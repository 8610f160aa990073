// RequestDetailPane: for records of each outcome (made by hand, and recorded by a real service) the pane
// shows the right sentence, failed leg, tabs, heads, messages and actions. With AIRLOCK_SCREENSHOT_DIR set,
// it also saves what it shows as PNGs at 1280x800.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RefusingPort.h"

#include "gui/inspector/MessageFilterModel.h"
#include "gui/inspector/MessageListModel.h"
#include "gui/inspector/RequestDetailPane.h"
#include "gui/inspector/TimingWaterfall.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWebSocket>

using namespace airlock;

namespace {

constexpr qint64 kT = 1'700'000'000'000;

const QByteArray kRefusedHead = "GET /term HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nUpgrade: websocket\r\n"
                                "Connection: Upgrade\r\nSec-WebSocket-Key: x\r\nSec-WebSocket-Version: 13\r\n"
                                "Origin: https://evil.example\r\n\r\n";

RequestRecord base(RequestRecord::Outcome outcome)
{
    RequestRecord r;
    r.kind = RequestRecord::Kind::WebSocket;
    r.outcome = outcome;
    r.route = QStringLiteral("term");
    r.method = "GET";
    r.target = "/term";
    r.clientAddress = QStringLiteral("127.0.0.1");
    r.clientPort = 50123;
    r.backendUrl = QStringLiteral("ws://127.0.0.1:7681/term");
    r.acceptedAt = kT;
    r.headReadAt = kT + 1;
    r.clientRequestHead = kRefusedHead;
    return r;
}

RequestRecord refusedOrigin()
{
    RequestRecord r = base(RequestRecord::Outcome::Rejected);
    r.httpStatus = 403;
    r.failureReason = FailureReason::OriginNotAllowed;
    r.failureDetail = QStringLiteral("Origin https://evil.example is not in the route's allowed origins.");
    r.clientResponseHead = "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n";
    r.clientResponseAt = r.closedAt = kT + 2;
    return r;
}

RequestRecord backendClosed()
{
    RequestRecord r = base(RequestRecord::Outcome::Closed);
    r.tcpConnectedAt = kT + 3;
    r.upstreamResponseAt = kT + 9;
    r.clientResponseAt = kT + 10;
    r.closedAt = kT + 4210;
    r.httpStatus = r.backendStatus = 101;
    r.closeCode = 1011;
    r.closeSide = RequestRecord::Side::Backend;
    r.closeReason = "internal error";
    r.classification = QStringLiteral("transient");
    r.classificationDetail = QStringLiteral("The server hit an unexpected condition; trying again may work.");
    r.subprotocol = r.backendSubprotocol = "tty";
    r.bytesFromClient = 1434;
    r.messagesFromClient = 3;
    r.bytesFromBackend = 20;
    r.messagesFromBackend = 1;
    r.backendRequestHead = "GET /term HTTP/1.1\r\nHost: 127.0.0.1:7681\r\nX-Token: [redacted]\r\n\r\n";
    r.backendResponseHead = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n";
    r.clientResponseHead = r.backendResponseHead;
    r.captureEnabled = true;
    CapturedMessage text;
    text.type = CapturedMessage::Type::Send;
    text.timeMs = kT + 20;
    text.data = "ls -la";
    text.originalLength = 6;
    CapturedMessage binary;
    binary.type = CapturedMessage::Type::Receive;
    binary.timeMs = kT + 25;
    binary.opcode = 2;
    binary.data = QByteArray("\x1b[0mHello\x00", 10);
    binary.originalLength = 10;
    r.messages = {text, binary};
    r.messagesNotCaptured = 2;
    return r;
}

RequestRecord proxyFailed()
{
    RequestRecord r = base(RequestRecord::Outcome::UpstreamFailed);
    r.upstreamProxy = QStringLiteral("http://127.0.0.1:3128");
    r.failureReason = FailureReason::ProxyRefused;
    r.proxyResponseHead = "HTTP/1.1 403 Forbidden\r\nVia: squid\r\n\r\n";
    r.httpStatus = 502;
    r.tcpConnectedAt = kT + 4;
    r.clientResponseAt = r.closedAt = kT + 30;
    return r;
}

RequestRecord backendRefused()
{
    RequestRecord r = base(RequestRecord::Outcome::BackendRejected);
    r.failureReason = FailureReason::BackendRefusedUpgrade;
    r.backendStatus = 404;
    r.httpStatus = 101;
    r.closeCode = 4404;
    r.closeSide = RequestRecord::Side::Airlock;
    return r;
}

RequestRecord connectRefused()
{
    RequestRecord r = base(RequestRecord::Outcome::UpstreamFailed);
    r.failureReason = FailureReason::ConnectRefused;
    r.httpStatus = 502;
    return r;
}

RequestRecord normalClose()
{
    RequestRecord r = backendClosed();
    r.closeCode = 1000;
    r.closeSide = RequestRecord::Side::Client;
    r.closeReason.clear();
    r.classification = QStringLiteral("normal");
    r.captureEnabled = false;
    r.messages.clear();
    return r;
}

template <typename T>
T* child(const QWidget& pane, const char* name)
{
    T* w = pane.findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QString text(const RequestDetailPane& pane, const char* name)
{
    const QLabel* label = child<QLabel>(pane, name);
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

// Saves the pane at 1280x800 when AIRLOCK_SCREENSHOT_DIR names a directory; the grab also lays out and
// paints every visible child, which must not crash or warn.
void render(RequestDetailPane& pane, const QString& name)
{
    pane.resize(1280, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QPixmap pixmap = pane.grab();
    QVERIFY(!pixmap.isNull());
    const QString dir = qEnvironmentVariable("AIRLOCK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class tst_RequestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcomes_data();
    void outcomes();
    void emptyUntilARecord();
    void allowOrigin();
    void copiesTheProbeCommand();
    void messagesTab();
    void headsTab();
    void timingTab();
    void accessibleNames();
    void settingsRoundTrip();
    void realRefusedOrigin();
    void realCapturedSession();
    void realFailedUpstream();
};

void tst_RequestDetailPane::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // "4.2 s" whatever the machine's locale
}

void tst_RequestDetailPane::outcomes_data()
{
    QTest::addColumn<RequestRecord>("record");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("leg");
    QTest::addColumn<bool>("messagesTab");
    QTest::addColumn<bool>("allowOrigin");

    QTest::newRow("refused for its Origin")
        << refusedOrigin()
        << QStringLiteral("Refused by Airlock (HTTP 403): The page's origin is not allowed on this route.")
        << QStringLiteral("Airlock") << false << true;
    RequestRecord browserVisible = refusedOrigin();
    browserVisible.httpStatus = 101;
    browserVisible.closeCode = 4403;
    browserVisible.closeSide = RequestRecord::Side::Airlock;
    QTest::newRow("refused for its Origin, browser-visible")
        << browserVisible
        << QStringLiteral("Refused by Airlock (close code 4403): The page's origin is not allowed on this route.")
        << QStringLiteral("Airlock") << false << true;
    QTest::newRow("backend closed with 1011")
        << backendClosed() << QStringLiteral("The backend closed the session with 1011, 4.2 s after the upgrade.")
        << QStringLiteral("The backend") << true << false;
    QTest::newRow("client closed normally")
        << normalClose() << QStringLiteral("The client closed the session with 1000, 4.2 s after the upgrade.")
        << QStringLiteral("None: nothing failed") << false << false;
    QTest::newRow("upstream proxy refused")
        << proxyFailed()
        << QStringLiteral("The upstream proxy failed: The upstream proxy refused to connect to the backend.")
        << QStringLiteral("The upstream proxy") << false << false;
    QTest::newRow("backend refused, browser got 4404")
        << backendRefused()
        << QStringLiteral("The backend refused the upgrade with HTTP 404; the page got close code 4404 instead.")
        << QStringLiteral("The backend") << false << false;
    QTest::newRow("backend connection refused")
        << connectRefused() << QStringLiteral("The backend could not be reached: The backend refused the connection.")
        << QStringLiteral("The backend") << false << false;
}

void tst_RequestDetailPane::outcomes()
{
    QFETCH(RequestRecord, record);
    QFETCH(QString, headline);
    QFETCH(QString, leg);
    QFETCH(bool, messagesTab);
    QFETCH(bool, allowOrigin);

    RequestDetailPane pane;
    pane.setRecord(record);
    QVERIFY(pane.hasRecord());
    QCOMPARE(text(pane, "headline"), headline);
    QCOMPARE(text(pane, "outcomeValue"), headline);
    QCOMPARE(text(pane, "legValue"), leg);
    QCOMPARE(pane.tabs()->isTabVisible(RequestDetailPane::MessagesTab), messagesTab);
    QCOMPARE(pane.allowOriginAction()->isVisible(), allowOrigin);
    QCOMPARE(pane.allowOriginAction()->isEnabled(), allowOrigin);
    QCOMPARE(child<QToolButton>(pane, "allowOriginButton")->isHidden(), !allowOrigin);
    if (record.failureReason != FailureReason::None)
        QVERIFY(text(pane, "reasonValue").startsWith(failure::sentence(record.failureReason)));
    if (!record.classificationDetail.isEmpty())
        QVERIFY(text(pane, "classificationValue").contains(record.classificationDetail));
    QCOMPARE(text(pane, "closeValue"), MessageListModel::closeLine(record));
    QCOMPARE(text(pane, "clientValue"), QStringLiteral("127.0.0.1:50123"));
    render(pane, QStringLiteral("detailpane-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
}

void tst_RequestDetailPane::emptyUntilARecord()
{
    RequestDetailPane pane;
    QVERIFY(!pane.hasRecord());
    QVERIFY(!pane.copyProbeCommandAction()->isEnabled());
    QVERIFY(!pane.allowOriginAction()->isEnabled());
    QVERIFY(pane.probeCommand().isEmpty());
    pane.setRecord(refusedOrigin());
    QVERIFY(pane.copyProbeCommandAction()->isEnabled());
    pane.clear();
    QVERIFY(!pane.hasRecord());
    QVERIFY(!pane.allowOriginAction()->isVisible());
    QVERIFY(!pane.copyProbeCommandAction()->isEnabled());
    QVERIFY(text(pane, "headline").isEmpty());
}

void tst_RequestDetailPane::allowOrigin()
{
    RequestDetailPane pane;
    QSignalSpy requested(&pane, &RequestDetailPane::allowOriginRequested);
    pane.setRecord(refusedOrigin());
    pane.allowOriginAction()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("term"));
    QCOMPARE(requested.at(0).at(1).toByteArray(), QByteArray("https://evil.example"));
    // The button shows the action.
    auto* button = child<QToolButton>(pane, "allowOriginButton");
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), pane.allowOriginAction());

    // Any other record: not offered, and triggering it anyway asks for nothing.
    pane.setRecord(backendClosed());
    QVERIFY(!pane.allowOriginAction()->isVisible());
    pane.allowOriginAction()->trigger();
    QCOMPARE(requested.size(), 1);
}

void tst_RequestDetailPane::copiesTheProbeCommand()
{
    RequestDetailPane pane;
    pane.setRecord(backendClosed());
    // Straight to the backend: the head Airlock sent it, whose only extra header was a redacted secret.
    QCOMPARE(pane.probeCommand(), QStringLiteral("airlock probe ws://127.0.0.1:7681/term"));
    pane.setProxyBaseUrl(QStringLiteral("ws://127.0.0.1:8765"));
    const QString viaAirlock = QStringLiteral("airlock probe ws://127.0.0.1:8765/term --origin https://evil.example");
    QCOMPARE(pane.probeCommand(), viaAirlock);
    QGuiApplication::clipboard()->clear();
    pane.copyProbeCommandAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), viaAirlock);

    RequestRecord http = normalClose();
    http.kind = RequestRecord::Kind::Http;
    http.clientRequestHead = "GET /term HTTP/1.1\r\nHost: h\r\n\r\n";
    pane.setRecord(http);
    QVERIFY(!pane.copyProbeCommandAction()->isEnabled());
}

void tst_RequestDetailPane::messagesTab()
{
    RequestDetailPane pane;
    QAbstractItemModelTester source(pane.messageModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filtered(pane.messageFilter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.setRecord(backendClosed());
    QCOMPARE(pane.tabs()->tabText(RequestDetailPane::MessagesTab), QStringLiteral("&Messages (2)"));
    pane.tabs()->setCurrentIndex(RequestDetailPane::MessagesTab);
    auto* table = child<QTableView>(pane, "messageTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(2, MessageListModel::DataColumn).data().toString(),
             QStringLiteral("Closed by the backend with code 1011 (internal error)"));
    QVERIFY(text(pane, "captureNote").startsWith(QStringLiteral("2 messages were not captured")));

    // Ctrl+F leads to the message filter.
    pane.tabs()->setCurrentIndex(RequestDetailPane::SummaryTab);
    QAction* find = nullptr;
    for (QAction* a : pane.actions()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Find))
            find = a;
    }
    QVERIFY(find);
    find->trigger();
    QCOMPARE(pane.tabs()->currentIndex(), int(RequestDetailPane::MessagesTab));

    // Selecting the binary message shows its hex dump.
    table->selectRow(1);
    auto* shown = child<QPlainTextEdit>(pane, "messageText");
    QVERIFY(shown);
    QCOMPARE(shown->toPlainText(),
             QStringLiteral("00000000  1b 5b 30 6d 48 65 6c 6c  6f 00                    |.[0mHello.|"));
    table->selectRow(0);
    QCOMPARE(shown->toPlainText(), QStringLiteral("ls -la"));
    table->selectRow(2);
    QCOMPARE(shown->toPlainText(), QStringLiteral("Closed by the backend with code 1011 (internal error)"));

    // A live update of the same session keeps the selected message.
    {
        RequestDetailPane live;
        RequestRecord r = backendClosed();
        r.sessionId = 42;
        r.outcome = RequestRecord::Outcome::Open;
        r.closeCode = 0;
        r.messages.removeLast();
        live.setRecord(r);
        auto* liveTable = child<QTableView>(live, "messageTable");
        liveTable->selectRow(0);
        r.messages = backendClosed().messages;
        live.setRecord(r);
        QCOMPARE(liveTable->model()->rowCount(), 2);
        QCOMPARE(liveTable->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(liveTable->selectionModel()->selectedRows().at(0).row(), 0);
        QCOMPARE(child<QPlainTextEdit>(live, "messageText")->toPlainText(), QStringLiteral("ls -la"));
    }

    // Direction and pattern controls drive the filter; an invalid pattern says so.
    auto* direction = child<QComboBox>(pane, "directionFilter");
    auto* pattern = child<QLineEdit>(pane, "messagePattern");
    auto* error = child<QLabel>(pane, "patternError");
    QVERIFY(direction && pattern && error);
    direction->setCurrentIndex(2); // receive
    QCOMPARE(table->model()->rowCount(), 2);
    direction->setCurrentIndex(0);
    pattern->setText(QStringLiteral("ls"));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(error->isHidden());
    pattern->setText(QStringLiteral("(ls"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().startsWith(QStringLiteral("Invalid")));
    render(pane, QStringLiteral("detailpane-messages-invalid-regex"));
    pattern->clear();
    QCOMPARE(table->model()->rowCount(), 3);

    // A record kept only in the file says so.
    RequestRecord fileOnly = backendClosed();
    fileOnly.messages.clear();
    fileOnly.messagesNotCaptured = 0;
    fileOnly.messagesInFileOnly = true;
    pane.setRecord(fileOnly);
    QVERIFY(text(pane, "captureNote").contains(QStringLiteral("the log file still has them")));
}

void tst_RequestDetailPane::headsTab()
{
    RequestDetailPane pane;
    pane.setRecord(proxyFailed());
    auto* heads = child<QPlainTextEdit>(pane, "headsText");
    QVERIFY(heads);
    QVERIFY(heads->isReadOnly());
    const QString t = heads->toPlainText();
    QVERIFY(t.contains(QStringLiteral("Origin: https://evil.example")));
    QVERIFY(t.contains(QStringLiteral("Upstream proxy's answer to CONNECT")));
    QVERIFY(t.contains(QStringLiteral("Via: squid")));
    QVERIFY(!t.contains(QLatin1Char('\r')));

    pane.tabs()->setCurrentIndex(RequestDetailPane::HeadsTab);
    render(pane, QStringLiteral("detailpane-heads"));

    pane.setRecord(backendClosed());
    const QString closed = heads->toPlainText();
    QVERIFY(!closed.contains(QStringLiteral("CONNECT"))); // no proxy answer, no section
    QVERIFY(closed.contains(QStringLiteral("X-Token: [redacted]")));
}

void tst_RequestDetailPane::timingTab()
{
    RequestDetailPane pane;
    pane.setRecord(backendClosed());
    auto* waterfall = child<TimingWaterfall>(pane, "waterfall");
    QVERIFY(waterfall);
    QCOMPARE(waterfall->currentPhases().size(), 5); // head, TCP, upstream 101, client 101, close
    QCOMPARE(text(pane, "timingText"), QStringLiteral("Head read 1 ms, TCP connect 2 ms, Upstream 101 6 ms, "
                                                      "Client 101 1 ms, Session until close 4.2 s"));
    pane.tabs()->setCurrentIndex(RequestDetailPane::TimingTab);
    render(pane, QStringLiteral("detailpane-timing"));
}

void tst_RequestDetailPane::accessibleNames()
{
    RequestDetailPane pane;
    pane.setRecord(backendRefused());
    const QList<QWidget*> widgets = pane.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool reachable = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                               qobject_cast<QHeaderView*>(w) || qobject_cast<QComboBox*>(w) ||
                               qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                               qobject_cast<QTabWidget*>(w) || (qobject_cast<QLabel*>(w) && !w->objectName().isEmpty());
        // Hidden parts (the table's row header) and popups (the combo box's list) are not reached as such.
        if (!reachable || w->isHidden() || w->window() != &pane || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // Scroll bars and a table's corner button belong to their view; the tab bar to its tab widget.
        if (qobject_cast<QAbstractButton*>(w) && w->objectName().isEmpty())
            continue;
        // What a screen reader reads: a label's own text unless it has a name (values carry none on purpose).
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(face, qPrintable(w->objectName()));
        if (qobject_cast<QLabel*>(w) && static_cast<QLabel*>(w)->text().isEmpty())
            continue;
        QVERIFY2(!face->text(QAccessible::Name).isEmpty(), qPrintable(w->objectName()));
    }

    // A value is read as its text and is labelled by its field's name, as a screen reader pairs them.
    auto* reason = pane.findChild<QLabel*>(QStringLiteral("reasonValue"));
    QVERIFY(reason && !reason->text().isEmpty());
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(reason);
    QCOMPARE(face->text(QAccessible::Name), reason->text());
    const auto labels = face->relations(QAccessible::Label);
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first().first->text(QAccessible::Name), RequestDetailPane::tr("Reason:"));
}

void tst_RequestDetailPane::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    {
        RequestDetailPane pane;
        pane.setRecord(backendClosed());
        pane.tabs()->setCurrentIndex(RequestDetailPane::HeadsTab);
        child<QComboBox>(pane, "directionFilter")->setCurrentIndex(1);
        child<QLineEdit>(pane, "messagePattern")->setText(QStringLiteral("ls"));
        pane.saveSettings(settings);
    }
    RequestDetailPane pane;
    pane.setRecord(backendClosed());
    pane.restoreSettings(settings);
    QCOMPARE(pane.tabs()->currentIndex(), int(RequestDetailPane::HeadsTab));
    QCOMPARE(child<QComboBox>(pane, "directionFilter")->currentIndex(), 1);
    QCOMPARE(pane.messageFilter()->direction(), MessageFilterModel::Direction::Send);
    QCOMPARE(pane.messageFilter()->pattern(), QStringLiteral("ls"));
}

void tst_RequestDetailPane::realRefusedOrigin()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/term"), backend.url());
    route.allowedOrigins = {QStringLiteral("https://good.example")};
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    QWebSocket client;
    QNetworkRequest request(proxy.wsUrl(QStringLiteral("/term")));
    request.setRawHeader("Origin", "https://evil.example");
    client.open(request);
    QVERIFY(proxy.waitForRecords(1, 10000));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.failureReason, FailureReason::OriginNotAllowed);

    RequestDetailPane pane;
    pane.setProxyBaseUrl(QStringLiteral("ws://127.0.0.1:%1").arg(proxy.port()));
    QSignalSpy requested(&pane, &RequestDetailPane::allowOriginRequested);
    pane.setRecord(record);
    QVERIFY2(text(pane, "headline").startsWith(QStringLiteral("Refused by Airlock")),
             qPrintable(text(pane, "headline")));
    QCOMPARE(text(pane, "legValue"), QStringLiteral("Airlock"));
    QVERIFY(pane.allowOriginAction()->isVisible());
    pane.allowOriginAction()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), record.route);
    QCOMPARE(requested.at(0).at(1).toByteArray(), QByteArray("https://evil.example"));
    QVERIFY(pane.probeCommand().startsWith(
        QStringLiteral("airlock probe ws://127.0.0.1:%1/term --origin https://evil.example").arg(proxy.port())));
    render(pane, QStringLiteral("real-refused-origin"));
}

void tst_RequestDetailPane::realCapturedSession()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/echo"), backend.url());
    route.capture.enabled = true;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy texts(&client, &QWebSocket::textMessageReceived);
    QSignalSpy binaries(&client, &QWebSocket::binaryMessageReceived);
    client.open(proxy.wsUrl(QStringLiteral("/echo")));
    QVERIFY(connected.wait(10000));
    client.sendTextMessage(QStringLiteral("{\"op\":\"resize\",\"cols\":120,\"rows\":40}"));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 10000);
    client.sendBinaryMessage(QByteArray("\x00\x01\x02 binary \xff\xfe", 13));
    QTRY_COMPARE_WITH_TIMEOUT(binaries.size(), 1, 10000);
    client.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("bye"));
    QVERIFY(proxy.waitForRecords(1, 10000));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.messages.size(), 4);

    RequestDetailPane pane;
    pane.setRecord(record);
    QVERIFY(pane.tabs()->isTabVisible(RequestDetailPane::MessagesTab));
    QCOMPARE(pane.messageModel()->rowCount(), 5);
    QCOMPARE(pane.messageModel()->index(4, MessageListModel::DataColumn).data().toString(),
             QStringLiteral("Closed by the client with code 1000 (bye)"));
    QCOMPARE(text(pane, "legValue"), QStringLiteral("None: nothing failed"));
    QVERIFY(text(pane, "headline").startsWith(QStringLiteral("The client closed the session with 1000")));
    pane.tabs()->setCurrentIndex(RequestDetailPane::MessagesTab);
    child<QTableView>(pane, "messageTable")->selectRow(2);
    QVERIFY(child<QPlainTextEdit>(pane, "messageText")->toPlainText().startsWith(QStringLiteral("00000000  00 01 02")));
    render(pane, QStringLiteral("real-captured-session"));
    pane.tabs()->setCurrentIndex(RequestDetailPane::SummaryTab);
    render(pane, QStringLiteral("real-captured-session-summary"));
}

void tst_RequestDetailPane::realFailedUpstream()
{
    RefusingPort refusing;
    QVERIFY(refusing.isValid());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/far"), QUrl(QStringLiteral("ws://backend.invalid:80/")));
    route.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    route.upstreamProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(refusing.port()));
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    QWebSocket client;
    client.open(proxy.wsUrl(QStringLiteral("/far")));
    QVERIFY(proxy.waitForRecords(1, 10000));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.outcome, RequestRecord::Outcome::UpstreamFailed);

    RequestDetailPane pane;
    pane.setRecord(record);
    QCOMPARE(text(pane, "legValue"), QStringLiteral("The upstream proxy"));
    QCOMPARE(text(pane, "headline"),
             QStringLiteral("The upstream proxy failed: %1").arg(failure::sentence(record.failureReason)));
    QCOMPARE(text(pane, "proxyValue"), record.upstreamProxy);
    // Straight to the backend through the same proxy.
    QVERIFY2(pane.probeCommand().endsWith(QStringLiteral("--via ") + record.upstreamProxy),
             qPrintable(pane.probeCommand()));
    pane.tabs()->setCurrentIndex(RequestDetailPane::TimingTab);
    render(pane, QStringLiteral("real-failed-upstream-timing"));
    pane.tabs()->setCurrentIndex(RequestDetailPane::SummaryTab);
    render(pane, QStringLiteral("real-failed-upstream"));
}

QTEST_MAIN(tst_RequestDetailPane)
#include "tst_requestdetailpane.moc"
