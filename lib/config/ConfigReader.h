#pragma once

#include "config/ConfigLoadResult.h"
#include "config/ConfigSchema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace airlock {

// Reads a parsed config document into a Config, driven by ConfigSchema's tables: JSON types and ranges
// here, every other check in ConfigChecks (the same ones ConfigValidator runs), each reported with the
// JSON path it came from, in the order they are met.
class ConfigReader
{
public:
    ConfigReader(const QProcessEnvironment& env, const QString& baseDir);

    void read(const QJsonObject& root);
    void error(const QString& path, const QString& message) { m_report.error(path, message); }
    ConfigLoadResult take();

private:
    template <typename S>
    void readSection(const QJsonObject& object, const QString& path, const ConfigSection<S>& section, S& target,
                     WrittenKeys& written, const QString& keyPrefix);
    template <typename S>
    void readField(const QJsonObject& object, const QString& objectPath, const ConfigField<S>& field, S& target,
                   WrittenKeys& written, const QString& keyPrefix);
    bool readInteger(const QJsonValue& value, const QString& path, qint64 min, qint64 max, qint64* out);
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed);
    void readRoutes(const QJsonArray& routes, const QString& path);
    bool noErrorAt(qsizetype since, const QString& path) const;

    const QProcessEnvironment& m_env;
    Config m_config;
    ConfigReport m_report;
    ConfigContext m_context;
};

} // namespace airlock
