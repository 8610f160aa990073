// The desktop app's cost on its GUI thread under load: a real ProxyService and MainWindow in this process,
// an echo backend and the load generator on threads of their own. Reports the GUI thread's CPU time as a
// share of one core, how late the window sees a new session (client open -> row in the Sessions model),
// and how late the GUI event loop runs a 10 ms timer. Not a test: figures go to stdout.
#include "EchoServer.h"
#include "GuiLoad.h"
#include "Percentiles.h"

#include "config/ConfigLoader.h"
#include "gui/MainWindow.h"
#include "service/ProxyService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <ctime>

using namespace airlock;
using namespace airlock::bench;

namespace {

qint64 threadCpuNs()
{
    timespec ts = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

template <typename T>
T* startInThread(QThread& thread, T* object)
{
    object->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, object, &QObject::deleteLater);
    thread.start();
    return object;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_NO_THREADED_GLIB", "1");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airlock-gui-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"), QStringLiteral("Long sessions (500)."),
                                            QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption rateOption(QStringLiteral("handshakes"), QStringLiteral("Handshakes per second (100)."),
                                        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measured seconds (20)."),
                                           QStringLiteral("S"), QStringLiteral("20"));
    parser.addOptions({sessionsOption, rateOption, secondsOption});
    parser.process(app);
    const int sessions = qBound(1, parser.value(sessionsOption).toInt(), 5000);
    const int handshakes = qBound(0, parser.value(rateOption).toInt(), 2000);
    const int seconds = qBound(1, parser.value(secondsOption).toInt(), 600);
    QTextStream out(stdout);

