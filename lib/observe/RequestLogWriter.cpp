#include "observe/RequestLogWriter.h"

#include "observe/LogCategories.h"
#include "observe/PrivateFile.h"

#include <QFileInfo>

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
    QString cause;
    if (!PrivateFile::makeFolder(QFileInfo(options.file).absolutePath(), &cause) ||
        !PrivateFile::open(m_file, options.file, PrivateFile::Mode::Append, &cause)) {
        if (error)
            *error = QStringLiteral("cannot open log file %1: %2").arg(options.file, cause);
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
        qCWarning(lcLog) << "writing" << m_options.file << "failed:" << m_file.errorString();
    // Per batch, so a crash loses nothing that was already reported.
    m_file.flush();
}

// file.N-1 -> file.N ... file -> file.1; the oldest beyond keepFiles is dropped.
bool RequestLogWriter::rotate()
{
    const QString path = m_options.file;
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
    // Renames keep each rotation's mode; the new file is private like the first.
    m_file.setFileName(path);
    QString cause;
    if (!PrivateFile::open(m_file, path, PrivateFile::Mode::Append, &cause)) {
        qCWarning(lcLog) << "cannot reopen" << path << "after rotation:" << cause;
        return false;
    }
    return true;
}

} // namespace airlock
