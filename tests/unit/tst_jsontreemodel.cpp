#include "graphqljobtesting.h"
#include "resultbodies.h"
#include "results/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using altrata::results::JsonTreeModel;
using altrata::results::NodeType;
using altrata::results::ResultDocument;
using altrata::test::largeArrayBody;
using altrata::test::parsedDocument;
using RowPath = QList<qint64>;

namespace {

// Asks for every row of the whole tree, as a view expanding everything would.
int visitAll(const JsonTreeModel &model, const QModelIndex &parent = {}) {
    int visited = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        ++visited;
        for (int column = 0; column < model.columnCount(parent); ++column)
            (void)model.data(model.index(row, column, parent));
        visited += visitAll(model, child);
    }
    return visited;
}

QString text(const JsonTreeModel &model, const QModelIndex &index, int column, int role = Qt::DisplayRole) {
    return model.data(index.siblingAtColumn(column), role).toString();
}

const QByteArray kResponse = R"({"data":{"personSearch":{"totalCount":250,"edges":[
    {"node":{"name":"Ada","age":36}},{"node":{"name":"Grace","age":1.50}},{"node":{"name":null}},
    {"node":{"name":"Mary","a b":true,"tags":[]}}]}},"extensions":{}})";

} // namespace

class TestJsonTreeModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester_everyMode_passesOnEveryShape_data();
    void modelTester_everyMode_passesOnEveryShape();
    void rows_showKeyValueAndType();
    void header_namesTheFourColumns();
    void countColumn_countsChildrenOfContainersOnly();
    void arrays_showIndexKeysAndCounts();
    void children_areCreatedOnlyWhenAsked();
    void parent_ofDeepChild_isItsContainer();
    void longString_isElidedForDisplayOnly();
    void numbers_showAsWritten();
    void pathOf_formatsMembersIndexesAndQuotedKeys();
    void indexForPath_findsNodesAndRefusesUnknownPaths_data();
    void indexForPath_findsNodesAndRefusesUnknownPaths();
    void valueTextAndJson_ofContainersAndScalars();
    void scalarRoot_showsOneRow();
    void setDocument_resetsAndReleasesTheOldDocument();
    void deepNesting_2000Levels_walksWithoutRecursion();
    void duplicateAndUnicodeKeys_areAllShown();
    void duplicateKeys_roundTripByRowPath();
    void paging_largeArray_fetchesOnePageAtATime();
    void paging_modelTester_passesAfterFetchMoreAndReveal();
    void revealRowPath_intoTheMiddleOf100000Elements_makesOnlyThePagesOnTheWay();
    void revealRowPath_refusesPathsThatDoNotExist_data();
    void revealRowPath_refusesPathsThatDoNotExist();
    void indexForPath_beyondTheFirstPage_fetchesThePagesNeeded();
};

void TestJsonTreeModel::modelTester_everyMode_passesOnEveryShape_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("response") << kResponse;
    QTest::newRow("every type") << QByteArray(
        R"({"s":"x","n":-1.5e3,"t":true,"f":false,"z":null,"o":{"a":1},"a":[1]})");
    QTest::newRow("empty containers") << QByteArray(R"({"o":{},"a":[],"aa":[[],{}]})");
    QTest::newRow("empty object root") << QByteArray("{}");
    QTest::newRow("array root") << QByteArray(R"([1,[2,[3,[4]]],{"k":[]}])");
    QTest::newRow("scalar root") << QByteArray(R"("just text")");
    QTest::newRow("nested 50") << (QByteArray(50, '[') + QByteArray(50, ']'));
    QTest::newRow("duplicates and unicode") << QByteArray("{\"k\":1,\"k\":2,\"\xc3\xa9\":{\"\xf0\x9f\x98\x80\":[]}}");
}

void TestJsonTreeModel::modelTester_everyMode_passesOnEveryShape() {
    QFETCH(QByteArray, json);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    for (const Mode mode : {Mode::QtTest, Mode::Warning, Mode::Fatal}) {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, mode);
        model.setDocument(parsedDocument(json));
        visitAll(model);
        model.setDocument(parsedDocument(kResponse)); // a reset with rows fetched
        visitAll(model);
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!QTest::currentTestFailed());
    }
}

