// RouteEditor: a widget for every route key of the schema, and inline errors that say what the loader says
// about the same value in a file, next to the field the error's JSON path names.
#include "DescribeConfigErrors.h"
#include "TestCertificates.h"

#include "config/ConfigLoader.h"
#include "config/ConfigRouteFields.h"
#include "config/ConfigValidator.h"
#include "gui/routes/RouteEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace airlock;
using airlock::test::describe;

namespace {

QProcessEnvironment testEnv()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AIRLOCK_TEST_TOKEN"), QStringLiteral("s3cret"));
    return env;
}

// {"routes": [route]} with the keys of extra merged in ("timeouts.connectMs" nests).
QByteArray configJson(const QJsonObject& extra)
{
    QJsonObject route{{QStringLiteral("path"), QStringLiteral("/app")},
                      {QStringLiteral("backend"), QStringLiteral("ws://127.0.0.1:9/")}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const qsizetype dot = it.key().indexOf(u'.');
        if (dot < 0) {
            route.insert(it.key(), it.value());
            continue;
        }
        const QString group = it.key().left(dot);
        QJsonObject nested = route.value(group).toObject();
        nested.insert(it.key().mid(dot + 1), it.value());
        route.insert(group, nested);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("routes"), QJsonArray{route}}}).toJson();
}

// Types input into the widget named key as a user would set it.
void enter(RouteEditor& editor, const QString& key, const QString& input)
{
    QWidget* widget = editor.findChild<QWidget*>(key);
    QVERIFY2(widget, qPrintable(key));
    if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        edit->setText(input);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        text->setPlainText(input);
    } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
        spin->setValue(input.toInt());
    } else if (auto* big = qobject_cast<QDoubleSpinBox*>(widget)) {
        big->setValue(input.toDouble());
    } else if (auto* box = qobject_cast<QCheckBox*>(widget)) {
        box->setChecked(input == QLatin1String("true"));
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        // "fixed:NAME" and proxy URLs also fill the line edit beside the combo box.
        QString name = input.section(u':', 0, 0);
        QString detail = input.section(u':', 1);
        if (key == QLatin1String("upstreamProxy") && input.contains(QLatin1String("://"))) {
            name = QStringLiteral("url");
            detail = input;
        }
        const int index = combo->findData(name, RouteEditor::NameRole);
        QVERIFY2(index >= 0, qPrintable(name));
        combo->setCurrentIndex(index);
        if (!detail.isEmpty())
            enter(editor,
                  key == QLatin1String("subprotocol") ? QStringLiteral("subprotocol.fixed")
                                                      : QStringLiteral("upstreamProxy.url"),
                  detail);
    } else if (key == QLatin1String("injectHeaders")) {
        // "Name=value": a new row.
        editor.findChild<QPushButton*>(QStringLiteral("injectHeaders.add"))->click();
        const QList<QLineEdit*> names = editor.findChildren<QLineEdit*>(QStringLiteral("injectHeaders.name"));
        const QList<QLineEdit*> values = editor.findChildren<QLineEdit*>(QStringLiteral("injectHeaders.value"));
        QVERIFY(!names.isEmpty() && names.size() == values.size());
        names.last()->setText(input.section(u'=', 0, 0));
        values.last()->setText(input.section(u'=', 1));
    } else {
        QFAIL(qPrintable(QStringLiteral("no way to enter %1").arg(key)));
    }
}

// What RoutesView does after each edit: validate the whole config and show the errors.
QList<ConfigError> validateShown(RouteEditor& editor, const QProcessEnvironment& env)
{
    Config config;
    config.routes = {editor.route()};
    return editor.showErrors(ConfigValidator::validate(config, env).errors, QStringLiteral("routes[0]"));
}

} // namespace

class tst_RouteEditor : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyHasAWidget();
    void integerRangesFollowTheSchema();
    void fieldValidatesLikeTheLoader_data();
    void fieldValidatesLikeTheLoader();
    void unchangedFormKeepsTheRoute();
    void editsReachTheRoute();
    void secretsAreMasked();
    void unreadableCloseCodeLine();
};

void tst_RouteEditor::everyKeyHasAWidget()
{
    RouteEditor editor;
    for (const ConfigField<RouteConfig>& field : ConfigRouteFields::fields()) {
        const QString key = QString::fromLatin1(field.key);
        QVERIFY2(editor.keys().contains(key), field.key);
        QWidget* widget = editor.findChild<QWidget*>(key);
        QVERIFY2(widget, field.key);
        QVERIFY2(!widget->accessibleName().isEmpty(), field.key);
        QVERIFY2(!widget->accessibleDescription().isEmpty(), field.key);
        QVERIFY2(editor.findChild<QLabel*>(QStringLiteral("error:") + key), field.key);
    }
}

