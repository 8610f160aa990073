// RoutesView: Apply gives the edited config to a running service (open sessions keep going) and saves it,
// without the command line's overrides; invalid configs and outside changes to the file change nothing;
// Revert and Reload go back to the file; allowOrigin lets a refused page in.
#include "DescribeConfigErrors.h"
#include "EchoBackend.h"
#include "ProxyFixture.h"

#include "config/ConfigLoader.h"
#include "config/ConfigWriter.h"
#include "gui/routes/ConfigFile.h"
#include "gui/routes/RouteEditor.h"
#include "gui/routes/RouteListModel.h"
#include "gui/routes/RoutesView.h"
#include "service/ProxyService.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace airlock;
using airlock::test::describe;

namespace {

// Listens on a free loopback port whatever the file says: the command line's --listen in the app.
void overrides(Config& config)
{
    config.listen.address = QStringLiteral("127.0.0.1");
    config.listen.port = 0;
}

RouteConfig echoRoute(const QString& path, const QUrl& backend, const QStringList& origins = {QStringLiteral("*")})
{
    RouteConfig route = ProxyFixture::route(path, backend);
    route.name = path.mid(1);
    route.allowedOrigins = origins;
    return route;
}

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

bool openClient(QWebSocket& client, const QUrl& url, const QByteArray& origin = {})
{
    QSignalSpy connected(&client, &QWebSocket::connected);
    QNetworkRequest request(url);
    if (!origin.isEmpty())
        request.setRawHeader("Origin", origin);
    client.open(request);
    return connected.wait(5000);
}

bool echoes(QWebSocket& client, const QString& message)
{
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.sendTextMessage(message);
    return received.wait(5000) && received.first().first().toString() == message;
}

// A config file, the service running on it (with the overrides) and the view over both.
struct Setup
{
    explicit Setup(const QList<RouteConfig>& routes)
    {
        Config config;
        config.routes = routes;
        path = dir.filePath(QStringLiteral("airlock.json"));
        writeFile(path, ConfigWriter::toJson(config));
        file = std::make_unique<ConfigFile>(path, nullptr, QProcessEnvironment());
        file->load();
        Config given = file->config();
        overrides(given);
        service = std::make_unique<ProxyService>(given, nullptr, QProcessEnvironment());
    }
    std::unique_ptr<RoutesView> view()
    {
        auto v = std::make_unique<RoutesView>(service.get(), file.get(), overrides);
        tester = std::make_unique<QAbstractItemModelTester>(v->model(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        return v;
    }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(service->port()).arg(path));
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ConfigFile> file;
    std::unique_ptr<ProxyService> service;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

void type(RoutesView& view, const QString& key, const QString& text)
{
    auto* edit = view.editor()->findChild<QLineEdit*>(key);
    QVERIFY2(edit, qPrintable(key));
    edit->setText(text);
}

} // namespace

class tst_RoutesView : public QObject
{
    Q_OBJECT

private slots:
    void showsTheFilesRoutes();
    void applyKeepsSessionsAndAddsRoute();
    void invalidConfigChangesNothing();
    void revertRestores();
    void changeOnDiskOffersReload();
    void applyRefusedAfterOutsideChange();
    void allowOriginLetsARefusedPageIn();
    void loopbackUrl();
    void settingsRoundTrip();
};

void tst_RoutesView::showsTheFilesRoutes()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    Setup setup(
        {echoRoute(QStringLiteral("/echo"), backend.url()), echoRoute(QStringLiteral("/other"), backend.url())});
    auto view = setup.view();
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->currentRow(), 0);
    QCOMPARE(view->editor()->route(), setup.file->config().routes.first());
    QVERIFY(!view->isModified());
    QVERIFY2(view->generalErrors().isEmpty(), qPrintable(view->generalErrors().join(u'\n')));
    view->selectRow(1);
    QCOMPARE(view->editor()->route().name, QStringLiteral("other"));

    view->resize(1280, 800);
    if (qEnvironmentVariableIsSet("AIRLOCK_SNAPSHOT_DIR"))
        view->grab().save(qEnvironmentVariable("AIRLOCK_SNAPSHOT_DIR") + QStringLiteral("/routesview.png"));
}