void TestJsonTreeModel::rows_showKeyValueAndType() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(kResponse));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex data = model.index(0, 0);
    QCOMPARE(text(model, data, 0), QStringLiteral("data"));
    QCOMPARE(text(model, data, 1), QStringLiteral("{1}"));
    QCOMPARE(text(model, data, 2), QStringLiteral("object"));
    QCOMPARE(text(model, model.index(1, 0), 1), QStringLiteral("{0}"));
    const QModelIndex search = model.index(0, 0, data);
    const QModelIndex total = model.index(0, 0, search);
    QCOMPARE(text(model, total, 0), QStringLiteral("totalCount"));
    QCOMPARE(text(model, total, 1), QStringLiteral("250"));
    QCOMPARE(text(model, total, 2), QStringLiteral("number"));
    QCOMPARE(model.data(total, JsonTreeModel::NodeTypeRole).toInt(), int(NodeType::Number));
    const QModelIndex edges = model.index(1, 0, search);
    const QModelIndex third = model.index(0, 0, model.index(2, 0, edges));
    QCOMPARE(text(model, model.index(0, 0, third), 1), QStringLiteral("null"));
    QCOMPARE(text(model, model.index(0, 0, third), 2), QStringLiteral("null"));
    const QModelIndex mary = model.index(0, 0, model.index(3, 0, edges));
    QCOMPARE(text(model, model.index(1, 0, mary), 2), QStringLiteral("boolean"));
    QCOMPARE(text(model, model.index(0, 0, mary), 2), QStringLiteral("string"));
    QCOMPARE(text(model, model.index(2, 0, mary), 2), QStringLiteral("array"));
    QCOMPARE(text(model, model.index(2, 0, mary), 1), QStringLiteral("[0]"));
    QVERIFY(!model.hasChildren(model.index(2, 0, mary)));
}

void TestJsonTreeModel::header_namesTheFourColumns() {
    JsonTreeModel model;
    QStringList names;
    for (int section = 0; section < JsonTreeModel::ColumnCount; ++section)
        names << model.headerData(section, Qt::Horizontal).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Key"), QStringLiteral("Value"), QStringLiteral("Type"),
                                 QStringLiteral("Count")}));
}

void TestJsonTreeModel::countColumn_countsChildrenOfContainersOnly() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(R"({"o":{"a":1,"b":[1,2,3]},"e":[],"s":"text","n":null})"));
    const auto count = [&model](const QModelIndex &index) { return text(model, index, JsonTreeModel::CountColumn); };
    QCOMPARE(count(model.index(0, 0)), QStringLiteral("2"));
    QCOMPARE(count(model.index(1, 0, model.index(0, 0))), QStringLiteral("3"));
    QCOMPARE(count(model.index(1, 0)), QStringLiteral("0"));
    QVERIFY(!model.data(model.index(2, JsonTreeModel::CountColumn)).isValid()); // scalars: empty
    QVERIFY(!model.data(model.index(3, JsonTreeModel::CountColumn)).isValid());
    QCOMPARE(model.data(model.index(0, JsonTreeModel::CountColumn), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestJsonTreeModel::arrays_showIndexKeysAndCounts() {
    QByteArray json = "[";
    for (int i = 0; i < 250; ++i)
        json += (i ? "," : "") + QByteArray::number(i * 10);
    json += "]";
    JsonTreeModel model;
    model.setDocument(parsedDocument(R"({"list":)" + json + "}"));
    const QModelIndex list = model.index(0, 0);
    QCOMPARE(text(model, list, 1), QStringLiteral("[250]"));
    QCOMPARE(model.rowCount(list), 250);
    QCOMPARE(text(model, model.index(3, 0, list), 0), QStringLiteral("[3]"));
    QCOMPARE(text(model, model.index(3, 0, list), 1), QStringLiteral("30"));
    QCOMPARE(text(model, model.index(249, 0, list), 0), QStringLiteral("[249]"));
}

void TestJsonTreeModel::children_areCreatedOnlyWhenAsked() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(kResponse));
    QCOMPARE(model.recordCount(), 0);
    QVERIFY(model.hasChildren()); // answered from the tape, no records needed
    QCOMPARE(model.recordCount(), 0);
    const QModelIndex data = model.index(0, 0);
    QCOMPARE(model.recordCount(), 2); // the top level only
    QVERIFY(model.hasChildren(data));
    QCOMPARE(model.recordCount(), 2);
    const QModelIndex search = model.index(0, 0, data);
    QCOMPARE(model.recordCount(), 3);
    QCOMPARE(model.rowCount(search), 2);
    QCOMPARE(model.recordCount(), 5); // edges' four items are still untouched
    QCOMPARE(visitAll(model), 21);
    QCOMPARE(model.recordCount(), 21);
}

