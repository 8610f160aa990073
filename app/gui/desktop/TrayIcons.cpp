#include "gui/desktop/TrayIcons.h"

#include <QImage>
#include <QImageReader>
#include <QPixmap>

namespace airlock {

namespace {

QString basePath(TrayState::Icon state)
{
    return QStringLiteral(":/tray/airlock-tray-%1").arg(TrayState::iconName(state));
}

} // namespace

bool TrayIcons::svgPluginAvailable()
{
    return QImageReader::supportedImageFormats().contains("svg");
}

QIcon TrayIcons::fromSvg(TrayState::Icon state)
{
    // Rendered at each size a panel asks for commonly, through the image plugin (not the icon engine
    // plugin, which is a second way to fail).
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QImageReader reader(basePath(state) + QStringLiteral(".svg"), "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

QIcon TrayIcons::fromPng(TrayState::Icon state)
{
    QIcon icon;
    for (const int size : {22, 32, 48})
        icon.addFile(basePath(state) + QStringLiteral("-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon TrayIcons::icon(TrayState::Icon state)
{
    if (svgPluginAvailable()) {
        QIcon icon = fromSvg(state);
        if (!icon.availableSizes().isEmpty())
            return icon;
    }
    return fromPng(state);
}

} // namespace airlock