void tst_RouteEditor::integerRangesFollowTheSchema()
{
    RouteEditor editor;
    for (const ConfigField<RouteConfig>& field : ConfigRouteFields::fields()) {
        if (field.type != ConfigJsonType::Integer)
            continue;
        QWidget* widget = editor.findChild<QWidget*>(QString::fromLatin1(field.key));
        if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            QCOMPARE(spin->minimum(), field.min);
            QCOMPARE(spin->maximum(), field.max);
        } else if (auto* big = qobject_cast<QDoubleSpinBox*>(widget)) {
            QCOMPARE(qint64(big->minimum()), field.min);
            QCOMPARE(qint64(big->maximum()), field.max);
        } else {
            QFAIL(field.key);
        }
    }
}

void tst_RouteEditor::fieldValidatesLikeTheLoader_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonObject>("json");   // what the file holds (keys merged into a good route)
    QTest::addColumn<QStringList>("inputs"); // "key=input" typed into the form, in order

    struct Row
    {
        const char* key;
        QJsonObject json;
        QStringList inputs;
    };
    auto s = [](const char* text) { return QString::fromUtf8(text); };
    const Row rows[] = {
        {"name", {{s("name"), s("")}}, {s("name=")}},
        {"path", {{s("path"), s("app")}}, {s("path=app")}},
        {"path", {{s("path"), s("/a b")}}, {s("path=/a b")}},
        {"backend", {{s("backend"), s("ftp://x.test/")}}, {s("backend=ftp://x.test/")}},
        {"backend", {{s("backend"), s("ws://user:pw@x.test/")}}, {s("backend=ws://user:pw@x.test/")}},
        {"backend", {{s("backend"), s("tcp://x.test")}}, {s("backend=tcp://x.test")}},
        {"allowedOrigins",
         {{s("allowedOrigins"), QJsonArray{s("https://ok.test"), s("no origin")}}},
         {s("allowedOrigins=https://ok.test\nno origin")}},
        {"frameAncestors",
         {{s("frameAncestors"), QJsonArray{s("https://ok.test"), s("https://x.test/path")}}},
         {s("frameAncestors=https://ok.test\nhttps://x.test/path")}},
        {"subprotocol", {{s("subprotocol"), s("fixed:a b")}}, {s("subprotocol=fixed:a b")}},
        {"injectHeaders",
         {{s("injectHeaders"), QJsonObject{{s("Bad Name"), s("v")}}}},
         {s("injectHeaders=Bad Name=v")}},
        {"injectHeaders", {{s("injectHeaders"), QJsonObject{{s("Host"), s("v")}}}}, {s("injectHeaders=Host=v")}},
        {"injectHeaders",
         {{s("injectHeaders"), QJsonObject{{s("X-Token"), s("${env:AIRLOCK_TEST_MISSING}")}}}},
         {s("injectHeaders=X-Token=${env:AIRLOCK_TEST_MISSING}")}},
        {"stripHeaders",
         {{s("stripHeaders"), QJsonArray{s("cookie"), s("bad name")}}},
         {s("stripHeaders=cookie\nbad name")}},
        {"upstreamProxy", {{s("upstreamProxy"), s("http://proxy.test")}}, {s("upstreamProxy=http://proxy.test")}},
        {"upstreamProxy",
         {{s("upstreamProxy"), s("socks5://proxy.test:1080")}},
         {s("upstreamProxy=socks5://proxy.test:1080")}},
        {"tls.caFile", {{s("tls.caFile"), s("/nonexistent/ca.pem")}}, {s("tls.caFile=/nonexistent/ca.pem")}},
        {"tls.serverName", {{s("tls.serverName"), s("bad name")}}, {s("tls.serverName=bad name")}},
        {"keepalive.pingMs", {{s("keepalive.pingMs"), 5}}, {s("keepalive.pingMs=5")}},
        {"closeCodes", {{s("closeCodes"), QJsonObject{{s("3000"), s("normal")}}}}, {s("closeCodes=3000 normal")}},
        {"health.kind", {{s("health.kind"), s("tls")}}, {s("health.kind=tls")}},
        {"health.path",
         {{s("health.kind"), s("ws")}, {s("health.path"), s("nope")}},
         {s("health.kind=ws"), s("health.path=nope")}},
    };
    for (const Row& row : rows) {
        const QString input = row.inputs.last().section(u'=', 1).replace(u'\n', QLatin1String("\\n"));
        QTest::addRow("%s: %s", row.key, qPrintable(input)) << QString::fromLatin1(row.key) << row.json << row.inputs;
    }
}

