#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

// Debian's Chromium, headless, driven over the DevTools protocol (a WebSocket on a free loopback port).
// Every wait spins the event loop, so backends living in the test thread keep serving meanwhile.
class HeadlessChromium : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessChromium(QObject* parent = nullptr);
    ~HeadlessChromium() override;

    // The chromium executable on PATH; empty when it is not installed.
    static QString executable();

    bool start(QString* error);
    // Closes the browser and waits for its process; kills it (by its PID) if it does not exit.
    void stop();
    QString product() const { return m_product; } // "Chrome/156.0.8078.79" or similar

    // Opens a new tab, navigates it to url and waits for the load event. Returns the DevTools session
    // of the tab, empty on failure.
    QString openPage(const QUrl& url, QString* error, int timeoutMs = 10000);
    void closePage(const QString& session);
    // Evaluates expression in the page, awaiting a promise it returns, and gives back its JSON value.
    QJsonValue evaluate(const QString& session, const QString& expression, QString* error, int timeoutMs = 10000);
    // What the page's console and network stack logged, e.g. why a WebSocket handshake failed.
    QStringList log(const QString& session) const { return m_logs.value(session); }

private:
    QJsonObject call(const QString& method, const QJsonObject& params, const QString& session, QString* error,
                     int timeoutMs = 10000);
    void onDevToolsMessage(const QString& text);
    QString stderrTail() const;

    QProcess m_process;
    QTemporaryDir m_profile;
    QWebSocket m_devTools;
    QByteArray m_stderr;
    QString m_product;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
    QHash<QString, QStringList> m_logs;
    QHash<QString, QString> m_targets;      // session -> target id
    QHash<QString, QSet<QString>> m_loaded; // session -> loader ids whose load event fired
};
