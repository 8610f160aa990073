#include "observe/RequestLogWriter.h"

#include "observe/LogCategories.h"

#include <QJsonDocument>

namespace airlock {

RequestLogWriter::RequestLogWriter(QObject* parent)
    : QObject(parent)
{}

bool RequestLogWriter::open(const LogOptions& options, QString* error)
{
    m_options = options;
    m_file.close();
    m_file.setFileName(options.file);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QStringLiteral("cannot open log file %1: %2").arg(options.file, m_file.errorString());
        return false;
    }
    return true;
}

void RequestLogWriter::write(const QList<RequestRecord>& records)
{
    if (!m_file.isOpen())
        return;
    QByteArray lines;
    for (const RequestRecord& record : records) {
        lines += QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    if (m_options.maxBytes > 0 && m_file.size() > 0 && m_file.size() + lines.size() > m_options.maxBytes)
        rotate();
    if (m_file.write(lines) != lines.size())
        qCWarning(lcLog) << "writing" << m_file.fileName() << "failed:" << m_file.errorString();
    // Per batch, so a crash loses nothing that was already reported.
    m_file.flush();
}

// file.N-1 -> file.N ... file -> file.1; the oldest beyond keepFiles is dropped.
bool RequestLogWriter::rotate()
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
