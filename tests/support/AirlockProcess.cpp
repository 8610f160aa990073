#include "AirlockProcess.h"

#include <QRegularExpression>
#include <QTest>

namespace airlock::test {

namespace {

bool waitUntilFinished(QProcess& process, int timeoutMs)
{
    return QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
}

} // namespace

AirlockProcess::AirlockProcess(const QProcessEnvironment& env)
    : m_env(env)
{}

AirlockProcess::~AirlockProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString AirlockProcess::binary()
{
    return qEnvironmentVariable("AIRLOCK_BINARY_DIR") + QStringLiteral("/app/airlock");
}

AirlockProcess::Result AirlockProcess::run(const QStringList& args, const QProcessEnvironment& env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary(), args);
    Result result;
    result.finished = waitUntilFinished(process, timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = result.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

int AirlockProcess::run(const QStringList& args, QByteArray* out, QByteArray* err, const QProcessEnvironment& env,
                        int timeoutMs)
{
    const Result result = run(args, env, timeoutMs);
    if (out)
        *out = result.out;
    if (err)
        *err = result.err;
    return result.exitCode;
}

quint16 AirlockProcess::start(QProcess& process, const QStringList& args, const QProcessEnvironment& env,
                              QByteArray* output, int timeoutMs)
{
    process.setProcessEnvironment(env);
    // The proxy without its window: with no command the binary would open the desktop app.
    process.start(binary(), args.contains(QStringLiteral("--headless"))
                                ? args
                                : QStringList{QStringLiteral("--headless")} + args);
    static const QRegularExpression listening(QStringLiteral("listening on [^ ]+:(\\d+)"));
    QByteArray err;
    quint16 port = 0;
    (void)QTest::qWaitFor(
        [&] {
            err += process.readAllStandardError();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(err));
            // The start-up lines are written in one go, ending with a newline.
            if (match.hasMatch() && err.endsWith('\n'))
                port = quint16(match.captured(1).toUInt());
            return port != 0 || process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (output)
        *output = err;
    if (port == 0)
        qWarning("airlock did not start: %s", err.constData());
    return port;
}

quint16 AirlockProcess::start(const QStringList& args, QString* error)
{
    QByteArray err;
    const quint16 port = start(m_process, args, m_env, &err);
    m_err += err;
    if (port == 0 && error)
        *error = QStringLiteral("airlock did not start listening: %1").arg(QString::fromUtf8(standardError()));
    return port;
}

bool AirlockProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!waitUntilFinished(m_process, 10000))
            return false;
    }
    collect();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QByteArray AirlockProcess::standardOutput()
{
    collect();
    return m_out;
}

QByteArray AirlockProcess::standardError()
{
    collect();
    return m_err;
}

void AirlockProcess::collect()
{
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
}

} // namespace airlock::test
