#include "gui/desktop/TrayIcons.h"

#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace airlock;

namespace {

// Pixels a panel would draw: an SVG icon without the SVG plugin renders fully transparent although
// QIcon::isNull() is false.
int opaquePixels(const QIcon& icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    return count;
}

} // namespace

class tst_TrayIcons : public QObject
{
    Q_OBJECT
private slots:
    void svgPluginIsInstalled();
    void rendersEveryState_data();
    void rendersEveryState();
    void statesLookDifferent();
};

void tst_TrayIcons::svgPluginIsInstalled()
{
    // libqt6svg6 is a runtime dependency (scripts/setup-debian.sh); without it the PNGs stand in.
    QVERIFY2(TrayIcons::svgPluginAvailable(), "Qt's SVG image plugin is missing: install libqt6svg6");
}

void tst_TrayIcons::rendersEveryState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("size");
    for (const auto state : {TrayState::Icon::Idle, TrayState::Icon::Active, TrayState::Icon::Degraded,
                             TrayState::Icon::Failure, TrayState::Icon::Stopped})
        for (const int size : {22, 32, 48})
            QTest::addRow("%s %dpx", qPrintable(TrayState::iconName(state)), size) << int(state) << size;
}

void tst_TrayIcons::rendersEveryState()
{
    QFETCH(int, state);
    QFETCH(int, size);
    const auto icon = TrayState::Icon(state);
    // The disc alone covers about half of the square.
    const int enough = size * size / 4;
    QVERIFY2(opaquePixels(TrayIcons::fromSvg(icon), size) > enough, "the SVG renders (nearly) empty");
    QVERIFY2(opaquePixels(TrayIcons::fromPng(icon), size) > enough, "the PNG fallback renders (nearly) empty");
    QVERIFY(opaquePixels(TrayIcons::icon(icon), size) > enough);
}

void tst_TrayIcons::statesLookDifferent()
{
    QSet<QByteArray> images;
    for (const auto state : {TrayState::Icon::Idle, TrayState::Icon::Active, TrayState::Icon::Degraded,
                             TrayState::Icon::Failure, TrayState::Icon::Stopped}) {
        const QImage image = TrayIcons::icon(state).pixmap(32, 32).toImage();
        images.insert(QByteArray(reinterpret_cast<const char*>(image.constBits()), int(image.sizeInBytes())));
    }
    QCOMPARE(images.size(), 5);
}

QTEST_MAIN(tst_TrayIcons)
#include "tst_trayicons.moc"
