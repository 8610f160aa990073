#include "config/ConfigRouteFields.h"

#include "config/ConfigChecks.h"
#include "config/ConfigNames.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace airlock {

using namespace ConfigChecks;

namespace {

using Type = ConfigJsonType;
using Route = RouteConfig;
constexpr qint64 kIntMax = ConfigChecks::kIntMax;
constexpr qint64 kJsonMax = ConfigChecks::kMaxJsonInteger;

// --- path, name, backend ---

bool readPath(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const auto normalized = routePath(value.toString(), path, *ctx.report);
    if (normalized)
        r.path = *normalized;
    return normalized.has_value();
}

// A name left out defaults to the path: then it is not written either.
QJsonValue writeName(const Route& r, const ConfigContext&)
{
    if (r.name == r.path && !r.writtenKeys.contains(QStringLiteral("name")))
        return QJsonValue(QJsonValue::Undefined);
    return r.name;
}

bool readBackend(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const QUrl url(value.toString(), QUrl::StrictMode);
    const auto scheme = backend(url, path, *ctx.report);
    if (!scheme)
        return false;
    r.backend = url;
    r.scheme = *scheme;
    return true;
}

bool checkBackend(const Route& r, const QString& path, ConfigContext& ctx)
{
    if (r.backend.isEmpty()) {
        ctx.report->error(path, QStringLiteral("is required"));
        return false;
    }
    return backend(r.backend, path, *ctx.report).has_value();
}

// --- origins, subprotocol ---

bool readOrigins(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const QJsonArray origins = value.toArray();
    bool ok = true;
    for (qsizetype i = 0; i < origins.size(); ++i) {
        const QString at = indexPath(path, i);
        const auto pattern = stringItem(origins.at(i), at, *ctx.report);
        if (pattern && origin(*pattern, at, *ctx.report))
            r.allowedOrigins.append(*pattern);
        else
            ok = false;
    }
    return ok;
}

bool checkOrigins(const Route& r, const QString& path, ConfigContext& ctx)
{
    bool ok = true;
    for (qsizetype i = 0; i < r.allowedOrigins.size(); ++i)
        ok = origin(r.allowedOrigins.at(i), indexPath(path, i), *ctx.report) && ok;
    return ok;
}

bool readFrameAncestors(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const QJsonArray origins = value.toArray();
    QStringList list;
    bool ok = true;
    for (qsizetype i = 0; i < origins.size(); ++i) {
        const QString at = indexPath(path, i);
        const auto pattern = stringItem(origins.at(i), at, *ctx.report);
        if (pattern && origin(*pattern, at, *ctx.report))
            list.append(*pattern);
        else
            ok = false;
    }
    r.frameAncestors = list;
    return ok;
}

bool checkFrameAncestors(const Route& r, const QString& path, ConfigContext& ctx)
{
    bool ok = true;
    for (qsizetype i = 0; r.frameAncestors && i < r.frameAncestors->size(); ++i)
        ok = origin(r.frameAncestors->at(i), indexPath(path, i), *ctx.report) && ok;
    return ok;
}

// Unset: the route's allowed origins may frame it, and nothing is written.
QJsonValue writeFrameAncestors(const Route& r, const ConfigContext&)
{
    if (!r.frameAncestors)
        return QJsonValue(QJsonValue::Undefined);
    return QJsonArray::fromStringList(*r.frameAncestors);
}

// A name that is not a DNS label gives the route no origin of its own; a name left out (the path) neither.
bool checkName(const Route& r, const QString& path, ConfigContext& ctx)
{
    if (!routeName(r.name, path, *ctx.report))
        return false;
    if (r.name == r.path && !r.writtenKeys.contains(QStringLiteral("name")))
        return true;
    routeHostLabel(r.name, path, *ctx.report);
    return true;
}

const QLatin1String kFixedPrefix("fixed:");

bool checkSubprotocol(const Route& r, const QString& path, ConfigContext& ctx)
{
    return r.subprotocol != SubprotocolPolicy::Fixed ||
           subprotocolName(QString::fromLatin1(r.fixedSubprotocol), path, *ctx.report);
}

bool readSubprotocol(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const QString text = value.toString();
    const auto policy = ConfigNames::value<SubprotocolPolicy>(text);
    if (text.startsWith(kFixedPrefix)) {
        Route fixed;
        fixed.subprotocol = SubprotocolPolicy::Fixed;
        fixed.fixedSubprotocol = text.mid(kFixedPrefix.size()).toLatin1();
        if (!checkSubprotocol(fixed, path, ctx))
            return false;
        r.subprotocol = SubprotocolPolicy::Fixed;
        r.fixedSubprotocol = fixed.fixedSubprotocol;
        return true;
    }
    if (!policy || *policy == SubprotocolPolicy::Fixed) {
        ctx.report->error(path, QStringLiteral("must be \"pass\", \"strip\" or \"fixed:NAME\""));
        return false;
    }
    r.subprotocol = *policy;
    return true;
}

QJsonValue writeSubprotocol(const Route& r, const ConfigContext&)
{
    const QString name = ConfigNames::name(r.subprotocol);
    if (r.subprotocol == SubprotocolPolicy::Fixed)
        return QString(name + QLatin1Char(':') + QString::fromLatin1(r.fixedSubprotocol));
    return name;
}

// --- injected and stripped headers ---

bool readInjectHeaders(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const QJsonObject headers = value.toObject();
    bool ok = true;
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        const QString& name = it.key();
        const QString at = joinPath(path, name);
        bool secret = false;
        std::optional<QString> expanded;
        if (injectHeaderName(name, r.injectHeaders, at, *ctx.report)) {
            if (const auto raw = stringItem(it.value(), at, *ctx.report)) {
                expanded = expandEnv(*raw, *ctx.env, at, *ctx.report, &secret);
                if (expanded && injectHeaderValue(*expanded, at, *ctx.report)) {
                    r.injectHeaders.append({name.toLatin1(), expanded->toUtf8(), secret, *raw});
                    continue;
                }
            }
        }
        ok = false;
    }
    return ok;
}

