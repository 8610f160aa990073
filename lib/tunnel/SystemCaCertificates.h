#pragma once

#include <QList>
#include <QSslCertificate>

namespace airlock {

// The system's trusted CA certificates, read once per process (thread-safe). Reading them parses every
// file in the system certificate directory, hundreds of PEM files: doing that for each TLS connection
// blocked the calling worker's event loop, and every session on it, for half a second or more.
// A process that times TLS phases can call it early to pay that cost up front.
const QList<QSslCertificate>& systemCaCertificates();

} // namespace airlock