void tst_RoutesView::applyKeepsSessionsAndAddsRoute()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    Setup setup({echoRoute(QStringLiteral("/echo"), backend.url())});
    QVERIFY(setup.service->start());
    const QByteArray before = readFile(setup.path);
    auto view = setup.view();
    QSignalSpy modified(view.get(), &RoutesView::modifiedChanged);

    QWebSocket session;
    QVERIFY(openClient(session, setup.url(QStringLiteral("/echo"))));
    QVERIFY(echoes(session, QStringLiteral("before")));

    view->addRoute();
    QCOMPARE(view->currentRow(), 1);
    type(*view, QStringLiteral("name"), QStringLiteral("second"));
    type(*view, QStringLiteral("path"), QStringLiteral("/second"));
    type(*view, QStringLiteral("backend"), backend.url().toString());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    QCOMPARE(readFile(setup.path), before); // nothing saved before Apply

    QVERIFY2(view->apply(), qPrintable(view->generalErrors().join(u'\n')));
    QCOMPARE(modified.size(), 2);
    QCOMPARE(modified.last().first().toBool(), false);
    QVERIFY(!view->isModified());

    // The open session keeps going; the new route works.
    QVERIFY(echoes(session, QStringLiteral("after")));
    QCOMPARE(session.state(), QAbstractSocket::ConnectedState);
    QWebSocket second;
    QVERIFY(openClient(second, setup.url(QStringLiteral("/second"))));
    QVERIFY(echoes(second, QStringLiteral("new route")));

    // Saved, without the overrides.
    const ConfigLoadResult saved = ConfigLoader::fromFile(setup.path, QProcessEnvironment());
    QVERIFY2(saved.ok(), qPrintable(describe(saved.errors)));
    QCOMPARE(saved.config.routes.size(), 2);
    QCOMPARE(saved.config.routes.at(1).path, QStringLiteral("/second"));
    QCOMPARE(saved.config.listen.port, ListenConfig().port);
    QCOMPARE(setup.service->config().listen.port, quint16(0));
    QCOMPARE(setup.service->config().routes.size(), 2);
}

void tst_RoutesView::invalidConfigChangesNothing()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    Setup setup(
        {echoRoute(QStringLiteral("/echo"), backend.url()), echoRoute(QStringLiteral("/other"), backend.url())});
    QVERIFY(setup.service->start());
    const QByteArray before = readFile(setup.path);
    const Config served = setup.service->config();
    auto view = setup.view();

    // Inline: the error shows under the field at once; a clash with another route too.
    type(*view, QStringLiteral("backend"), QStringLiteral("ftp://x.test/"));
    QVERIFY2(view->editor()->errorText(QStringLiteral("backend")).contains(QLatin1String("unsupported scheme")),
             qPrintable(view->editor()->errorText(QStringLiteral("backend"))));
    // An error of a route not being edited goes to the general list, with the route's name.
    view->selectRow(1);
    QVERIFY(view->editor()->errorText(QStringLiteral("backend")).isEmpty());
    type(*view, QStringLiteral("path"), QStringLiteral("/echo"));
    QVERIFY2(view->editor()->errorText(QStringLiteral("path")).contains(QLatin1String("already used")),
             qPrintable(view->editor()->errorText(QStringLiteral("path"))));
    QVERIFY2(view->generalErrors().join(u'\n').contains(QLatin1String("Route echo: backend")),
             qPrintable(view->generalErrors().join(u'\n')));

    QVERIFY(!view->apply());
    QCOMPARE(readFile(setup.path), before);
    QCOMPARE(setup.service->config(), served);
    QVERIFY(view->isModified());
}

void tst_RoutesView::revertRestores()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    Setup setup({echoRoute(QStringLiteral("/echo"), backend.url())});
    auto view = setup.view();
    QSignalSpy modified(view.get(), &RoutesView::modifiedChanged);
    type(*view, QStringLiteral("backend"), QStringLiteral("ftp://x.test/"));
    view->addRoute();
    view->moveUp();
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(view->isModified());
    view->revert();
    QVERIFY(!view->isModified());
    QCOMPARE(modified.size(), 2);
    QCOMPARE(view->editedConfig(), setup.file->config());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->editor()->route(), setup.file->config().routes.first());
    QVERIFY(view->editor()->errorText(QStringLiteral("backend")).isEmpty());
}

