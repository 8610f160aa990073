#include "config/ConfigLoader.h"
#include "config/ConfigRouteFields.h"
#include "config/ConfigSchema.h"
#include "config/ConfigWriter.h"

#include "DescribeConfigErrors.h"
#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace airlock;
using airlock::test::describe;

class tst_ConfigWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripEveryKey();
    void keysAsWritten_data();
    void keysAsWritten();
    void changedValuesAreWritten();
    void relativeFileNames();
    void saveReplacesAtomicallyKeepingPermissions();
    void saveNewFileIsOwnerOnly();
    void saveRefusesFileChangedOnDisk();
    void saveRefusesToCreateOverExistingFile();

private:
    QString writeConfig(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
};

namespace {

const char kSecret[] = "s3cret-t0ken";

QProcessEnvironment testEnv()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AIRLOCK_TEST_TOKEN"), QString::fromLatin1(kSecret));
    return env;
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// Every key of the config file with a value other than its default, written as the writer writes it, so
// that the writer must give back exactly this. "certs/ca.pem" is relative to the config file.
const QByteArray kEveryKey = R"({
  "listen": { "address": "127.0.0.2", "port": 9000, "hostAliases": ["airlock.local", "::1"], "allowRemote": true,
              "sameUserOnly": false },
  "limits": { "maxHeaderBytes": 32768, "maxRequestLineBytes": 4096, "headTimeoutMs": 5000, "maxSessions": 10,
              "handshakesPerSecond": 20, "workerThreads": 2, "captureBytesTotal": 1048576 },
  "log": { "file": "logs/airlock.jsonl", "maxBytes": 1000000, "keepFiles": 3 },
  "demo": { "enabled": true, "address": "127.0.0.1", "port": 9001 },
  "routes": [
    { "name": "vm1", "path": "/vm1", "backend": "wss://vm1.example:7681/term?x=1",
      "allowedOrigins": ["https://console.example.com", "http://127.0.0.1:*"],
      "frameAncestors": ["https://console.example.com"],
      "subprotocol": "fixed:tty",
      "injectHeaders": { "x-terminal-token": "Bearer ${env:AIRLOCK_TEST_TOKEN}", "X-Env": "prod" },
      "stripHeaders": ["authorization", "cookie"],
      "upstreamProxy": "http://user:pw@proxy.example:3128",
      "tls": { "caFile": "certs/ca.pem", "serverName": "vm1.internal", "insecure": true },
      "timeouts": { "connectMs": 1000, "proxyConnectMs": 2000, "tlsMs": 3000, "upgradeMs": 4000, "idleMs": 60000,
                    "drainMs": 500 },
      "keepalive": { "pingMs": 15000 },
      "strictFrames": false, "browserVisibleErrors": false, "forwardCookies": true, "maxMessageBytes": 1048576,
      "closeCodes": { "4001": "permanent", "4002": "normal", "4003": "transient" },
      "health": { "kind": "tls", "intervalMs": 20000, "timeoutMs": 2000, "path": "/healthz", "rise": 3, "fall": 4 },
      "capture": { "enabled": true, "maxBytesPerSession": 4096 } },
    { "path": "/vnc", "backend": "tcp://10.0.0.6:5900", "subprotocol": "strip", "upstreamProxy": "none",
      "health": { "kind": "tcp" } },
    { "path": "/ws", "backend": "ws://h/", "subprotocol": "pass", "upstreamProxy": "system",
      "health": { "kind": "ws" } },
    { "path": "/page", "backend": "http://h:8080/app", "health": { "kind": "http" } }
  ]
})";

bool hasKey(const QJsonObject& object, const char* key)
{
    const auto [group, name] = ConfigSchema::splitKey(key);
    if (group.isEmpty())
        return object.contains(name);
    return object.value(group).toObject().contains(name);
}