void tst_RouteEditor::fieldValidatesLikeTheLoader()
{
    QFETCH(QString, key);
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, inputs);
    const QProcessEnvironment env = testEnv();

    // The loader on the same value in a file: one error, at the key.
    const ConfigLoadResult loaded = ConfigLoader::fromJson(configJson(json), env);
    QCOMPARE(loaded.errors.size(), 1);
    const ConfigError expected = loaded.errors.first();
    const QString prefix = QStringLiteral("routes[0].") + key;
    QVERIFY2(expected.path == prefix || expected.path.startsWith(prefix + u'.') ||
                 expected.path.startsWith(prefix + u'['),
             qPrintable(expected.toString()));

    // The editor on a good route, then the value typed in.
    const ConfigLoadResult good = ConfigLoader::fromJson(configJson({}), env);
    QVERIFY2(good.ok(), qPrintable(describe(good.errors)));
    RouteEditor editor(nullptr, env);
    editor.setRoute(good.config.routes.first());
    QVERIFY(validateShown(editor, env).isEmpty());
    for (const QString& input : inputs)
        enter(editor, input.section(u'=', 0, 0), input.section(u'=', 1));

    const QList<ConfigError> rest = validateShown(editor, env);
    QVERIFY2(rest.isEmpty(), qPrintable(describe(rest)));
    const QString shown = editor.errorText(key);
    QVERIFY2(shown.endsWith(expected.message), qPrintable(shown + QStringLiteral(" | ") + expected.toString()));
    QCOMPARE(shown.count(u'\n'), 0); // that error only
    // No other field shows anything.
    for (const QString& other : editor.keys()) {
        if (other != key)
            QVERIFY2(editor.errorText(other).isEmpty(),
                     qPrintable(other + QStringLiteral(": ") + editor.errorText(other)));
    }
    QVERIFY(editor.findChild<QLabel*>(QStringLiteral("error:") + key)->isVisibleTo(&editor));
}

void tst_RouteEditor::unchangedFormKeepsTheRoute()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    {
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestCertificates::instance().caCertificate().toPem());
    }
    const QProcessEnvironment env = testEnv();
    const QJsonObject json{
        {QStringLiteral("backend"), QStringLiteral("wss://backend.test:8443/socket")},
        {QStringLiteral("name"), QStringLiteral("terminal")},
        {QStringLiteral("allowedOrigins"), QJsonArray{QStringLiteral("https://app.test")}},
        {QStringLiteral("subprotocol"), QStringLiteral("fixed:chat")},
        {QStringLiteral("injectHeaders"),
         QJsonObject{{QStringLiteral("X-Token"), QStringLiteral("${env:AIRLOCK_TEST_TOKEN}")},
                     {QStringLiteral("X-Plain"), QStringLiteral("literal")}}},
        {QStringLiteral("stripHeaders"), QJsonArray{QStringLiteral("cookie")}},
        {QStringLiteral("upstreamProxy"), QStringLiteral("http://u:p@proxy.test:3128")},
        {QStringLiteral("tls.caFile"), ca},
        {QStringLiteral("tls.serverName"), QStringLiteral("backend.test")},
        {QStringLiteral("timeouts.idleMs"), 60000},
        {QStringLiteral("keepalive.pingMs"), 0},
        {QStringLiteral("closeCodes"), QJsonObject{{QStringLiteral("4404"), QStringLiteral("permanent")}}},
        {QStringLiteral("health.kind"), QStringLiteral("tls")},
        {QStringLiteral("health.rise"), 4},
        {QStringLiteral("capture.enabled"), true},
        {QStringLiteral("capture.maxBytesPerSession"), 1024},
        {QStringLiteral("maxMessageBytes"), 9007199254740992LL},
    };
    const ConfigLoadResult loaded = ConfigLoader::fromJson(configJson(json), env);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.errors)));
    RouteEditor editor(nullptr, env);
    QSignalSpy edited(&editor, &RouteEditor::edited);
    editor.setRoute(loaded.config.routes.first());
    QCOMPARE(edited.size(), 0); // showing a route is no edit
    QCOMPARE(editor.route(), loaded.config.routes.first());
    QVERIFY(validateShown(editor, env).isEmpty());
    for (const QString& key : editor.keys())
        QVERIFY2(editor.errorText(key).isEmpty(), qPrintable(key));
}

