#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace airlock::test {

// The one way tests launch the airlock executable built beside them ($AIRLOCK_BINARY_DIR/app/airlock).
// Both calls keep the event loop turning while they wait, so backends living in the test's thread answer.
class AirlockProcess
{
public:
    struct Result
    {
        bool finished = false; // false: it was still running at the timeout (and was killed)
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static QString binary();
    // Runs airlock with args to its end.
    static Result run(const QStringList& args,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000);
    // Starts a long-running airlock and returns its port once it says it listens (0 on failure, with a
    // qWarning); *output gets what it wrote to stderr by then.
    static quint16 start(QProcess& process, const QStringList& args,
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                         QByteArray* output = nullptr, int timeoutMs = 20000);
};

} // namespace airlock::test
