// ConfigLoader::fromJson on any bytes: it never crashes, every problem in a JSON object carries the JSON
// path it is about (only a document that is not a JSON object is refused as a whole), and a config it
// accepts survives ConfigWriter and a second load unchanged.
#include "FuzzCheck.h"
#include "config/ConfigLoader.h"
#include "config/ConfigWriter.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcessEnvironment>

using namespace airlock;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QProcessEnvironment env = [] {
        QProcessEnvironment e;
        e.insert(QStringLiteral("TOKEN"), QStringLiteral("s3cret"));
        e.insert(QStringLiteral("EMPTY"), QString());
        return e;
    }();
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const ConfigLoadResult result = ConfigLoader::fromJson(json, env);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const bool object = parseError.error == QJsonParseError::NoError && document.isObject();
    if (!object) {
        FUZZ_CHECK(result.errors.size() == 1 && result.errors.first().path.isEmpty());
        return 0;
    }
    for (const ConfigError& error : result.errors) {
        FUZZ_CHECK(!error.path.isEmpty());
        FUZZ_CHECK(!error.message.isEmpty());
    }
    for (const QString& warning : result.warnings)
        FUZZ_CHECK(warning.contains(QStringLiteral(": ")));
    if (!result.ok())
        return 0;

    const QByteArray written = ConfigWriter::toJson(result.config);
    const ConfigLoadResult again = ConfigLoader::fromJson(written, env);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.config == result.config);
    return 0;
}
