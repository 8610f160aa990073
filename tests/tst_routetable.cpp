#include "proxy/RouteTable.h"

#include <QTest>

using namespace airlock;

Q_DECLARE_METATYPE(airlock::RouteLookup::Result)

class tst_RouteTable : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void badTargetExplainsWhy_data();
    void badTargetExplainsWhy();
    void accessors();
    void firstOfDuplicateRoutesWins();
    void trailingSlashInRoutePathIsIgnored();
};

namespace {

RouteConfig makeRoute(const char* name, const char* path, const char* backend)
{
    RouteConfig route;
    route.name = QString::fromLatin1(name);
    route.path = QString::fromLatin1(path);
    route.backend = QUrl(QString::fromLatin1(backend));
    return route;
}

QList<RouteConfig> standardRoutes(bool withRoot)
{
    QList<RouteConfig> routes{
        makeRoute("vm1", "/vm1", "ws://h:7681/"),
        makeRoute("echo", "/echo", "ws://h/svc"),
        makeRoute("echo-deep", "/echo/deep", "ws://h/deep/"),
        makeRoute("tokened", "/q", "ws://h/x?token=1"),
    };
    if (withRoot)
        routes.append(makeRoute("root", "/", "ws://r/base"));
    return routes;
}

QString routeName(const RouteTable& table, int index)
{
    return index < 0 ? QString() : table.route(index).name;
}

} // namespace

void tst_RouteTable::lookup_data()
{
    QTest::addColumn<bool>("withRoot");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<RouteLookup::Result>("result");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("backendTarget");

    const auto matched = [](bool withRoot, const char* target, const char* route, const char* backendTarget) {
        QTest::addRow("%s%s -> %s %s", withRoot ? "[root] " : "", target, route, backendTarget)
            << withRoot << QByteArray(target) << RouteLookup::Result::Matched << QString::fromLatin1(route)
            << QByteArray(backendTarget);
    };
    const auto failed = [](bool withRoot, const char* target, RouteLookup::Result result) {
        QTest::addRow("%s%s -> %s", withRoot ? "[root] " : "", *target ? target : "<empty>",
                      result == RouteLookup::Result::NoRoute ? "no route" : "bad target")
            << withRoot << QByteArray(target) << result << QString() << QByteArray();
    };
    const auto noRoute = RouteLookup::Result::NoRoute;
    const auto bad = RouteLookup::Result::BadTarget;

    // The brief's rewrite examples.
    matched(false, "/vm1", "vm1", "/");
    matched(false, "/vm1/", "vm1", "/");
    matched(false, "/vm1/ws?arg=1", "vm1", "/ws?arg=1");
    matched(false, "/echo", "echo", "/svc");
    matched(false, "/echo/", "echo", "/svc/");
    matched(false, "/echo/a/b", "echo", "/svc/a/b");
    matched(false, "/echo?x", "echo", "/svc?x");
    matched(false, "/echo?", "echo", "/svc?");
    matched(false, "/echo//a", "echo", "/svc//a");

    // Segment boundaries and the longest prefix.
    failed(false, "/echox", noRoute);
    failed(false, "/ech", noRoute);
    failed(false, "/", noRoute);
    failed(false, "/nothing/here", noRoute);
    failed(false, "/Echo", noRoute);
    matched(false, "/echo/deep", "echo-deep", "/deep/");
    matched(false, "/echo/deep/x?y=1", "echo-deep", "/deep/x?y=1");
    matched(false, "/echo/deeper", "echo", "/svc/deeper");

    // The backend URL's query comes first, then the client's.
    matched(false, "/q", "tokened", "/x?token=1");
    matched(false, "/q?", "tokened", "/x?token=1");
    matched(false, "/q?a=b", "tokened", "/x?token=1&a=b");
    matched(false, "/q/sub?a=b&c", "tokened", "/x/sub?token=1&a=b&c");

    // The client's encoding is forwarded as sent; decoding is only for matching and checks.
    matched(false, "/echo/a%20b", "echo", "/svc/a%20b");
    matched(false, "/echo/caf%C3%A9?q=%2F", "echo", "/svc/caf%C3%A9?q=%2F");
    matched(false, "/%65cho/a", "echo", "/svc/a");
    matched(false, "/echo/a%2Fb", "echo", "/svc/a%2Fb");
    matched(false, "/echo/a%2fb/c", "echo", "/svc/a%2fb/c");
    matched(false, "/echo/a..b", "echo", "/svc/a..b");
    matched(false, "/echo/.hidden", "echo", "/svc/.hidden");
    matched(false, "/echo/x?p=../..", "echo", "/svc/x?p=../..");

    // Route "/" takes everything the others do not.
    matched(true, "/", "root", "/base/");
    matched(true, "/echox", "root", "/base/echox");
    matched(true, "/nothing?x=1", "root", "/base/nothing?x=1");
    matched(true, "/echo/a", "echo", "/svc/a");

    // Escapes, in every spelling.
    failed(false, "/echo/../vm1", bad);
    failed(false, "/echo/..", bad);
    failed(false, "/echo/%2e%2e/vm1", bad);
    failed(false, "/echo/%2E%2E", bad);
    failed(false, "/echo/.%2e/x", bad);
    failed(false, "/echo/./a", bad);
    failed(false, "/echo/%2e/a", bad);
    failed(false, "/echo/a%2f..%2fb", bad);
    failed(false, "/echo/a\\b", bad);
    failed(false, "/echo/a%5Cb", bad);
    failed(false, "/echo/a%00b", bad);
    failed(true, "/..", bad);

    // An encoded slash that moves the request to another route.
    failed(false, "/echo%2Fdeep", bad);
    failed(true, "/echo%2fdeep/x", bad);
    failed(true, "/vm1%2Fx", bad);

    // Malformed percent-encoding.
    failed(false, "/echo/%zz", bad);
    failed(false, "/echo/%4", bad);
    failed(false, "/echo/%", bad);

    // Only origin-form: never an open proxy.
    failed(true, "http://h/echo", bad);
    failed(true, "ws://h:7681/", bad);
    failed(true, "h:443", bad);
    failed(true, "*", bad);
    failed(true, "", bad);
    failed(true, "echo", bad);
    failed(true, "//evil.example/x", bad);
    failed(true, "/echo#frag", bad);
    failed(true, "/echo a", bad);
}

