#pragma once

#include <QJsonObject>
#include <QList>

namespace airlock {

// HAR 1.2 (as Chrome DevTools imports it) from request records in their JSON form: one entry per
// record, the heads as Airlock saw them (already redacted), phase timings mapped onto HAR's, and for
// WebSocket sessions the captured messages as Chrome's _webSocketMessages (empty when capture was off).
class HarExport
{
public:
    static QJsonObject fromRecords(const QList<QJsonObject>& records);
    static QJsonObject entry(const QJsonObject& record);
};

} // namespace airlock
