#include "config/ConfigLoader.h"

#include "http/HttpSyntax.h"

#include "config/OriginMatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>

namespace airlock {

namespace {

constexpr qint64 kIntMax = std::numeric_limits<int>::max();
constexpr int kMinPingMs = 10;
constexpr qint64 kMaxJsonInteger = qint64(1) << 53; // largest range a JSON number holds exactly

QString joinPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString joinPath(const QString& path, const char* key)
{
    return joinPath(path, QString::fromLatin1(key));
}

QString indexPath(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

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

class Reader
{
public:
    Reader(const QProcessEnvironment& env, const QString& baseDir)
        : m_env(env)
        , m_baseDir(baseDir)
    {}

    void load(const QJsonObject& root)
    {
        checkKeys(root, QString(), {"listen", "limits", "log", "demo", "routes"});
        if (const auto listen = object(root, QString(), "listen"))
            readListen(*listen, QStringLiteral("listen"));
        if (const auto limits = object(root, QString(), "limits"))
            readLimits(*limits, QStringLiteral("limits"));
        if (const auto log = object(root, QString(), "log"))
            readLog(*log, QStringLiteral("log"));
        if (const auto demo = object(root, QString(), "demo"))
            readDemo(*demo, QStringLiteral("demo"));
        if (const auto routes = array(root, QString(), "routes"))
            readRoutes(*routes, QStringLiteral("routes"));
        else if (!root.contains(QLatin1String("routes")) && !m_result.config.demo.enabled)
            warning(QStringLiteral("routes"), QStringLiteral("no routes are configured"));
    }

    ConfigLoadResult take() { return std::move(m_result); }

    void error(const QString& path, const QString& message) { m_result.errors.append({path, message}); }

private:
    void warning(const QString& path, const QString& message)
    {
        m_result.warnings.append(ConfigError{path, message}.toString());
    }

    void checkKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> allowed)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            bool known = false;
            for (const char* key : allowed)
                known = known || it.key() == QLatin1String(key);
            if (!known)
                error(joinPath(path, it.key()), QStringLiteral("unknown key"));
        }
    }

