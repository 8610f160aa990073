#include "ProbeCommand.h"

#include "probe/HandshakeProbe.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTextStream>

namespace airlock {

int ProbeCommand::run(QCoreApplication& app, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Perform one WebSocket handshake like a client and print every phase with its "
                                        "time, both heads (secrets redacted), the outcome and its classification."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("probe"), tr("The probe command."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// URL to probe."));
    const QCommandLineOption via(QStringLiteral("via"),
                                 tr("Go through this HTTP CONNECT proxy (http://[user:pass@]host:port)."),
                                 QStringLiteral("PROXY"));
    const QCommandLineOption header({QStringLiteral("H"), QStringLiteral("header")}, tr("Add a request header."),
                                    QStringLiteral("Name: value"));
    const QCommandLineOption subprotocol(QStringLiteral("subprotocol"), tr("Offer this subprotocol (repeatable)."),
                                         QStringLiteral("P"));
    const QCommandLineOption origin(QStringLiteral("origin"), tr("Send this Origin, as a browser would."),
                                    QStringLiteral("ORIGIN"));
    const QCommandLineOption ca(QStringLiteral("ca"), tr("Also trust the CA certificates in FILE (PEM)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption serverName(QStringLiteral("server-name"), tr("TLS server name (SNI and verification)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption insecure(QStringLiteral("insecure"), tr("Do not verify the server's certificate."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Limit for each phase in milliseconds (default 10000)."), QStringLiteral("MS"),
                                     QStringLiteral("10000"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({via, header, subprotocol, origin, ca, serverName, insecure, timeout, json});
    parser.process(arguments);

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << tr("usage: airlock probe URL [options]; see airlock probe --help") << '\n';
        return 1;
    }
    ProbeOptions options;
    options.url = QUrl(positional.at(1));
    if (!options.url.isValid() ||
        (options.url.scheme() != QLatin1String("ws") && options.url.scheme() != QLatin1String("wss")) ||
        options.url.host().isEmpty()) {
        err << tr("airlock probe: \"%1\" is not a ws:// or wss:// URL").arg(positional.at(1)) << '\n';
        return 1;
    }
    if (parser.isSet(via)) {
        const QUrl proxy(parser.value(via));
        if (proxy.scheme() != QLatin1String("http") || proxy.host().isEmpty()) {
            err << tr("airlock probe: --via must be http://[user:pass@]host:port") << '\n';
            return 1;
        }
        options.via = proxy;
    }
    for (const QString& h : parser.values(header)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0) {
            err << tr("airlock probe: header \"%1\" is not \"Name: value\"").arg(h) << '\n';
            return 1;
        }
        options.headers.append({h.left(colon).trimmed().toLatin1(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    for (const QString& p : parser.values(subprotocol))
        options.subprotocols.append(p.toLatin1());
    options.origin = parser.value(origin).toUtf8();
    options.tls.caFile = parser.value(ca);
    options.tls.serverName = parser.value(serverName);
    options.tls.insecure = parser.isSet(insecure);
    if (!options.tls.caFile.isEmpty() && QSslCertificate::fromPath(options.tls.caFile).isEmpty()) {
        err << tr("airlock probe: no PEM certificate in %1").arg(options.tls.caFile) << '\n';
        return 1;
    }
    bool ok = false;
    const int limit = parser.value(timeout).toInt(&ok);
    if (!ok || limit <= 0) {
        err << tr("airlock probe: --timeout must be a positive number of milliseconds") << '\n';
        return 1;
    }
    options.timeouts.connectMs = options.timeouts.proxyConnectMs = options.timeouts.tlsMs = limit;
    options.timeouts.upgradeMs = options.timeouts.drainMs = limit;

    HandshakeProbe probe(options);
    QObject::connect(&probe, &HandshakeProbe::finished, &app,
                     [&] { QCoreApplication::exit(probe.result().exitCode()); });
    probe.start();
    const int status = QCoreApplication::exec();
    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QJsonDocument(probe.result().toJson()).toJson(QJsonDocument::Compact) << '\n';
    else
        out << probe.result().toText();
    return status;
}

} // namespace airlock