QString rawHeaderValue(const InjectedHeader& header)
{
    return header.rawValue.isNull() ? QString::fromUtf8(header.value) : header.rawValue;
}

bool checkInjectHeaders(const Route& r, const QString& path, ConfigContext& ctx)
{
    bool ok = true;
    for (qsizetype i = 0; i < r.injectHeaders.size(); ++i) {
        const InjectedHeader& header = r.injectHeaders.at(i);
        const QString name = QString::fromLatin1(header.name);
        const QString at = joinPath(path, name);
        bool secret = false;
        const bool nameOk = injectHeaderName(name, r.injectHeaders.mid(0, i), at, *ctx.report);
        const auto expanded =
            nameOk ? expandEnv(rawHeaderValue(header), *ctx.env, at, *ctx.report, &secret) : std::optional<QString>();
        ok = expanded && injectHeaderValue(*expanded, at, *ctx.report) && ok;
    }
    return ok;
}

QJsonValue writeInjectHeaders(const Route& r, const ConfigContext&)
{
    QJsonObject headers;
    for (const InjectedHeader& header : r.injectHeaders)
        headers.insert(QString::fromLatin1(header.name), rawHeaderValue(header)); // never the expanded secret
    return headers;
}

bool readStripHeaders(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const QJsonArray names = value.toArray();
    bool ok = true;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString at = indexPath(path, i);
        const auto name = stringItem(names.at(i), at, *ctx.report);
        if (!name || !stripHeader(*name, at, *ctx.report)) {
            ok = false;
            continue;
        }
        const QByteArray lower = name->toLower().toLatin1();
        if (!r.stripHeaders.contains(lower))
            r.stripHeaders.append(lower);
    }
    return ok;
}

bool checkStripHeaders(const Route& r, const QString& path, ConfigContext& ctx)
{
    bool ok = true;
    for (qsizetype i = 0; i < r.stripHeaders.size(); ++i)
        ok = stripHeader(QString::fromLatin1(r.stripHeaders.at(i)), indexPath(path, i), *ctx.report) && ok;
    return ok;
}

QJsonValue writeStripHeaders(const Route& r, const ConfigContext&)
{
    QJsonArray names;
    for (const QByteArray& name : r.stripHeaders)
        names.append(QString::fromLatin1(name));
    return names;
}

// --- upstream proxy, tls ---

bool readUpstreamProxy(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const QString text = value.toString();
    if (const auto mode = ConfigNames::value<UpstreamProxySetting::Mode>(text)) {
        r.upstreamProxy.mode = *mode;
        return true;
    }
    if (!text.contains(QLatin1String("://"))) {
        ctx.report->error(path, QStringLiteral("must be \"none\", \"system\" or http://[user:pass@]host:port"));
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!proxyUrl(url, path, *ctx.report))
        return false;
    r.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    r.upstreamProxy.url = url;
    return true;
}

QJsonValue writeUpstreamProxy(const Route& r, const ConfigContext&)
{
    if (r.upstreamProxy.mode == UpstreamProxySetting::Mode::Url)
        return r.upstreamProxy.url.toString(QUrl::FullyEncoded);
    return ConfigNames::name(r.upstreamProxy.mode);
}

