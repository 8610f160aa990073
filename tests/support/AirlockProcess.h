#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// The real airlock executable (from AIRLOCK_BINARY_DIR) as a child process: a long-running proxy that is
// stopped with SIGTERM, or a one-shot command. Only this child is ever signalled, by its PID.
class AirlockProcess
{
public:
    explicit AirlockProcess(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    ~AirlockProcess();
    AirlockProcess(const AirlockProcess&) = delete;
    AirlockProcess& operator=(const AirlockProcess&) = delete;

    static QString binary();

    // Starts airlock with arguments and waits until it says it listens; returns that port, 0 on failure
    // (with the reason and its output in *error).
    quint16 start(const QStringList& arguments, QString* error);
    // SIGTERM and wait; true when it exited normally with status 0.
    bool stop();
    QByteArray standardOutput(); // everything written to stdout so far
    QByteArray standardError();

    // Runs a command that ends by itself (export-har, --check-config ...); returns its exit code, -1 if
    // it did not finish within timeoutMs.
    static int run(const QStringList& arguments, QByteArray* out, QByteArray* err,
                   const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000);

private:
    void collect();

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};