void tst_RouteTable::lookup()
{
    QFETCH(bool, withRoot);
    QFETCH(QByteArray, target);
    QFETCH(RouteLookup::Result, result);
    QFETCH(QString, route);
    QFETCH(QByteArray, backendTarget);

    const RouteTable table(standardRoutes(withRoot));
    const RouteLookup lookup = table.lookup(target);
    QCOMPARE(int(lookup.result), int(result));
    QCOMPARE(routeName(table, lookup.match.index), route);
    QCOMPARE(lookup.match.backendTarget, backendTarget);
    QCOMPARE(lookup.detail.isEmpty(), result == RouteLookup::Result::Matched);
}

void tst_RouteTable::badTargetExplainsWhy_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("detail");

    const auto add = [](const char* target, const char* detail) {
        QTest::addRow("%s", *target ? target : "<empty>") << QByteArray(target) << QString::fromLatin1(detail);
    };
    add("http://h/echo", "absolute-form request target is not allowed (Airlock is not a forward proxy)");
    add("h:443", "authority-form request target is not allowed (Airlock is not a forward proxy)");
    add("*", "asterisk-form request target is not allowed");
    add("", "empty request target");
    add("//evil.example/x", "path starts with //");
    add("/echo/%2e%2e/x", "path contains a dot segment");
    add("/echo/a%5cb", "path contains a backslash");
    add("/echo/a%00", "path contains an encoded NUL");
    add("/echo%2Fdeep", "an encoded slash (%2F) in the path changes the route");
    add("/echo/%g0", "path has malformed percent-encoding");
    add("/nothing", "no route for /nothing");
}

void tst_RouteTable::badTargetExplainsWhy()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, detail);

    const RouteTable table(standardRoutes(false));
    QCOMPARE(table.lookup(target).detail, detail);
}

void tst_RouteTable::accessors()
{
    const RouteTable table(standardRoutes(true));
    QCOMPARE(table.size(), 5);
    QCOMPARE(table.route(0).name, QStringLiteral("vm1"));
    QCOMPARE(table.route(4).path, QStringLiteral("/"));

    const RouteTable empty({});
    QCOMPARE(empty.size(), 0);
    QCOMPARE(int(empty.lookup("/").result), int(RouteLookup::Result::NoRoute));
}

void tst_RouteTable::firstOfDuplicateRoutesWins()
{
    const RouteTable table({makeRoute("first", "/a", "ws://one/"), makeRoute("second", "/a", "ws://two/")});
    const RouteLookup lookup = table.lookup("/a/x");
    QCOMPARE(int(lookup.result), int(RouteLookup::Result::Matched));
    QCOMPARE(lookup.match.index, 0);
}

void tst_RouteTable::trailingSlashInRoutePathIsIgnored()
{
    const RouteTable table({makeRoute("vm1", "/vm1/", "ws://h:7681")});
    const RouteLookup lookup = table.lookup("/vm1");
    QCOMPARE(int(lookup.result), int(RouteLookup::Result::Matched));
    // A backend URL without a path means "/".
    QCOMPARE(lookup.match.backendTarget, QByteArray("/"));
    QCOMPARE(table.lookup("/vm1/x").match.backendTarget, QByteArray("/x"));
}

QTEST_GUILESS_MAIN(tst_RouteTable)
#include "tst_routetable.moc"