bool readCaFile(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    r.tls.caFileAsWritten = value.toString();
    if (r.tls.caFileAsWritten.isEmpty())
        return true;
    const QString file = resolveFile(r.tls.caFileAsWritten, ctx.baseDir);
    if (!caFile(file, path, *ctx.report))
        return false;
    r.tls.caFile = file;
    return true;
}

QJsonValue writeCaFile(const Route& r, const ConfigContext& ctx)
{
    return fileNameToWrite(r.tls.caFileAsWritten, r.tls.caFile, ctx.baseDir);
}

// --- close codes, health ---

bool readCloseCodes(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const QJsonObject codes = value.toObject();
    bool allOk = true;
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        const QString where = path + u'.' + it.key();
        bool ok = false;
        const int code = it.key().toInt(&ok);
        if (!closeCode(ok ? code : 0, where, *ctx.report)) {
            allOk = false;
            continue;
        }
        if (const auto verdict = ConfigNames::value<CloseClassification::Kind>(it.value().toString())) {
            r.closeCodes.insert(code, *verdict);
        } else {
            ctx.report->error(where,
                              QStringLiteral("expected ") + ConfigNames::choices<CloseClassification::Kind>(true));
            allOk = false;
        }
    }
    return allOk;
}

bool checkCloseCodes(const Route& r, const QString& path, ConfigContext& ctx)
{
    QList<int> codes = r.closeCodes.keys();
    std::sort(codes.begin(), codes.end());
    bool ok = true;
    for (int code : codes)
        ok = closeCode(code, path + u'.' + QString::number(code), *ctx.report) && ok;
    return ok;
}

QJsonValue writeCloseCodes(const Route& r, const ConfigContext&)
{
    QJsonObject codes;
    for (auto it = r.closeCodes.cbegin(); it != r.closeCodes.cend(); ++it)
        codes.insert(QString::number(it.key()), ConfigNames::name(it.value()));
    return codes;
}

bool readHealthKind(const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx)
{
    const auto kind = ConfigNames::value<HealthConfig::Kind>(value.toString());
    if (kind)
        r.health.kind = *kind;
    else
        ctx.report->error(path, QStringLiteral("must be ") + ConfigNames::choices<HealthConfig::Kind>(true));
    return healthKind(r, path, *ctx.report) && kind.has_value();
}

QJsonValue writeHealthKind(const Route& r, const ConfigContext&)
{
    if (r.health.kind == HealthConfig::Kind::None)
        return QJsonValue(QJsonValue::Undefined);
    return ConfigNames::name(r.health.kind);
}

bool checkHealthPath(const Route& r, const QString& path, ConfigContext& ctx)
{
    // In memory an empty path means "the backend's"; a file that spells it must spell a path.
    if (r.health.path.isEmpty() && !r.writtenKeys.contains(QStringLiteral("health.path")))
        return true;
    return healthPath(r.health.path, path, *ctx.report);
}

