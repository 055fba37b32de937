#include "graphqljobtesting.h"
#include "results/tableprojection.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using altrata::results::NodeId;
using altrata::results::ResultDocument;
using altrata::results::TableProjection;
using altrata::results::TaskControl;
using altrata::test::parsedDocument;

namespace {

std::shared_ptr<const TableProjection> projectRoot(const QByteArray &json) {
    const auto document = parsedDocument(json);
    return document ? TableProjection::build(document, document->root()) : nullptr;
}

QString titles(const TableProjection &table) {
    QStringList list;
    for (const auto &column : table.columns())
        list.append(column.title);
    return list.join(u'|');
}

// Every row's cell texts, cells joined by '|', rows by '/'.
QString cellTexts(const TableProjection &table) {
    QStringList rows;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        QStringList cells;
        for (qsizetype column = 0; column < table.columns().size(); ++column)
            cells.append(table.cellText(row, column));
        rows.append(cells.join(u'|'));
    }
    return rows.join(u'/');
}

// An array of `count` objects, three members each, one of them nested.
QByteArray generatedArray(qsizetype count) {
    QByteArray json = "[";
    json.reserve(count * 40);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"n" + QByteArray::number(i % 97) +
                "\",\"o\":{\"k\":" + QByteArray::number(i % 7) + "}}";
    }
    return json + ']';
}

} // namespace

class TestTableProjection final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void columnsAndCells_followTheFlatteningRules_data();
    void columnsAndCells_followTheFlatteningRules();
    void dottedKey_keepsItsKeysApartFromNesting();
    void rowCells_matchCellForEveryColumn();
    void build_ofNonArray_returnsNull();
    void build_reportsProgressInElements();
    void build_cancelledFromAnotherThread_returnsNull();
    void arrayPath_andPathOf_formatIndexesAndQuotedKeys();
    void candidates_areArraysOfObjectsLargestFirst();
    void candidates_limit_keepsTheLargest();
    void candidates_cancelled_returnsNothing();
};

void TestTableProjection::columnsAndCells_followTheFlatteningRules_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("cells");

    QTest::newRow("nested objects") << QByteArray(R"([{"id":1,"org":{"name":"A","addr":{"city":"X"}},"z":0}])")
                                    << QStringLiteral("id|org.name|org.addr.city|z") << QStringLiteral("1|A|X|0");
    QTest::newRow("lists") << QByteArray(R"([{"tags":["a","b",3,true],"roles":[{"t":1},{"t":2}],"none":[]}])")
                           << QStringLiteral("tags|roles|none") << QStringLiteral("a; b; 3; true|[2 items]|");
    QTest::newRow("list of lists") << QByteArray(R"([{"m":[[1],[2],[3]]}])") << QStringLiteral("m")
                                   << QStringLiteral("[3 items]");
    QTest::newRow("missing fields") << QByteArray(R"([{"a":1},{"b":2},{"b":4,"a":3}])") << QStringLiteral("a|b")
                                    << QStringLiteral("1|/|2/3|4");
    QTest::newRow("mixed elements") << QByteArray(R"([{"a":1},5,"x",[1,2],null,{}])") << QStringLiteral("a|(value)")
                                    << QStringLiteral("1|/|5/|x/|1; 2/|/|");
    QTest::newRow("only scalars") << QByteArray("[1,2.50,\"t\"]") << QStringLiteral("(value)")
                                  << QStringLiteral("1/2.50/t");
    QTest::newRow("empty objects") << QByteArray(R"([{"e":{},"f":{"g":{}}},{"e":{"x":1}}])")
                                   << QStringLiteral("e|f.g|e.x") << QStringLiteral("{}|{}|/{1 field}||1");
    QTest::newRow("unicode keys") << QByteArray(R"([{"名前":"太郎","ключ":{"ü":"Ω"}}])")
                                  << QStringLiteral("名前|ключ.ü") << QStringLiteral("太郎|Ω");
    QTest::newRow("duplicate keys") << QByteArray(R"([{"a":1,"b":3,"a":2}])") << QStringLiteral("a|b")
                                    << QStringLiteral("1|3");
    QTest::newRow("scalars as written") << QByteArray(R"([{"n":1.50,"e":1E3,"t":true,"f":false,"z":null}])")
                                        << QStringLiteral("n|e|t|f|z") << QStringLiteral("1.50|1E3|true|false|");
    QTest::newRow("dotted and empty keys") << QByteArray("[{\"a.b\":1,\"a\":{\"b\":2},\"\":3}]")
                                           << QStringLiteral("\"a.b\"|a.b|\"\"") << QStringLiteral("1|2|3");
    QTest::newRow("empty array") << QByteArray("[]") << QString() << QString();
}

