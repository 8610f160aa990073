#pragma once

#include "observe/HandshakeRecord.h"
#include "observe/LogOptions.h"

#include <QFile>
#include <QList>
#include <QObject>

namespace airlock {

// The file side of HandshakeLog: serializes records to JSON lines, appends them, flushes per batch and
// rotates by size (file, file.1 ... file.N). Lives on HandshakeLog's writer thread, so no disk I/O or JSON
// work happens on the thread that owns the log (the GUI thread in the app); only HandshakeLog calls it.
class HandshakeLogWriter : public QObject
{
    Q_OBJECT
public:
    explicit HandshakeLogWriter(QObject* parent = nullptr);

    bool open(const LogOptions& options, QString* error);
    void write(const QList<airlock::HandshakeRecord>& records);

private:
    bool rotate();

    QFile m_file;
    LogOptions m_options;
};

} // namespace airlock
