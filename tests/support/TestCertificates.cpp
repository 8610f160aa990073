#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>

namespace airlock {

TestCertificates& TestCertificates::instance()
{
    static TestCertificates certificates;
    return certificates;
}

TestCertificates::TestCertificates()
    : m_dir(std::make_unique<QTemporaryDir>())
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return;
    }
    generate();
}

QString TestCertificates::path(const QString& fileName) const
{
    return m_dir->filePath(fileName);
}

bool TestCertificates::runOpenssl(const QStringList& arguments)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        m_error = QStringLiteral("the openssl command is not installed (run scripts/setup-debian.sh)");
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool TestCertificates::makeCa(const QString& name, const QString& subject, QString* certPath)
{
    *certPath = path(name + QStringLiteral(".pem"));
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                       QStringLiteral("-out"), *certPath, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                       QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                       QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

bool TestCertificates::generate()
{
    if (!makeCa(QStringLiteral("ca"), QStringLiteral("/CN=Airlock Test CA"), &m_caPath))
        return false;
    m_caKeyPath = path(QStringLiteral("ca.key"));
    if (!makeCa(QStringLiteral("other-ca"), QStringLiteral("/CN=Airlock Unrelated Test CA"), &m_otherCaPath))
        return false;

    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_caPath, QSsl::Pem);
    const QList<QSslCertificate> otherCa = QSslCertificate::fromPath(m_otherCaPath, QSsl::Pem);
    if (ca.size() != 1 || otherCa.size() != 1) {
        m_error = QStringLiteral("cannot load the generated CA certificates");
        return false;
    }
    m_caCertificate = ca.constFirst();
    m_otherCaCertificate = otherCa.constFirst();

    m_server = issue(QStringLiteral("localhost"), {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")});
    return isValid();
}

TestCertificates::Leaf TestCertificates::issue(const QString& commonName, const QStringList& dnsNames,
                                               const QStringList& ipAddresses)
{
    if (m_caKeyPath.isEmpty())
        return Leaf();
    const auto cached = m_issued.constFind(commonName);
    if (cached != m_issued.constEnd())
        return *cached;

    const QString base = QStringLiteral("leaf-%1").arg(m_serial++);
    Leaf leaf;
    leaf.certPath = path(base + QStringLiteral(".pem"));
    leaf.keyPath = path(base + QStringLiteral(".key"));
    const QString csrPath = path(base + QStringLiteral(".csr"));
    const QString extPath = path(base + QStringLiteral(".ext"));

    QStringList sans;
    for (const QString& name : dnsNames)
        sans << QStringLiteral("DNS:") + name;
    for (const QString& ip : ipAddresses)
        sans << QStringLiteral("IP:") + ip;
    QFile ext(extPath);
    if (!ext.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write %1").arg(extPath);
        return Leaf();
    }
    QByteArray extensions = QByteArrayLiteral("basicConstraints=CA:FALSE\n"
                                              "keyUsage=critical,digitalSignature,keyEncipherment\n"
                                              "extendedKeyUsage=serverAuth\n");
    if (!sans.isEmpty())
        extensions += QByteArrayLiteral("subjectAltName=") + sans.join(QLatin1Char(',')).toUtf8() + '\n';
    ext.write(extensions);
    ext.close();

    if (!runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), leaf.keyPath, QStringLiteral("-out"), csrPath,
                     QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName}))
        return Leaf();
    if (!runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrPath,
                     QStringLiteral("-CA"), m_caPath, QStringLiteral("-CAkey"), m_caKeyPath,
                     QStringLiteral("-set_serial"), QString::number(1000 + m_serial), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), extPath, QStringLiteral("-out"), leaf.certPath}))
        return Leaf();
    if (!loadLeaf(&leaf))
        return Leaf();
    m_issued.insert(commonName, leaf);
    return leaf;
}

bool TestCertificates::loadLeaf(Leaf* leaf)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(leaf->certPath, QSsl::Pem);
    QFile keyFile(leaf->keyPath);
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot load the generated certificate %1").arg(leaf->certPath);
        return false;
    }
    leaf->certificate = certificates.constFirst();
    leaf->key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (leaf->key.isNull()) {
        m_error = QStringLiteral("cannot load the generated key %1").arg(leaf->keyPath);
        return false;
    }
    return true;
}

QSslConfiguration TestCertificates::serverConfiguration(const Leaf& leaf)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(leaf.certificate);
    config.setPrivateKey(leaf.key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace airlock
