#include "graphqljobtesting.h"
#include "resultbodies.h"
#include "results/resulttablemodel.h"
#include "resulttableview.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <memory>

using altrata::results::NodeId;
using altrata::results::ResultTableModel;
using altrata::test::parsedDocument;
using altrata::ui::ResultTableView;

namespace {

const QByteArray kBody = R"({"data":{"people":[
    {"name":"bob","age":30,"org":{"name":"Zeta"}},
    {"name":"Alice","age":4,"org":{"name":"alpha"}},
    {"name":"carol","age":100}],
  "teams":[{"id":"t1","members":[{"n":1},{"n":2}]},{"id":"t2"}],
  "scalars":[1,2,3,4,5,6]}})";

QStringList pickerTexts(const QComboBox &picker) {
    QStringList texts;
    for (int i = 0; i < picker.count(); ++i)
        texts.append(picker.itemText(i));
    return texts;
}

QStringList column(const ResultTableView &view, int column) {
    QStringList texts;
    const QAbstractItemModel *model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

QAction *actionNamed(QMenu &menu, const QString &text) {
    for (QAction *action : menu.actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestResultTableView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void picker_listsArraysOfObjects_andBuildsTheLargest();
    void hiddenView_listsNothingUntilShown();
    void choosingAnArray_buildsItsTable();
    void showArray_ofANestedArray_addsItToThePicker();
    void showArray_ofANonArray_saysSo();
    void columnChooser_hidesAndShowsColumns();
    void headerClick_sortsTheRows();
    void noArrays_showsAPlainMessage();
    void cancel_duringBuild_keepsNoTableAndSaysCancelled();
    void cancel_duringSort_keepsTheOrderAndTheHeader();
    void copy_putsSelectedCellsAsTsvOnTheClipboard();
    void setDocument_null_clearsTheTable();

private:
    bool showBody(const QByteArray &body);

    std::unique_ptr<ResultTableView> m_view;
};

void TestResultTableView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestResultTableView::init() {
    m_view = std::make_unique<ResultTableView>();
    m_view->resize(800, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestResultTableView::cleanup() {
    m_view.reset();
    QThreadPool::globalInstance()->waitForDone(); // no worker outlives its test
}

bool TestResultTableView::showBody(const QByteArray &body) {
    const auto document = parsedDocument(body);
    if (!document)
        return false;
    m_view->setDocument(document);
    return true;
}

void TestResultTableView::picker_listsArraysOfObjects_andBuildsTheLargest() {
    QSignalSpy changed(m_view.get(), &ResultTableView::projectionChanged);
    QVERIFY(showBody(kBody));
    QTRY_VERIFY(m_view->projection());
    QCOMPARE(pickerTexts(*m_view->picker()),
             (QStringList{QStringLiteral("data.people \u00b7 3 rows"), QStringLiteral("data.teams \u00b7 2 rows"),
                          QStringLiteral("data.teams[0].members \u00b7 2 rows")}));
    QCOMPARE(m_view->picker()->currentIndex(), 0);
    QCOMPARE(m_view->projection()->arrayPath(), QStringLiteral("data.people"));
    QCOMPARE(m_view->table()->model()->columnCount(), 3);
    QCOMPARE(m_view->table()->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("org.name"));
    QCOMPARE(column(*m_view, 0),
             (QStringList{QStringLiteral("bob"), QStringLiteral("Alice"), QStringLiteral("carol")}));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_view->messageText().isEmpty());
    QTRY_VERIFY(!m_view->isBusy());
}

void TestResultTableView::hiddenView_listsNothingUntilShown() {
    m_view->hide();
    QVERIFY(showBody(kBody));
    QTest::qWait(100);
    QCOMPARE(m_view->picker()->count(), 0);
    QVERIFY(!m_view->isBusy());
    m_view->show();
    QTRY_COMPARE(m_view->picker()->count(), 3);
    QTRY_VERIFY(m_view->projection());
}

void TestResultTableView::choosingAnArray_buildsItsTable() {
    QVERIFY(showBody(kBody));
    QTRY_VERIFY(m_view->projection());
    QSignalSpy changed(m_view.get(), &ResultTableView::projectionChanged);
    m_view->picker()->setCurrentIndex(1);
    Q_EMIT m_view->picker()->activated(1); // as a user's choice does
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(m_view->projection()->arrayPath(), QStringLiteral("data.teams"));
    QCOMPARE(m_view->table()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("members"));
    QCOMPARE(column(*m_view, 1), (QStringList{QStringLiteral("[2 items]"), QString()}));
}

void TestResultTableView::showArray_ofANestedArray_addsItToThePicker() {
    const auto document = parsedDocument(altrata::test::peopleBody());
    QVERIFY(document);
    m_view->setDocument(document);
    QTRY_VERIFY(m_view->projection()); // the suggestion first
    const NodeId edges =
        document->child(*document->member(*document->member(document->root(), "data"), "personSearch"), 1);
    m_view->showArray(edges);
    QTRY_COMPARE(m_view->projection()->array(), edges);
    QCOMPARE(m_view->picker()->currentText(), QStringLiteral("data.personSearch.edges \u00b7 2 rows"));

    const auto nested = parsedDocument(R"({"a":[{"x":1},{"x":2},{"x":3}],"b":[{"list":[{"y":"deep"}]}]})");
    m_view->setDocument(nested);
    QTRY_VERIFY(m_view->projection());
    const NodeId list = *nested->member(nested->child(*nested->member(nested->root(), "b"), 0), "list");
    m_view->showArray(list);
    QTRY_COMPARE(m_view->projection()->array(), list);
    QCOMPARE(m_view->picker()->currentText(), QStringLiteral("b[0].list \u00b7 1 rows"));
    QCOMPARE(column(*m_view, 0), QStringList{QStringLiteral("deep")});
}

void TestResultTableView::showArray_ofANonArray_saysSo() {
    const auto document = parsedDocument(R"({"data":{"x":1}})");
    m_view->setDocument(document);
    m_view->showArray(*document->member(document->root(), "data"));
    QTRY_VERIFY(m_view->messageText().contains(QStringLiteral("not an array")));
    QVERIFY(!m_view->projection());
}

void TestResultTableView::columnChooser_hidesAndShowsColumns() {
    QVERIFY(showBody(kBody));
    QTRY_VERIFY(m_view->projection());
    QCOMPARE(m_view->visibleColumns(), (QList<int>{0, 1, 2}));
    std::unique_ptr<QMenu> menu(m_view->createColumnMenu(nullptr));
    QAction *age = actionNamed(*menu, QStringLiteral("age"));
    QVERIFY(age && age->isCheckable() && age->isChecked());
    age->trigger();
    QVERIFY(m_view->table()->isColumnHidden(1));
    QCOMPARE(m_view->visibleColumns(), (QList<int>{0, 2}));
    menu.reset(m_view->createColumnMenu(nullptr));
    QVERIFY(!actionNamed(*menu, QStringLiteral("age"))->isChecked());
    actionNamed(*menu, QStringLiteral("name"))->trigger();
    QCOMPARE(m_view->visibleColumns(), QList<int>{2});
    m_view->setColumnVisible(2, false); // the last visible column stays
    QCOMPARE(m_view->visibleColumns(), QList<int>{2});
    actionNamed(*menu, QStringLiteral("Show all columns"))->trigger();
    QCOMPARE(m_view->visibleColumns(), (QList<int>{0, 1, 2}));
}

void TestResultTableView::headerClick_sortsTheRows() {
    QVERIFY(showBody(kBody));
    QTRY_VERIFY(m_view->projection());
    QVERIFY(m_view->rowOrder().isEmpty());
    QHeaderView *header = m_view->table()->horizontalHeader();
    const QPoint ageHeader(header->sectionViewportPosition(1) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, ageHeader);
    QTRY_COMPARE(m_view->rowOrder(), (QList<qsizetype>{1, 0, 2}));
    QCOMPARE(column(*m_view, 1), (QStringList{QStringLiteral("4"), QStringLiteral("30"), QStringLiteral("100")}));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, ageHeader);
    QTRY_COMPARE(m_view->rowOrder(), (QList<qsizetype>{2, 0, 1}));
    const QPoint nameHeader(header->sectionViewportPosition(0) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QTRY_COMPARE(column(*m_view, 0),
                 (QStringList{QStringLiteral("Alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
}

void TestResultTableView::noArrays_showsAPlainMessage() {
    QVERIFY(showBody(R"({"data":{"x":1,"list":[1,2,3],"none":[]}})"));
    QTRY_COMPARE(m_view->messageText(), QStringLiteral("This response has no array of objects to show as a table."));
    QCOMPARE(m_view->picker()->count(), 0);
    QVERIFY(!m_view->projection());
    QVERIFY(!m_view->table()->isVisible());
}

void TestResultTableView::cancel_duringBuild_keepsNoTableAndSaysCancelled() {
    const auto document = parsedDocument(altrata::test::largeArrayBody(1'000'000));
    QVERIFY(document);
    m_view->setDocument(document); // starts listing the arrays
    m_view->showArray(*document->member(*document->member(document->root(), "data"), "items"));
    QVERIFY(m_view->isBusy());
    QPushButton *cancel = m_view->findChild<QPushButton *>(QStringLiteral("tableCancel"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_view->isBusy());
    QVERIFY(!m_view->projection());
    QVERIFY2(m_view->messageText().startsWith(QStringLiteral("Cancelled")), qPrintable(m_view->messageText()));
    QVERIFY(!cancel->isVisible());
}

void TestResultTableView::cancel_duringSort_keepsTheOrderAndTheHeader() {
    QVERIFY(showBody(altrata::test::largeArrayBody(300'000)));
    QTRY_VERIFY(m_view->projection() && !m_view->isBusy());
    QHeaderView *header = m_view->table()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(0) + 5, 5));
    QVERIFY(m_view->isBusy());
    QPushButton *cancel = m_view->findChild<QPushButton *>(QStringLiteral("tableCancel"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_view->isBusy());
    QVERIFY(m_view->rowOrder().isEmpty());
    QCOMPARE(header->sortIndicatorSection(), -1);
    QVERIFY(!cancel->isVisible());
}

void TestResultTableView::copy_putsSelectedCellsAsTsvOnTheClipboard() {
    QVERIFY(showBody(R"({"d":[{"a":"x\ty","b":1,"c":true},{"a":"z","b":2,"c":false}]})"));
    QTRY_VERIFY(m_view->projection());
    m_view->setColumnVisible(1, false);
    m_view->table()->selectAll();
    QGuiApplication::clipboard()->clear();
    m_view->table()->setFocus();
    QTest::keySequence(m_view->table(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("x y\ttrue\nz\tfalse\n"));
}

void TestResultTableView::setDocument_null_clearsTheTable() {
    QVERIFY(showBody(kBody));
    QTRY_VERIFY(m_view->projection());
    QSignalSpy changed(m_view.get(), &ResultTableView::projectionChanged);
    m_view->setDocument(nullptr);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_view->projection());
    QCOMPARE(m_view->picker()->count(), 0);
    QCOMPARE(m_view->table()->model()->rowCount(), 0);
}

QTEST_MAIN(TestResultTableView)

#include "tst_resulttableview.moc"
