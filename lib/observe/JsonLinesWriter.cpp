#include "observe/JsonLinesWriter.h"

#include "observe/PrivateFile.h"

#include <QJsonDocument>

#include <cstdio>

namespace airlock {

JsonLinesWriter::JsonLinesWriter(QObject* parent)
    : QObject(parent)
{}

bool JsonLinesWriter::openFile(const QString& path, QString* error)
{
    m_file.setFileName(path);
    QString cause;
    if (!PrivateFile::open(m_file, path, PrivateFile::Mode::Append, &cause)) {
        if (error)
            *error = QStringLiteral("cannot open log file %1: %2").arg(path, cause);
        return false;
    }
    return true;
}

void JsonLinesWriter::openStdout()
{
    // No Append here: stdout may be a pipe, which cannot seek.
    m_file.open(stdout, QIODevice::WriteOnly);
}

void JsonLinesWriter::write(const QList<RequestRecord>& records)
{
    if (!m_file.isOpen())
        return;
    QByteArray out;
    for (const RequestRecord& record : records) {
        out += QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    m_file.write(out);
    m_file.flush();
}

} // namespace airlock
