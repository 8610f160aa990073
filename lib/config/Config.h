#pragma once

#include "config/WrittenKeys.h"
#include "http/InjectedHeader.h"
#include "observe/LogOptions.h"
#include "ws/CloseClassification.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace airlock {

// Tcp: a WebSocket-to-TCP bridge; Airlock ends the WebSocket and carries its payload over plain TCP.
enum class BackendScheme { Ws, Wss, Http, Https, Tcp };

struct TlsOptions
{
    QString caFile;     // extra CA certificates (PEM) trusted for this route
    QString serverName; // SNI and verification name override; empty = backend host
    bool insecure = false;
    // caFile as the config file spelled it (maybe relative), so that saving keeps it; null when set directly.
    QString caFileAsWritten;

    bool operator==(const TlsOptions&) const = default;
};

// Every phase has a bound; 0 means "no limit" only where noted.
struct RouteTimeouts
{
    int connectMs = 10000;      // TCP connect to the backend or the upstream proxy
    int proxyConnectMs = 10000; // CONNECT request until the proxy's 2xx
    int tlsMs = 10000;          // TLS handshake with the backend
    int upgradeMs = 10000;      // backend's answer to the upgrade (or to a plain HTTP request)
    int idleMs = 0;             // tunnel with no frames either way; 0 = never
    int drainMs = 5000;         // flushing to one side after the other closed
    bool operator==(const RouteTimeouts&) const = default;
};

// Pings Airlock sends on both legs of a tunnel so that intermediaries see traffic on quiet sessions.
struct KeepaliveOptions
{
    int pingMs = 25000; // interval; 0 = off
    bool operator==(const KeepaliveOptions&) const = default;
};

struct UpstreamProxySetting
{
    enum class Mode { None, System, Url };
    Mode mode = Mode::System;
    QUrl url; // http://[user:pass@]host:port when mode == Url
    bool operator==(const UpstreamProxySetting&) const = default;
};

// Active checks of a route's backend, run by HealthMonitor.
struct HealthConfig
{
    enum class Kind { None, Tcp, Tls, Ws, Http };
    Kind kind = Kind::None; // None: the route is not monitored
    int intervalMs = 15000;
    int timeoutMs = 5000; // bounds one whole check
    QString path;         // request path for ws/http; empty = the backend URL's path
    int rise = 2;         // consecutive successes to become up
    int fall = 3;         // consecutive failures to become down
    bool operator==(const HealthConfig&) const = default;
};

// Recording of a tunnel's data messages for the request record and HAR export (Chrome's
// _webSocketMessages). Payloads are kept unmasked with credentials redacted.
struct CaptureConfig
{
    bool enabled = false;
    qint64 maxBytesPerSession = 256 * 1024; // payload bytes kept per session, both directions together
    bool operator==(const CaptureConfig&) const = default;
};

enum class SubprotocolPolicy { Pass, Strip, Fixed };

struct RouteConfig
{
    QString name;
    QString path; // normalized: starts with '/', no trailing '/' unless it is "/"
    QUrl backend;
    BackendScheme scheme = BackendScheme::Ws;
    QStringList allowedOrigins; // exact origins, "*" patterns, or "*"; empty = no browser origin allowed
    // Who may frame the route's pages (CSP frame-ancestors) besides its own origin; unset = allowedOrigins.
    std::optional<QStringList> frameAncestors;
    SubprotocolPolicy subprotocol = SubprotocolPolicy::Pass;
    QByteArray fixedSubprotocol;
    QList<InjectedHeader> injectHeaders;
    QList<QByteArray> stripHeaders; // lower case
    UpstreamProxySetting upstreamProxy;
    TlsOptions tls;
    RouteTimeouts timeouts;
    HealthConfig health;
    KeepaliveOptions keepalive;
    CaptureConfig capture;
    bool strictFrames = true;                         // RFC 6455 checks on both directions
    bool browserVisibleErrors = true;                 // failed upgrades from browsers: 101 + close code with a reason
    bool forwardCookies = false;                      // Cookie to the backend and Set-Cookie back to the client
    qint64 maxMessageBytes = 64 * 1024 * 1024;        // 0 = unlimited
    QHash<int, CloseClassification::Kind> closeCodes; // verdicts for application codes 4000-4999
    WrittenKeys writtenKeys; // "name", "tls", "tls.caFile", ...: keys the config file spelled out

    bool backendIsTls() const { return scheme == BackendScheme::Wss || scheme == BackendScheme::Https; }
    bool isTcpBridge() const { return scheme == BackendScheme::Tcp; }
    bool operator==(const RouteConfig&) const = default;
};

struct ListenConfig
{
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8765;
    QStringList hostAliases;  // extra Host names accepted besides loopback names
    bool allowRemote = false; // a non-loopback address must be asked for explicitly
    bool sameUserOnly = true; // Linux: serve only connections from the user running Airlock (PeerUser)
    bool operator==(const ListenConfig&) const = default;
};

struct LimitsConfig
{
    int maxHeaderBytes = 16 * 1024;
    int maxRequestLineBytes = 8 * 1024;
    int headTimeoutMs = 10000;   // a client must send its whole request head within this
    int maxSessions = 1024;      // concurrent client connections; more get 503
    int handshakesPerSecond = 0; // new WebSocket handshakes per second; 0 = unlimited
    int workerThreads = 0;       // 0 = number of cores, at most 4
    // Message capture payload held across all live sessions (see RouteConfig::capture).
    qint64 captureBytesTotal = 64 * 1024 * 1024;
    bool operator==(const LimitsConfig&) const = default;
};

struct LogConfig : LogOptions
{
    QString fileAsWritten; // file as the config file spelled it (maybe relative); null when set directly

    bool operator==(const LogConfig&) const = default;
};

// The built-in demo backend: a WebSocket echo service plus a page that talks to it.
struct DemoConfig
{
    bool enabled = false;
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8766;
    bool operator==(const DemoConfig&) const = default;
};

struct Config
{
    ListenConfig listen;
    LimitsConfig limits;
    LogConfig log;
    DemoConfig demo;
    QList<RouteConfig> routes;
    WrittenKeys writtenKeys; // "listen", "listen.port", "routes", ...: keys the config file spelled out

    bool operator==(const Config&) const = default;
};

} // namespace airlock
