#include "observe/RequestLog.h"

#include "observe/RequestLogWriter.h"

#include <QFile>
#include <QJsonDocument>

#include <deque>

namespace airlock {

namespace {

qint64 capturedBytesOf(const RequestRecord& record)
{
    qint64 bytes = 0;
    for (const CapturedMessage& message : record.messages)
        bytes += message.data.size();
    return bytes;
}

QByteArray ownCopy(const QByteArray& b)
{
    return b.isNull() ? QByteArray() : QByteArray(b.constData(), b.size());
}

QString ownCopy(const QString& s)
{
    return s.isNull() ? QString() : QString(s.constData(), s.size());
}

// A copy that shares no data with the original, which was built piece by piece on a worker thread, in that
// thread's malloc arena between its session's socket buffers: kept in the ring, each of its dozen blocks
// would keep a page of that arena resident after the session's memory is released (IdleMemoryRelease).
// The copy is allocated in one go on the log's thread, and the original is freed with its batch.
RequestRecord ownCopy(const RequestRecord& record)
{
    RequestRecord r = record;
    for (QByteArray* b : {&r.requestId, &r.method, &r.target, &r.clientRequestHead, &r.backendRequestHead,
                          &r.proxyResponseHead, &r.backendResponseHead, &r.clientResponseHead, &r.subprotocol,
                          &r.backendSubprotocol, &r.extensions, &r.closeReason})
        *b = ownCopy(*b);
    for (QString* s : {&r.clientAddress, &r.route, &r.backendUrl, &r.upstreamProxy, &r.failureDetail,
                       &r.subprotocolNote, &r.classification, &r.classificationDetail})
        *s = ownCopy(*s);
    for (CapturedMessage& message : r.messages)
        message.data = ownCopy(message.data);
    return r;
}

// The newest maxRecords lines (all of them when negative) of a log file and its rotated predecessors, oldest
// first. Lines are kept, not parsed: parsing every record of every file at once took about 100 MB at a
// restart with a full ring and rotated files.
std::deque<QByteArray> newestLines(const QString& path, int keepFiles, QString* error, qsizetype maxRecords)
{
    std::deque<QByteArray> lines;
    for (int i = keepFiles; i >= 0; --i) {
        QFile file(i == 0 ? path : path + u'.' + QString::number(i));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
            continue;
        }
        while (!file.atEnd()) {
            QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || maxRecords == 0)
                continue;
            lines.push_back(std::move(line));
            if (maxRecords > 0 && qsizetype(lines.size()) > maxRecords)
                lines.pop_front();
        }
    }
    return lines;
}

// A line cut short by a crash is skipped (an empty object), not fatal: every other record is still there.
QJsonObject parsedLine(const QByteArray& line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    return doc.isObject() ? doc.object() : QJsonObject();
}

} // namespace

qint64 RequestLog::heldBytesOf(const RequestRecord& r)
{
    qint64 bytes = qint64(sizeof(RequestRecord));
    for (const QByteArray* b : {&r.requestId, &r.method, &r.target, &r.clientRequestHead, &r.backendRequestHead,
                                &r.proxyResponseHead, &r.backendResponseHead, &r.clientResponseHead, &r.subprotocol,
                                &r.backendSubprotocol, &r.extensions, &r.closeReason})
        bytes += b->size();
    for (const QString* s : {&r.clientAddress, &r.route, &r.backendUrl, &r.upstreamProxy, &r.failureDetail,
                             &r.subprotocolNote, &r.classification, &r.classificationDetail})
        bytes += s->size() * qint64(sizeof(QChar));
    return bytes;
}

