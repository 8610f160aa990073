#include "EchoServer.h"
#include "TcpEchoServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airlock-bench-echo"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("WebSocket echo backend for airlock-bench: echoes every frame "
                                                    "unmasked with its opcode (--tcp: a plain TCP echo)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default: a free one)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    parser.addOption(port);
    const QCommandLineOption tcp(QStringLiteral("tcp"),
                                 QStringLiteral("Plain TCP echo (every byte back) instead of WebSocket, for bridges."));
    parser.addOption(tcp);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const uint value = parser.value(port).toUInt(&ok);
    if (!ok || value > 65535) {
        err << "airlock-bench-echo: invalid --port\n";
        return 2;
    }
    airlock::bench::EchoServer wsServer;
    airlock::bench::TcpEchoServer tcpServer;
    QString error;
    const bool listening =
        parser.isSet(tcp) ? tcpServer.listen(quint16(value), &error) : wsServer.listen(quint16(value), &error);
    if (!listening) {
        err << "airlock-bench-echo: cannot listen: " << error << '\n';
        return 1;
    }
    // Scripts read the chosen port from this line.
    out << "listening on 127.0.0.1:" << (parser.isSet(tcp) ? tcpServer.port() : wsServer.port()) << Qt::endl;
    return app.exec();
}
