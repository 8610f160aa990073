#pragma once

#include <QHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace airlock {

// Test PKI made with the openssl command line into a temporary directory, once per process:
// a CA, a "localhost" + 127.0.0.1 server certificate signed by it, and an unrelated second CA.
// Further leaf certificates for other names can be issued on demand (signed by the CA).
class TestCertificates
{
public:
    struct Leaf
    {
        QString certPath;
        QString keyPath;
        QSslCertificate certificate;
        QSslKey key;
    };

    // The shared instance; generated on first use. Check isValid() / errorString().
    static TestCertificates& instance();

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QString caPath() const { return m_caPath; }
    QSslCertificate caCertificate() const { return m_caCertificate; }
    QString otherCaPath() const { return m_otherCaPath; }
    QSslCertificate otherCaCertificate() const { return m_otherCaCertificate; }

    // Server certificate for DNS:localhost and IP:127.0.0.1.
    const Leaf& server() const { return m_server; }
    QString serverCertPath() const { return m_server.certPath; }
    QString serverKeyPath() const { return m_server.keyPath; }
    QSslCertificate serverCertificate() const { return m_server.certificate; }
    QSslKey serverKey() const { return m_server.key; }

    // A certificate signed by the CA whose SANs are exactly dnsNames and ipAddresses (cached by
    // common name). Returns an empty Leaf and sets errorString() on failure.
    Leaf issue(const QString& commonName, const QStringList& dnsNames, const QStringList& ipAddresses = {});

    // A server-side TLS configuration presenting leaf (no client certificates asked for).
    static QSslConfiguration serverConfiguration(const Leaf& leaf);

private:
    TestCertificates();
    bool generate();
    bool makeCa(const QString& name, const QString& subject, QString* certPath);
    bool runOpenssl(const QStringList& arguments);
    bool loadLeaf(Leaf* leaf);
    QString path(const QString& fileName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    QString m_caPath;
    QString m_caKeyPath;
    QSslCertificate m_caCertificate;
    QString m_otherCaPath;
    QSslCertificate m_otherCaCertificate;
    Leaf m_server;
    QHash<QString, Leaf> m_issued;
    int m_serial = 1;
};

} // namespace airlock
