#include "graphql/buildschema.h"
#include "graphql/leafvalue.h"

#include <QTest>

using namespace altrata::graphql;

// serializeLeafValue(): graphql-js 16 GraphQLScalarType/GraphQLEnumType serialize(), results and
// error messages. Expected values are what graphql-js 16.15 answers for the same input.
class TestLeafValue final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serialize_invalidValue_messageInspectsLikeGraphqlJs_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("nested object") << "String"
                                       << "{\"a\":1,\"b\":[1,2],\"c\":{\"d\":{\"e\":1}}}"
                                       << "String cannot represent value: { a: 1, b: [1, 2], c: { d: [Object] } }";
        QTest::newRow("list for Int") << "Int"
                                      << "[1,2]"
                                      << "Int cannot represent non-integer value: [1, 2]";
        QTest::newRow("long list") << "String"
                                   << "[1,2,3,4,5,6,7,8,9,10,11]"
                                   << "String cannot represent value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]";
        QTest::newRow("empty object") << "ID"
                                      << "{}"
                                      << "ID cannot represent value: {}";
        QTest::newRow("deep list") << "String"
                                   << "[[[1]]]"
                                   << "String cannot represent value: [[[Array]]]";
        QTest::newRow("string for Int") << "Int"
                                        << "\"x\""
                                        << "Int cannot represent non-integer value: \"x\"";
        QTest::newRow("object for enum") << "Color"
                                         << "{\"RED\":1}"
                                         << "Enum \"Color\" cannot represent value: { RED: 1 }";
        QTest::newRow("object for Float") << "Float"
                                          << "{\"f\":1}"
                                          << "Float cannot represent non numeric value: { f: 1 }";
        QTest::newRow("list for Boolean") << "Boolean"
                                          << "[true]"
                                          << "Boolean cannot represent a non boolean value: [true]";
    }

    void serialize_invalidValue_messageInspectsLikeGraphqlJs() {
        QFETCH(QString, type);
        QFETCH(QString, json);
        QFETCH(QString, message);
        static const Schema schema =
            buildSchema("enum Color { RED }\ntype Query { c: Color i: Int f: Float id: ID b: Boolean }").schema;
        const Type *leaf = schema.type(type.toStdString());
        QVERIFY(leaf);
        bool ok = false;
        const Value value = Value::fromJson(json.toStdString(), &ok);
        QVERIFY(ok);
        std::string out;
        QCOMPARE(QString::fromStdString(serializeLeafValue(*leaf, value, out)), message);
        QVERIFY(out.empty());
    }
};

QTEST_GUILESS_MAIN(TestLeafValue)
#include "tst_leafvalue.moc"