void tst_RouteEditor::editsReachTheRoute()
{
    const QProcessEnvironment env = testEnv();
    const ConfigLoadResult good = ConfigLoader::fromJson(configJson({}), env);
    QVERIFY(good.ok());
    RouteEditor editor(nullptr, env);
    editor.setRoute(good.config.routes.first());
    QSignalSpy edited(&editor, &RouteEditor::edited);
    enter(editor, QStringLiteral("path"), QStringLiteral("/chat/"));
    enter(editor, QStringLiteral("backend"), QStringLiteral("https://backend.test/"));
    enter(editor, QStringLiteral("timeouts.connectMs"), QStringLiteral("1234"));
    enter(editor, QStringLiteral("capture.maxBytesPerSession"), QStringLiteral("9007199254740992"));
    enter(editor, QStringLiteral("injectHeaders"), QStringLiteral("X-Token=${env:AIRLOCK_TEST_TOKEN}"));
    enter(editor, QStringLiteral("closeCodes"), QStringLiteral("4404 permanent\n4500: transient"));
    enter(editor, QStringLiteral("subprotocol"), QStringLiteral("strip"));
    enter(editor, QStringLiteral("forwardCookies"), QStringLiteral("true"));
    enter(editor, QStringLiteral("frameAncestors"), QStringLiteral("https://console.test\nhttp://localhost:*"));
    QVERIFY(edited.size() >= 9);

    const RouteConfig route = editor.route();
    QCOMPARE(route.path, QStringLiteral("/chat")); // as the loader keeps it
    QCOMPARE(route.scheme, BackendScheme::Https);
    QCOMPARE(route.timeouts.connectMs, 1234);
    QCOMPARE(route.capture.maxBytesPerSession, qint64(1) << 53);
    QCOMPARE(route.injectHeaders.size(), 1);
    QCOMPARE(route.injectHeaders.first().value, QByteArray("s3cret"));
    QVERIFY(route.injectHeaders.first().secret);
    QCOMPARE(route.injectHeaders.first().rawValue, QStringLiteral("${env:AIRLOCK_TEST_TOKEN}"));
    QCOMPARE(route.closeCodes.value(4404), CloseClassification::Kind::Permanent);
    QCOMPARE(route.closeCodes.value(4500), CloseClassification::Kind::Transient);
    QCOMPARE(route.subprotocol, SubprotocolPolicy::Strip);
    QVERIFY(route.forwardCookies);
    QCOMPARE(route.frameAncestors, std::optional<QStringList>(
                                       {QStringLiteral("https://console.test"), QStringLiteral("http://localhost:*")}));
}

void tst_RouteEditor::secretsAreMasked()
{
    RouteEditor editor(nullptr, testEnv());
    enter(editor, QStringLiteral("injectHeaders"), QStringLiteral("Authorization=Bearer abc"));
    enter(editor, QStringLiteral("injectHeaders"), QStringLiteral("X-Token=${env:AIRLOCK_TEST_TOKEN}"));
    const QList<QLineEdit*> values = editor.findChildren<QLineEdit*>(QStringLiteral("injectHeaders.value"));
    const QList<QToolButton*> shows = editor.findChildren<QToolButton*>(QStringLiteral("injectHeaders.show"));
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.at(0)->echoMode(), QLineEdit::Password); // a literal secret
    QCOMPARE(values.at(1)->echoMode(), QLineEdit::Normal);   // a reference shows as written
    QCOMPARE(values.at(1)->text(), QStringLiteral("${env:AIRLOCK_TEST_TOKEN}"));
    shows.at(0)->click();
    QCOMPARE(values.at(0)->echoMode(), QLineEdit::Normal);
    shows.at(0)->click();
    QCOMPARE(values.at(0)->echoMode(), QLineEdit::Password);
}

void tst_RouteEditor::unreadableCloseCodeLine()
{
    RouteEditor editor(nullptr, testEnv());
    enter(editor, QStringLiteral("closeCodes"), QStringLiteral("4404 permanent\n4405 forever"));
    QVERIFY(editor.hasLocalErrors());
    validateShown(editor, testEnv());
    QVERIFY2(editor.errorText(QStringLiteral("closeCodes")).startsWith(QStringLiteral("line 2:")),
             qPrintable(editor.errorText(QStringLiteral("closeCodes"))));
    enter(editor, QStringLiteral("closeCodes"), QStringLiteral("4404 permanent\n4405 transient"));
    QVERIFY(!editor.hasLocalErrors());
}

QTEST_MAIN(tst_RouteEditor)
#include "tst_routeeditor.moc"
