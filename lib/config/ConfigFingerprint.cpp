#include "config/ConfigFingerprint.h"

#include <QCryptographicHash>
#include <QFile>

namespace airlock {

QByteArray ConfigFingerprint::of(const QByteArray& content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

bool ConfigFingerprint::ofFile(const QString& path, QByteArray* fingerprint, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        *fingerprint = QByteArray();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *fingerprint = of(file.readAll());
    return true;
}

} // namespace airlock
