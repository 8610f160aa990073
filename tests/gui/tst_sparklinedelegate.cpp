// SparklineDelegate: where the points of recent latencies go in a cell, failures included, and that painting
// them marks failures in red.
#include "gui/delegates/SparklineDelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace airlock;

class tst_SparklineDelegate : public QObject
{
    Q_OBJECT

private slots:
    void geometry_data();
    void geometry();
    void paintsFailuresRed();
};

void tst_SparklineDelegate::geometry_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<QList<QPolygonF>>("lines");
    QTest::addColumn<QList<QPointF>>("failures");

    // The rect is 100 x 20 with 5 slots: x = 0, 25, 50, 75, 100; values take the rightmost slots.
    QTest::newRow("flat") << QList<qint64>{10, 10, 10} << QList<QPolygonF>{QPolygonF({{50, 10}, {75, 10}, {100, 10}})}
                          << QList<QPointF>{};
    QTest::newRow("rising") << QList<qint64>{10, 20, 30} << QList<QPolygonF>{QPolygonF({{50, 20}, {75, 10}, {100, 0}})}
                            << QList<QPointF>{};
    QTest::newRow("with failures") << QList<qint64>{10, -1, 30, -1}
                                   << QList<QPolygonF>{QPolygonF({{25, 20}}), QPolygonF({{75, 0}})}
                                   << QList<QPointF>{{50, 20}, {100, 20}};
    QTest::newRow("only failures") << QList<qint64>{-1, -1} << QList<QPolygonF>{}
                                   << QList<QPointF>{{75, 20}, {100, 20}};
    QTest::newRow("single value") << QList<qint64>{7} << QList<QPolygonF>{QPolygonF({{100, 10}})} << QList<QPointF>{};
    QTest::newRow("empty") << QList<qint64>{} << QList<QPolygonF>{} << QList<QPointF>{};
    QTest::newRow("more values than slots")
        << QList<qint64>{0, 10, 20, 30, 40, 50}
        << QList<QPolygonF>{QPolygonF({{0, 20}, {20, 16}, {40, 12}, {60, 8}, {80, 4}, {100, 0}})} << QList<QPointF>{};
}

void tst_SparklineDelegate::geometry()
{
    QFETCH(QList<qint64>, values);
    QFETCH(QList<QPolygonF>, lines);
    QFETCH(QList<QPointF>, failures);

    const SparklineDelegate::Geometry g = SparklineDelegate::geometry(QRectF(0, 0, 100, 20), values, 5);
    QCOMPARE(g.lines.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(g.lines.at(i).size(), lines.at(i).size());
        for (qsizetype j = 0; j < lines.at(i).size(); ++j)
            QCOMPARE(g.lines.at(i).at(j), lines.at(i).at(j));
    }
    QCOMPARE(g.failures, failures);
    // The same values from a QVariantList, as a model may hand them out.
    QVariantList list;
    for (qint64 v : values)
        list.append(v);
    QCOMPARE(SparklineDelegate::valuesOf(list), values);
    QCOMPARE(SparklineDelegate::valuesOf(QVariant::fromValue(values)), values);
}

void tst_SparklineDelegate::paintsFailuresRed()
{
    constexpr int role = Qt::UserRole + 7;
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QVariant::fromValue(QList<qint64>{10, 20, -1}), role);
    SparklineDelegate delegate(role, 3);
    QImage image(120, 30, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.palette = QPalette();
        delegate.paint(&painter, option, model.index(0, 0));
    }
    int red = 0;
    int blue = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() > 150 && c.green() < 100 && c.blue() < 100;
            blue += c.blue() > 150 && c.red() < 100;
        }
    }
    QVERIFY2(red > 0, "the failure is marked in red");
    QVERIFY2(blue > 0, "the successful values are drawn as a line");
}

QTEST_MAIN(tst_SparklineDelegate)
#include "tst_sparklinedelegate.moc"
