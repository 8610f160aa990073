#include "proxy/RawStreamLeg.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace airlock {

RawStreamLeg::RawStreamLeg(int descriptor, QObject* parent)
    : StreamLeg(parent)
    , m_fd(descriptor)
    , m_readNotifier(descriptor, QSocketNotifier::Read)
    , m_writeNotifier(descriptor, QSocketNotifier::Write)
{
    m_writeNotifier.setEnabled(false);
    connect(&m_readNotifier, &QSocketNotifier::activated, this, &RawStreamLeg::onReadable);
    connect(&m_writeNotifier, &QSocketNotifier::activated, this, &RawStreamLeg::onWritable);
}

RawStreamLeg::~RawStreamLeg()
{
    if (m_fd < 0)
        return;
    m_readNotifier.setEnabled(false);
    m_writeNotifier.setEnabled(false);
    ::close(m_fd);
}

RawStreamLeg* RawStreamLeg::takeOver(QTcpSocket* socket, QByteArray* input, QObject* parent)
{
    if (const QSslSocket* tls = qobject_cast<QSslSocket*>(socket); tls && tls->mode() != QSslSocket::UnencryptedMode)
        return nullptr;
    if (socket->state() != QAbstractSocket::ConnectedState)
        return nullptr;
    // The last bytes Qt was asked to send (a 101, an upgrade request) must be in the kernel first: Qt's
    // queue cannot be taken along. A fresh connection takes them at once; otherwise the Qt socket stays.
    socket->flush();
    if (socket->bytesToWrite() > 0)
        return nullptr;
    // O_NONBLOCK, which Qt set on its descriptor, belongs to the open file the duplicate shares.
    const int fd = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return nullptr;
    input->append(socket->readAll());
    // Its end is no event for anyone: it only closes its own descriptor, the connection lives on in ours.
    socket->disconnect();
    socket->abort();
    socket->deleteLater();
    return new RawStreamLeg(fd, parent);
}

qint64 RawStreamLeg::read(char* data, qint64 maxSize)
{
    if (m_fd < 0 || m_inputEnded || m_failed || m_closing || maxSize <= 0)
        return 0;
    m_readAttempted = true;
    ssize_t n;
    do {
        n = ::recv(m_fd, data, size_t(maxSize), 0);
    } while (n < 0 && errno == EINTR);
    if (n > 0) {
        m_readNotifier.setEnabled(true);
        return n;
    }
    // A reset ends the input like an orderly end, as for a Qt socket.
    m_mayRead = false;
    if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
        m_inputEnded = true;
        noteFailure();
        return 0;
    }
    m_readNotifier.setEnabled(true);
    return 0;
}

void RawStreamLeg::discardInput()
{
    char buffer[16 * 1024];
    for (int i = 0; i < 64 && read(buffer, sizeof buffer) > 0; ++i) {
    }
}

void RawStreamLeg::write(const char* data, qint64 size)
{
    if (m_fd < 0 || m_failed || size <= 0)
        return;
    if (bytesToWrite() == 0) {
        ssize_t n;
        do {
            n = ::send(m_fd, data, size_t(size), MSG_NOSIGNAL);
        } while (n < 0 && errno == EINTR);
        if (n < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                noteFailure();
                return;
            }
            n = 0;
        }
        data += n;
        size -= n;
        if (size == 0)
            return;
    } else if (m_pendingOffset > 0) {
        m_pending.remove(0, m_pendingOffset);
        m_pendingOffset = 0;
    }
    m_pending.append(data, qsizetype(size));
    m_writeNotifier.setEnabled(true);
}

void RawStreamLeg::disconnectFromHost()
{
    if (m_fd < 0)
        return;
    m_closing = true;
    m_readNotifier.setEnabled(false);
    if (bytesToWrite() == 0)
        close();
}

void RawStreamLeg::abort()
{
    close();
}

void RawStreamLeg::shutdownWrite()
{
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_WR);
}

void RawStreamLeg::onReadable()
{
    if (m_fd < 0)
        return;
    m_readAttempted = false;
    m_mayRead = true;
    emit readyRead();
    if (m_fd < 0)
        return;
    if (m_failed) {
        close(); // the end or the reset a read found
        return;
    }
    if (m_readAttempted)
        return;
    // No one read (held back, or stopped): look for the end without taking any data, then wait for a read.
    char byte;
    ssize_t n;
    do {
        n = ::recv(m_fd, &byte, 1, MSG_PEEK);
    } while (n < 0 && errno == EINTR);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
        m_inputEnded = true;
        close();
        return;
    }
    if (n > 0)
        m_readNotifier.setEnabled(false);
}

void RawStreamLeg::onWritable()
{
    if (m_fd < 0)
        return;
    ssize_t n;
    do {
        n = ::send(m_fd, m_pending.constData() + m_pendingOffset, size_t(bytesToWrite()), MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        close(); // EPIPE, ECONNRESET: what is queued is lost
        return;
    }
    m_pendingOffset += n;
    if (bytesToWrite() == 0) {
        m_writeNotifier.setEnabled(false);
        releaseQueue();
    }
    emit bytesWritten();
    if (m_fd >= 0 && m_closing && bytesToWrite() == 0)
        close();
}

// Found inside read() or write(): the caller is in the middle of its work, so the close comes from the
// event loop.
void RawStreamLeg::noteFailure()
{
    m_failed = true;
    m_readNotifier.setEnabled(false);
    m_writeNotifier.setEnabled(false);
    if (m_reportQueued)
        return;
    m_reportQueued = true;
    QMetaObject::invokeMethod(this, &RawStreamLeg::onInputEnded, Qt::QueuedConnection);
}

void RawStreamLeg::onInputEnded()
{
    m_reportQueued = false;
    close();
}

void RawStreamLeg::releaseQueue()
{
    m_pending = QByteArray();
    m_pendingOffset = 0;
}

void RawStreamLeg::close()
{
    if (m_fd < 0)
        return;
    m_readNotifier.setEnabled(false);
    m_writeNotifier.setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    m_closing = false;
    m_mayRead = false;
    releaseQueue();
    if (!m_endReported) {
        m_endReported = true;
        emit readChannelFinished();
    }
    emit disconnected();
}

} // namespace airlock