void TestTableProjection::columnsAndCells_followTheFlatteningRules() {
    QFETCH(QByteArray, json);
    QFETCH(QString, columns);
    QFETCH(QString, cells);
    const auto table = projectRoot(json);
    QVERIFY(table);
    QCOMPARE(titles(*table), columns);
    QCOMPARE(cellTexts(*table), cells);
}

void TestTableProjection::dottedKey_keepsItsKeysApartFromNesting() {
    const auto table = projectRoot("[{\"a.b\":1,\"a\":{\"b\":2}}]");
    QVERIFY(table);
    QCOMPARE(table->columns().size(), 2);
    QCOMPARE(table->columns().at(0).keys, QStringList{QStringLiteral("a.b")});
    QCOMPARE(table->columns().at(1).keys, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(table->document()->scalarText(*table->cell(0, 0)), QStringLiteral("1"));
    QCOMPARE(table->document()->scalarText(*table->cell(0, 1)), QStringLiteral("2"));
}

void TestTableProjection::rowCells_matchCellForEveryColumn() {
    const auto table = projectRoot(R"([{"a":1,"o":{"x":[1],"y":{"z":null}}},{"o":{"y":{"z":2}},"b":"s"},7,{"a":{}}])");
    QVERIFY(table);
    QCOMPARE(titles(*table), QStringLiteral("a|o.x|o.y.z|b|(value)"));
    QCOMPARE(table->rowCount(), 4);
    for (qsizetype row = 0; row < table->rowCount(); ++row) {
        const auto cells = table->rowCells(row);
        QCOMPARE(cells.size(), table->columns().size());
        for (qsizetype column = 0; column < cells.size(); ++column)
            QCOMPARE(cells.at(column), table->cell(row, column));
    }
    QVERIFY(!table->cell(1, 0));
    QVERIFY(table->cell(0, 2)); // a null value is present (shown empty), not absent
    QCOMPARE(table->document()->type(*table->cell(0, 2)), altrata::results::NodeType::Null);
    QCOMPARE(table->rowNode(2), *table->cell(2, 4));
    QVERIFY(!table->cell(0, 99));
    QVERIFY(!table->cell(99, 0));
}

void TestTableProjection::build_ofNonArray_returnsNull() {
    const auto document = parsedDocument(R"({"a":[{"b":1}],"s":"x"})");
    QVERIFY(document);
    QVERIFY(!TableProjection::build(document, document->root()));
    QVERIFY(!TableProjection::build(document, *document->member(document->root(), "s")));
    QVERIFY(!TableProjection::build(document, ResultDocument::kNoNode));
    QVERIFY(!TableProjection::build(nullptr, 1));
    QVERIFY(TableProjection::build(document, *document->member(document->root(), "a")));
}

void TestTableProjection::build_reportsProgressInElements() {
    const auto document = parsedDocument(generatedArray(5000));
    TaskControl control;
    const auto table = TableProjection::build(document, document->root(), &control);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 5000);
    QCOMPARE(control.total(), 5000);
    QCOMPARE(control.done(), 5000);
    QCOMPARE(titles(*table), QStringLiteral("id|name|o.k"));
    QCOMPARE(table->cellText(4321, 0), QStringLiteral("4321"));
}

