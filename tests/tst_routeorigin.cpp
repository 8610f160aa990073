#include "config/RouteOrigin.h"

#include <QTest>

using namespace airlock;

Q_DECLARE_METATYPE(airlock::RouteOrigin::HostTarget::Kind)

// Per-route origins: which names give a route its own origin, which Host names which route, and the
// origin, frame policy and URL that follow. Pure.
class tst_RouteOrigin : public QObject
{
    Q_OBJECT

private slots:
    void hostLabel_data();
    void hostLabel();
    void forHost_data();
    void forHost();
    void ownOrigin_data();
    void ownOrigin();
    void frameAncestorsPolicy_data();
    void frameAncestorsPolicy();
    void url_data();
    void url();
};

namespace {

RouteConfig route(const QString& name, const QString& path = QStringLiteral("/x"))
{
    RouteConfig r;
    r.name = name;
    r.path = path;
    return r;
}

const QList<RouteConfig> kRoutes = {route(QStringLiteral("vm1")), route(QStringLiteral("Demo")),
                                    route(QStringLiteral("/legacy")), route(QStringLiteral("two words"))};

} // namespace

void tst_RouteOrigin::hostLabel_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("label");
    const auto row = [](const QString& name, bool label) {
        QTest::newRow(qPrintable(
            QStringLiteral("\"%1\" -> %2").arg(name, label ? QStringLiteral("label") : QStringLiteral("no label"))))
            << name << label;
    };
    row(QStringLiteral("demo"), true);
    row(QStringLiteral("vm1-terminal"), true);
    row(QStringLiteral("VM1"), true);
    row(QStringLiteral("0"), true);
    row(QString(63, u'a'), true);
    row(QString(64, u'a'), false);
    row(QString(), false);
    row(QStringLiteral("-vm"), false);
    row(QStringLiteral("vm-"), false);
    row(QStringLiteral("vm_1"), false);
    row(QStringLiteral("vm.1"), false);
    row(QStringLiteral("/demo"), false);
    row(QStringLiteral("two words"), false);
    row(QStringLiteral("d\u00e9mo"), false);
}

void tst_RouteOrigin::hostLabel()
{
    QFETCH(QString, name);
    QFETCH(bool, label);
    QCOMPARE(RouteOrigin::isHostLabel(name), label);
    QCOMPARE(RouteOrigin::hostName(route(name)).isEmpty(), !label);
}

void tst_RouteOrigin::forHost_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<RouteOrigin::HostTarget::Kind>("kind");
    QTest::addColumn<int>("routeIndex");
    const auto shared = RouteOrigin::HostTarget::Kind::Shared;
    const auto routeKind = RouteOrigin::HostTarget::Kind::Route;
    const auto unknown = RouteOrigin::HostTarget::Kind::UnknownName;
    const auto row = [](const QByteArray& host, RouteOrigin::HostTarget::Kind kind, int index) {
        QTest::newRow(host.isEmpty() ? "(empty)" : host.constData()) << host << kind << index;
    };
    row("127.0.0.1:8765", shared, -1);
    row("localhost:8765", shared, -1);
    row("[::1]:8765", shared, -1);
    row("term.example", shared, -1);
    row("vm1.localhost:8765", routeKind, 0);
    row("VM1.LocalHost", routeKind, 0);
    row("vm1.localhost.:8765", routeKind, 0);
    row("demo.localhost:8765", routeKind, 1);
    row("a.vm1.localhost:8765", unknown, -1);
    row("nobody.localhost:8765", unknown, -1);
    row("legacy.localhost", unknown, -1);
    row(".localhost", unknown, -1);
    row("vm1localhost", shared, -1);
}

void tst_RouteOrigin::forHost()
{
    QFETCH(QByteArray, host);
    QFETCH(RouteOrigin::HostTarget::Kind, kind);
    QFETCH(int, routeIndex);
    const RouteOrigin::HostTarget target = RouteOrigin::forHost(host, kRoutes);
    QCOMPARE(target.kind, kind);
    QCOMPARE(target.routeIndex, routeIndex);
}

