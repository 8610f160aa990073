#include "HeadlessChromium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr qsizetype maxStderrBytes = 64 * 1024;

QString describe(const QJsonObject& errorObject)
{
    return errorObject.value(QLatin1String("message")).toString() + QStringLiteral(" (") +
           QString::number(errorObject.value(QLatin1String("code")).toInt()) + u')';
}

} // namespace

HeadlessChromium::HeadlessChromium(QObject* parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > maxStderrBytes)
            m_stderr.remove(0, m_stderr.size() - maxStderrBytes);
    });
    connect(&m_devTools, &QWebSocket::textMessageReceived, this, &HeadlessChromium::onDevToolsMessage);
}

HeadlessChromium::~HeadlessChromium()
{
    stop();
}

QString HeadlessChromium::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("chromium"));
}

bool HeadlessChromium::start(QString* error)
{
    const QString program = executable();
    if (program.isEmpty()) {
        *error = QStringLiteral("chromium is not installed");
        return false;
    }
    if (!m_profile.isValid()) {
        *error = QStringLiteral("cannot create a temporary profile directory");
        return false;
    }
    // Root, no network, no display: no sandbox, no GPU, nothing that phones home; the DevTools
    // endpoint takes a free port on 127.0.0.1 and is announced on stderr.
    const QStringList args = {
        QStringLiteral("--headless"),
        QStringLiteral("--no-sandbox"),
        QStringLiteral("--disable-gpu"),
        QStringLiteral("--disable-quic"),
        QStringLiteral("--no-first-run"),
        QStringLiteral("--no-default-browser-check"),
        QStringLiteral("--disable-background-networking"),
        QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"),
        QStringLiteral("--disable-extensions"),
        QStringLiteral("--no-proxy-server"),
        // https test pages come from servers with the tests' own certificates.
        QStringLiteral("--ignore-certificate-errors"),
        QStringLiteral("--user-data-dir=") + m_profile.path(),
        QStringLiteral("--remote-debugging-address=127.0.0.1"),
        QStringLiteral("--remote-debugging-port=0"),
        QStringLiteral("about:blank"),
    };
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }

    static const QRegularExpression listening(QStringLiteral("DevTools listening on (ws://\\S+)"));
    QRegularExpressionMatch match;
    (void)QTest::qWaitFor(
        [&] {
            match = listening.match(QString::fromUtf8(m_stderr));
            return match.hasMatch() || m_process.state() != QProcess::Running;
        },
        20000);
    if (!match.hasMatch()) {
        *error = QStringLiteral("chromium did not announce its DevTools endpoint:\n") + stderrTail();
        return false;
    }

    bool failed = false;
    const QMetaObject::Connection onError = connect(
        &m_devTools, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [&failed] { failed = true; });
    m_devTools.open(QUrl(match.captured(1)));
    (void)QTest::qWaitFor([&] { return failed || m_devTools.state() == QAbstractSocket::ConnectedState; }, 10000);
    disconnect(onError);
    if (m_devTools.state() != QAbstractSocket::ConnectedState) {
        *error = QStringLiteral("cannot connect to the DevTools endpoint: ") + m_devTools.errorString();
        return false;
    }
    const QJsonObject version = call(QStringLiteral("Browser.getVersion"), {}, {}, error);
    if (version.isEmpty())
        return false;
    m_product = version.value(QLatin1String("product")).toString();
    return true;
}

void HeadlessChromium::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    if (m_devTools.state() == QAbstractSocket::ConnectedState) {
        // A clean shutdown lets the browser end its renderer and helper processes itself.
        const QJsonObject message{{QStringLiteral("id"), m_nextId++},
                                  {QStringLiteral("method"), QStringLiteral("Browser.close")}};
        m_devTools.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
        m_devTools.flush();
    }
    if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 5000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    m_devTools.abort();
}

QString HeadlessChromium::openPage(const QUrl& url, QString* error, int timeoutMs)
{
    const QJsonObject target = call(QStringLiteral("Target.createTarget"),
                                    {{QStringLiteral("url"), QStringLiteral("about:blank")}}, {}, error);
    const QString targetId = target.value(QLatin1String("targetId")).toString();
    if (targetId.isEmpty())
        return {};
    const QJsonObject attached =
        call(QStringLiteral("Target.attachToTarget"),
             {{QStringLiteral("targetId"), targetId}, {QStringLiteral("flatten"), true}}, {}, error);
    const QString session = attached.value(QLatin1String("sessionId")).toString();
    if (session.isEmpty())
        return {};
    m_targets.insert(session, targetId);
    for (const char* method : {"Page.enable", "Runtime.enable", "Log.enable"}) {
        call(QLatin1String(method), {}, session, error);
        if (!error->isEmpty())
            return {};
    }
    call(QStringLiteral("Page.setLifecycleEventsEnabled"), {{QStringLiteral("enabled"), true}}, session, error);
    if (!error->isEmpty())
        return {};
    const QJsonObject navigated =
        call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url.toString()}}, session, error, timeoutMs);
    if (!error->isEmpty())
        return {};
    if (const QString failure = navigated.value(QLatin1String("errorText")).toString(); !failure.isEmpty()) {
        *error = QStringLiteral("navigation to %1 failed: %2").arg(url.toString(), failure);
        return {};
    }
    const QString loader = navigated.value(QLatin1String("loaderId")).toString();
    if (!QTest::qWaitFor([&] { return m_loaded.value(session).contains(loader); }, timeoutMs)) {
        *error = QStringLiteral("%1 did not finish loading within %2 ms").arg(url.toString()).arg(timeoutMs);
        return {};
    }
    return session;
}

