#include "EchoServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airlock-bench-echo"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("WebSocket echo backend for airlock-bench: echoes every frame unmasked with its opcode."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default: a free one)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    parser.addOption(port);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const uint value = parser.value(port).toUInt(&ok);
    if (!ok || value > 65535) {
        err << "airlock-bench-echo: invalid --port\n";
        return 2;
    }
    airlock::bench::EchoServer server;
    QString error;
    if (!server.listen(quint16(value), &error)) {
        err << "airlock-bench-echo: cannot listen: " << error << '\n';
        return 1;
    }
    // Scripts read the chosen port from this line.
    out << "listening on 127.0.0.1:" << server.port() << Qt::endl;
    return app.exec();
}
