#include "ExternalProxy.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace airlock {

namespace {

QString findProgram(const QString& name)
{
    // Proxies live in sbin, which is not always on PATH.
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) {
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                                      QStringLiteral("/usr/local/sbin"),
                                                      QStringLiteral("/usr/local/bin"), QStringLiteral("/sbin")});
    }
    return found;
}

// A port for a program that must bind it itself, so it cannot be reserved for it. Tests bind port 0,
// which the kernel serves from its ephemeral range: a number just below that range is never handed to
// them (reusing a closed port-0 number could be). Free when checked; start() retries if it was taken.
quint16 freeLocalPort()
{
    int ephemeralLow = 32768;
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (range.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = range.readAll().simplified().split(' ');
        ephemeralLow = qMax(2048, fields.value(0).toInt());
    }
    const int low = qMax(1024, ephemeralLow - 8000);
    for (int attempt = 0; attempt < 50; ++attempt) {
        const auto port = quint16(QRandomGenerator::global()->bounded(low, ephemeralLow));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

} // namespace

ExternalProxy::ExternalProxy(QString binary)
    : m_binary(std::move(binary))
{}

ExternalProxy::~ExternalProxy()
{
    stop();
}

QString ExternalProxy::findTinyproxy()
{
    return findProgram(QStringLiteral("tinyproxy"));
}

QString ExternalProxy::findSquid()
{
    return findProgram(QStringLiteral("squid"));
}

QString ExternalProxy::findBinary()
{
    const QString tinyproxy = findTinyproxy();
    return tinyproxy.isEmpty() ? findSquid() : tinyproxy;
}

bool ExternalProxy::isSquid() const
{
    return QFileInfo(m_binary).fileName().startsWith(QLatin1String("squid"));
}

qint64 ExternalProxy::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void ExternalProxy::setBasicAuth(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
}

bool ExternalProxy::writeConfig(QString* configPath, QString* error)
{
    QByteArray config;
    const QByteArray port = QByteArray::number(m_port);
    const QByteArray dir = QDir(m_dir->path()).absolutePath().toUtf8();
    QByteArray squidAccess = QByteArrayLiteral("http_access allow all\n");
    if (!m_user.isEmpty() && isSquid()) {
        // squid's own helper checks an htpasswd-style file; openssl writes the apr1 hash it reads.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), m_password});
        if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl passwd -apr1 failed: %1").arg(QString::fromLocal8Bit(openssl.readAll()));
            return false;
        }
        const QString passwords = m_dir->filePath(QStringLiteral("passwords"));
        QFile file(passwords);
        const QByteArray line = m_user.toUtf8() + ':' + openssl.readAllStandardOutput().trimmed() + '\n';
        if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size()) {
            *error = QStringLiteral("cannot write %1").arg(passwords);
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        squidAccess = QByteArrayLiteral("auth_param basic program /usr/lib/squid/basic_ncsa_auth ") +
                      passwords.toUtf8() +
                      QByteArrayLiteral("\nauth_param basic realm airlock-test\n"
                                        "acl authenticated proxy_auth REQUIRED\n"
                                        "http_access allow authenticated\n"
                                        "http_access deny all\n");
    }
    if (isSquid()) {
        config = QByteArrayLiteral("http_port 127.0.0.1:") + port + '\n' + QByteArrayLiteral("pid_filename ") + dir +
                 QByteArrayLiteral("/squid.pid\n") + QByteArrayLiteral("cache_log ") + dir +
                 QByteArrayLiteral("/cache.log\n") + QByteArrayLiteral("coredump_dir ") + dir + '\n' +
                 QByteArrayLiteral("access_log none\n"
                                   "cache deny all\n"
                                   "cache_mem 8 MB\n"
                                   "netdb_filename none\n"
                                   "pinger_enable off\n"
                                   "shutdown_lifetime 0 seconds\n") +
                 // Only 127.0.0.1 can reach the port, so every request may CONNECT anywhere (if authenticated).
                 squidAccess;
    } else {
        config = QByteArrayLiteral("Port ") + port + '\n' +
                 QByteArrayLiteral("Listen 127.0.0.1\n"
                                   "Timeout 600\n"
                                   "MaxClients 100\n"
                                   "Allow 127.0.0.1\n"
                                   "LogLevel Info\n"
                                   "DisableViaHeader Yes\n"
                                   // Without ConnectPort lines tinyproxy allows CONNECT to every port.
                                   "\n");
        if (!m_user.isEmpty())
            config += "BasicAuth " + m_user.toUtf8() + ' ' + m_password.toUtf8() + '\n';
    }
    *configPath = m_dir->filePath(isSquid() ? QStringLiteral("squid.conf") : QStringLiteral("tinyproxy.conf"));
    QFile file(*configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
        *error = QStringLiteral("cannot write %1").arg(*configPath);
        return false;
    }
    return true;
}

bool ExternalProxy::start(QString* error)
{
    if (m_binary.isEmpty()) {
        *error = QStringLiteral("neither tinyproxy nor squid is installed: run scripts/setup-debian.sh, which "
                                "installs both");
        return false;
    }
    if (!QFileInfo(m_binary).isExecutable()) {
        *error = QStringLiteral("%1 is not an executable: run scripts/setup-debian.sh").arg(m_binary);
        return false;
    }
    // The port is picked before the proxy binds it: if someone took it in between, pick another.
    for (int attempt = 1;; ++attempt) {
        if (startOnce(error))
            return true;
        if (attempt == 3)
            return false;
    }
}

bool ExternalProxy::startOnce(QString* error)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    // Squid started as root switches to its own user, which must still write its log here.
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                             QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    m_port = freeLocalPort();
    if (m_port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    QString configPath;
    if (!writeConfig(&configPath, error))
        return false;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir->path());
    const QStringList arguments = isSquid() ? QStringList{QStringLiteral("-N"), QStringLiteral("-f"), configPath}
                                            : QStringList{QStringLiteral("-d"), QStringLiteral("-c"), configPath};
    m_process->start(m_binary, arguments);
    if (!m_process->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_binary, m_process->errorString());
        return false;
    }

    // Ready once the port accepts a connection; give up if the process exits first.
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        if (m_process->waitForFinished(50)) {
            *error = QStringLiteral("%1 exited with code %2: %3").arg(m_binary).arg(m_process->exitCode()).arg(log());
            return false;
        }
    }
    *error = QStringLiteral("%1 did not listen on 127.0.0.1:%2 within 10 s: %3").arg(m_binary).arg(m_port).arg(log());
    stop();
    return false;
}

void ExternalProxy::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // Only our own child, by its PID: system instances of the same proxy are left alone.
        m_process->terminate();
        if (!m_process->waitForFinished(isSquid() ? 500 : 3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
}

QString ExternalProxy::log() const
{
    QString text;
    if (m_process)
        text = QString::fromLocal8Bit(m_process->readAll());
    if (m_dir && isSquid()) {
        QFile cacheLog(m_dir->filePath(QStringLiteral("cache.log")));
        if (cacheLog.open(QIODevice::ReadOnly))
            text += QString::fromLocal8Bit(cacheLog.readAll());
    }
    return text.trimmed();
}

} // namespace airlock