template <typename S>
QStringList missingKeys(const ConfigSection<S>& section, const QList<QJsonObject>& objects)
{
    QStringList missing;
    for (const ConfigField<S>& field : section.fields) {
        const bool found = std::any_of(objects.begin(), objects.end(),
                                       [&field](const QJsonObject& o) { return hasKey(o, field.key); });
        if (!found)
            missing.append(QString::fromLatin1(field.key));
    }
    return missing;
}

// Owner, group and other bits (QFile also reports the current user's, which depend on who runs the test).
QFile::Permissions permissionsOf(const QString& path)
{
    const QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                    QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                                    QFile::ExeOther;
    return QFile::permissions(path) & mode;
}

quint64 inodeOf(const QString& path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
}

} // namespace

void tst_ConfigWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    TestCertificates& certs = TestCertificates::instance();
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("certs")));
    QVERIFY(QFile::copy(certs.caPath(), m_dir.filePath(QStringLiteral("certs/ca.pem"))));
}

QString tst_ConfigWriter::writeConfig(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void tst_ConfigWriter::roundTripEveryKey()
{
    // The sample really holds every key of every table: a new key must come with its round trip.
    const QJsonObject expected = parse(kEveryKey);
    QVERIFY(!expected.isEmpty());
    QList<QJsonObject> routes;
    for (const QJsonValue& route : expected.value(QStringLiteral("routes")).toArray())
        routes.append(route.toObject());
    QStringList missing;
    const Config defaults;
    ConfigSchema::forEachSection(defaults, [&](const char* key, const auto& section, const auto&) {
        for (const QString& field : missingKeys(section, {expected.value(QString::fromLatin1(key)).toObject()}))
            missing.append(QString::fromLatin1(key) + QLatin1Char('.') + field);
    });
    missing += missingKeys(ConfigSchema::route(), routes);
    QCOMPARE(missing, QStringList());

    const QString path = writeConfig(QStringLiteral("every.json"), kEveryKey);
    QVERIFY(!path.isEmpty());
    const ConfigLoadResult loaded = ConfigLoader::fromFile(path, testEnv());
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.errors)));
    QCOMPARE(loaded.config.routes.first().injectHeaders.last().value, QByteArray("Bearer ") + kSecret);
    QCOMPARE(loaded.config.routes.first().tls.caFile, m_dir.filePath(QStringLiteral("certs/ca.pem")));

    // Written back next to the original: the same JSON, ${env:} and the relative caFile kept as written.
    const QByteArray written = ConfigWriter::toJson(loaded.config, m_dir.path());
    QVERIFY2(!written.contains(kSecret), written.constData());
    QCOMPARE(parse(written), expected);

    // Saved and loaded again: an equal Config.
    const ConfigSaveResult saved = ConfigWriter::save(loaded.config, path, loaded.fingerprint);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    const ConfigLoadResult reloaded = ConfigLoader::fromFile(path, testEnv());
    QVERIFY2(reloaded.ok(), qPrintable(describe(reloaded.errors)));
    QVERIFY(reloaded.config == loaded.config);
    QCOMPARE(reloaded.fingerprint, saved.fingerprint);

    // Equality sees a change anywhere in a route.
    Config changed = reloaded.config;
    changed.routes.last().health.fall += 1;
    QVERIFY(!(changed == loaded.config));
}

void tst_ConfigWriter::keysAsWritten_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("only the required keys") << QByteArray(R"({"routes": [{"path": "/a", "backend": "ws://h/"}]})");
    QTest::newRow("defaults spelled out are kept")
        << QByteArray(R"({"listen": {"port": 8765, "allowRemote": false}, "limits": {"maxSessions": 1024},
                         "routes": [{"path": "/a", "backend": "ws://h/", "subprotocol": "pass",
                                     "upstreamProxy": "system", "strictFrames": true, "allowedOrigins": [],
                                     "timeouts": {"idleMs": 0}, "tls": {"caFile": ""}}]})");
    QTest::newRow("empty objects are kept")
        << QByteArray(R"({"log": {}, "demo": {}, "routes": [{"path": "/a", "backend": "ws://h/", "tls": {},
                         "keepalive": {}, "injectHeaders": {}, "closeCodes": {}}]})");
    QTest::newRow("a name equal to the path is kept")
        << QByteArray(R"({"routes": [{"name": "/a", "path": "/a", "backend": "ws://h/"}]})");
    QTest::newRow("no routes") << QByteArray(R"({"routes": []})");
    QTest::newRow("empty file") << QByteArray("{}");
}

