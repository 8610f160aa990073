#pragma once

#include "observe/LogOptions.h"
#include "observe/RequestRecord.h"

#include <QFile>
#include <QList>
#include <QObject>

namespace airlock {

// The file side of RequestLog: serializes records to JSON lines, appends them, flushes per batch and
// rotates by size (file, file.1 ... file.N). Lives on RequestLog's writer thread, so no disk I/O or JSON
// work happens on the thread that owns the log (the GUI thread in the app); only RequestLog calls it.
class RequestLogWriter : public QObject
{
    Q_OBJECT
public:
    explicit RequestLogWriter(QObject* parent = nullptr);

    bool open(const LogOptions& options, QString* error);
    void write(const QList<airlock::RequestRecord>& records);

private:
    bool rotate();

    QFile m_file;
    LogOptions m_options;
};

} // namespace airlock