void TestJsonTreeModel::parent_ofDeepChild_isItsContainer() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(kResponse));
    const QModelIndex edges = model.index(1, 0, model.index(0, 0, model.index(0, 0)));
    const QModelIndex item = model.index(3, 2, edges);
    QCOMPARE(model.parent(item), edges);
    QCOMPARE(model.parent(model.index(0, 1, model.index(3, 0, edges))), model.index(3, 0, edges));
    QVERIFY(!model.parent(model.index(0, 0)).isValid());
}

void TestJsonTreeModel::longString_isElidedForDisplayOnly() {
    const QByteArray longText(5000, 'w');
    JsonTreeModel model;
    model.setDocument(
        parsedDocument(R"({"bio":")" + longText + R"(","big":")" + QByteArray(3 * 1024 * 1024, 'z') + "\"}"));
    const QModelIndex bio = model.index(0, JsonTreeModel::ValueColumn);
    const QString shown = model.data(bio).toString();
    QCOMPARE(shown.size(), JsonTreeModel::kDisplayLimit + 1);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(model.data(bio, Qt::ToolTipRole).toString(), QString::fromLatin1(longText));
    QCOMPARE(model.data(bio, JsonTreeModel::FullValueRole).toString(), QString::fromLatin1(longText));
    QCOMPARE(model.valueTextOf(bio), QString::fromLatin1(longText));
    const QModelIndex big = model.index(1, JsonTreeModel::ValueColumn);
    QCOMPARE(model.data(big).toString().size(), JsonTreeModel::kDisplayLimit + 1);
    QCOMPARE(model.data(big, JsonTreeModel::FullValueRole).toString().size(), 3 * 1024 * 1024);
    const qsizetype tip = model.data(big, Qt::ToolTipRole).toString().size();
    QVERIFY2(tip > JsonTreeModel::kDisplayLimit && tip <= 10001, qPrintable(QString::number(tip))); // bounded
}

void TestJsonTreeModel::numbers_showAsWritten() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(R"([1.50, 12345678901234567890, -0.0, 1e+300])"));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << text(model, model.index(row, 0), 1);
    QCOMPARE(shown, (QStringList{QStringLiteral("1.50"), QStringLiteral("12345678901234567890"), QStringLiteral("-0.0"),
                                 QStringLiteral("1e+300")}));
}

void TestJsonTreeModel::pathOf_formatsMembersIndexesAndQuotedKeys() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(kResponse));
    const QModelIndex edges = model.index(1, 0, model.index(0, 0, model.index(0, 0)));
    const QModelIndex node = model.index(0, 0, model.index(3, 0, edges));
    QCOMPARE(model.pathOf(model.index(0, 0, node)), QStringLiteral("data.personSearch.edges[3].node.name"));
    QCOMPARE(model.pathOf(model.index(1, 2, node)), QStringLiteral("data.personSearch.edges[3].node[\"a b\"]"));
    QCOMPARE(model.data(model.index(1, 0, node), JsonTreeModel::PathRole).toString(),
             QStringLiteral("data.personSearch.edges[3].node[\"a b\"]"));
    QCOMPARE(model.pathOf(model.index(0, 0)), QStringLiteral("data"));

    model.setDocument(parsedDocument("[{\"$ok_1\":{\"1x\":{\"\":{\"q\\\"\":0}}}}]"));
    QModelIndex deep = model.index(0, 0);
    for (int level = 0; level < 4; ++level)
        deep = model.index(0, 0, deep);
    QCOMPARE(model.pathOf(deep), QStringLiteral("[0].$ok_1[\"1x\"][\"\"][\"q\\\"\"]"));
    QCOMPARE(model.indexForPath(model.pathOf(deep)), deep);
}

