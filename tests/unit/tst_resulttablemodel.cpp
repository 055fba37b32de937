#include "graphqljobtesting.h"
#include "results/resulttablemodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using altrata::results::ResultTableModel;
using altrata::results::TableProjection;
using altrata::results::TaskControl;
using altrata::test::parsedDocument;

namespace {

const QByteArray kPeople = R"([
    {"name":"bob","age":30,"org":{"name":"Zeta"}},
    {"name":"Alice","age":4.5,"org":{"name":null}},
    {"name":"carol","org":{"name":"alpha"}},
    {"name":"Dave","age":100},
    {"age":-2,"name":null}])";

std::shared_ptr<const TableProjection> project(const QByteArray &json) {
    const auto document = parsedDocument(json);
    return document ? TableProjection::build(document, document->root()) : nullptr;
}

QStringList columnTexts(const ResultTableModel &model, int column) {
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.data(model.index(row, column)).toString());
    return texts;
}

bool sortAndWait(ResultTableModel &model, int column, Qt::SortOrder order) {
    QSignalSpy finished(&model, &ResultTableModel::sortFinished);
    model.sort(column, order);
    return finished.wait(10000) && finished.first().first().toBool();
}

} // namespace

class TestResultTableModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester_passesWhileSorting();
    void header_showsColumnTitlesAndElementIndexes();
    void sort_ordersValues_data();
    void sort_ordersValues();
    void sort_keepsPersistentIndexesOnTheirRows();
    void sort_minusOne_restoresProjectionOrder();
    void sortedRows_cancelled_returnsNothing();
    void cancelSort_keepsTheCurrentOrder();
    void setProjection_duringSort_dropsTheSort();
    void sort_duringSort_replacesIt();
    void longValue_isElidedForDisplayButFullOnRequest();
    void nodeRole_isTheCellNodeOrEmpty();
};

void TestResultTableModel::modelTester_passesWhileSorting() {
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjection(project(kPeople));
    QVERIFY(sortAndWait(model, 1, Qt::DescendingOrder));
    QVERIFY(sortAndWait(model, 0, Qt::AscendingOrder));
    model.setProjection(project("[1,{\"a\":[1,2]},\"x\"]"));
    QVERIFY(sortAndWait(model, 1, Qt::AscendingOrder));
    model.setProjection(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestResultTableModel::header_showsColumnTitlesAndElementIndexes() {
    ResultTableModel model;
    model.setProjection(project(kPeople));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("name"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("org.name"));
    QCOMPARE(model.headerData(4, Qt::Vertical).toString(), QStringLiteral("4"));
    QVERIFY(sortAndWait(model, 1, Qt::AscendingOrder)); // ages: -2 (row 4) first
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("4"));
}

void TestResultTableModel::sort_ordersValues_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("numbers ascending, absent last")
        << 1 << true
        << QStringList{QStringLiteral("-2"), QStringLiteral("4.5"), QStringLiteral("30"), QStringLiteral("100"),
                       QString()};
    QTest::newRow("numbers descending, absent last")
        << 1 << false
        << QStringList{QStringLiteral("100"), QStringLiteral("30"), QStringLiteral("4.5"), QStringLiteral("-2"),
                       QString()};
    QTest::newRow("strings case-insensitive, null last")
        << 0 << true
        << QStringList{QStringLiteral("Alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("Dave"),
                       QString()};
    QTest::newRow("strings descending, null last")
        << 0 << false
        << QStringList{QStringLiteral("Dave"), QStringLiteral("carol"), QStringLiteral("bob"), QStringLiteral("Alice"),
                       QString()};
    QTest::newRow("nested column, null and absent last")
        << 2 << true << QStringList{QStringLiteral("alpha"), QStringLiteral("Zeta"), QString(), QString(), QString()};
}

void TestResultTableModel::sort_ordersValues() {
    QFETCH(int, column);
    QFETCH(bool, ascending);
    QFETCH(QStringList, expected);
    ResultTableModel model;
    model.setProjection(project(kPeople));
    QVERIFY(sortAndWait(model, column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder));
    QCOMPARE(columnTexts(model, column), expected);
    QCOMPARE(model.sortColumn(), column);
    QCOMPARE(model.rowOrder().size(), 5);
}

void TestResultTableModel::sort_keepsPersistentIndexesOnTheirRows() {
    ResultTableModel model;
    model.setProjection(project(kPeople));
    const QPersistentModelIndex dave = model.index(3, 0);
    QCOMPARE(dave.data().toString(), QStringLiteral("Dave"));
    QVERIFY(sortAndWait(model, 1, Qt::DescendingOrder));
    QCOMPARE(dave.row(), 0);
    QCOMPARE(dave.data().toString(), QStringLiteral("Dave"));
    QCOMPARE(model.rowOrder(), (QList<qsizetype>{3, 0, 1, 4, 2}));
    QCOMPARE(model.sourceRow(0), 3);
}

void TestResultTableModel::sort_minusOne_restoresProjectionOrder() {
    ResultTableModel model;
    model.setProjection(project(kPeople));
    QVERIFY(sortAndWait(model, 0, Qt::AscendingOrder));
    QVERIFY(!model.rowOrder().isEmpty());
    const QPersistentModelIndex alice = model.index(0, 0);
    model.sort(-1);
    QVERIFY(!model.isSorting());
    QVERIFY(model.rowOrder().isEmpty());
    QCOMPARE(columnTexts(model, 0).first(), QStringLiteral("bob"));
    QCOMPARE(alice.row(), 1);
}

void TestResultTableModel::sortedRows_cancelled_returnsNothing() {
    const auto table = project(kPeople);
    TaskControl control;
    control.cancel();
    QVERIFY(ResultTableModel::sortedRows(*table, 0, Qt::AscendingOrder, &control).isEmpty());
    TaskControl fresh;
    QCOMPARE(ResultTableModel::sortedRows(*table, 0, Qt::AscendingOrder, &fresh), (QList<qsizetype>{1, 0, 2, 3, 4}));
    QCOMPARE(fresh.permille(), 1000);
}

void TestResultTableModel::cancelSort_keepsTheCurrentOrder() {
    // Large enough that the sort is still running when it is cancelled right after starting.
    QByteArray json = "[";
    for (int i = 0; i < 200000; ++i)
        json += (i > 0 ? ",{\"v\":" : "{\"v\":") + QByteArray::number((i * 7919) % 200000) + '}';
    json += ']';
    ResultTableModel model;
    model.setProjection(project(json));
    QSignalSpy finished(&model, &ResultTableModel::sortFinished);
    model.sort(0, Qt::AscendingOrder);
    QVERIFY(model.isSorting());
    model.cancelSort();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!model.isSorting());
    QVERIFY(model.rowOrder().isEmpty());
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("7919"));
}

