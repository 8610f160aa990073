#pragma once

#include "config/Config.h"
#include "http/HttpHead.h"
#include "observe/RequestRecord.h"
#include "observe/SessionSnapshot.h"
#include "proxy/DeadlineQueue.h"
#include "proxy/Pump.h"
#include "proxy/PumpLoop.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QTcpSocket;
class QSslSocket;

namespace airlock {

class CaptureBudget;
class MessageCapture;

// An open WebSocket session between two sockets: both pumps, Airlock's keepalive pings, the idle limit,
// the bounded drain after one side ended or a close began, and the record of who closed and how (the
// first close seen wins; a protocol violation overrides it, because Airlock then closes both sides).
// Two modes share that logic: a tunnel passes frames through unchanged, a tcp:// bridge ends the
// WebSocket itself and carries message payloads over a plain TCP backend.
//
// It owns the backend socket (given when made) and only reads and writes the client socket, which stays
// its caller's. When its part is over it says so once: ended() when the backend leg is closed or closing
// on its own and the client leg is for the caller to close, or finished() when both legs are closed (or
// were aborted because the drain ran out). Lives on the session's worker thread; its keepalive, idle and
// drain deadlines are entries in that thread's DeadlineQueue, not timers of its own.
class WebSocketTunnel : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        bool bridge = false;
        quint64 sessionId = 0; // marks Airlock's own pings, so only their pongs are dropped
        bool strictFrames = false;
        qint64 maxMessageBytes = 0;
        bool deflateNegotiated = false;
        int pingMs = 0;  // keepalive interval, 0 = none
        int idleMs = 0;  // 0 = no idle limit
        int drainMs = 0; // bound on the closing handshake and on a released backend's last writes

        static Settings forRoute(const RouteConfig& route, quint64 sessionId, bool bridge, bool deflateNegotiated);
    };
    // The route's message capture, none when it is off; the request's credentials and the secret query
    // values of the backend target (the route's backend URL query included) are masked in it.
    static std::unique_ptr<MessageCapture> captureFor(const RouteConfig& route, const HttpHead& request,
                                                      const QByteArray& backendTarget, CaptureBudget* budget);

    WebSocketTunnel(QTcpSocket* client, QTcpSocket* backend, const Settings& settings,
                    std::unique_ptr<MessageCapture> capture, QObject* parent);
    ~WebSocketTunnel() override;

    // Starts moving bytes: clientInput and backendInput arrived with the handshake; backendEof when the
    // backend already ended its side.
    void start(QByteArray clientInput, QByteArray backendInput, bool backendEof);
    // Airlock ends an open session (idle limit, shutdown): close frames both ways where a frame may go.
    void closeByAirlock(quint16 code, const QByteArray& reason);
    // Teardown of the session: stops the timers and aborts the backend leg; no signal follows.
    void abort();
    bool isOpen() const { return m_phase == Phase::Open; }

    // The close, the failure (if any), counts and captured messages, for the session's record.
    void fillRecord(RequestRecord& record);
    // Counts so far and the keepalive round trips, for a live snapshot (see SessionSnapshot).
    void fillSnapshot(SessionSnapshot& snapshot) const;

signals:
    void ended();
    void finished();

private:
    enum class Phase { Open, Draining, Done };

    void onClientReadFinished();
    void onClientDisconnected();
    void onBackendReadFinished();
    void onBackendDisconnected();
    void resumePumpInto(const Pump& pump, QTcpSocket* written);
    void onKeepaliveTimeout();
    void onIdleTimeout();
    void onDrainTimeout();
    void notePongs();

    void pump();
    void pumpOnce();
    void touchIdle();
    qint64 peerActivity() const;
    void startDrainTimer();
    void noteClose(int code, const QByteArray& reason, RequestRecord::Side side);
    void maybeFinish();
    void closeAfterLegEnded(bool backendEnded);
    void closeBridgeByClient();
    void handleViolation(bool fromClient);
    void closeBackend();
    void releaseBackend();
    void stopTimers();
    void end();

    QTcpSocket* m_client;
    QTcpSocket* m_backend;
    const Settings m_settings;
    std::unique_ptr<MessageCapture> m_capture; // route capture.enabled: fed by both taps
    Phase m_phase = Phase::Open;

    Pump m_up;   // client -> backend
    Pump m_down; // backend -> client
    bool m_clientEof = false;
    bool m_backendEof = false;
    PumpLoop m_pumpLoop;

    Deadline m_keepaliveTimer; // Airlock's pings, re-armed each time
    Deadline m_idleTimer;      // re-arms itself for the quiet time left
    Deadline m_drainTimer;     // bounds everything after one side ended or a close began
    QByteArray m_keepaliveMarker;
    quint64 m_keepaliveCounter = 0;
    qint64 m_pingsSent = 0;
    QElapsedTimer m_lastActivity;
    // Keepalive round trips, per leg (0 client, 1 backend): when the oldest unanswered ping went out, the
    // answered pongs counted so far, and the latest round trip (-1 unknown).
    QElapsedTimer m_clock;
    bool m_awaitingPong[2] = {false, false};
    qint64 m_pingSentAt[2] = {0, 0};
    qint64 m_pongsSeen[2] = {0, 0};
    qint64 m_rttMs[2] = {-1, -1};

    int m_closeCode = 0;
    QByteArray m_closeReason;
    RequestRecord::Side m_closeSide = RequestRecord::Side::None;
    FailureReason m_failureReason = FailureReason::None;
    QString m_failureDetail;
};

} // namespace airlock
