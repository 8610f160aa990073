#include "gui/DisplayCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

namespace airlock {

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCheck)
};

// A local X server listens on /tmp/.X11-unix/X<n> and, on Linux, on the abstract socket of the same name
// (all a sandbox may see).
bool localServerListens(const QString& number)
{
    const QByteArray path = "/tmp/.X11-unix/X" + number.toLatin1();
    if (QFileInfo::exists(QString::fromLatin1(path)))
        return true;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return true; // cannot tell: let Qt try
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path + 1, path.constData(), std::size_t(path.size())); // leading NUL: abstract
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + 1 + std::size_t(path.size()));
    const bool connected = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), length) == 0;
    ::close(fd);
    return connected;
}
} // namespace

bool DisplayCheck::available(QString* why)
{
    // A platform chosen explicitly (offscreen for tests, vnc, eglfs ...) is the user's call.
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    const QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty()) {
        *why = Texts::tr("no display found: neither DISPLAY nor WAYLAND_DISPLAY is set");
        return false;
    }
    // ":0", ":1.0", "unix:2": a local server listens on /tmp/.X11-unix/X<n>. A remote display (host:0)
    // cannot be checked without connecting, so Qt gets to try it.
    static const QRegularExpression local(QStringLiteral("^(?:unix)?:(\\d+)(?:\\.\\d+)?$"));
    const QRegularExpressionMatch match = local.match(display);
    if (match.hasMatch() && !localServerListens(match.captured(1))) {
        *why = Texts::tr("no X server is running on display %1").arg(display);
        return false;
    }
    return true;
}

} // namespace airlock
