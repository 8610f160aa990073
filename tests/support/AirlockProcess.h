#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace airlock::test {

// The one way tests launch the airlock executable built beside them ($AIRLOCK_BINARY_DIR/app/airlock):
// a long-running proxy (an instance, stopped with SIGTERM by its PID) or a one-shot command (run()).
// Every wait keeps the event loop turning, so backends living in the test's thread answer meanwhile.
class AirlockProcess
{
public:
    struct Result
    {
        bool finished = false; // false: it was still running at the timeout (and was killed)
        int exitCode = -1;     // -1 when it crashed or was killed
        QByteArray out;
        QByteArray err;
    };

    explicit AirlockProcess(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    ~AirlockProcess(); // SIGTERM, then SIGKILL if it does not end
    AirlockProcess(const AirlockProcess&) = delete;
    AirlockProcess& operator=(const AirlockProcess&) = delete;

    static QString binary();

    // Runs airlock with args to its end.
    static Result run(const QStringList& args,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000);
    // The same, for callers that want the exit code (-1 when it did not finish or crashed) and the output.
    static int run(const QStringList& args, QByteArray* out, QByteArray* err,
                   const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000);
    // Starts a long-running airlock in process, headless (--headless is added when args lack it), and returns
    // its port once it says it listens (0 on failure, with a qWarning); *output gets what it wrote to stderr.
    static quint16 start(QProcess& process, const QStringList& args,
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                         QByteArray* output = nullptr, int timeoutMs = 20000);

    // Instance form of start(): the port, or 0 with the reason and the output so far in *error.
    quint16 start(const QStringList& args, QString* error);
    // SIGTERM and wait; true when it exited normally with status 0.
    bool stop();
    QByteArray standardOutput(); // everything written to stdout so far
    QByteArray standardError();
    QProcess& process() { return m_process; }

private:
    void collect();

    QProcessEnvironment m_env;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace airlock::test