void HeadlessChromium::closePage(const QString& session)
{
    const QString targetId = m_targets.take(session);
    if (targetId.isEmpty())
        return;
    QString ignored;
    call(QStringLiteral("Target.closeTarget"), {{QStringLiteral("targetId"), targetId}}, {}, &ignored);
}

QJsonValue HeadlessChromium::evaluate(const QString& session, const QString& expression, QString* error, int timeoutMs)
{
    const QJsonObject reply = call(QStringLiteral("Runtime.evaluate"),
                                   {{QStringLiteral("expression"), expression},
                                    {QStringLiteral("awaitPromise"), true},
                                    {QStringLiteral("returnByValue"), true}},
                                   session, error, timeoutMs);
    if (!error->isEmpty())
        return QJsonValue::Undefined;
    if (reply.contains(QLatin1String("exceptionDetails"))) {
        const QJsonObject details = reply.value(QLatin1String("exceptionDetails")).toObject();
        const QString description =
            details.value(QLatin1String("exception")).toObject().value(QLatin1String("description")).toString();
        *error = QStringLiteral("page threw: ") +
                 (description.isEmpty() ? details.value(QLatin1String("text")).toString() : description);
        return QJsonValue::Undefined;
    }
    return reply.value(QLatin1String("result")).toObject().value(QLatin1String("value"));
}

QJsonObject HeadlessChromium::call(const QString& method, const QJsonObject& params, const QString& session,
                                   QString* error, int timeoutMs)
{
    error->clear();
    if (m_devTools.state() != QAbstractSocket::ConnectedState) {
        *error = QStringLiteral("%1: not connected to chromium").arg(method);
        return {};
    }
    const int id = m_nextId++;
    QJsonObject message{{QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        message.insert(QLatin1String("params"), params);
    if (!session.isEmpty())
        message.insert(QLatin1String("sessionId"), session);
    m_devTools.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!QTest::qWaitFor([&] { return m_replies.contains(id) || m_process.state() != QProcess::Running; }, timeoutMs)) {
        *error = QStringLiteral("%1: no answer within %2 ms").arg(method).arg(timeoutMs);
        return {};
    }
    if (!m_replies.contains(id)) {
        *error = QStringLiteral("%1: chromium exited:\n").arg(method) + stderrTail();
        return {};
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains(QLatin1String("error"))) {
        *error = method + QStringLiteral(": ") + describe(reply.value(QLatin1String("error")).toObject());
        return {};
    }
    return reply.value(QLatin1String("result")).toObject();
}

void HeadlessChromium::onDevToolsMessage(const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(QLatin1String("id"))) {
        m_replies.insert(message.value(QLatin1String("id")).toInt(), message);
        return;
    }
    const QString method = message.value(QLatin1String("method")).toString();
    const QString session = message.value(QLatin1String("sessionId")).toString();
    const QJsonObject params = message.value(QLatin1String("params")).toObject();
    if (method == QLatin1String("Page.lifecycleEvent")) {
        if (params.value(QLatin1String("name")).toString() == QLatin1String("load"))
            m_loaded[session].insert(params.value(QLatin1String("loaderId")).toString());
    } else if (method == QLatin1String("Log.entryAdded")) {
        const QJsonObject entry = params.value(QLatin1String("entry")).toObject();
        m_logs[session].append(entry.value(QLatin1String("source")).toString() + QStringLiteral(": ") +
                               entry.value(QLatin1String("text")).toString());
    } else if (method == QLatin1String("Runtime.consoleAPICalled")) {
        QStringList parts;
        const QJsonArray args = params.value(QLatin1String("args")).toArray();
        for (const QJsonValue& arg : args) {
            const QJsonObject o = arg.toObject();
            parts.append(o.contains(QLatin1String("value")) ? o.value(QLatin1String("value")).toVariant().toString()
                                                            : o.value(QLatin1String("description")).toString());
        }
        m_logs[session].append(QStringLiteral("console: ") + parts.join(u' '));
    } else if (method == QLatin1String("Runtime.exceptionThrown")) {
        const QJsonObject details = params.value(QLatin1String("exceptionDetails")).toObject();
        m_logs[session].append(
            QStringLiteral("exception: ") +
            details.value(QLatin1String("exception")).toObject().value(QLatin1String("description")).toString());
    }
}

QString HeadlessChromium::stderrTail() const
{
    return QString::fromUtf8(m_stderr.right(4096));
}
