#pragma once

#include "observe/RequestRecord.h"

#include <QFile>
#include <QObject>

namespace airlock {

// Writes one JSON object per record and line, to a file (appending) or to stdout; flushed per batch so
// a crash loses nothing that was already reported. Lives in the thread that creates it (the main thread).
class JsonLinesWriter : public QObject
{
    Q_OBJECT
public:
    explicit JsonLinesWriter(QObject* parent = nullptr);

    bool openFile(const QString& path, QString* error);
    void openStdout();
    void write(const QList<airlock::RequestRecord>& records);

private:
    QFile m_file;
};

} // namespace airlock
