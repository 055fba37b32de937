#include "graphql/executor.h"

#include <QTest>

using namespace altrata::graphql;

// Value::fromJson() reads numbers as JavaScript's JSON.parse does (every number a double), so a
// root value or variables loaded here match what graphql-js sees. Expected texts are
// JSON.stringify(JSON.parse(json)) in Node.
class TestValue final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromJson_numbers_readAsJavaScriptNumbers_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("beyond 2^53") << "[9007199254740993,-9007199254740993,9007199254740992]"
                                     << "[9007199254740992,-9007199254740992,9007199254740992]";
        QTest::newRow("beyond 64 bits") << "[123456789012345678901234567890,-99999999999999999999]"
                                        << "[1.2345678901234568e+29,-100000000000000000000]";
        QTest::newRow("big integer next to strings")
            << "{\"s\":\"1234567890123456789012\\\"3\",\"n\":18446744073709551616}"
            << "{\"s\":\"1234567890123456789012\\\"3\",\"n\":18446744073709552000}";
        QTest::newRow("small integers stay exact") << "[0,-1,2147483648,4503599627370496]"
                                                   << "[0,-1,2147483648,4503599627370496]";
    }

    void fromJson_numbers_readAsJavaScriptNumbers() {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        bool ok = false;
        const Value value = Value::fromJson(json.toStdString(), &ok);
        QVERIFY(ok);
        QCOMPARE(QString::fromStdString(value.toJson()), expected);
    }

    void fromJson_integerBeyond2To53_isAFloat() {
        const Value value = Value::fromJson("9007199254740993");
        QCOMPARE(value.kind, Value::Kind::Float);
        QCOMPARE(value.number, 9007199254740992.0);
    }
};

QTEST_GUILESS_MAIN(TestValue)
#include "tst_value.moc"