    // Each reader returns nothing when the key is absent (no error) or has the wrong type (error).
    std::optional<QJsonObject> object(const QJsonObject& parent, const QString& path, const char* key)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            error(joinPath(path, key), QStringLiteral("expected an object"));
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QJsonArray> array(const QJsonObject& parent, const QString& path, const char* key)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray()) {
            error(joinPath(path, key), QStringLiteral("expected an array"));
            return std::nullopt;
        }
        return value.toArray();
    }

    std::optional<QString> string(const QJsonValue& value, const QString& fullPath)
    {
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            error(fullPath, QStringLiteral("expected a string"));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QString> string(const QJsonObject& parent, const QString& path, const char* key)
    {
        return string(parent.value(QLatin1String(key)), joinPath(path, key));
    }

    std::optional<bool> boolean(const QJsonObject& parent, const QString& path, const char* key)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool()) {
            error(joinPath(path, key), QStringLiteral("expected a boolean"));
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<qint64> integer(const QJsonObject& parent, const QString& path, const char* key, qint64 min,
                                  qint64 max)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        const QString fullPath = joinPath(path, key);
        const double d = value.toDouble();
        if (!value.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
            error(fullPath, QStringLiteral("expected an integer"));
            return std::nullopt;
        }
        const qint64 v =
            std::fabs(d) > double(kMaxJsonInteger) ? (d < 0 ? -kMaxJsonInteger - 1 : kMaxJsonInteger + 1) : qint64(d);
        if (v < min || v > max) {
            if (max < kIntMax)
                error(fullPath, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
            else if (v < min)
                error(fullPath, QStringLiteral("must be at least %1").arg(min));
            else
                error(fullPath, QStringLiteral("must be at most %1").arg(max));
            return std::nullopt;
        }
        return v;
    }

    template <typename T>
    void readInteger(const QJsonObject& parent, const QString& path, const char* key, qint64 min, qint64 max, T* target)
    {
        if (const auto v = integer(parent, path, key, min, max))
            *target = T(*v);
    }

    void readBoolean(const QJsonObject& parent, const QString& path, const char* key, bool* target)
    {
        if (const auto v = boolean(parent, path, key))
            *target = *v;
    }

    QString resolveFile(const QString& file) const
    {
        if (file.isEmpty() || m_baseDir.isEmpty() || QDir::isAbsolutePath(file))
            return file;
        return QDir::cleanPath(QDir(m_baseDir).absoluteFilePath(file));
    }

    void readListen(const QJsonObject& o, const QString& path)
    {
        ListenConfig& listen = m_result.config.listen;
        checkKeys(o, path, {"address", "port", "hostAliases", "allowRemote"});
        bool allowRemote = false;
        readBoolean(o, path, "allowRemote", &allowRemote);
        listen.allowRemote = allowRemote;
        if (const auto address = string(o, path, "address")) {
            const QString at = joinPath(path, "address");
            QHostAddress parsed;
            if (!parsed.setAddress(*address)) {
                error(at, quoted(*address) + QStringLiteral(" is not an IP address"));
            } else if (!parsed.isLoopback()) {
                if (allowRemote)
                    warning(at, quoted(*address) + QStringLiteral(" is not a loopback address: other machines "
                                                                  "may reach the proxy"));
                else
                    error(at, quoted(*address) + QStringLiteral(" is not a loopback address; set "
                                                                "listen.allowRemote to true to listen on it"));
            }
            listen.address = *address;
        }
        readInteger(o, path, "port", 0, 65535, &listen.port);
        if (const auto aliases = array(o, path, "hostAliases")) {
            listen.hostAliases.clear();
            for (qsizetype i = 0; i < aliases->size(); ++i) {
                const QString at = indexPath(joinPath(path, "hostAliases"), i);
                const auto alias = string(aliases->at(i), at);
                if (!alias)
                    continue;
                if (!isHostOrAddress(*alias)) {
                    error(at, quoted(*alias) + QStringLiteral(" is not a host name or IP address"));
                    continue;
                }
                listen.hostAliases.append(alias->toLower());
            }
        }
    }

    void readLimits(const QJsonObject& o, const QString& path)
    {
        LimitsConfig& limits = m_result.config.limits;
        checkKeys(o, path,
                  {"maxHeaderBytes", "maxRequestLineBytes", "headTimeoutMs", "maxSessions", "handshakesPerSecond",
                   "workerThreads", "captureBytesTotal"});
        readInteger(o, path, "maxHeaderBytes", 1, kIntMax, &limits.maxHeaderBytes);
        readInteger(o, path, "maxRequestLineBytes", 1, kIntMax, &limits.maxRequestLineBytes);
        readInteger(o, path, "headTimeoutMs", 1, kIntMax, &limits.headTimeoutMs);
        readInteger(o, path, "maxSessions", 1, kIntMax, &limits.maxSessions);
        readInteger(o, path, "handshakesPerSecond", 0, kIntMax, &limits.handshakesPerSecond);
        readInteger(o, path, "workerThreads", 0, kIntMax, &limits.workerThreads);
        readInteger(o, path, "captureBytesTotal", 1, kMaxJsonInteger, &limits.captureBytesTotal);
    }

    void readLog(const QJsonObject& o, const QString& path)
    {
        LogConfig& log = m_result.config.log;
        checkKeys(o, path, {"file", "maxBytes", "keepFiles"});
        if (const auto file = string(o, path, "file"))
            log.file = resolveFile(*file);
        readInteger(o, path, "maxBytes", 1, kMaxJsonInteger, &log.maxBytes);
        readInteger(o, path, "keepFiles", 0, kIntMax, &log.keepFiles);
    }

    void readDemo(const QJsonObject& o, const QString& path)
    {
        DemoConfig& demo = m_result.config.demo;
        checkKeys(o, path, {"enabled", "address", "port"});
        readBoolean(o, path, "enabled", &demo.enabled);
        if (const auto address = string(o, path, "address")) {
            QHostAddress parsed;
            if (!parsed.setAddress(*address))
                error(joinPath(path, "address"), quoted(*address) + QStringLiteral(" is not an IP address"));
            else if (!parsed.isLoopback())
                warning(joinPath(path, "address"),
                        quoted(*address) + QStringLiteral(" is not a loopback address: other machines may reach "
                                                          "the demo backend"));
            demo.address = *address;
        }
        readInteger(o, path, "port", demo.enabled ? 1 : 0, 65535, &demo.port);
        const ListenConfig& listen = m_result.config.listen;
        if (demo.enabled && demo.port == listen.port && demo.address == listen.address)
            error(joinPath(path, "port"), QStringLiteral("is the same as listen.port"));
    }

    void readRoutes(const QJsonArray& routes, const QString& path)
    {
        if (routes.isEmpty() && !m_result.config.demo.enabled)
            warning(path, QStringLiteral("no routes are configured"));
        QHash<QString, qsizetype> pathOwner;
        QHash<QString, qsizetype> nameOwner;
        for (qsizetype i = 0; i < routes.size(); ++i) {
            const QString at = indexPath(path, i);
            if (!routes.at(i).isObject()) {
                error(at, QStringLiteral("expected an object"));
                continue;
            }
            RouteConfig route;
            bool pathOk = false;
            bool nameOk = false;
            readRoute(routes.at(i).toObject(), at, &route, &pathOk, &nameOk);
            bool pathTaken = false;
            if (pathOk) {
                pathTaken = pathOwner.contains(route.path);
                if (pathTaken)
                    error(joinPath(at, "path"), quoted(route.path) + QStringLiteral(" is already used by ") +
                                                    indexPath(path, pathOwner.value(route.path)));
                else
                    pathOwner.insert(route.path, i);
            }
            // A name that defaulted to an already used path would only repeat the path error.
            const bool nameDefaulted = !routes.at(i).toObject().contains(QLatin1String("name"));
            if (nameOk && !(pathTaken && nameDefaulted)) {
                if (nameOwner.contains(route.name))
                    error(joinPath(at, "name"), quoted(route.name) + QStringLiteral(" is already used by ") +
                                                    indexPath(path, nameOwner.value(route.name)));
                else
                    nameOwner.insert(route.name, i);
            }
            m_result.config.routes.append(route);
        }
    }

    void readRoute(const QJsonObject& o, const QString& path, RouteConfig* route, bool* pathOk, bool* nameOk)
    {
        checkKeys(o, path,
                  {"name", "path", "backend", "allowedOrigins", "subprotocol", "injectHeaders", "stripHeaders",
                   "upstreamProxy", "tls", "timeouts", "keepalive", "strictFrames", "maxMessageBytes",
                   "browserVisibleErrors", "closeCodes", "health", "capture"});

        if (!o.contains(QLatin1String("path")))
            error(joinPath(path, "path"), QStringLiteral("is required"));
        else if (const auto routePath = string(o, path, "path"))
            *pathOk = readRoutePath(*routePath, joinPath(path, "path"), route);

        if (const auto name = string(o, path, "name")) {
            if (name->trimmed().isEmpty()) {
                error(joinPath(path, "name"), QStringLiteral("must not be empty"));
            } else {
                route->name = *name;
                *nameOk = true;
            }
        } else if (!o.contains(QLatin1String("name")) && *pathOk) {
            route->name = route->path;
            *nameOk = true;
        }

        if (!o.contains(QLatin1String("backend")))
            error(joinPath(path, "backend"), QStringLiteral("is required"));
        else if (const auto backend = string(o, path, "backend"))
            readBackend(*backend, joinPath(path, "backend"), route);

        if (const auto origins = array(o, path, "allowedOrigins")) {
            const QString at = joinPath(path, "allowedOrigins");
            for (qsizetype i = 0; i < origins->size(); ++i) {
                const QString itemPath = indexPath(at, i);
                const auto pattern = string(origins->at(i), itemPath);
                if (!pattern)
                    continue;
                QString why;
                if (!OriginMatcher::isValidPattern(*pattern, &why)) {
                    error(itemPath, quoted(*pattern) + QLatin1Char(' ') + why);
                    continue;
                }
                if (*pattern == QLatin1String("*"))
                    warning(itemPath, QStringLiteral("\"*\" lets any web page use this route"));
                route->allowedOrigins.append(*pattern);
            }
        }

        if (const auto subprotocol = string(o, path, "subprotocol"))
            readSubprotocol(*subprotocol, joinPath(path, "subprotocol"), route);

        if (const auto inject = object(o, path, "injectHeaders"))
            readInjectHeaders(*inject, joinPath(path, "injectHeaders"), route);

        if (const auto strip = array(o, path, "stripHeaders")) {
            const QString at = joinPath(path, "stripHeaders");
            for (qsizetype i = 0; i < strip->size(); ++i) {
                const QString itemPath = indexPath(at, i);
                const auto name = string(strip->at(i), itemPath);
                if (!name)
                    continue;
                if (!isToken(*name)) {
                    error(itemPath, quoted(*name) + QStringLiteral(" is not a valid header name"));
                    continue;
                }
                const QByteArray lower = name->toLower().toLatin1();
                if (!route->stripHeaders.contains(lower))
                    route->stripHeaders.append(lower);
            }
        }

        if (const auto proxy = string(o, path, "upstreamProxy"))
            readUpstreamProxy(*proxy, joinPath(path, "upstreamProxy"), route);

        if (const auto tls = object(o, path, "tls"))
            readTls(*tls, joinPath(path, "tls"), route);

        if (const auto timeouts = object(o, path, "timeouts")) {
            const QString at = joinPath(path, "timeouts");
            RouteTimeouts& t = route->timeouts;
            checkKeys(*timeouts, at, {"connectMs", "proxyConnectMs", "tlsMs", "upgradeMs", "idleMs", "drainMs"});
            readInteger(*timeouts, at, "connectMs", 1, kIntMax, &t.connectMs);
            readInteger(*timeouts, at, "proxyConnectMs", 1, kIntMax, &t.proxyConnectMs);
            readInteger(*timeouts, at, "tlsMs", 1, kIntMax, &t.tlsMs);
            readInteger(*timeouts, at, "upgradeMs", 1, kIntMax, &t.upgradeMs);
            readInteger(*timeouts, at, "idleMs", 0, kIntMax, &t.idleMs);
            readInteger(*timeouts, at, "drainMs", 1, kIntMax, &t.drainMs);
        }

        if (const auto keepalive = object(o, path, "keepalive")) {
            const QString at = joinPath(path, "keepalive");
            checkKeys(*keepalive, at, {"pingMs"});
            readInteger(*keepalive, at, "pingMs", 0, kIntMax, &route->keepalive.pingMs);
            // Shorter intervals would be traffic of their own rather than a keepalive.
            if (route->keepalive.pingMs > 0 && route->keepalive.pingMs < kMinPingMs)
                error(joinPath(at, "pingMs"), QStringLiteral("must be 0 (off) or at least %1").arg(kMinPingMs));
        }
        readBoolean(o, path, "strictFrames", &route->strictFrames);
        readBoolean(o, path, "browserVisibleErrors", &route->browserVisibleErrors);
        readInteger(o, path, "maxMessageBytes", 0, kMaxJsonInteger, &route->maxMessageBytes);
        if (const auto codes = object(o, path, "closeCodes"))
            readCloseCodes(*codes, joinPath(path, "closeCodes"), route);
        if (const auto health = object(o, path, "health"))
            readHealth(*health, joinPath(path, "health"), route);
        if (const auto capture = object(o, path, "capture")) {
            const QString at = joinPath(path, "capture");
            checkKeys(*capture, at, {"enabled", "maxBytesPerSession"});
            readBoolean(*capture, at, "enabled", &route->capture.enabled);
            readInteger(*capture, at, "maxBytesPerSession", 1, kMaxJsonInteger, &route->capture.maxBytesPerSession);
        }
    }

    void readHealth(const QJsonObject& o, const QString& path, RouteConfig* route)
    {
        HealthConfig& health = route->health;
        checkKeys(o, path, {"kind", "intervalMs", "timeoutMs", "path", "rise", "fall"});
        const QString kindAt = joinPath(path, "kind");
        if (!o.contains(QLatin1String("kind"))) {
            error(kindAt, QStringLiteral("is required"));
        } else if (const auto kind = string(o, path, "kind")) {
            if (*kind == QLatin1String("tcp"))
                health.kind = HealthConfig::Kind::Tcp;
            else if (*kind == QLatin1String("tls"))
                health.kind = HealthConfig::Kind::Tls;
            else if (*kind == QLatin1String("ws"))
                health.kind = HealthConfig::Kind::Ws;
            else if (*kind == QLatin1String("http"))
                health.kind = HealthConfig::Kind::Http;
            else
                error(kindAt, QStringLiteral("must be \"tcp\", \"tls\", \"ws\" or \"http\""));
            if (health.kind == HealthConfig::Kind::Tls && !route->backend.isEmpty() && !route->backendIsTls())
                error(kindAt, QStringLiteral("\"tls\" needs a wss or https backend"));
            if (health.kind != HealthConfig::Kind::Tcp && health.kind != HealthConfig::Kind::None &&
                route->isTcpBridge())
                error(kindAt, QStringLiteral("a tcp backend can only be checked with \"tcp\""));
        }
        readInteger(o, path, "intervalMs", 10, kIntMax, &health.intervalMs);
        readInteger(o, path, "timeoutMs", 1, kIntMax, &health.timeoutMs);
        readInteger(o, path, "rise", 1, 1000, &health.rise);
        readInteger(o, path, "fall", 1, 1000, &health.fall);
        if (const auto checkPath = string(o, path, "path")) {
            const QString at = joinPath(path, "path");
            const bool printable = std::all_of(checkPath->begin(), checkPath->end(),
                                               [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
            if (!checkPath->startsWith(QLatin1Char('/')))
                error(at, QStringLiteral("must start with \"/\""));
            else if (!printable)
                error(at, QStringLiteral("must be printable ASCII without spaces"));
            else
                health.path = *checkPath;
        }
    }

    // {"4001": "permanent"}: verdicts for application close codes, used by the classifier.
    void readCloseCodes(const QJsonObject& codes, const QString& at, RouteConfig* route)
    {
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            const QString where = at + u'.' + it.key();
            bool ok = false;
            const int code = it.key().toInt(&ok);
            if (!ok || code < 4000 || code > 4999) {
                error(where, QStringLiteral("only application close codes 4000-4999 can be classified"));
                continue;
            }
            const QString verdict = it.value().toString();
            if (verdict == QLatin1String("normal"))
                route->closeCodes.insert(code, CloseClassification::Kind::Normal);
            else if (verdict == QLatin1String("transient"))
                route->closeCodes.insert(code, CloseClassification::Kind::Transient);
            else if (verdict == QLatin1String("permanent"))
                route->closeCodes.insert(code, CloseClassification::Kind::Permanent);
            else
                error(where, QStringLiteral("expected \"normal\", \"transient\" or \"permanent\""));
        }
    }

    bool readRoutePath(const QString& value, const QString& at, RouteConfig* route)
    {
        if (!value.startsWith(QLatin1Char('/'))) {
            error(at, QStringLiteral("must start with \"/\""));
            return false;
        }
        bool ok = true;
        static const char* const kForbidden[] = {"..", "//", "?", "#"};
        for (const char* bad : kForbidden) {
            if (value.contains(QLatin1String(bad))) {
                error(at, QStringLiteral("must not contain ") + quoted(QString::fromLatin1(bad)));
                ok = false;
            }
        }
        if (value.split(QLatin1Char('/')).contains(QStringLiteral("."))) {
            error(at, QStringLiteral("must not contain a \".\" segment"));
            ok = false;
        }
        for (QChar c : value) {
            if (!isRoutePathChar(c) && c != QLatin1Char('?') && c != QLatin1Char('#')) {
                error(at, QStringLiteral("contains %1, which is not allowed in a route path").arg(quoted(c)));
                ok = false;
                break;
            }
        }
        if (!ok)
            return false;
        route->path = value.size() > 1 && value.endsWith(QLatin1Char('/')) ? value.chopped(1) : value;
        return true;
    }

    void readBackend(const QString& value, const QString& at, RouteConfig* route)
    {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid()) {
            error(at, QStringLiteral("is not a valid URL: ") + url.errorString());
            return;
        }
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("ws"))
            route->scheme = BackendScheme::Ws;
        else if (scheme == QLatin1String("wss"))
            route->scheme = BackendScheme::Wss;
        else if (scheme == QLatin1String("http"))
            route->scheme = BackendScheme::Http;
        else if (scheme == QLatin1String("https"))
            route->scheme = BackendScheme::Https;
        else if (scheme == QLatin1String("tcp"))
            route->scheme = BackendScheme::Tcp;
        else if (scheme.isEmpty())
            return error(at, QStringLiteral("has no scheme (expected ws, wss, http, https or tcp)"));
        else
            return error(at, QStringLiteral("unsupported scheme ") + quoted(scheme));
        bool ok = true;
        if (url.host().isEmpty()) {
            error(at, QStringLiteral("has no host"));
            ok = false;
        }
        if (!url.userInfo().isEmpty()) {
            error(at, QStringLiteral("must not contain user info (inject an Authorization header instead)"));
            ok = false;
        }
        if (url.hasFragment()) {
            error(at, QStringLiteral("must not contain a fragment"));
            ok = false;
        }
        if (route->scheme == BackendScheme::Tcp) {
            // A bridge dials host:port; there is no request to carry a path or a query.
            if (url.port() <= 0) {
                error(at, QStringLiteral("needs a port (tcp://host:5900)"));
                ok = false;
            }
            if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()) {
                error(at, QStringLiteral("must not have a path or query: a tcp backend is only host:port"));
                ok = false;
            }
        }
        if (ok)
            route->backend = url;
    }

    void readSubprotocol(const QString& value, const QString& at, RouteConfig* route)
    {
        static const QLatin1String kFixed("fixed:");
        if (value == QLatin1String("pass")) {
            route->subprotocol = SubprotocolPolicy::Pass;
        } else if (value == QLatin1String("strip")) {
            route->subprotocol = SubprotocolPolicy::Strip;
        } else if (value.startsWith(kFixed) && isToken(value.mid(kFixed.size()))) {
            route->subprotocol = SubprotocolPolicy::Fixed;
            route->fixedSubprotocol = value.mid(kFixed.size()).toLatin1();
        } else if (value.startsWith(kFixed)) {
            error(at, quoted(value.mid(kFixed.size())) + QStringLiteral(" is not a valid subprotocol name"));
        } else {
            error(at, QStringLiteral("must be \"pass\", \"strip\" or \"fixed:NAME\""));
        }
    }

    void readInjectHeaders(const QJsonObject& headers, const QString& path, RouteConfig* route)
    {
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            const QString& name = it.key();
            const QString at = joinPath(path, name);
            if (!isToken(name)) {
                error(at, QStringLiteral("is not a valid header name"));
                continue;
            }
            if (isManagedHeader(name.toLower())) {
                error(at, QStringLiteral("is set by Airlock and cannot be injected"));
                continue;
            }
            const bool duplicate = std::any_of(
                route->injectHeaders.cbegin(), route->injectHeaders.cend(), [&name](const InjectedHeader& h) {
                    return QString::fromLatin1(h.name).compare(name, Qt::CaseInsensitive) == 0;
                });
            if (duplicate) {
                error(at, QStringLiteral("duplicates another injected header (names are case-insensitive)"));
                continue;
            }
            const auto raw = string(it.value(), at);
            if (!raw)
                continue;
            bool secret = false;
            const auto value = expandEnv(*raw, at, &secret);
            if (!value)
                continue;
            // Never echo the value: it may be a secret.
            if (value->contains(QLatin1Char('\r')) || value->contains(QLatin1Char('\n')) || value->contains(QChar(0))) {
                error(at, QStringLiteral("value must not contain CR, LF or NUL"));
                continue;
            }
            route->injectHeaders.append({name.toLatin1(), value->toUtf8(), secret});
        }
    }

    // Expands every ${env:NAME}; reports each missing variable by name, never a value.
    std::optional<QString> expandEnv(const QString& raw, const QString& at, bool* secret)
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
                error(at, QStringLiteral("unterminated ${env:...} reference"));
                return std::nullopt;
            }
            const QString name = raw.mid(open + kOpen.size(), close - open - kOpen.size());
            pos = close + 1;
            *secret = true;
            if (!isEnvName(name)) {
                error(at, quoted(name) + QStringLiteral(" is not a valid environment variable name"));
                ok = false;
            } else if (!m_env.contains(name)) {
                error(at, QStringLiteral("environment variable %1 is not set").arg(name));
                ok = false;
            } else {
                const QString value = m_env.value(name);
                if (value.isEmpty())
                    warning(at, QStringLiteral("environment variable %1 is empty").arg(name));
                out += value;
            }
        }
        if (!ok)
            return std::nullopt;
        return out;
    }

    void readUpstreamProxy(const QString& value, const QString& at, RouteConfig* route)
    {
        UpstreamProxySetting& proxy = route->upstreamProxy;
        if (value == QLatin1String("none")) {
            proxy.mode = UpstreamProxySetting::Mode::None;
            return;
        }
        if (value == QLatin1String("system")) {
            proxy.mode = UpstreamProxySetting::Mode::System;
            return;
        }
        const QString usage = QStringLiteral("must be \"none\", \"system\" or http://[user:pass@]host:port");
        if (!value.contains(QLatin1String("://")))
            return error(at, usage);
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid())
            return error(at, QStringLiteral("is not a valid URL: ") + url.errorString());
        if (url.scheme().toLower() != QLatin1String("http"))
            return error(at, QStringLiteral("unsupported proxy scheme %1; ").arg(quoted(url.scheme())) + usage);
        bool ok = true;
        if (url.host().isEmpty()) {
            error(at, QStringLiteral("has no host"));
            ok = false;
        }
        if (url.port() < 1) {
            error(at, QStringLiteral("has no port"));
            ok = false;
        }
        if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
            error(at, QStringLiteral("must not have a path"));
            ok = false;
        }
        if (url.hasQuery() || url.hasFragment()) {
            error(at, QStringLiteral("must not have a query or fragment"));
            ok = false;
        }
        if (ok) {
            proxy.mode = UpstreamProxySetting::Mode::Url;
            proxy.url = url;
        }
    }

    void readTls(const QJsonObject& o, const QString& path, RouteConfig* route)
    {
        TlsOptions& tls = route->tls;
        checkKeys(o, path, {"caFile", "serverName", "insecure"});
        if (const auto caFile = string(o, path, "caFile"); caFile && !caFile->isEmpty()) {
            const QString at = joinPath(path, "caFile");
            const QString file = resolveFile(*caFile);
            const QFileInfo info(file);
            if (!info.exists()) {
                error(at, QStringLiteral("file not found: ") + file);
            } else if (!info.isFile() || !info.isReadable()) {
                error(at, QStringLiteral("cannot read ") + file);
            } else if (QSslCertificate::fromPath(file, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString)
                           .isEmpty()) {
                error(at, QStringLiteral("contains no PEM certificate: ") + file);
            } else {
                tls.caFile = file;
            }
        }
        if (const auto serverName = string(o, path, "serverName")) {
            if (!serverName->isEmpty() && !isHostOrAddress(*serverName))
                error(joinPath(path, "serverName"), quoted(*serverName) + QStringLiteral(" is not a host name"));
            else
                tls.serverName = *serverName;
        }
        readBoolean(o, path, "insecure", &tls.insecure);
        if (tls.insecure)
            warning(joinPath(path, "insecure"), QStringLiteral("certificate verification is off"));
    }

    const QProcessEnvironment& m_env;
    QString m_baseDir;
    ConfigLoadResult m_result;
};

