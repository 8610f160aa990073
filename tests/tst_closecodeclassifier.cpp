#include "ws/CloseCodeClassifier.h"

#include <QTest>

using namespace airlock;
using Kind = CloseClassification::Kind;

Q_DECLARE_METATYPE(CloseClassification::Kind)

class tst_CloseCodeClassifier : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void everyInputHasAVerdict();
    void applicationOverrides();
};

void tst_CloseCodeClassifier::table_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("http");

    const auto row = [](int code, Kind kind, bool http) {
        QTest::addRow("%d %s", code, qPrintable(CloseClassification::kindName(kind))) << code << kind << http;
    };
    // Range boundaries of both inputs.
    row(99, Kind::Permanent, false);
    row(100, Kind::Permanent, true);
    row(101, Kind::Normal, true);
    row(200, Kind::Permanent, true);
    row(301, Kind::Permanent, true);
    row(399, Kind::Permanent, true);
    row(400, Kind::Permanent, true);
    row(401, Kind::Permanent, true);
    row(403, Kind::Permanent, true);
    row(404, Kind::Permanent, true);
    row(408, Kind::Transient, true);
    row(410, Kind::Permanent, true);
    row(429, Kind::Transient, true);
    row(499, Kind::Permanent, true);
    row(500, Kind::Transient, true);
    row(502, Kind::Transient, true);
    row(503, Kind::Transient, true);
    row(504, Kind::Transient, true);
    row(599, Kind::Transient, true);
    row(600, Kind::Permanent, false);
    row(999, Kind::Permanent, false);
    row(1000, Kind::Normal, false);
    row(1001, Kind::Normal, false);
    row(1002, Kind::Permanent, false);
    row(1003, Kind::Permanent, false);
    row(1004, Kind::Permanent, false);
    row(1005, Kind::Normal, false);
    row(1006, Kind::Transient, false);
    row(1007, Kind::Permanent, false);
    row(1008, Kind::Permanent, false);
    row(1009, Kind::Permanent, false);
    row(1010, Kind::Permanent, false);
    row(1011, Kind::Transient, false);
    row(1012, Kind::Transient, false);
    row(1013, Kind::Transient, false);
    row(1014, Kind::Transient, false);
    row(1015, Kind::Permanent, false);
    row(1016, Kind::Transient, false);
    row(2999, Kind::Transient, false);
    row(3000, Kind::Permanent, false);
    row(3003, Kind::Permanent, false);
    row(3008, Kind::Transient, false);
    row(3999, Kind::Transient, false);
    row(4000, Kind::Transient, false);
    row(4099, Kind::Transient, false);
    row(4400, Kind::Permanent, false);
    row(4401, Kind::Permanent, false);
    row(4403, Kind::Permanent, false);
    row(4404, Kind::Permanent, false);
    row(4410, Kind::Permanent, false);
    row(4429, Kind::Transient, false);
    row(4502, Kind::Transient, false);
    row(4599, Kind::Transient, false);
    row(4600, Kind::Transient, false);
    row(4999, Kind::Transient, false);
    row(5000, Kind::Permanent, false);
    row(65535, Kind::Permanent, false);
}

void tst_CloseCodeClassifier::table()
{
    QFETCH(int, code);
    QFETCH(Kind, kind);
    QFETCH(bool, http);
    const CloseClassification c = CloseCodeClassifier().classify(code);
    QCOMPARE(c.kind, kind);
    QCOMPARE(c.isHttpStatus, http);
    QCOMPARE(c.code, code);
    QVERIFY(!c.explanation.isEmpty());
}

void tst_CloseCodeClassifier::everyInputHasAVerdict()
{
    const CloseCodeClassifier classifier;
    for (int code = -1; code <= 70000; ++code) {
        const CloseClassification c = classifier.classify(code);
        QVERIFY(!c.explanation.isEmpty());
        QCOMPARE(c.isHttpStatus, code >= 100 && code <= 599);
    }
}

void tst_CloseCodeClassifier::applicationOverrides()
{
    const CloseCodeClassifier classifier({{4001, Kind::Permanent}, {4404, Kind::Transient}, {1006, Kind::Permanent}});
    QCOMPARE(classifier.classify(4001).kind, Kind::Permanent);
    QCOMPARE(classifier.classify(4404).kind, Kind::Transient);
    QCOMPARE(classifier.classify(4002).kind, Kind::Transient);
    // Only application codes can be overridden.
    QCOMPARE(classifier.classify(1006).kind, Kind::Transient);
}

QTEST_GUILESS_MAIN(tst_CloseCodeClassifier)
#include "tst_closecodeclassifier.moc"