void TestTableProjection::build_cancelledFromAnotherThread_returnsNull() {
    constexpr qsizetype count = 1'000'000; // long enough that the cancel lands while it runs
    const auto document = parsedDocument(generatedArray(count));
    QVERIFY(document);
    TaskControl control;
    auto future = QtConcurrent::run([&] { return TableProjection::build(document, document->root(), &control); });
    while (control.done() == 0 && !future.isFinished())
        QThread::yieldCurrentThread();
    control.cancel();
    QVERIFY(!future.result());
    QVERIFY(control.done() < count);
}

void TestTableProjection::arrayPath_andPathOf_formatIndexesAndQuotedKeys() {
    const auto document = parsedDocument(R"({"data":{"a b":[0,{"list":[{"x":1}]}]}})");
    QVERIFY(document);
    const NodeId ab = *document->member(*document->member(document->root(), "data"), "a b");
    const NodeId list = *document->member(document->child(ab, 1), "list");
    QCOMPARE(TableProjection::pathOf(*document, list), QStringLiteral("data[\"a b\"][1].list"));
    QCOMPARE(TableProjection::pathOf(*document, document->root()), QString());
    const auto table = TableProjection::build(document, list);
    QVERIFY(table);
    QCOMPARE(table->arrayPath(), QStringLiteral("data[\"a b\"][1].list"));
    QCOMPARE(table->array(), list);
}

void TestTableProjection::candidates_areArraysOfObjectsLargestFirst() {
    const auto document =
        parsedDocument(R"({"data":{"small":[{"a":1}],"people":{"edges":[{},{},{"n":[{"x":1},{"x":2}]}]},
        "scalars":[1,2,3,4,5],"mixed":[1,{"a":1},2],"empty":[],"pairs":[{"p":1},{"p":2}]}})");
    QVERIFY(document);
    const auto list = TableProjection::candidates(*document);
    QStringList shown;
    for (const auto &candidate : list) {
        shown.append(QStringLiteral("%1=%2").arg(candidate.path).arg(candidate.rows));
        QCOMPARE(TableProjection::pathOf(*document, candidate.array), candidate.path);
    }
    QCOMPARE(shown, (QStringList{QStringLiteral("data.people.edges=3"), QStringLiteral("data.people.edges[2].n=2"),
                                 QStringLiteral("data.pairs=2"), QStringLiteral("data.small=1")}));
}

void TestTableProjection::candidates_limit_keepsTheLargest() {
    // 200 arrays of objects whose sizes are a permutation of 1..200 (97 is coprime with 200).
    QByteArray json = "[";
    for (int i = 0; i < 200; ++i) {
        const int size = (i * 97) % 200 + 1;
        json += i > 0 ? ",[" : "[";
        for (int k = 0; k < size; ++k)
            json += k > 0 ? ",{}" : "{}";
        json += ']';
    }
    json += ']';
    const auto document = parsedDocument(json);
    QVERIFY(document);
    const auto list = TableProjection::candidates(*document, 5);
    QCOMPARE(list.size(), 5);
    for (int k = 0; k < 5; ++k) {
        QCOMPARE(list.at(k).rows, 200 - k);
        QCOMPARE(document->childCount(list.at(k).array), 200 - k);
    }
}

void TestTableProjection::candidates_cancelled_returnsNothing() {
    const auto document = parsedDocument(generatedArray(200000));
    TaskControl control;
    control.cancel();
    QVERIFY(TableProjection::candidates(*document, 50, &control).isEmpty());
    TaskControl fresh;
    const auto list = TableProjection::candidates(*document, 50, &fresh);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().rows, 200000);
    QCOMPARE(fresh.done(), fresh.total());
}

QTEST_GUILESS_MAIN(TestTableProjection)

#include "tst_tableprojection.moc"