    QThread backendThread;
    QThread loadThread;
    const auto stopThreads = [&] {
        loadThread.quit();
        loadThread.wait();
        backendThread.quit();
        backendThread.wait();
    };
    // The echo server's sockets are members, so it is made on its thread rather than moved there.
    QObject backendContext;
    backendContext.moveToThread(&backendThread);
    backendThread.start();
    EchoServer* echo = nullptr;
    QString error;
    QMetaObject::invokeMethod(
        &backendContext,
        [&] {
            echo = new EchoServer;
            if (!echo->listen(0, &error)) {
                delete echo;
                echo = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!echo) {
        out << "echo backend: " << error << Qt::endl;
        stopThreads();
        return 1;
    }
    const quint16 echoPort = echo->port();
    QObject::connect(&backendThread, &QThread::finished, echo, &QObject::deleteLater);

    const QByteArray json = QStringLiteral(R"({"listen":{"address":"127.0.0.1","port":0},
        "limits":{"maxSessions":%1,"handshakesPerSecond":0},
        "routes":[{"name":"echo","path":"/echo","backend":"ws://127.0.0.1:%2/","upstreamProxy":"none"}]})")
                                .arg(sessions + 1000)
                                .arg(echoPort)
                                .toUtf8();
    const ConfigLoadResult loaded = ConfigLoader::fromJson(json, QProcessEnvironment::systemEnvironment());
    if (!loaded.ok()) {
        out << "config: " << loaded.errors.constFirst().toString() << Qt::endl;
        stopThreads();
        return 1;
    }
    ProxyService service(loaded.config);
    MainWindow window(&service, QString(), {});
    window.showView(MainWindow::View::Sessions);
    window.show();
    if (!service.start()) {
        out << "proxy: " << service.errorString() << Qt::endl;
        stopThreads();
        return 1;
    }

    // Connected after the window: when this runs for a batch, the window's models have applied it.
    QHash<quint16, qint64> openedAt;
    QList<qint64> visibleLatencyMs;
    QObject::connect(&service, &ProxyService::sessionsUpdated, &app,
                     [&](const QList<SessionSnapshot>& snapshots, const QList<quint64>&) {
                         const qint64 now = QDeadlineTimer::current().deadline();
                         for (const SessionSnapshot& snapshot : snapshots) {
                             const auto it = openedAt.find(snapshot.clientPort);
                             if (it != openedAt.end()) {
                                 visibleLatencyMs.append(now - it.value());
                                 openedAt.erase(it);
                             }
                         }
                     });

    auto* load = new GuiLoad(service.port(), sessions, handshakes);
    QObject::connect(load, &GuiLoad::sessionOpened, &app, [&](quint16 port, qint64 at) { openedAt.insert(port, at); });
    QObject::connect(load, &GuiLoad::failed, &app, [&](const QString& detail) {
        static int reported = 0;
        if (reported++ < 5)
            out << "load: " << detail << Qt::endl;
    });
    startInThread(loadThread, load);

    // Event-loop lateness of a 10 ms timer on the GUI thread.
    QList<qint64> lateUs; // microseconds
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        if (tick.isValid())
            lateUs.append(qMax<qint64>(0, tick.nsecsElapsed() / 1000 - 10000));
        tick.restart();
    });

    qint64 cpuStart = 0;
    QElapsedTimer wall;
    QTimer deadline;
    deadline.setSingleShot(true);
    int status = 0;
    QObject::connect(&deadline, &QTimer::timeout, &app, [&] {
        const double cpuMs = double(threadCpuNs() - cpuStart) / 1e6;
        const double wallMs = double(wall.elapsed());
        QMetaObject::invokeMethod(load, &GuiLoad::stop, Qt::BlockingQueuedConnection);
        out << "GUI benchmark: " << sessions << " live sessions, " << handshakes << " handshakes/s, " << seconds
            << " s measured, window on the Sessions view (" << QGuiApplication::platformName() << ")\n";
        out << QStringLiteral("  GUI thread busy          %1 % of one core (%2 ms CPU in %3 ms)\n")
                   .arg(100.0 * cpuMs / wallMs, 0, 'f', 1)
                   .arg(cpuMs, 0, 'f', 0)
                   .arg(wallMs, 0, 'f', 0);
        const Percentiles visible(visibleLatencyMs);
        out << QStringLiteral("  open -> row in Sessions  p50 %1 ms, p95 %2 ms, max %3 ms (%4 sessions)\n")
                   .arg(visible.at(0.5))
                   .arg(visible.at(0.95))
                   .arg(visible.max())
                   .arg(visible.count());
        const Percentiles late(lateUs);
        out << QStringLiteral("  10 ms timer lateness     p50 %1 ms, p99 %2 ms, max %3 ms\n")
                   .arg(double(late.at(0.5)) / 1000.0, 0, 'f', 1)
                   .arg(double(late.at(0.99)) / 1000.0, 0, 'f', 1)
                   .arg(double(late.max()) / 1000.0, 0, 'f', 1);
        out << QStringLiteral("  handshakes completed     %1 (%2/s); messages sent %3\n")
                   .arg(load->handshakesDone())
                   .arg(double(load->handshakesDone()) / (wallMs / 1000.0), 0, 'f', 0)
                   .arg(load->messagesSent());
        out.flush();
        app.quit();
    });
    QObject::connect(load, &GuiLoad::ready, &app, [&] {
        out << "all " << sessions << " sessions open; measuring" << Qt::endl;
        QMetaObject::invokeMethod(load, &GuiLoad::startTraffic);
        cpuStart = threadCpuNs();
        wall.start();
        probe.start();
        deadline.start(seconds * 1000);
    });
    QTimer rampLimit;
    rampLimit.setSingleShot(true);
    QObject::connect(&rampLimit, &QTimer::timeout, &app, [&] {
        if (!wall.isValid()) {
            out << "the sessions did not all open within 60 s" << Qt::endl;
            status = 1;
            app.quit();
        }
    });
    rampLimit.start(60000);
    QMetaObject::invokeMethod(load, &GuiLoad::start);
    app.exec();
    stopThreads();
    return status;
}