RequestLog::RequestLog(int capacity, qint64 maxCapturedBytes, QObject* parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
    , m_maxCapturedBytes(qMax<qint64>(0, maxCapturedBytes))
{
    m_writerThread.setObjectName(QStringLiteral("airlock-log-writer"));
}

// Every write was queued before this point, and flush() returns after the last of them: nothing is lost.
RequestLog::~RequestLog()
{
    if (!m_writer)
        return;
    flush();
    m_writerThread.quit();
    m_writerThread.wait();
    delete m_writer;
}

QList<RequestRecord> RequestLog::rows() const
{
    QList<RequestRecord> out;
    out.reserve(qsizetype(m_ring.size()));
    for (const Entry& entry : m_ring)
        out.append(entry.record);
    return out;
}

QList<QJsonObject> RequestLog::records() const
{
    QList<QJsonObject> out;
    out.reserve(qsizetype(m_ring.size()));
    for (const Entry& entry : m_ring)
        out.append(entry.record.toJson());
    return out;
}

QList<QJsonObject> RequestLog::readFiles(const QString& path, int keepFiles, QString* error, qsizetype maxRecords)
{
    QList<QJsonObject> records;
    for (const QByteArray& line : newestLines(path, keepFiles, error, maxRecords)) {
        if (const QJsonObject object = parsedLine(line); !object.isEmpty())
            records.append(object);
    }
    return records;
}

bool RequestLog::openFile(const LogOptions& options, QString* error)
{
    m_options = options;
    // One line parsed at a time, straight into its record.
    QList<RequestRecord> recent;
    for (const QByteArray& line : newestLines(options.file, options.keepFiles, nullptr, m_capacity)) {
        if (const QJsonObject object = parsedLine(line); !object.isEmpty())
            recent.append(RequestRecord::fromJson(object));
    }
    remember(recent);

    if (!m_writer) {
        m_writer = new RequestLogWriter;
        m_writer->moveToThread(&m_writerThread);
        m_writerThread.start();
    }
    bool ok = false;
    QString openError;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, options, &openError] { return writer->open(options, &openError); },
        Qt::BlockingQueuedConnection, &ok);
    if (!ok && error)
        *error = openError;
    return ok;
}

void RequestLog::append(const QList<RequestRecord>& records)
{
    if (records.isEmpty())
        return;
    if (m_writer) {
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, records] { writer->write(records); }, Qt::QueuedConnection);
    }
    remember(records);
}

void RequestLog::flush()
{
    if (m_writer)
        QMetaObject::invokeMethod(
            m_writer, [] {}, Qt::BlockingQueuedConnection);
}

void RequestLog::remember(QList<RequestRecord> records)
{
    // A batch larger than the ring (by count, or by bytes even alone): its oldest records would be evicted
    // at once, so they never enter it. The newest one always does.
    if (records.size() > m_capacity)
        records.remove(0, records.size() - m_capacity);
    QList<qint64> sizes;
    sizes.reserve(records.size());
    qint64 incomingBytes = 0;
    for (const RequestRecord& record : std::as_const(records)) {
        sizes.append(heldBytesOf(record));
        incomingBytes += sizes.last();
    }
    while (records.size() > 1 && incomingBytes > m_maxRecordBytes) {
        incomingBytes -= sizes.takeFirst();
        records.removeFirst();
    }
    const int incoming = int(records.size());
    if (incoming == 0)
        return;

    // Oldest rows leave until the ring is within both bounds with the batch in it.
    int evict = qMax(0, size() + incoming - m_capacity);
    qint64 keptBytes = m_recordBytes;
    for (int row = 0; row < evict; ++row)
        keptBytes -= m_ring[std::size_t(row)].recordBytes;
    while (evict < size() && keptBytes + incomingBytes > m_maxRecordBytes)
        keptBytes -= m_ring[std::size_t(evict++)].recordBytes;
    if (evict > 0) {
        emit aboutToEvict(evict);
        for (int i = 0; i < evict; ++i) {
            m_capturedBytes -= m_ring.front().capturedBytes;
            m_recordBytes -= m_ring.front().recordBytes;
            m_ring.pop_front();
        }
        emit evicted(evict);
    }

    emit aboutToAppend(incoming);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const qint64 captured = capturedBytesOf(records[i]);
        m_capturedBytes += captured;
        m_recordBytes += sizes[i];
        m_ring.push_back({ownCopy(records[i]), sizes[i], captured});
    }
    emit appended(incoming);

    boundCapturedBytes();
}

// Oldest first; the newest row keeps its messages even alone over the limit (its session's cap already
// bounds it).
void RequestLog::boundCapturedBytes()
{
    int first = -1;
    int last = -1;
    const int newest = size() - 1;
    for (int row = 0; row < newest && m_capturedBytes > m_maxCapturedBytes; ++row) {
        Entry& entry = m_ring[std::size_t(row)];
        if (entry.capturedBytes == 0)
            continue;
        entry.record.messages.clear();
        entry.record.messagesInFileOnly = true;
        m_capturedBytes -= std::exchange(entry.capturedBytes, 0);
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        emit messagesDropped(first, last);
}

} // namespace airlock