void tst_RouteOrigin::ownOrigin_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("own host") << QStringLiteral("vm1") << QByteArray("vm1.localhost:8765")
                              << QByteArray("http://vm1.localhost:8765");
    QTest::newRow("shared host, same port")
        << QStringLiteral("vm1") << QByteArray("127.0.0.1:9000") << QByteArray("http://vm1.localhost:9000");
    QTest::newRow("no port") << QStringLiteral("vm1") << QByteArray("vm1.localhost")
                             << QByteArray("http://vm1.localhost");
    QTest::newRow("port 80") << QStringLiteral("vm1") << QByteArray("localhost:80")
                             << QByteArray("http://vm1.localhost");
    QTest::newRow("upper case name") << QStringLiteral("Demo") << QByteArray("[::1]:8765")
                                     << QByteArray("http://demo.localhost:8765");
    QTest::newRow("not a label") << QStringLiteral("/legacy") << QByteArray("127.0.0.1:8765") << QByteArray();
}

void tst_RouteOrigin::ownOrigin()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, origin);
    QCOMPARE(RouteOrigin::ownOrigin(route(name), host), origin);
}

void tst_RouteOrigin::frameAncestorsPolicy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<bool>("hasFrameAncestors");
    QTest::addColumn<QStringList>("frameAncestors");
    QTest::addColumn<QByteArray>("policy");
    const QStringList console{QStringLiteral("https://console.example.com"), QStringLiteral("http://127.0.0.1:*")};
    QTest::newRow("own origin and the allowed ones")
        << QStringLiteral("vm1") << console << false << QStringList()
        << QByteArray("frame-ancestors http://vm1.localhost:8765 https://console.example.com http://127.0.0.1:*");
    QTest::newRow("frameAncestors replaces the allowed ones")
        << QStringLiteral("vm1") << console << true << QStringList{QStringLiteral("https://*.example.org")}
        << QByteArray("frame-ancestors http://vm1.localhost:8765 https://*.example.org");
    QTest::newRow("empty frameAncestors: own origin only") << QStringLiteral("vm1") << console << true << QStringList()
                                                           << QByteArray("frame-ancestors http://vm1.localhost:8765");
    QTest::newRow("no own origin: self") << QStringLiteral("/legacy") << QStringList() << false << QStringList()
                                         << QByteArray("frame-ancestors 'self'");
}

void tst_RouteOrigin::frameAncestorsPolicy()
{
    QFETCH(QString, name);
    QFETCH(QStringList, allowed);
    QFETCH(bool, hasFrameAncestors);
    QFETCH(QStringList, frameAncestors);
    QFETCH(QByteArray, policy);
    RouteConfig r = route(name);
    r.allowedOrigins = allowed;
    if (hasFrameAncestors)
        r.frameAncestors = frameAncestors;
    QCOMPARE(RouteOrigin::frameAncestorsPolicy(&r, "localhost:8765"), policy);
    QCOMPARE(RouteOrigin::frameAncestorsPolicy(nullptr, "localhost:8765"), QByteArray("frame-ancestors 'none'"));
}

void tst_RouteOrigin::url_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("url");
    QTest::newRow("label on loopback") << QStringLiteral("Demo") << QStringLiteral("/demo")
                                       << QStringLiteral("127.0.0.1")
                                       << QStringLiteral("http://demo.localhost:8765/demo/");
    QTest::newRow("label on IPv6 loopback") << QStringLiteral("vm1") << QStringLiteral("/") << QStringLiteral("::1")
                                            << QStringLiteral("http://vm1.localhost:8765/");
    QTest::newRow("not a label") << QStringLiteral("/legacy") << QStringLiteral("/legacy")
                                 << QStringLiteral("127.0.0.1") << QStringLiteral("http://127.0.0.1:8765/legacy/");
    QTest::newRow("not on loopback") << QStringLiteral("vm1") << QStringLiteral("/vm1") << QStringLiteral("10.0.0.2")
                                     << QStringLiteral("http://10.0.0.2:8765/vm1/");
}

void tst_RouteOrigin::url()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(QString, address);
    QFETCH(QString, url);
    QCOMPARE(RouteOrigin::url(route(name, path), QHostAddress(address), 8765).toString(), url);
}

QTEST_GUILESS_MAIN(tst_RouteOrigin)
#include "tst_routeorigin.moc"