void tst_RoutesView::changeOnDiskOffersReload()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    Setup setup({echoRoute(QStringLiteral("/echo"), backend.url())});
    auto view = setup.view();
    view->show();
    auto* bar = view->findChild<QWidget*>(QStringLiteral("diskBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());

    Config outside = setup.file->config();
    outside.routes.append(echoRoute(QStringLiteral("/outside"), backend.url()));
    QVERIFY(writeFile(setup.path, ConfigWriter::toJson(outside)));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
    QCOMPARE(view->model()->rowCount(), 1); // nothing changes until asked

    QVERIFY(view->reload());
    QVERIFY(!bar->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->route(1).path, QStringLiteral("/outside"));
    QVERIFY(!view->isModified());
}

void tst_RoutesView::applyRefusedAfterOutsideChange()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    Setup setup({echoRoute(QStringLiteral("/echo"), backend.url())});
    QVERIFY(setup.service->start());
    const Config served = setup.service->config();
    auto view = setup.view();
    type(*view, QStringLiteral("path"), QStringLiteral("/mine"));

    Config outside = setup.file->config();
    outside.routes.first().name = QStringLiteral("outside");
    const QByteArray outsideJson = ConfigWriter::toJson(outside);
    QVERIFY(writeFile(setup.path, outsideJson));
    QVERIFY(!view->apply());
    QVERIFY2(view->generalErrors().join(u'\n').contains(QLatin1String("changed by another program")),
             qPrintable(view->generalErrors().join(u'\n')));
    QCOMPARE(readFile(setup.path), outsideJson);
    QCOMPARE(setup.service->config(), served);

    // Keep mine: the next apply replaces the outside change.
    view->keepMine();
    QVERIFY2(view->apply(), qPrintable(view->generalErrors().join(u'\n')));
    QCOMPARE(ConfigLoader::fromFile(setup.path, QProcessEnvironment()).config.routes.first().path,
             QStringLiteral("/mine"));
    QCOMPARE(setup.service->config().routes.first().path, QStringLiteral("/mine"));
}

void tst_RoutesView::allowOriginLetsARefusedPageIn()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    Setup setup({echoRoute(QStringLiteral("/echo"), backend.url(), {QStringLiteral("https://known.test")}),
                 echoRoute(QStringLiteral("/other"), backend.url())});
    QVERIFY(setup.service->start());
    auto view = setup.view();
    // An unsaved edit elsewhere stays unsaved.
    view->selectRow(1);
    type(*view, QStringLiteral("path"), QStringLiteral("/edited"));

    const QByteArray page = "http://page.test";
    {
        QWebSocket refused;
        QSignalSpy disconnected(&refused, &QWebSocket::disconnected);
        QNetworkRequest request(setup.url(QStringLiteral("/echo")));
        request.setRawHeader("Origin", page);
        refused.open(request);
        QVERIFY(disconnected.wait(5000));
        QVERIFY(refused.closeCode() != QWebSocketProtocol::CloseCodeNormal);
    }

    QVERIFY2(view->allowOrigin(QStringLiteral("echo"), page), qPrintable(view->generalErrors().join(u'\n')));
    QWebSocket allowed;
    QVERIFY(openClient(allowed, setup.url(QStringLiteral("/echo")), page));
    QVERIFY(echoes(allowed, QStringLiteral("let in")));

    const Config saved = ConfigLoader::fromFile(setup.path, QProcessEnvironment()).config;
    QCOMPARE(saved.routes.first().allowedOrigins,
             (QStringList{QStringLiteral("https://known.test"), QString::fromLatin1(page)}));
    QCOMPARE(saved.routes.at(1).path, QStringLiteral("/other"));
    QVERIFY(view->isModified());
    QCOMPARE(view->model()->route(0).allowedOrigins, saved.routes.first().allowedOrigins);
    QCOMPARE(view->model()->route(1).path, QStringLiteral("/edited"));
}

void tst_RoutesView::loopbackUrl()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    RouteConfig http = echoRoute(QStringLiteral("/page"), QUrl(QStringLiteral("http://127.0.0.1:9/")));
    Setup setup({echoRoute(QStringLiteral("/echo"), backend.url()), http});
    QVERIFY(setup.service->start());
    auto view = setup.view();
    // Each route on its own origin (NAME.localhost), as the proxy serves it.
    QCOMPARE(view->loopbackUrl(0), QUrl(QStringLiteral("ws://echo.localhost:%1/echo").arg(setup.service->port())));
    QCOMPARE(view->loopbackUrl(1), QUrl(QStringLiteral("http://page.localhost:%1/page/").arg(setup.service->port())));
    QVERIFY(view->loopbackUrl(2).isEmpty());
}

void tst_RoutesView::settingsRoundTrip()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    Setup setup({echoRoute(QStringLiteral("/echo"), backend.url())});
    QSettings settings(setup.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        auto view = setup.view();
        view->routeTable()->setColumnWidth(RouteListModel::Path, 222);
        view->saveSettings(settings);
    }
    QVERIFY(settings.childGroups().contains(QStringLiteral("routes")));
    auto view = setup.view();
    view->restoreSettings(settings);
    QCOMPARE(view->routeTable()->columnWidth(RouteListModel::Path), 222);
}

QTEST_MAIN(tst_RoutesView)
#include "tst_routesview.moc"