// clang-format off
const ConfigField<Route> kRoute[] = {
    {.key = "path", .type = Type::String, .read = readPath,
     .write = [](const Route& r, const ConfigContext&) { return QJsonValue(r.path); },
     .check = [](const Route& r, const QString& path, ConfigContext& ctx) {
         return routePath(r.path, path, *ctx.report).has_value();
     },
     .required = true},
    {.key = "name", .type = Type::String,
     .read = [](const QJsonValue& value, const QString& path, Route& r, ConfigContext& ctx) {
         if (!routeName(value.toString(), path, *ctx.report))
             return false;
         r.name = value.toString();
         routeHostLabel(r.name, path, *ctx.report);
         return true;
     },
     .write = writeName, .check = checkName},
    {.key = "backend", .type = Type::String, .read = readBackend,
     .write = [](const Route& r, const ConfigContext&) {
         if (r.backend.isEmpty())
             return QJsonValue(QJsonValue::Undefined);
         return QJsonValue(r.backend.toString(QUrl::FullyEncoded));
     },
     .check = checkBackend, .required = true},
    {.key = "allowedOrigins", .type = Type::Array, .read = readOrigins,
     .write = [](const Route& r, const ConfigContext&) {
         return QJsonValue(QJsonArray::fromStringList(r.allowedOrigins));
     },
     .check = checkOrigins},
    {.key = "frameAncestors", .type = Type::Array, .read = readFrameAncestors, .write = writeFrameAncestors,
     .check = checkFrameAncestors},
    {.key = "subprotocol", .type = Type::String, .read = readSubprotocol, .write = writeSubprotocol,
     .check = checkSubprotocol},
    {.key = "injectHeaders", .type = Type::Object, .read = readInjectHeaders, .write = writeInjectHeaders,
     .check = checkInjectHeaders},
    {.key = "stripHeaders", .type = Type::Array, .read = readStripHeaders, .write = writeStripHeaders,
     .check = checkStripHeaders},
    {.key = "upstreamProxy", .type = Type::String, .read = readUpstreamProxy, .write = writeUpstreamProxy,
     .check = [](const Route& r, const QString& path, ConfigContext& ctx) {
         return r.upstreamProxy.mode != UpstreamProxySetting::Mode::Url ||
                proxyUrl(r.upstreamProxy.url, path, *ctx.report);
     }},
    {.key = "tls.caFile", .type = Type::String, .read = readCaFile, .write = writeCaFile,
     .check = [](const Route& r, const QString& path, ConfigContext& ctx) {
         return r.tls.caFile.isEmpty() || caFile(r.tls.caFile, path, *ctx.report);
     }},
    {.key = "tls.serverName", .type = Type::String,
     .ref = [](Route& r) -> ConfigValueRef { return &r.tls.serverName; },
     .check = [](const Route& r, const QString& path, ConfigContext& ctx) {
         return serverName(r.tls.serverName, path, *ctx.report);
     }},
    {.key = "tls.insecure", .type = Type::Boolean, .ref = [](Route& r) -> ConfigValueRef { return &r.tls.insecure; },
     .check = [](const Route& r, const QString& path, ConfigContext& ctx) {
         return insecure(r.tls.insecure, path, *ctx.report);
     }},
    {.key = "timeouts.connectMs", .type = Type::Integer, .min = 1, .max = kIntMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.timeouts.connectMs; }},
    {.key = "timeouts.proxyConnectMs", .type = Type::Integer, .min = 1, .max = kIntMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.timeouts.proxyConnectMs; }},
    {.key = "timeouts.tlsMs", .type = Type::Integer, .min = 1, .max = kIntMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.timeouts.tlsMs; }},
    {.key = "timeouts.upgradeMs", .type = Type::Integer, .min = 1, .max = kIntMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.timeouts.upgradeMs; }},
    {.key = "timeouts.idleMs", .type = Type::Integer, .min = 0, .max = kIntMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.timeouts.idleMs; }},
    {.key = "timeouts.drainMs", .type = Type::Integer, .min = 1, .max = kIntMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.timeouts.drainMs; }},
    {.key = "keepalive.pingMs", .type = Type::Integer, .min = 0, .max = kIntMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.keepalive.pingMs; },
     .check = [](const Route& r, const QString& path, ConfigContext& ctx) {
         return pingMs(r.keepalive.pingMs, path, *ctx.report);
     }},
    {.key = "strictFrames", .type = Type::Boolean, .ref = [](Route& r) -> ConfigValueRef { return &r.strictFrames; }},
    {.key = "browserVisibleErrors", .type = Type::Boolean,
     .ref = [](Route& r) -> ConfigValueRef { return &r.browserVisibleErrors; }},
    {.key = "forwardCookies", .type = Type::Boolean,
     .ref = [](Route& r) -> ConfigValueRef { return &r.forwardCookies; }},
    {.key = "maxMessageBytes", .type = Type::Integer, .min = 0, .max = kJsonMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.maxMessageBytes; }},
    {.key = "closeCodes", .type = Type::Object, .read = readCloseCodes, .write = writeCloseCodes,
     .check = checkCloseCodes},
    {.key = "health.kind", .type = Type::String, .read = readHealthKind, .write = writeHealthKind,
     .check = [](const Route& r, const QString& path, ConfigContext& ctx) { return healthKind(r, path, *ctx.report); },
     .required = true},
    {.key = "health.intervalMs", .type = Type::Integer, .min = 10, .max = kIntMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.health.intervalMs; }},
    {.key = "health.timeoutMs", .type = Type::Integer, .min = 1, .max = kIntMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.health.timeoutMs; }},
    {.key = "health.rise", .type = Type::Integer, .min = 1, .max = 1000,
     .ref = [](Route& r) -> ConfigValueRef { return &r.health.rise; }},
    {.key = "health.fall", .type = Type::Integer, .min = 1, .max = 1000,
     .ref = [](Route& r) -> ConfigValueRef { return &r.health.fall; }},
    {.key = "health.path", .type = Type::String, .ref = [](Route& r) -> ConfigValueRef { return &r.health.path; },
     .check = checkHealthPath},
    {.key = "capture.enabled", .type = Type::Boolean,
     .ref = [](Route& r) -> ConfigValueRef { return &r.capture.enabled; }},
    {.key = "capture.maxBytesPerSession", .type = Type::Integer, .min = 1, .max = kJsonMax,
     .ref = [](Route& r) -> ConfigValueRef { return &r.capture.maxBytesPerSession; }},
};
// clang-format on

} // namespace

std::span<const ConfigField<RouteConfig>> ConfigRouteFields::fields()
{
    return kRoute;
}

} // namespace airlock
