#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace airlock {

// A real forward proxy process for tests: tinyproxy (preferred) or squid, with a generated
// config in a temporary directory, listening on 127.0.0.1 on a free port and allowing
// CONNECT to any port. Runs in the foreground under QProcess; the destructor stops it by PID.
class ExternalProxy
{
public:
    // binary: path of tinyproxy or squid; the kind is taken from its file name.
    explicit ExternalProxy(QString binary = findBinary());
    ~ExternalProxy();
    ExternalProxy(const ExternalProxy&) = delete;
    ExternalProxy& operator=(const ExternalProxy&) = delete;

    // tinyproxy if installed, else squid, else an empty string.
    static QString findBinary();
    static QString findTinyproxy();
    static QString findSquid();

    // Requires Basic proxy credentials from the next start() on: tinyproxy with BasicAuth, squid with
    // basic_ncsa_auth and a password file made by `openssl passwd -apr1`. Empty user: no authentication.
    void setBasicAuth(const QString& user, const QString& password);

    // Starts the proxy and waits until it accepts connections (a few seconds at most).
    bool start(QString* error);
    void stop();

    QString binary() const { return m_binary; }
    bool isSquid() const;
    quint16 port() const { return m_port; }
    qint64 pid() const;
    // The proxy's own output and log file, for failure messages.
    QString log() const;

private:
    bool startOnce(QString* error);
    bool writeConfig(QString* configPath, QString* error);

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_user;
    QString m_password;
};

} // namespace airlock
