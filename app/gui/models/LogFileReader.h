#pragma once

#include "observe/RequestRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace airlock {

// Reads records back for File > Open log: Airlock's JSON-lines log (one record per line, as RequestLog
// writes it) or a HAR file. A HAR that Airlock exported carries each record in its entry's "_airlock"
// extension and its messages in "_webSocketMessages", so it reads back whole; entries of other HAR files
// are mapped from what HAR has (method, URL, status, heads, start and total time).
class LogFileReader
{
    Q_DECLARE_TR_FUNCTIONS(LogFileReader)
public:
    struct Result
    {
        QList<RequestRecord> records; // oldest first, as in the file
        QString error;                // one sentence; empty on success
        int skippedLines = 0;         // JSON lines that were not records (e.g. cut short by a crash)
        bool har = false;
    };

    static constexpr int MaxRecords = 200000; // beyond this the oldest are left out
    static constexpr int MaxRotatedFiles = 99;

    // A JSON-lines log is read together with its rotated predecessors (path.1, path.2, ...), oldest first.

    static Result read(const QString& path);
    static Result fromData(const QByteArray& data);
};

} // namespace airlock