void TestResultTableModel::setProjection_duringSort_dropsTheSort() {
    ResultTableModel model;
    model.setProjection(project(kPeople));
    QSignalSpy finished(&model, &ResultTableModel::sortFinished);
    model.sort(0, Qt::AscendingOrder);
    model.setProjection(project("[{\"x\":2},{\"x\":1}]"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!model.isSorting());
    QTest::qWait(50); // the dropped worker's result must not arrive later
    QCOMPARE(finished.size(), 1);
    QCOMPARE(columnTexts(model, 0), (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
}

void TestResultTableModel::sort_duringSort_replacesIt() {
    ResultTableModel model;
    model.setProjection(project(kPeople));
    QList<bool> sortingWhenFinished;
    connect(&model, &ResultTableModel::sortFinished, this,
            [&](bool) { sortingWhenFinished.append(model.isSorting()); });
    QSignalSpy finished(&model, &ResultTableModel::sortFinished);
    model.sort(0, Qt::AscendingOrder);
    model.sort(1, Qt::DescendingOrder);
    QCOMPARE(sortingWhenFinished, QList<bool>{true}); // the first is over, the second runs
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(0).first().toBool(), false);
    QCOMPARE(finished.at(1).first().toBool(), true);
    QCOMPARE(model.sortColumn(), 1);
    QCOMPARE(model.rowOrder(), (QList<qsizetype>{3, 0, 1, 4, 2}));
}

void TestResultTableModel::longValue_isElidedForDisplayButFullOnRequest() {
    const QString longText(5000, u'x');
    ResultTableModel model;
    model.setProjection(
        project("[{\"s\":\"" + longText.toUtf8() + "\",\"l\":[" + QByteArray(", 1").repeated(900).mid(2) + "]}]"));
    const QModelIndex s = model.index(0, 0);
    QCOMPARE(s.data().toString(), QString(ResultTableModel::kDisplayLimit, u'x') + QChar(0x2026));
    QCOMPARE(s.data(Qt::ToolTipRole).toString().size(), ResultTableModel::kToolTipLimit + 1);
    QCOMPARE(s.data(ResultTableModel::FullValueRole).toString(), longText);
    const QModelIndex list = model.index(0, 1);
    QCOMPARE(list.data().toString().size(), ResultTableModel::kDisplayLimit + 1);
    QCOMPARE(list.data(ResultTableModel::FullValueRole).toString().size(), 900 * 3 - 2);
}

void TestResultTableModel::nodeRole_isTheCellNodeOrEmpty() {
    ResultTableModel model;
    const auto table = project(kPeople);
    model.setProjection(table);
    QCOMPARE(model.data(model.index(0, 1), ResultTableModel::NodeRole).value<quint64>(), *table->cell(0, 1));
    QVERIFY(!model.data(model.index(2, 1), ResultTableModel::NodeRole).isValid());
    QCOMPARE(model.data(model.index(0, 1), Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

QTEST_GUILESS_MAIN(TestResultTableModel)

#include "tst_resulttablemodel.moc"