ConfigLoadResult load(const QByteArray& json, const QProcessEnvironment& env, const QString& baseDir)
{
    Reader reader(env, baseDir);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.error(
            QString(),
            QStringLiteral("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        return reader.take();
    }
    if (!document.isObject()) {
        reader.error(QString(), QStringLiteral("expected a JSON object at the top level"));
        return reader.take();
    }
    reader.load(document.object());
    return reader.take();
}

} // namespace

ConfigLoadResult ConfigLoader::fromJson(const QByteArray& json, const QProcessEnvironment& env)
{
    return load(json, env, QString());
}

ConfigLoadResult ConfigLoader::fromFile(const QString& path, const QProcessEnvironment& env)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigLoadResult result;
        result.errors.append({QString(), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return result;
    }
    return load(file.readAll(), env, QFileInfo(path).absolutePath());
}

QString ConfigLoader::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/airlock/airlock.json");
}

QByteArray ConfigLoader::defaultConfigJson()
{
    const Config defaults;
    const QString listenAddress = defaults.listen.address;
    const QString demoAddress = defaults.demo.address;
    // The demo page is served through the route, so its origin is the listener itself.
    const QString json = QStringLiteral(R"({
  "listen": { "address": "%1", "port": %2, "hostAliases": [], "allowRemote": false },
  "limits": { "maxHeaderBytes": %3, "maxRequestLineBytes": %4, "headTimeoutMs": %5, "maxSessions": %6,
              "handshakesPerSecond": %7, "workerThreads": %8 },
  "log": { "file": "", "maxBytes": %9, "keepFiles": %10 },
  "demo": { "enabled": true, "address": "%11", "port": %12 },
  "routes": [
    {
      "name": "demo",
      "path": "/demo",
      "backend": "ws://%11:%12/",
      "allowedOrigins": ["http://%1:*", "http://localhost:*"],
      "subprotocol": "pass",
      "upstreamProxy": "none"
    }
  ]
}
)")
                             .arg(listenAddress)
                             .arg(defaults.listen.port)
                             .arg(defaults.limits.maxHeaderBytes)
                             .arg(defaults.limits.maxRequestLineBytes)
                             .arg(defaults.limits.headTimeoutMs)
                             .arg(defaults.limits.maxSessions)
                             .arg(defaults.limits.handshakesPerSecond)
                             .arg(defaults.limits.workerThreads)
                             .arg(defaults.log.maxBytes)
                             .arg(defaults.log.keepFiles)
                             .arg(demoAddress)
                             .arg(defaults.demo.port);
    return json.toUtf8();
}

bool ConfigLoader::ensureDefaultConfig(const QString& path, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(path);
    if (info.exists())
        return true;
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create directory %1").arg(info.absolutePath()));
    QFile file(path);
    // NewOnly: if another process created the file meanwhile, it is theirs to keep.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(path))
            return true;
        return fail(QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    }
    // The file may later hold tokens: owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray content = defaultConfigJson();
    if (file.write(content) != content.size() || !file.flush()) {
        const QString why = file.errorString();
        file.remove();
        return fail(QStringLiteral("cannot write %1: %2").arg(path, why));
    }
    file.close();
    return true;
}

} // namespace airlock
