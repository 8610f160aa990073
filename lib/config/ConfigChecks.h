#pragma once

#include "config/Config.h"
#include "config/ConfigReport.h"

#include <QHash>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace airlock {

// Every check of a config value and the sentence it reports, shared by ConfigLoader (on values it has
// just read, with the JSON path they came from) and ConfigValidator (on a config held in memory), so the
// two can never disagree. Each returns whether the value is usable.
namespace ConfigChecks {

inline constexpr qint64 kIntMax = 2147483647;
inline constexpr qint64 kMaxJsonInteger = qint64(1) << 53; // largest range a JSON number holds exactly
inline constexpr int kMinPingMs = 10;

QString joinPath(const QString& path, const QString& key);
QString indexPath(const QString& path, qsizetype index);
QString quoted(const QString& text);
// A relative file name taken against baseDir; unchanged when baseDir is empty or the name is absolute.
QString resolveFile(const QString& file, const QString& baseDir);

// An array item that must be a string.
std::optional<QString> stringItem(const QJsonValue& value, const QString& path, ConfigReport& report);
// A file name to write: as the user spelled it while that still names the file in use from baseDir
// (where the config is written), else the file in use.
QString fileNameToWrite(const QString& asWritten, const QString& inUse, const QString& baseDir);

bool range(qint64 value, qint64 min, qint64 max, const QString& path, ConfigReport& report);

bool listenAddress(const ListenConfig& listen, const QString& path, ConfigReport& report);
bool hostAlias(const QString& alias, const QString& path, ConfigReport& report);
// Off is allowed, with a warning: every local user can then use the routes and their injected credentials.
bool sameUserOnly(bool on, const QString& path, ConfigReport& report);
bool demoAddress(const QString& address, const QString& path, ConfigReport& report);
bool demoPort(const DemoConfig& demo, const QString& path, ConfigReport& report);
// Whole-section check, after the demo's own keys.
bool demoAgainstListen(const DemoConfig& demo, const ListenConfig& listen, const QString& path, ConfigReport& report);

// The path as the route table keeps it (no trailing '/'), or nothing after reporting why it is unusable.
std::optional<QString> routePath(const QString& value, const QString& path, ConfigReport& report);
bool routeName(const QString& name, const QString& path, ConfigReport& report);
// A warning (never an error: existing names keep working on the shared origin) for a name that is not a DNS
// label and so gives the route no origin of its own.
bool routeHostLabel(const QString& name, const QString& path, ConfigReport& report);
std::optional<BackendScheme> backend(const QUrl& url, const QString& path, ConfigReport& report);
bool origin(const QString& pattern, const QString& path, ConfigReport& report);
bool subprotocolName(const QString& name, const QString& path, ConfigReport& report);
// earlier: the headers already accepted for the route, for the duplicate check.
bool injectHeaderName(const QString& name, const QList<InjectedHeader>& earlier, const QString& path,
                      ConfigReport& report);
// Expands every ${env:NAME}; reports each missing variable by name, never a value.
std::optional<QString> expandEnv(const QString& raw, const QProcessEnvironment& env, const QString& path,
                                 ConfigReport& report, bool* secret);
bool injectHeaderValue(const QString& value, const QString& path, ConfigReport& report);
bool stripHeader(const QString& name, const QString& path, ConfigReport& report);
bool proxyUrl(const QUrl& url, const QString& path, ConfigReport& report);
bool caFile(const QString& resolvedFile, const QString& path, ConfigReport& report);
bool serverName(const QString& name, const QString& path, ConfigReport& report);
bool insecure(bool insecure, const QString& path, ConfigReport& report);
bool pingMs(int pingMs, const QString& path, ConfigReport& report);
bool healthKind(const RouteConfig& route, const QString& path, ConfigReport& report);
bool healthPath(const QString& value, const QString& path, ConfigReport& report);
bool closeCode(int code, const QString& path, ConfigReport& report);

// Route paths and names in use so far, for the "already used" checks.
struct RouteOwners
{
    QHash<QString, qsizetype> paths;
    QHash<QString, qsizetype> names;
};
// pathOk/nameOk: the route's own checks passed. A name that defaulted to an already used path would only
// repeat the path error, so it is not reported again.
void uniqueRoute(const RouteConfig& route, qsizetype index, const QString& routesPath, bool pathOk, bool nameOk,
                 RouteOwners& owners, ConfigReport& report);
bool someRoutes(qsizetype routeCount, bool demoEnabled, const QString& path, ConfigReport& report);

} // namespace ConfigChecks

} // namespace airlock
