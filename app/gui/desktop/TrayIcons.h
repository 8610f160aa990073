#pragma once

#include "gui/desktop/TrayState.h"

#include <QIcon>

namespace airlock {

// The tray's images: the state's SVG rendered through Qt's SVG image plugin, or the PNGs beside it when
// the plugin is missing (an SVG icon then renders empty although QIcon::isNull() is false).
class TrayIcons
{
public:
    static QIcon icon(TrayState::Icon state);
    // Which images icon() uses; the tests force the fallback.
    static QIcon fromSvg(TrayState::Icon state);
    static QIcon fromPng(TrayState::Icon state);
    static bool svgPluginAvailable();
};

} // namespace airlock
