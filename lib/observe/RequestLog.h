#pragma once

#include "observe/LogOptions.h"
#include "observe/RequestRecord.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QThread>

#include <deque>

namespace airlock {

class RequestLogWriter;

// The record of past sessions: a bounded in-memory ring of typed rows for views, and optionally a
// JSON-lines file that is the source of truth. The file rotates by size (file, file.1 ... file.N) and is
// written on a thread of its own; on open, the most recent records are read back from it, so a restart
// shows what happened before. The ring is bounded by count and by the bytes its records hold (heads and
// texts; long heads make a full ring of 10,000 records about a gigabyte otherwise): the oldest rows leave
// until both bounds hold, the newest row stays even alone above the byte bound. Captured messages have a
// bound of their own: past maxCapturedBytes, the oldest rows lose their messages (messagesInFileOnly);
// the file keeps them whole.
//
// Rows are numbered oldest first. Each append() changes the ring in at most two steps, each announced
// before and after, so a QAbstractTableModel can bracket them exactly: aboutToEvict/evicted remove rows
// 0..count-1, then aboutToAppend/appended add rows size()..size()+count-1 (after the eviction). Rows whose
// messages were dropped are reported with messagesDropped. Nothing is signalled per record.
// Lives in the thread that creates it (the main thread); the destructor waits until the file has every
// record appended before it.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 defaultMaxRecordBytes = 64 * 1024 * 1024;

    explicit RequestLog(int capacity = 10000, qint64 maxCapturedBytes = 64 * 1024 * 1024, QObject* parent = nullptr);
    ~RequestLog() override;

    // The byte bound of the ring (records without their captured messages); applies from the next append.
    void setMaxRecordBytes(qint64 bytes) { m_maxRecordBytes = qMax<qint64>(1, bytes); }
    qint64 maxRecordBytes() const { return m_maxRecordBytes; }
    // What the rows hold now, as counted against maxRecordBytes().
    qint64 recordBytes() const { return m_recordBytes; }
    // The bytes a record holds in memory apart from its captured messages (an estimate: the struct and
    // every head and text it owns).
    static qint64 heldBytesOf(const RequestRecord& record);

    bool openFile(const LogOptions& options, QString* error);
    void append(const QList<airlock::RequestRecord>& records);
    // Blocks until every record appended so far is written and flushed (tests, export of a live log).
    void flush();

    int size() const { return int(m_ring.size()); }
    int capacity() const { return m_capacity; }
    const RequestRecord& at(int row) const { return m_ring.at(std::size_t(row)).record; }
    QList<RequestRecord> rows() const;
    QList<QJsonObject> records() const; // every row as its JSON line would read, oldest first
    QString filePath() const { return m_options.file; }

    // Every record in a log file and its rotated predecessors, oldest first (for export); with maxRecords >= 0
    // only the newest maxRecords of them, and only those are ever parsed (a restart reading its ring back).
    static QList<QJsonObject> readFiles(const QString& path, int keepFiles, QString* error = nullptr,
                                        qsizetype maxRecords = -1);

signals:
    void aboutToEvict(int count);
    void evicted(int count);
    void aboutToAppend(int count);
    void appended(int count);
    void messagesDropped(int firstRow, int lastRow);

private:
    struct Entry
    {
        RequestRecord record;
        qint64 recordBytes = 0;   // heldBytesOf(record)
        qint64 capturedBytes = 0; // payload bytes of its captured messages, as held in memory
    };

    void remember(QList<RequestRecord> records);
    void boundCapturedBytes();

    int m_capacity;
    qint64 m_maxCapturedBytes;
    qint64 m_capturedBytes = 0;
    qint64 m_maxRecordBytes = defaultMaxRecordBytes;
    qint64 m_recordBytes = 0;
    std::deque<Entry> m_ring;
    LogOptions m_options;
    QThread m_writerThread;
    RequestLogWriter* m_writer = nullptr; // lives on m_writerThread; null without a file
};

} // namespace airlock
