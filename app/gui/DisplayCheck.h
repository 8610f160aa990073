#pragma once

#include <QString>

namespace airlock {

// Whether a window can be shown, checked before any QApplication exists: without a display Qt's platform
// plugin aborts the process, where Airlock should say what is missing and point to --headless.
class DisplayCheck
{
public:
    // False with a sentence in *why when no display can be reached: QT_QPA_PLATFORM unset and neither a
    // Wayland nor an X11 display named, or a local X11 display whose socket does not exist.
    static bool available(QString* why);
};

} // namespace airlock
