#pragma once

#include "http/HttpHeadParser.h"
#include "probe/ProbeOptions.h"
#include "probe/ProbeResult.h"
#include "tunnel/UpstreamError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QHostInfo;
class QTcpSocket;

namespace airlock {

class FrameTap;
class UpstreamConnector;

// Performs one WebSocket handshake like a client and times every phase: DNS, TCP, proxy CONNECT, TLS,
// upgrade, and a clean 1000 close. Used by `airlock probe`. Lives in the thread that creates it.
class HandshakeProbe : public QObject
{
    Q_OBJECT
public:
    explicit HandshakeProbe(ProbeOptions options, QObject* parent = nullptr);
    ~HandshakeProbe() override;

    void start();
    const ProbeResult& result() const { return m_result; }

signals:
    void finished();

private:
    void onLookedUp(const QHostInfo& info);
    void onUpstreamFailed(UpstreamError error, const QString& detail);
    void onConnected();
    void onReadyRead();
    void onTimeout();
    void notePhase(const QString& name, const QString& detail = {});
    void finish(bool ok, FailureReason failure, const QString& detail, int classifyAs);

    ProbeOptions m_options;
    ProbeResult m_result;
    QElapsedTimer m_clock;
    QTimer m_timer;
    UpstreamConnector* m_connector = nullptr;
    QTcpSocket* m_socket = nullptr;
    HttpHeadParser m_parser{HttpHeadParser::Kind::Response};
    QByteArray m_key;
    bool m_upgraded = false;
    bool m_done = false;
    std::unique_ptr<FrameTap> m_closeReader;
};

} // namespace airlock