void TestJsonTreeModel::indexForPath_findsNodesAndRefusesUnknownPaths_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value"); // empty: no such node
    QTest::newRow("deep") << "data.personSearch.edges[1].node.name"
                          << "Grace";
    QTest::newRow("quoted") << "data.personSearch.edges[3].node[\"a b\"]"
                            << "true";
    QTest::newRow("bracketed identifier") << "data[\"personSearch\"].totalCount"
                                          << "250";
    QTest::newRow("container") << "data.personSearch.edges"
                               << "[4]";
    QTest::newRow("index out of range") << "data.personSearch.edges[4]" << QString();
    QTest::newRow("unknown key") << "data.nobody" << QString();
    QTest::newRow("index on object") << "data[0]" << QString();
    QTest::newRow("key on array") << "data.personSearch.edges.node" << QString();
    QTest::newRow("malformed") << "data..x" << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestJsonTreeModel::indexForPath_findsNodesAndRefusesUnknownPaths() {
    QFETCH(QString, path);
    QFETCH(QString, value);
    JsonTreeModel model;
    model.setDocument(parsedDocument(kResponse));
    const QModelIndex index = model.indexForPath(path);
    QCOMPARE(index.isValid(), !value.isEmpty());
    if (index.isValid()) {
        QCOMPARE(text(model, index, 1), value);
        if (!path.contains(QStringLiteral("[\"personSearch\"]"))) // the one non-canonical spelling
            QCOMPARE(model.pathOf(index), path);
    }
}

void TestJsonTreeModel::valueTextAndJson_ofContainersAndScalars() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(R"({"o":{"a":[1,"x"]},"s":"q\u0022"})"));
    const QModelIndex object = model.index(0, 1);
    QCOMPARE(model.jsonOf(object, false), QByteArray(R"({"a":[1,"x"]})"));
    QCOMPARE(model.jsonOf(object, true), QByteArray("{\n  \"a\": [\n    1,\n    \"x\"\n  ]\n}"));
    QCOMPARE(model.valueTextOf(object), QString::fromUtf8(model.jsonOf(object, true)));
    const QModelIndex string = model.index(1, 0);
    QCOMPARE(model.valueTextOf(string), QStringLiteral("q\""));
    QCOMPARE(model.jsonOf(string, false), QByteArray("\"q\\\"\""));
    QCOMPARE(model.data(object, JsonTreeModel::FullValueRole).toString(), QStringLiteral("{1}"));
}

void TestJsonTreeModel::scalarRoot_showsOneRow() {
    JsonTreeModel model;
    model.setDocument(parsedDocument("1.50"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, model.index(0, 0), 0), QString());
    QCOMPARE(text(model, model.index(0, 0), 1), QStringLiteral("1.50"));
    QCOMPARE(model.pathOf(model.index(0, 0)), QString());
    QVERIFY(!model.hasChildren(model.index(0, 0)));
}

void TestJsonTreeModel::setDocument_resetsAndReleasesTheOldDocument() {
    JsonTreeModel model;
    QSignalSpy resets(&model, &JsonTreeModel::modelReset);
    std::weak_ptr<const ResultDocument> first;
    {
        auto document = parsedDocument(kResponse);
        first = document;
        model.setDocument(std::move(document));
    }
    visitAll(model);
    QVERIFY(!first.expired());
    model.setDocument(parsedDocument(R"({"only":1})"));
    QVERIFY(first.expired());
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.recordCount(), 1);
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasChildren());
    QVERIFY(!model.document());
}

void TestJsonTreeModel::deepNesting_2000Levels_walksWithoutRecursion() {
    const int depth = 2000;
    const QByteArray json = QByteArray(depth, '[') + "\"bottom\"" + QByteArray(depth, ']');
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parsedDocument(json));
    QModelIndex index = model.index(0, 0); // the outermost array holds the next one
    for (int level = 1; level < depth; ++level)
        index = model.index(0, 0, index);
    QCOMPARE(text(model, index, 1), QStringLiteral("bottom"));
    QString expected;
    for (int level = 0; level < depth; ++level)
        expected += QStringLiteral("[0]");
    QCOMPARE(model.pathOf(index), expected);
    QCOMPARE(model.indexForPath(expected), index);
    QCOMPARE(model.jsonOf(model.index(0, 0), false).size(), json.size() - 2);
    QCOMPARE(model.jsonOf(model.index(0, 0), true).count('\n'), 2 * (depth - 1));
    int up = 0;
    for (QModelIndex parent = model.parent(index); parent.isValid(); parent = model.parent(parent))
        ++up;
    QCOMPARE(up, depth - 1);
}

