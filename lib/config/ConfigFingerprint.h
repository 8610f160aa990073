#pragma once

#include <QByteArray>
#include <QString>

namespace airlock {

// Identifies a config file's content, so that a save can tell whether the file changed on disk since it
// was loaded. The content itself is hashed: an mtime can stay the same across a quick edit.
class ConfigFingerprint
{
public:
    static QByteArray of(const QByteArray& content);
    // Of the file's current content; empty when there is no such file; nothing (and *error) when unreadable.
    static bool ofFile(const QString& path, QByteArray* fingerprint, QString* error);
};

} // namespace airlock
