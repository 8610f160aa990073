#include "AirlockProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

AirlockProcess::AirlockProcess(const QProcessEnvironment& env)
{
    m_process.setProcessEnvironment(env);
}

AirlockProcess::~AirlockProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString AirlockProcess::binary()
{
    return qEnvironmentVariable("AIRLOCK_BINARY_DIR") + QStringLiteral("/app/airlock");
}

void AirlockProcess::collect()
{
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
}

quint16 AirlockProcess::start(const QStringList& arguments, QString* error)
{
    m_process.start(binary(), arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process.errorString());
        return 0;
    }
    static const QRegularExpression listening(QStringLiteral("listening on [^ ]+:(\\d+)"));
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        collect();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_err));
        // The start-up lines are written in one go, ending with a newline.
        if (match.hasMatch() && m_err.endsWith('\n'))
            return quint16(match.captured(1).toUInt());
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(100);
    }
    collect();
    *error = QStringLiteral("airlock did not start listening: %1").arg(QString::fromUtf8(m_err));
    return 0;
}

bool AirlockProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
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

int AirlockProcess::run(const QStringList& arguments, QByteArray* out, QByteArray* err, const QProcessEnvironment& env,
                        int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