void TestJsonTreeModel::duplicateAndUnicodeKeys_areAllShown() {
    JsonTreeModel model;
    model.setDocument(parsedDocument("{\"k\":1,\"k\":2,\"\xe5\x90\x8d\":\"\xf0\x9f\x98\x80\"}"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, model.index(0, 0), 0), QStringLiteral("k"));
    QCOMPARE(text(model, model.index(1, 0), 0), QStringLiteral("k"));
    QCOMPARE(text(model, model.index(1, 0), 1), QStringLiteral("2"));
    QCOMPARE(text(model, model.index(2, 0), 0), QStringLiteral("\u540d"));
    QCOMPARE(text(model, model.index(2, 0), 1), QString::fromUtf8("\xf0\x9f\x98\x80"));
    QCOMPARE(model.pathOf(model.index(2, 0)), QStringLiteral("[\"\u540d\"]"));
    QCOMPARE(model.indexForPath(QStringLiteral("k")), model.index(0, 0));
}

void TestJsonTreeModel::duplicateKeys_roundTripByRowPath() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(R"({"x":{"k":"first","k":"second"}})"));
    const QModelIndex second = model.index(1, 0, model.index(0, 0));
    QCOMPARE(text(model, second, 0), QStringLiteral("k"));
    QCOMPARE(model.rowPathOf(second), (RowPath{0, 1}));
    QCOMPARE(model.revealRowPath(model.rowPathOf(second)), second);
    QCOMPARE(text(model, model.revealRowPath({0, 0}), 1), QStringLiteral("first"));
    QCOMPARE(model.pathOf(second), QStringLiteral("x.k")); // a key path names the first of them
    QCOMPARE(model.indexForPath(QStringLiteral("x.k")), model.index(0, 0, model.index(0, 0)));
    const auto document = model.document();
    QCOMPARE(model.nodeOf(second), document->children(document->children(document->root()).at(0)).at(1));
    QCOMPARE(model.nodeOf(QModelIndex()), ResultDocument::kNoNode);
}

void TestJsonTreeModel::paging_largeArray_fetchesOnePageAtATime() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(largeArrayBody(2500)));
    QSignalSpy inserted(&model, &JsonTreeModel::rowsInserted);
    const QModelIndex items = model.indexForPath(QStringLiteral("data.items"));
    QCOMPARE(text(model, items, JsonTreeModel::ValueColumn), QStringLiteral("[2500]")); // the whole count
    QCOMPARE(text(model, items, JsonTreeModel::CountColumn), QStringLiteral("2500"));
    const qsizetype before = model.recordCount();
    QCOMPARE(model.rowCount(items), JsonTreeModel::kPageSize);
    QCOMPARE(model.recordCount(), before + JsonTreeModel::kPageSize);
    QVERIFY(inserted.isEmpty());        // the first page is what the view first sees: no insertion
    model.setAutoFetchSuppressed(true); // what a view does around its layouts
    QVERIFY(!model.canFetchMore(items));
    model.setAutoFetchSuppressed(false);
    QList<int> rows;
    while (model.canFetchMore(items)) {
        model.fetchMore(items);
        rows << model.rowCount(items);
    }
    QCOMPARE(rows, (QList<int>{2000, 2500})); // the last page is partial
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), items);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2000);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2499);
    QCOMPARE(model.recordCount(), before + 2500);
    model.fetchMore(items); // nothing left: no change
    QCOMPARE(model.rowCount(items), 2500);
    QCOMPARE(inserted.count(), 2);
    const QModelIndex last = model.index(2499, 0, items);
    QCOMPARE(text(model, last, 0), QStringLiteral("[2499]"));
    QCOMPARE(model.jsonOf(model.index(0, 0, last), false), QByteArray(R"({"b":2499})"));
    QCOMPARE(model.parent(last), items);
    QVERIFY(!model.canFetchMore(last.siblingAtColumn(1)));
}

void TestJsonTreeModel::paging_modelTester_passesAfterFetchMoreAndReveal() {
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parsedDocument("[" + largeArrayBody(2100) + ",[]]"));
    const QModelIndex items = model.revealRowPath({0, 0, 0});
    QVERIFY(items.isValid());
    model.fetchMore(items);
    QVERIFY(!QTest::currentTestFailed());
    const QModelIndex deep = model.revealRowPath({0, 0, 0, 2099, 0, 0});
    QCOMPARE(text(model, deep, 1), QStringLiteral("2099"));
    QVERIFY(!model.canFetchMore(items));
    model.setDocument(parsedDocument(largeArrayBody(1001))); // two pages, the second of one row
    QVERIFY(model.revealRowPath({0, 0, 1000}).isValid());
    QVERIFY(!QTest::currentTestFailed());
}

