#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace airlock {

// One desktop app per user. The first window-mode launch holds a lock file in the user's runtime directory and
// listens on a local socket next to it; a later launch fails to take the lock, connects, asks the first to
// activate its window and exits. A lock left by a crashed instance is recovered: QLockFile drops it when its
// process is gone, and a lock whose holder does not answer on the socket is removed. Headless instances never
// come here (they may run beside the app on other ports).
//
// Protocol: the client sends one JSON line {"request":"activate","raise":bool,"config":path}; the server answers
// one JSON line {"result":"activated"} or {"result":"different-config","config":its path}.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Primary,         // this process holds the lock and answers later launches
        Activated,       // another instance runs the same config and was asked to activate
        DifferentConfig, // another instance runs another config file; runningConfig() names it
        Failed           // neither holding the lock nor reaching its holder: error() says why
    };
    Q_ENUM(Outcome)

    // directory: where the lock and the socket live (defaultDirectory() in the app, a temporary one in tests);
    // name: the base name of both files.
    SingleInstance(QString directory, QString name, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The user's runtime directory (XDG_RUNTIME_DIR), private to the user.
    static QString defaultDirectory();
    static QString defaultName() { return QStringLiteral("airlock"); }
    // The form both sides compare: the canonical path of an existing file, else the clean absolute one.
    static QString canonicalConfigPath(const QString& path);

    // Takes the lock or hands the request to its holder. configPath is compared canonically; raise false
    // (--minimized) asks the running instance not to raise its window. Blocks for at most a few seconds.
    Outcome start(const QString& configPath, bool raise);

    QString runningConfig() const { return m_runningConfig; }
    QString error() const { return m_error; }
    QString lockFilePath() const;
    QString serverPath() const;

signals:
    // A later launch with the same config asked for the window; raise is false for --minimized.
    void activationRequested(bool raise);

private:
    enum class Contact { Answered, NoAnswer };
    Contact contactPrimary(const QString& configPath, bool raise, Outcome* outcome);
    bool listen();
    void onNewConnection();
    void onRequest(QLocalSocket* socket);

    QString m_directory;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
    QString m_configPath; // canonical, while Primary
    QString m_runningConfig;
    QString m_error;
};

} // namespace airlock