void tst_ConfigWriter::keysAsWritten()
{
    QFETCH(QByteArray, json);

    const ConfigLoadResult loaded = ConfigLoader::fromJson(json, testEnv());
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.errors)));
    QCOMPARE(ConfigWriter::toJsonObject(loaded.config), parse(json));
}

void tst_ConfigWriter::changedValuesAreWritten()
{
    const ConfigLoadResult loaded =
        ConfigLoader::fromJson(R"({"routes": [{"path": "/a", "backend": "ws://h/"}]})", testEnv());
    QVERIFY(loaded.ok());
    Config config = loaded.config;
    config.listen.port = 9100;
    config.routes[0].timeouts.connectMs = 1500;
    config.routes[0].health.kind = HealthConfig::Kind::Ws;
    RouteConfig added;
    added.name = QStringLiteral("b");
    added.path = QStringLiteral("/b");
    added.backend = QUrl(QStringLiteral("ws://g/"));
    added.injectHeaders.append({"x-token", kSecret, true, QStringLiteral("${env:AIRLOCK_TEST_TOKEN}")});
    config.routes.append(added);

    const QJsonObject expected = parse(R"({"listen": {"port": 9100}, "routes": [
        {"path": "/a", "backend": "ws://h/", "timeouts": {"connectMs": 1500}, "health": {"kind": "ws"}},
        {"name": "b", "path": "/b", "backend": "ws://g/", "injectHeaders": {"x-token": "${env:AIRLOCK_TEST_TOKEN}"}}
    ]})");
    const QByteArray written = ConfigWriter::toJson(config);
    QCOMPARE(parse(written), expected);
    const ConfigLoadResult reloaded = ConfigLoader::fromJson(written, testEnv());
    QVERIFY2(reloaded.ok(), qPrintable(describe(reloaded.errors)));
    QVERIFY(reloaded.config == config);

    // A route with no health check writes no health object, whatever its other health settings.
    config.routes[0].health.kind = HealthConfig::Kind::None;
    config.routes[0].health.intervalMs = 1000;
    QVERIFY(!ConfigWriter::toJsonObject(config)
                 .value(QStringLiteral("routes"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .contains(QStringLiteral("health")));
}

void tst_ConfigWriter::relativeFileNames()
{
    const QByteArray json = R"({"log": {"file": "logs/airlock.jsonl"},
        "routes": [{"path": "/a", "backend": "wss://h/", "tls": {"caFile": "certs/ca.pem"}}]})";
    const QString path = writeConfig(QStringLiteral("relative.json"), json);
    const ConfigLoadResult loaded = ConfigLoader::fromFile(path, testEnv());
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.errors)));
    QCOMPARE(loaded.config.log.file, m_dir.filePath(QStringLiteral("logs/airlock.jsonl")));

    // In the same directory the names stay relative.
    QCOMPARE(ConfigWriter::toJsonObject(loaded.config, m_dir.path()), parse(json));

    // Elsewhere they would name other files: the files in use are written.
    const QJsonObject elsewhere = ConfigWriter::toJsonObject(loaded.config, m_dir.filePath(QStringLiteral("other")));
    QCOMPARE(elsewhere.value(QStringLiteral("log")).toObject().value(QStringLiteral("file")).toString(),
             loaded.config.log.file);
    const QJsonObject tls =
        elsewhere.value(QStringLiteral("routes")).toArray().at(0).toObject().value(QStringLiteral("tls")).toObject();
    QCOMPARE(tls.value(QStringLiteral("caFile")).toString(), loaded.config.routes.first().tls.caFile);

    // A file name changed in memory is written as the file in use.
    Config edited = loaded.config;
    edited.log.file = QStringLiteral("/var/log/airlock.jsonl");
    QCOMPARE(ConfigWriter::toJsonObject(edited, m_dir.path())
                 .value(QStringLiteral("log"))
                 .toObject()
                 .value(QStringLiteral("file"))
                 .toString(),
             edited.log.file);
}

