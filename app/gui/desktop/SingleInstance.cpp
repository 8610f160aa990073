#include "gui/desktop/SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace airlock {

namespace {

constexpr qsizetype MaxLineBytes = 8192; // a request or answer is one short JSON line
constexpr int ConnectWindowMs = 3000;    // how long a just-started holder may take to listen
constexpr int AnswerTimeoutMs = 5000;    // how long a listening holder may take to answer
constexpr int ConnectRetryMs = 100;

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

SingleInstance::SingleInstance(QString directory, QString name, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_name(std::move(name))
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::defaultDirectory()
{
    // Qt creates the directory with mode 0700 when XDG_RUNTIME_DIR is unset, so it is the user's alone.
    QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty())
        directory = QDir::tempPath();
    return directory;
}

QString SingleInstance::canonicalConfigPath(const QString& path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QString SingleInstance::lockFilePath() const
{
    return QDir(m_directory).filePath(m_name + QStringLiteral(".lock"));
}

QString SingleInstance::serverPath() const
{
    return QDir(m_directory).filePath(m_name + QStringLiteral(".socket"));
}

SingleInstance::Outcome SingleInstance::start(const QString& configPath, bool raise)
{
    m_error.clear();
    m_runningConfig.clear();
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("cannot create the directory %1").arg(m_directory);
        return Outcome::Failed;
    }
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    // The holder runs for days: only a holder that is gone (QLockFile checks its pid and name) makes the lock
    // stale, never its age.
    m_lock->setStaleLockTime(0);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_lock->tryLock(0)) {
            if (!listen()) {
                m_lock->unlock();
                return Outcome::Failed;
            }
            m_configPath = canonicalConfigPath(configPath);
            return Outcome::Primary;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_error = tr("cannot create the lock file %1").arg(lockFilePath());
            return Outcome::Failed;
        }
        Outcome outcome = Outcome::Failed;
        if (contactPrimary(configPath, raise, &outcome) == Contact::Answered)
            return outcome;
        // A lock whose holder does not answer: a crashed instance whose pid now belongs to another process
        // of the same name, or a holder that hangs. Either way nobody serves the window: take over.
        if (attempt == 0)
            m_lock->removeStaleLockFile();
    }
    m_error = tr("the lock file %1 is held by a process that does not answer").arg(lockFilePath());
    return Outcome::Failed;
}

SingleInstance::Contact SingleInstance::contactPrimary(const QString& configPath, bool raise, Outcome* outcome)
{
    QLocalSocket socket;
    const QDeadlineTimer connectDeadline(ConnectWindowMs);
    for (;;) {
        socket.connectToServer(serverPath());
        if (socket.waitForConnected(int(qMax<qint64>(1, connectDeadline.remainingTime()))))
            break;
        socket.abort();
        if (connectDeadline.hasExpired())
            return Contact::NoAnswer;
        // The holder may be between taking the lock and listening: try again shortly, within the window.
        QThread::msleep(ConnectRetryMs);
    }

    const QJsonObject request{{QStringLiteral("request"), QStringLiteral("activate")},
                              {QStringLiteral("raise"), raise},
                              {QStringLiteral("config"), canonicalConfigPath(configPath)}};
    socket.write(jsonLine(request));
    const QDeadlineTimer answerDeadline(AnswerTimeoutMs);
    while (!socket.canReadLine()) {
        if (answerDeadline.hasExpired() || socket.bytesAvailable() > MaxLineBytes ||
            !socket.waitForReadyRead(int(qMax<qint64>(1, answerDeadline.remainingTime()))))
            return Contact::NoAnswer;
    }
    const QJsonObject answer = QJsonDocument::fromJson(socket.readLine(MaxLineBytes)).object();
    const QString result = answer.value(QStringLiteral("result")).toString();
    if (result == QLatin1String("activated")) {
        *outcome = Outcome::Activated;
    } else if (result == QLatin1String("different-config")) {
        m_runningConfig = answer.value(QStringLiteral("config")).toString();
        *outcome = Outcome::DifferentConfig;
    } else {
        return Contact::NoAnswer;
    }
    socket.disconnectFromServer();
    return Contact::Answered;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(serverPath())) {
        // A socket file left by a crashed instance: this process holds the lock, so nobody else serves it.
        QLocalServer::removeServer(serverPath());
        if (!m_server->listen(serverPath())) {
            m_error = tr("cannot listen on %1: %2").arg(serverPath(), m_server->errorString());
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onRequest(socket); });
        // A client that never sends its line is dropped.
        QTimer::singleShot(AnswerTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::onRequest(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxLineBytes)
            socket->abort();
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine(MaxLineBytes)).object();
    if (request.value(QStringLiteral("request")).toString() != QLatin1String("activate")) {
        socket->abort();
        return;
    }
    const QString theirs = canonicalConfigPath(request.value(QStringLiteral("config")).toString());
    if (theirs != m_configPath) {
        // Silently ignoring the other file would leave its user wondering why their routes are missing.
        socket->write(jsonLine({{QStringLiteral("result"), QStringLiteral("different-config")},
                                {QStringLiteral("config"), m_configPath}}));
        socket->disconnectFromServer();
        return;
    }
    socket->write(jsonLine({{QStringLiteral("result"), QStringLiteral("activated")}}));
    socket->disconnectFromServer();
    emit activationRequested(request.value(QStringLiteral("raise")).toBool(true));
}

} // namespace airlock
