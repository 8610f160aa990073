#pragma once

#include "http/HttpHead.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace airlock {

// An in-process HTTP CONNECT proxy for tests, on 127.0.0.1 with a free port. Each mode
// reproduces one behaviour of a real proxy; every CONNECT request is counted and recorded.
class TestConnectProxy : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode {
        Tunnel,      // connect to the target, answer 200, pipe both ways (502 if the target fails)
        RequireAuth, // like Tunnel with the right Basic credentials, else 407 + Proxy-Authenticate
        Refuse,      // answer the configured status and close
        Silent,      // accept the request and never answer
        RawAnswer    // write the configured bytes as the answer (optionally close), no tunnel
    };

    explicit TestConnectProxy(QObject* parent = nullptr);

    bool listenLocal();
    QUrl url() const; // http://127.0.0.1:port

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    void setCredentials(const QString& user, const QString& password);
    void setRefusal(int status, const QByteArray& reason);
    void setRawAnswer(const QByteArray& bytes, bool closeAfter);
    // CONNECT requests for host are tunnelled to address instead, like a proxy whose DNS knows
    // names the test machine does not; the recorded request keeps the name the client sent.
    void setHostOverride(const QString& host, const QString& address);

    int connectRequestCount() const { return m_connectRequestCount; }
    int tunnelCount() const { return m_tunnelCount; }
    HttpHead lastRequest() const { return m_lastRequest; }
    QByteArray lastRequestRaw() const { return m_lastRequestRaw; }

signals:
    void requestReceived();
    void tunnelOpened(const QString& target);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket* client);
    void answer(QTcpSocket* client, const HttpHead& request, const QByteArray& leftover);
    void openTunnel(QTcpSocket* client, const QString& target, const QByteArray& leftover);

    Mode m_mode = Mode::Tunnel;
    QByteArray m_expectedAuthorization;
    int m_refusalStatus = 403;
    QByteArray m_refusalReason = QByteArrayLiteral("Forbidden");
    QByteArray m_rawAnswer;
    bool m_rawAnswerCloses = true;
    int m_connectRequestCount = 0;
    int m_tunnelCount = 0;
    HttpHead m_lastRequest;
    QByteArray m_lastRequestRaw;
    QHash<QString, QString> m_hostOverrides; // lower-case host -> address
};

} // namespace airlock