void tst_ConfigWriter::saveReplacesAtomicallyKeepingPermissions()
{
    const QString path =
        writeConfig(QStringLiteral("perm.json"), R"({"routes": [{"path": "/a", "backend": "ws://h/"}]})");
    const QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));
    const quint64 inodeBefore = inodeOf(path);
    QVERIFY(inodeBefore != 0);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

    const ConfigLoadResult loaded = ConfigLoader::fromFile(path, testEnv());
    QVERIFY(loaded.ok());
    Config config = loaded.config;
    config.routes[0].timeouts.idleMs = 30000;
    const ConfigSaveResult saved = ConfigWriter::save(config, path, loaded.fingerprint);
    QVERIFY2(saved.ok, qPrintable(saved.error));

    QCOMPARE(permissionsOf(path), permissions);
    // Replaced by a rename, not rewritten in place; no temporary file left behind.
    QVERIFY(inodeOf(path) != inodeBefore);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    const ConfigLoadResult reloaded = ConfigLoader::fromFile(path, testEnv());
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.config.routes[0].timeouts.idleMs, 30000);
    QCOMPARE(reloaded.fingerprint, saved.fingerprint);

    // The fingerprint a save returns allows the next save.
    config.routes[0].timeouts.idleMs = 40000;
    const ConfigSaveResult again = ConfigWriter::save(config, path, saved.fingerprint);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(permissionsOf(path), permissions);
}

void tst_ConfigWriter::saveNewFileIsOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("new/airlock.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(!QFile::exists(path));
    Config config;
    config.listen.port = 9200;
    const ConfigSaveResult saved = ConfigWriter::save(config, path, QByteArray());
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(permissionsOf(path), QFile::ReadOwner | QFile::WriteOwner);
    const ConfigLoadResult loaded = ConfigLoader::fromFile(path, testEnv());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.config.listen.port, quint16(9200));
}

void tst_ConfigWriter::saveRefusesFileChangedOnDisk()
{
    const QString path =
        writeConfig(QStringLiteral("changed.json"), R"({"routes": [{"path": "/a", "backend": "ws://h/"}]})");
    const ConfigLoadResult loaded = ConfigLoader::fromFile(path, testEnv());
    QVERIFY(loaded.ok());

    // Someone else edits the file meanwhile, keeping its size.
    const QByteArray theirs = R"({"routes": [{"path": "/b", "backend": "ws://h/"}]})";
    QVERIFY(!writeConfig(QStringLiteral("changed.json"), theirs).isEmpty());

    const ConfigSaveResult saved = ConfigWriter::save(loaded.config, path, loaded.fingerprint);
    QVERIFY(!saved.ok);
    QCOMPARE(saved.error, path + QStringLiteral(" changed on disk since it was loaded; load it again before saving"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), theirs);
}

void tst_ConfigWriter::saveRefusesToCreateOverExistingFile()
{
    const QByteArray theirs = "{}";
    const QString path = writeConfig(QStringLiteral("existing.json"), theirs);
    const ConfigSaveResult saved = ConfigWriter::save(Config(), path, QByteArray());
    QVERIFY(!saved.ok);
    QCOMPARE(saved.error, path + QStringLiteral(" already exists; load it before saving over it"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), theirs);
}

QTEST_GUILESS_MAIN(tst_ConfigWriter)
#include "tst_configwriter.moc"
