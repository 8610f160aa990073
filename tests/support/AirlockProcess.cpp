#include "AirlockProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace airlock::test {

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
    result.finished = QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

quint16 AirlockProcess::start(QProcess& process, const QStringList& args, const QProcessEnvironment& env,
                              QByteArray* output, int timeoutMs)
{
    process.setProcessEnvironment(env);
    process.start(binary(), args);
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

} // namespace airlock::test
