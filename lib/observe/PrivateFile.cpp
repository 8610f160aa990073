#include "observe/PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace airlock {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

bool PrivateFile::open(QFile& file, const QString& path, Mode mode, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    const int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | (mode == Mode::Append ? O_APPEND : O_TRUNC);
    int fd = -1;
    // Retried only when a signal interrupted the call, a bounded number of times.
    for (int attempt = 0; attempt < 100; ++attempt) {
        fd = ::open(native.constData(), flags, S_IRUSR | S_IWUSR);
        if (fd >= 0 || errno != EINTR)
            break;
    }
    if (fd < 0) {
        const int cause = errno;
        if (error) {
            *error =
                cause == ELOOP
                    ? QStringLiteral("%1 is a symbolic link; Airlock does not write its files through one").arg(path)
                    : QStringLiteral("%1: %2").arg(path, errnoText(cause));
        }
        return false;
    }
    // A file left by an older version or another tool with the umask's mode becomes private too; a
    // device such as /dev/null, or a file of another user, is left alone.
    struct stat st = {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid() && (st.st_mode & 0077) != 0)
        ::fchmod(fd, S_IRUSR | S_IWUSR);
    const QIODevice::OpenMode openMode =
        QIODevice::WriteOnly | (mode == Mode::Append ? QIODevice::Append : QIODevice::Truncate);
    if (!file.open(fd, openMode, QFileDevice::AutoCloseHandle)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        ::close(fd);
        return false;
    }
    return true;
}

bool PrivateFile::makeFolder(const QString& folder, QString* error)
{
    // The missing folders, innermost first; a path has a bounded number of components.
    QStringList missing;
    QString at = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    for (int depth = 0; depth < 256 && !QFileInfo::exists(at); ++depth) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString& path : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) != 0 && errno != EEXIST) {
            const int cause = errno;
            if (error)
                *error = QStringLiteral("cannot create folder %1: %2").arg(path, errnoText(cause));
            return false;
        }
    }
    return true;
}

} // namespace airlock
