#include "observe/HandshakeLog.h"

#include "observe/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace airlock {

namespace {

const QString kMessages = QStringLiteral("messages");

qint64 capturedBytesOf(const QJsonObject& record)
{
    qint64 bytes = 0;
    const QJsonArray messages = record.value(kMessages).toArray();
    for (const QJsonValue& message : messages)
        bytes += message.toObject().value(QLatin1String("data")).toString().size() * qint64(sizeof(QChar));
    return bytes;
}

} // namespace

HandshakeLog::HandshakeLog(int capacity, qint64 maxCapturedBytes, QObject* parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
    , m_maxCapturedBytes(qMax<qint64>(0, maxCapturedBytes))
{}

QList<QJsonObject> HandshakeLog::records() const
{
    QList<QJsonObject> out;
    out.reserve(qsizetype(m_ring.size()));
    for (const Entry& entry : m_ring)
        out.append(entry.record);
    return out;
}

QList<QJsonObject> HandshakeLog::readFiles(const QString& path, int keepFiles, QString* error)
{
    QList<QJsonObject> records;
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
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            // A line cut short by a crash is skipped, not fatal: every other record is still there.
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                records.append(doc.object());
        }
    }
    return records;
}

bool HandshakeLog::openFile(const LogOptions& options, QString* error)
{
    m_options = options;
    const QList<QJsonObject> past = readFiles(options.file, options.keepFiles);
    for (qsizetype i = qMax<qsizetype>(0, past.size() - m_capacity); i < past.size(); ++i)
        remember(past[i]);
    m_file.setFileName(options.file);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QStringLiteral("cannot open log file %1: %2").arg(options.file, m_file.errorString());
        return false;
    }
    return true;
}

void HandshakeLog::remember(const QJsonObject& record)
{
    const qint64 captured = capturedBytesOf(record);
    m_ring.push_back({record, captured});
    m_capturedBytes += captured;
    while (int(m_ring.size()) > m_capacity) {
        m_capturedBytes -= m_ring.front().capturedBytes;
        m_ring.pop_front();
    }
    // Oldest first; the newest record keeps its messages even alone over the limit (its session's cap
    // already bounds it).
    for (auto it = m_ring.begin(); m_capturedBytes > m_maxCapturedBytes && it + 1 != m_ring.end(); ++it) {
        if (it->capturedBytes == 0)
            continue;
        it->record.remove(kMessages);
        it->record.insert(QStringLiteral("messagesInFileOnly"), true);
        m_capturedBytes -= std::exchange(it->capturedBytes, 0);
    }
}

void HandshakeLog::append(const QList<HandshakeRecord>& records)
{
    QByteArray lines;
    for (const HandshakeRecord& record : records) {
        const QJsonObject json = record.toJson();
        remember(json);
        lines += QJsonDocument(json).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    if (m_file.isOpen()) {
        if (m_options.maxBytes > 0 && m_file.size() > 0 && m_file.size() + lines.size() > m_options.maxBytes)
            rotate();
        if (m_file.write(lines) != lines.size())
            qCWarning(lcLog) << "writing" << m_file.fileName() << "failed:" << m_file.errorString();
        m_file.flush();
    }
    emit appended(int(records.size()));
}

// file.N-1 -> file.N ... file -> file.1; the oldest beyond keepFiles is dropped.
bool HandshakeLog::rotate()
{
    const QString path = m_file.fileName();
    m_file.close();
    const int keep = m_options.keepFiles;
    if (keep <= 0) {
        QFile::remove(path);
    } else {
        QFile::remove(path + u'.' + QString::number(keep));
        for (int i = keep - 1; i >= 1; --i)
            QFile::rename(path + u'.' + QString::number(i), path + u'.' + QString::number(i + 1));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcLog) << "cannot reopen" << path << "after rotation:" << m_file.errorString();
        return false;
    }
    return true;
}

} // namespace airlock
