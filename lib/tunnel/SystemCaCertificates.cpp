#include "tunnel/SystemCaCertificates.h"

#include <QSslConfiguration>

namespace airlock {

const QList<QSslCertificate>& systemCaCertificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

} // namespace airlock
