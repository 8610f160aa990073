#include "config/ConfigChecks.h"

#include "config/ConfigNames.h"
#include "config/OriginMatcher.h"
#include "config/RouteOrigin.h"
#include "http/HttpSyntax.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslCertificate>

#include <algorithm>

namespace airlock::ConfigChecks {

namespace {

bool isAsciiAlnum(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// RFC 9110 token: header names and subprotocol names.
bool isToken(const QString& text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii && HttpSyntax::isToken(text.toLatin1());
}

bool isHostName(const QString& text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QStringList labels = text.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (QChar c : label) {
            if (!isAsciiAlnum(c.unicode()) && c != QLatin1Char('-') && c != QLatin1Char('_'))
                return false;
        }
    }
    return true;
}

bool isHostOrAddress(const QString& text)
{
    QString bare = text;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    return address.setAddress(bare) || isHostName(text);
}

bool isEnvName(const QString& name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (QChar c : name) {
        if (!isAsciiAlnum(c.unicode()) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

// Characters a route path may hold: RFC 3986 pchar without '%', plus '/'.
bool isRoutePathChar(QChar c)
{
    static const QLatin1String kAllowed("-._~!$&'()*+,;=:@/");
    return isAsciiAlnum(c.unicode()) || kAllowed.contains(c);
}

// Header names Airlock writes itself; injecting them would break framing or the upgrade.
bool isManagedHeader(const QString& lowerName)
{
    static const QStringList kManaged = {
        QStringLiteral("connection"), QStringLiteral("keep-alive"),     QStringLiteral("proxy-connection"),
        QStringLiteral("te"),         QStringLiteral("trailer"),        QStringLiteral("transfer-encoding"),
        QStringLiteral("upgrade"),    QStringLiteral("content-length"), QStringLiteral("host"),
    };
    return kManaged.contains(lowerName) || lowerName.startsWith(QLatin1String("sec-websocket-"));
}

} // namespace

QString joinPath(const QString& path, const QString& key)
{
    // A key that is not a plain name (empty, or with spaces, brackets, quotes...) is quoted in brackets, so
    // every path names its key and is never empty: `[""]`, `listen["a b"]`. Dots pass: callers join
    // "tls.caFile" in one go.
    const bool plain = !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_') ||
               c == QLatin1Char('.');
    });
    if (!plain) {
        QString escaped = key;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return path + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
    }
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString resolveFile(const QString& file, const QString& baseDir)
{
    if (file.isEmpty() || baseDir.isEmpty() || QDir::isAbsolutePath(file))
        return file;
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(file));
}

std::optional<QString> stringItem(const QJsonValue& value, const QString& path, ConfigReport& report)
{
    if (value.isString())
        return value.toString();
    report.error(path, QStringLiteral("expected a string"));
    return std::nullopt;
}

QString fileNameToWrite(const QString& asWritten, const QString& inUse, const QString& baseDir)
{
    if (!asWritten.isNull() && resolveFile(asWritten, baseDir) == inUse)
        return asWritten;
    return inUse;
}

bool range(qint64 value, qint64 min, qint64 max, const QString& path, ConfigReport& report)
{
    if (value >= min && value <= max)
        return true;
    if (max < kIntMax)
        report.error(path, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    else if (value < min)
        report.error(path, QStringLiteral("must be at least %1").arg(min));
    else
        report.error(path, QStringLiteral("must be at most %1").arg(max));
    return false;
}

bool listenAddress(const ListenConfig& listen, const QString& path, ConfigReport& report)
{
    const QString& address = listen.address;
    QHostAddress parsed;
    if (!parsed.setAddress(address)) {
        report.error(path, quoted(address) + QStringLiteral(" is not an IP address"));
        return false;
    }
    if (parsed.isLoopback())
        return true;
    if (listen.allowRemote) {
        report.warning(path, quoted(address) + QStringLiteral(" is not a loopback address: other machines "
                                                              "may reach the proxy"));
        return true;
    }
    report.error(path, quoted(address) + QStringLiteral(" is not a loopback address; set "
                                                        "listen.allowRemote to true to listen on it"));
    return false;
}

bool sameUserOnly(bool on, const QString& path, ConfigReport& report)
{
    if (!on)
        report.warning(path, QStringLiteral("off: every local user can use the routes and their credentials"));
    return true;
}

bool hostAlias(const QString& alias, const QString& path, ConfigReport& report)
{
    if (isHostOrAddress(alias))
        return true;
    report.error(path, quoted(alias) + QStringLiteral(" is not a host name or IP address"));
    return false;
}

bool demoAddress(const QString& address, const QString& path, ConfigReport& report)
{
    QHostAddress parsed;
    if (!parsed.setAddress(address)) {
        report.error(path, quoted(address) + QStringLiteral(" is not an IP address"));
        return false;
    }
    if (!parsed.isLoopback())
        report.warning(path, quoted(address) + QStringLiteral(" is not a loopback address: other machines may reach "
                                                              "the demo backend"));
    return true;
}

bool demoPort(const DemoConfig& demo, const QString& path, ConfigReport& report)
{
    // Port 0 (any free port) is fine for a disabled demo only: the page's route must know where it is.
    return !demo.enabled || range(demo.port, 1, 65535, path, report);
}

bool demoAgainstListen(const DemoConfig& demo, const ListenConfig& listen, const QString& path, ConfigReport& report)
{
    if (!demo.enabled || demo.port != listen.port || demo.address != listen.address)
        return true;
    report.error(joinPath(path, QStringLiteral("port")), QStringLiteral("is the same as listen.port"));
    return false;
}

std::optional<QString> routePath(const QString& value, const QString& path, ConfigReport& report)
{
    if (!value.startsWith(QLatin1Char('/'))) {
        report.error(path, QStringLiteral("must start with \"/\""));
        return std::nullopt;
    }
    bool ok = true;
    static const char* const kForbidden[] = {"..", "//", "?", "#"};
    for (const char* bad : kForbidden) {
        if (value.contains(QLatin1String(bad))) {
            report.error(path, QStringLiteral("must not contain ") + quoted(QString::fromLatin1(bad)));
            ok = false;
        }
    }
    if (value.split(QLatin1Char('/')).contains(QStringLiteral("."))) {
        report.error(path, QStringLiteral("must not contain a \".\" segment"));
        ok = false;
    }
    for (QChar c : value) {
        if (!isRoutePathChar(c) && c != QLatin1Char('?') && c != QLatin1Char('#')) {
            report.error(path, QStringLiteral("contains %1, which is not allowed in a route path").arg(quoted(c)));
            ok = false;
            break;
        }
    }
    if (!ok)
        return std::nullopt;
    return value.size() > 1 && value.endsWith(QLatin1Char('/')) ? value.chopped(1) : value;
}

bool routeName(const QString& name, const QString& path, ConfigReport& report)
{
    if (!name.trimmed().isEmpty())
        return true;
    report.error(path, QStringLiteral("must not be empty"));
    return false;
}

bool routeHostLabel(const QString& name, const QString& path, ConfigReport& report)
{
    if (RouteOrigin::isHostLabel(name))
        return true;
    report.warning(path, quoted(name) +
                             QStringLiteral(" is not a DNS label (letters, digits and '-', at most 63 characters), so "
                                            "the route has no origin of its own at http://NAME.localhost and is "
                                            "reached only on the shared origin of the listener"));
    return false;
}

std::optional<BackendScheme> backend(const QUrl& url, const QString& path, ConfigReport& report)
{
    if (!url.isValid()) {
        report.error(path, QStringLiteral("is not a valid URL: ") + url.errorString());
        return std::nullopt;
    }
    const QString schemeName = url.scheme().toLower();
    const std::optional<BackendScheme> scheme = ConfigNames::value<BackendScheme>(schemeName);
    if (!scheme) {
        if (schemeName.isEmpty())
            report.error(path,
                         QStringLiteral("has no scheme (expected %1)").arg(ConfigNames::choices<BackendScheme>(false)));
        else
            report.error(path, QStringLiteral("unsupported scheme ") + quoted(schemeName));
        return std::nullopt;
    }
    bool ok = true;
    if (url.host().isEmpty()) {
        report.error(path, QStringLiteral("has no host"));
        ok = false;
    }
    if (!url.userInfo().isEmpty()) {
        report.error(path, QStringLiteral("must not contain user info (inject an Authorization header instead)"));
        ok = false;
    }
    if (url.hasFragment()) {
        report.error(path, QStringLiteral("must not contain a fragment"));
        ok = false;
    }
    if (*scheme == BackendScheme::Tcp) {
        // A bridge dials host:port; there is no request to carry a path or a query.
        if (url.port() <= 0) {
            report.error(path, QStringLiteral("needs a port (tcp://host:5900)"));
            ok = false;
        }
        if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()) {
            report.error(path, QStringLiteral("must not have a path or query: a tcp backend is only host:port"));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return scheme;
}

bool origin(const QString& pattern, const QString& path, ConfigReport& report)
{
    QString why;
    if (!OriginMatcher::isValidPattern(pattern, &why)) {
        report.error(path, quoted(pattern) + QLatin1Char(' ') + why);
        return false;
    }
    if (pattern == QLatin1String("*"))
        report.warning(path, QStringLiteral("\"*\" lets any web page use this route"));
    return true;
}

bool subprotocolName(const QString& name, const QString& path, ConfigReport& report)
{
    if (isToken(name))
        return true;
    report.error(path, quoted(name) + QStringLiteral(" is not a valid subprotocol name"));
    return false;
}

bool injectHeaderName(const QString& name, const QList<InjectedHeader>& earlier, const QString& path,
                      ConfigReport& report)
{
    if (!isToken(name)) {
        report.error(path, QStringLiteral("is not a valid header name"));
        return false;
    }
    if (isManagedHeader(name.toLower())) {
        report.error(path, QStringLiteral("is set by Airlock and cannot be injected"));
        return false;
    }
    const bool duplicate = std::any_of(earlier.cbegin(), earlier.cend(), [&name](const InjectedHeader& h) {
        return QString::fromLatin1(h.name).compare(name, Qt::CaseInsensitive) == 0;
    });
    if (duplicate) {
        report.error(path, QStringLiteral("duplicates another injected header (names are case-insensitive)"));
        return false;
    }
    return true;
}

std::optional<QString> expandEnv(const QString& raw, const QProcessEnvironment& env, const QString& path,
                                 ConfigReport& report, bool* secret)
{
    static const QLatin1String kOpen("${env:");
    QString out;
    bool ok = true;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = raw.indexOf(kOpen, pos);
        if (open < 0) {
            out += raw.mid(pos);
            break;
        }
        out += raw.mid(pos, open - pos);
        const qsizetype close = raw.indexOf(QLatin1Char('}'), open + kOpen.size());
        if (close < 0) {
            report.error(path, QStringLiteral("unterminated ${env:...} reference"));
            return std::nullopt;
        }
        const QString name = raw.mid(open + kOpen.size(), close - open - kOpen.size());
        pos = close + 1;
        *secret = true;
        if (!isEnvName(name)) {
            report.error(path, quoted(name) + QStringLiteral(" is not a valid environment variable name"));
            ok = false;
        } else if (!env.contains(name)) {
            report.error(path, QStringLiteral("environment variable %1 is not set").arg(name));
            ok = false;
        } else {
            const QString value = env.value(name);
            if (value.isEmpty())
                report.warning(path, QStringLiteral("environment variable %1 is empty").arg(name));
            out += value;
        }
    }
    if (!ok)
        return std::nullopt;
    return out;
}

bool injectHeaderValue(const QString& value, const QString& path, ConfigReport& report)
{
    // Never echo the value: it may be a secret.
    if (!value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char('\n')) && !value.contains(QChar(0)))
        return true;
    report.error(path, QStringLiteral("value must not contain CR, LF or NUL"));
    return false;
}

bool stripHeader(const QString& name, const QString& path, ConfigReport& report)
{
    if (isToken(name))
        return true;
    report.error(path, quoted(name) + QStringLiteral(" is not a valid header name"));
    return false;
}

bool proxyUrl(const QUrl& url, const QString& path, ConfigReport& report)
{
    const QString usage = QStringLiteral("must be \"none\", \"system\" or http://[user:pass@]host:port");
    if (!url.isValid()) {
        report.error(path, QStringLiteral("is not a valid URL: ") + url.errorString());
        return false;
    }
    if (url.scheme().toLower() != QLatin1String("http")) {
        report.error(path, QStringLiteral("unsupported proxy scheme %1; ").arg(quoted(url.scheme())) + usage);
        return false;
    }
    bool ok = true;
    if (url.host().isEmpty()) {
        report.error(path, QStringLiteral("has no host"));
        ok = false;
    }
    if (url.port() < 1) {
        report.error(path, QStringLiteral("has no port"));
        ok = false;
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
        report.error(path, QStringLiteral("must not have a path"));
        ok = false;
    }
    if (url.hasQuery() || url.hasFragment()) {
        report.error(path, QStringLiteral("must not have a query or fragment"));
        ok = false;
    }
    return ok;
}

bool caFile(const QString& resolvedFile, const QString& path, ConfigReport& report)
{
    const QFileInfo info(resolvedFile);
    if (!info.exists())
        report.error(path, QStringLiteral("file not found: ") + resolvedFile);
    else if (!info.isFile() || !info.isReadable())
        report.error(path, QStringLiteral("cannot read ") + resolvedFile);
    else if (QSslCertificate::fromPath(resolvedFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString).isEmpty())
        report.error(path, QStringLiteral("contains no PEM certificate: ") + resolvedFile);
    else
        return true;
    return false;
}

bool serverName(const QString& name, const QString& path, ConfigReport& report)
{
    if (name.isEmpty() || isHostOrAddress(name))
        return true;
    report.error(path, quoted(name) + QStringLiteral(" is not a host name"));
    return false;
}

bool insecure(bool insecure, const QString& path, ConfigReport& report)
{
    if (insecure)
        report.warning(path, QStringLiteral("certificate verification is off"));
    return true;
}

bool pingMs(int pingMs, const QString& path, ConfigReport& report)
{
    // Shorter intervals would be traffic of their own rather than a keepalive.
    if (pingMs == 0 || pingMs >= kMinPingMs)
        return true;
    report.error(path, QStringLiteral("must be 0 (off) or at least %1").arg(kMinPingMs));
    return false;
}

bool healthKind(const RouteConfig& route, const QString& path, ConfigReport& report)
{
    const HealthConfig::Kind kind = route.health.kind;
    bool ok = true;
    if (kind == HealthConfig::Kind::Tls && !route.backend.isEmpty() && !route.backendIsTls()) {
        report.error(path, QStringLiteral("\"tls\" needs a wss or https backend"));
        ok = false;
    }
    if (kind != HealthConfig::Kind::Tcp && kind != HealthConfig::Kind::None && route.isTcpBridge()) {
        report.error(path, QStringLiteral("a tcp backend can only be checked with \"tcp\""));
        ok = false;
    }
    return ok;
}

bool healthPath(const QString& value, const QString& path, ConfigReport& report)
{
    const bool printable =
        std::all_of(value.begin(), value.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (!value.startsWith(QLatin1Char('/')))
        report.error(path, QStringLiteral("must start with \"/\""));
    else if (!printable)
        report.error(path, QStringLiteral("must be printable ASCII without spaces"));
    else
        return true;
    return false;
}

bool closeCode(int code, const QString& path, ConfigReport& report)
{
    if (code >= 4000 && code <= 4999)
        return true;
    report.error(path, QStringLiteral("only application close codes 4000-4999 can be classified"));
    return false;
}

void uniqueRoute(const RouteConfig& route, qsizetype index, const QString& routesPath, bool pathOk, bool nameOk,
                 RouteOwners& owners, ConfigReport& report)
{
    const QString at = indexPath(routesPath, index);
    bool pathTaken = false;
    if (pathOk) {
        pathTaken = owners.paths.contains(route.path);
        if (pathTaken)
            report.error(joinPath(at, QStringLiteral("path")),
                         quoted(route.path) + QStringLiteral(" is already used by ") +
                             indexPath(routesPath, owners.paths.value(route.path)));
        else
            owners.paths.insert(route.path, index);
    }
    const bool nameDefaulted = !route.writtenKeys.contains(QStringLiteral("name"));
    if (!nameOk || (pathTaken && nameDefaulted))
        return;
    if (owners.names.contains(route.name))
        report.error(joinPath(at, QStringLiteral("name")), quoted(route.name) + QStringLiteral(" is already used by ") +
                                                               indexPath(routesPath, owners.names.value(route.name)));
    else
        owners.names.insert(route.name, index);
}

bool someRoutes(qsizetype routeCount, bool demoEnabled, const QString& path, ConfigReport& report)
{
    if (routeCount == 0 && !demoEnabled)
        report.warning(path, QStringLiteral("no routes are configured"));
    return true;
}

} // namespace airlock::ConfigChecks
