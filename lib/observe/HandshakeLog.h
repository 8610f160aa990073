#pragma once

#include "observe/HandshakeRecord.h"
#include "observe/LogOptions.h"

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <deque>

namespace airlock {

// The record of past sessions: a bounded in-memory ring for views, and optionally a JSON-lines file
// that is the source of truth. The file rotates by size (file, file.1 ... file.N); on open, the most
// recent records are read back from it, so a restart shows what happened before.
// Captured messages are bounded in memory too: past maxCapturedBytes, the oldest records in the ring
// lose their "messages" (marked "messagesInFileOnly"); the file keeps them whole.
// Lives in the thread that creates it (the main thread).
class HandshakeLog : public QObject
{
    Q_OBJECT
public:
    explicit HandshakeLog(int capacity = 10000, qint64 maxCapturedBytes = 64 * 1024 * 1024, QObject* parent = nullptr);

    bool openFile(const LogOptions& options, QString* error);
    void append(const QList<airlock::HandshakeRecord>& records);

    QList<QJsonObject> records() const;
    int size() const { return int(m_ring.size()); }
    QString filePath() const { return m_file.fileName(); }

    // Every record in a log file and its rotated predecessors, oldest first (for export).
    static QList<QJsonObject> readFiles(const QString& path, int keepFiles, QString* error = nullptr);

signals:
    void appended(int count);

private:
    struct Entry
    {
        QJsonObject record;
        qint64 capturedBytes = 0; // payload text of its "messages", as held in memory
    };

    void remember(const QJsonObject& record);
    bool rotate();

    int m_capacity;
    qint64 m_maxCapturedBytes;
    qint64 m_capturedBytes = 0;
    std::deque<Entry> m_ring;
    QFile m_file;
    LogOptions m_options;
};

} // namespace airlock
