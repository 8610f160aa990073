#pragma once

#include <QFile>
#include <QString>

namespace airlock {

// Files that hold credentials' surroundings and, with capture on, keystrokes: the request log, its
// rotations, HAR exports and captured records. They are created 0600 and never written through a symbolic
// link (another user could plant one to read them or to make Airlock overwrite a file of its choice);
// their folder is created 0700. Qt's QFile has no O_NOFOLLOW, so the descriptor is opened here.
class PrivateFile
{
public:
    enum class Mode { Append, Truncate };

    // Opens path write-only, creating it with mode 0600; an existing regular file owned by this user with
    // a wider mode is narrowed to 0600. A symbolic link in its place is refused. file must not be open; it
    // owns the descriptor afterwards. On failure *error (if given) names the file and the cause.
    static bool open(QFile& file, const QString& path, Mode mode, QString* error);

    // Creates folder and its missing parents with mode 0700 (existing ones are left as they are).
    static bool makeFolder(const QString& folder, QString* error);
};

} // namespace airlock
