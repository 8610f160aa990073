// Soak: 200 WebSocket sessions open at once through the airlock binary, each sending 100 messages of mixed
// sizes (every length encoding, up to 300,000 bytes) and both types to an echo backend. Every client must
// get its own 100 messages back, each with its type and exact content, in the order it sent them.
#include "AirlockProcess.h"
#include "EchoBackend.h"
#include "OpenClient.h"
#include "SpinUntil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

using namespace airlock::test;

namespace {

struct Message
{
    bool binary = false;
    QByteArray payload;
    bool operator==(const Message&) const = default;
};

// Message j of session i: its size, type and bytes follow from (i, j), and it starts with both numbers.
Message message(int i, int j)
{
    static const int small[] = {8, 125, 126, 127, 500, 1000, 3000, 8000};
    static const int large[] = {65535, 65536, 131072, 300000};
    const int size = j % 50 == 0 ? large[(i + j / 50) % 4] : small[(i * 7 + j) % 8];
    Message m;
    m.binary = (i + j) % 2 == 1;
    m.payload = QByteArray::number(i) + ':' + QByteArray::number(j) + ':';
    m.payload.reserve(size);
    quint32 x = quint32(i * 1000 + j + 1) * 2654435761u;
    while (m.payload.size() < size) {
        x = x * 1664525u + 1013904223u;
        // Text stays printable ASCII (valid UTF-8); binary takes any byte.
        m.payload.append(m.binary ? char(x >> 24) : char('a' + (x >> 24) % 26));
    }
    return m;
}

} // namespace

class tst_SoakConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manySessionsKeepEveryMessageInOrder();

private:
    QTemporaryDir m_dir;
};

void tst_SoakConcurrency::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(AirlockProcess::binary()));
}

void tst_SoakConcurrency::manySessionsKeepEveryMessageInOrder()
{
    const int sessions = 200;
    const int messages = 100;
    EchoBackend backend;
    QVERIFY(backend.listen());
    const QString configPath = m_dir.filePath(QStringLiteral("concurrency.json"));
    {
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(R"({"listen":{"port":0},"log":{"file":"%1"},"routes":[{"name":"echo",)"
                                    R"("path":"/echo","backend":"%2","upstreamProxy":"none"}]})")
                         .arg(m_dir.filePath(QStringLiteral("concurrency.jsonl")), backend.url().toString())
                         .toUtf8());
    }
    AirlockProcess airlock;
    QString error;
    const quint16 port = airlock.start({QStringLiteral("--config"), configPath}, &error);
    QVERIFY2(port, qPrintable(error));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/echo").arg(port));

    std::vector<std::unique_ptr<QWebSocket>> clients;
    std::vector<QList<Message>> received(sessions);
    for (int i = 0; i < sessions; ++i) {
        clients.push_back(std::make_unique<QWebSocket>());
        QWebSocket* client = clients.back().get();
        QObject::connect(client, &QWebSocket::textMessageReceived, client, [&received, i](const QString& text) {
            received[i].append({false, text.toUtf8()});
        });
        QObject::connect(client, &QWebSocket::binaryMessageReceived, client, [&received, i](const QByteArray& data) {
            received[i].append({true, data});
        });
        client->open(url);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.cbegin(), clients.cend(),
                                         [](const auto& c) { return c->state() != QAbstractSocket::ConnectingState; }),
                             30000);
    for (int i = 0; i < sessions; ++i)
        QVERIFY2(clients[i]->state() == QAbstractSocket::ConnectedState,
                 qPrintable(QStringLiteral("client %1: %2").arg(i).arg(clients[i]->errorString())));
    QCOMPARE(backend.connections(), sessions);

    // All 200 send at once, every message queued before any echo is read.
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (int j = 0; j < messages; ++j) {
        for (int i = 0; i < sessions; ++i) {
            const Message m = message(i, j);
            bytes += m.payload.size();
            if (m.binary)
                clients[i]->sendBinaryMessage(m.payload);
            else
                clients[i]->sendTextMessage(QString::fromUtf8(m.payload));
        }
    }
    const auto complete = [&] {
        return std::all_of(received.cbegin(), received.cend(), [&](const auto& r) { return r.size() >= messages; });
    };
    QVERIFY2(spinUntil(complete, 180000),
             qPrintable(QStringLiteral("%1 of %2 messages came back")
                            .arg(std::accumulate(received.cbegin(), received.cend(), 0,
                                                 [](int n, const auto& r) { return n + int(r.size()); }))
                            .arg(sessions * messages)));
    qInfo("%d sessions x %d messages (%lld payload bytes each way) echoed in %lld ms", sessions, messages, bytes,
          qint64(timer.elapsed()));
    for (int i = 0; i < sessions; ++i) {
        QCOMPARE(received[i].size(), messages);
        for (int j = 0; j < messages; ++j) {
            const Message expected = message(i, j);
            const Message& got = received[i].at(j);
            QVERIFY2(got == expected,
                     qPrintable(QStringLiteral("session %1, message %2: got %3 %4 bytes starting \"%5\"")
                                    .arg(i)
                                    .arg(j)
                                    .arg(got.binary ? QStringLiteral("binary") : QStringLiteral("text"))
                                    .arg(got.payload.size())
                                    .arg(QString::fromLatin1(got.payload.left(16)))));
        }
        QCOMPARE(clients[i]->state(), QAbstractSocket::ConnectedState);
    }
    for (auto& client : clients)
        client->close();
    QTRY_COMPARE_WITH_TIMEOUT(backend.closes(), sessions, 30000);
    QVERIFY2(airlock.stop(), airlock.standardError().constData());
}

QTEST_GUILESS_MAIN(tst_SoakConcurrency)
#include "tst_soakconcurrency.moc"