void TestJsonTreeModel::revealRowPath_intoTheMiddleOf100000Elements_makesOnlyThePagesOnTheWay() {
    JsonTreeModel model;
    model.setDocument(parsedDocument(largeArrayBody(100000)));
    QSignalSpy inserted(&model, &JsonTreeModel::rowsInserted);
    const RowPath path{0, 0, 50000, 0, 0};
    model.setAutoFetchSuppressed(true); // only stops a view's automatic fetching, not an explicit request
    const QModelIndex leaf = model.revealRowPath(path);
    QVERIFY(leaf.isValid());
    QCOMPARE(text(model, leaf, JsonTreeModel::ValueColumn), QStringLiteral("50000"));
    QCOMPARE(model.pathOf(leaf), QStringLiteral("data.items[50000].a.b"));
    QCOMPARE(model.rowPathOf(leaf), path);
    // The pages up to row 50,000 (51 of them) plus one record per level: nothing below the other elements.
    QCOMPARE(model.recordCount(), 51 * JsonTreeModel::kPageSize + 4);
    QCOMPARE(inserted.count(), 50);
    const QModelIndex items = model.parent(model.parent(model.parent(leaf)));
    QCOMPARE(model.rowCount(items), 51000);
    QVERIFY(!model.canFetchMore(items));
    model.setAutoFetchSuppressed(false);
    QVERIFY(model.canFetchMore(items));
    QCOMPARE(model.revealRowPath(path), leaf); // a second time costs nothing new
    QCOMPARE(model.recordCount(), 51 * JsonTreeModel::kPageSize + 4);
}

void TestJsonTreeModel::revealRowPath_refusesPathsThatDoNotExist_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<RowPath>("path");
    QTest::addColumn<QString>("value"); // empty: no such row
    QTest::newRow("member") << kResponse << RowPath{0, 0, 1, 3, 0, 0} << "Mary";
    QTest::newRow("beyond the last row") << kResponse << RowPath{0, 0, 1, 4} << QString();
    QTest::newRow("negative") << kResponse << RowPath{0, -1} << QString();
    QTest::newRow("below a scalar") << kResponse << RowPath{0, 0, 0, 0} << QString();
    QTest::newRow("the root") << kResponse << RowPath{} << QString();
    QTest::newRow("scalar root") << QByteArray("7") << RowPath{} << "7";
    QTest::newRow("below a scalar root") << QByteArray("7") << RowPath{0} << QString();
    QTest::newRow("beyond a paged array") << largeArrayBody(1500) << RowPath{0, 0, 1500} << QString();
}

void TestJsonTreeModel::revealRowPath_refusesPathsThatDoNotExist() {
    QFETCH(QByteArray, json);
    QFETCH(RowPath, path);
    QFETCH(QString, value);
    JsonTreeModel model;
    model.setDocument(parsedDocument(json));
    const QModelIndex index = model.revealRowPath(path);
    QCOMPARE(index.isValid(), !value.isEmpty());
    if (index.isValid()) {
        QCOMPARE(text(model, index, JsonTreeModel::ValueColumn), value);
        QCOMPARE(model.rowPathOf(index), path);
    }
}

void TestJsonTreeModel::indexForPath_beyondTheFirstPage_fetchesThePagesNeeded() {
    QByteArray wide = "{";
    for (int i = 0; i < 1500; ++i)
        wide += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
    JsonTreeModel model;
    model.setDocument(parsedDocument(wide + "}"));
    QSignalSpy inserted(&model, &JsonTreeModel::rowsInserted);
    const QModelIndex member = model.indexForPath(QStringLiteral("k1400"));
    QCOMPARE(text(model, member, JsonTreeModel::ValueColumn), QStringLiteral("1400"));
    QCOMPARE(member.row(), 1400);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 1500);

    model.setDocument(parsedDocument(largeArrayBody(3000)));
    const QModelIndex element = model.indexForPath(QStringLiteral("data.items[2100].a"));
    QCOMPARE(model.pathOf(element), QStringLiteral("data.items[2100].a"));
    QCOMPARE(model.rowCount(model.indexForPath(QStringLiteral("data.items"))), 3000);
    QVERIFY(!model.indexForPath(QStringLiteral("data.items[3000]")).isValid());
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
