#include "findbar.h"
#include "resultbodies.h"
#include "results/jsontreemodel.h"
#include "resultsview.h"
#include "resulttreeview.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

#include <memory>

using namespace altrata;
using results::ResultDocument;
using ui::FindBar;
using ui::ResultsView;

namespace {

using RowPath = QList<qint64>;

std::shared_ptr<const ResultDocument> document(const QByteArray &json) {
    return ResultDocument::parse(json);
}

// {"list":["hit","miss","hit","hit"]}: three hits at rows 0, 2 and 3 of "list".
const QByteArray threeHits = "{\"list\":[\"hit\",\"miss\",\"hit\",\"hit\"]}";

// Enough values that a regular expression over all of them runs for a good while, even in an optimized build.
std::shared_ptr<const ResultDocument> slowDocument() {
    QByteArray json = "[";
    json.reserve(30'000'000);
    for (int i = 0; i < 2'000'000; ++i)
        json += i == 0 ? "\"some value\"" : ",\"some value\"";
    return document(json + ']');
}

net::GraphQLResponse dataResponse(const QByteArray &body) {
    net::GraphQLResponse response;
    response.outcome = net::GraphQLResponse::Outcome::Data;
    response.httpStatus = 200;
    response.body = body;
    response.document = ResultDocument::parse(body);
    return response;
}

RowPath lastPath(const QSignalSpy &spy) {
    return spy.constLast().constFirst().value<RowPath>();
}

} // namespace

class TestFindBar final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typing_searchesAfterAPause_andShowsTheFirstHit();
    void enterAndF3_goToTheNextHit_withShiftThePrevious_andWrap();
    void noMatches_andAnInvalidPattern_sayWhy();
    void options_chooseKeysValuesPatternAndCase();
    void newerSearch_supersedesTheOlder();
    void cancel_stopsARunningSearch_andSaysSo();
    void newDocument_clearsTheHits_cancelsTheSearch_andKeepsTheText();
    void resultsView_ctrlF_showsTheBar_andEscapeHidesIt();
    void resultsView_hit_switchesToTheTree_andRevealsTheRow();

private:
    void showActive(QWidget *widget);
    void search(const QString &text); // types, presses Enter and waits for the search to finish

    std::unique_ptr<FindBar> m_bar;
};

void TestFindBar::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<RowPath>();
}

void TestFindBar::init() {
    m_bar = std::make_unique<FindBar>();
    m_bar->resize(900, 40);
    showActive(m_bar.get());
    m_bar->activate();
}

void TestFindBar::cleanup() {
    m_bar.reset();
    QThreadPool::globalInstance()->waitForDone(); // no search outlives its test
}

void TestFindBar::showActive(QWidget *widget) {
    widget->show();
    widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(widget));
}

void TestFindBar::search(const QString &text) {
    m_bar->textField()->clear();
    QTest::keyClicks(m_bar->textField(), text);
    QTest::keyClick(m_bar->textField(), Qt::Key_Return); // at once, not after the typing pause
    QTRY_VERIFY(!m_bar->isSearching());
}

void TestFindBar::typing_searchesAfterAPause_andShowsTheFirstHit() {
    m_bar->setDocument(document(test::peopleBody()));
    QSignalSpy hits(m_bar.get(), &FindBar::hitActivated);
    QTest::keyClicks(m_bar->textField(), QStringLiteral("Turing"));
    QVERIFY(!m_bar->isSearching()); // nothing yet: the search waits for a pause in typing
    QVERIFY(hits.isEmpty());
    QTRY_COMPARE(hits.count(), 1);
    QCOMPARE(lastPath(hits), (RowPath{0, 0, 1, 1, 0, 0})); // data.personSearch.edges[1].node.name
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 1"));
    QCOMPARE(m_bar->textField()->text(), QStringLiteral("Turing"));
}

void TestFindBar::enterAndF3_goToTheNextHit_withShiftThePrevious_andWrap() {
    m_bar->setDocument(document(threeHits));
    QSignalSpy hits(m_bar.get(), &FindBar::hitActivated);
    QTest::keyClicks(m_bar->textField(), QStringLiteral("hit"));
    QTest::keyClick(m_bar->textField(), Qt::Key_Return); // searches at once, without waiting
    QTRY_COMPARE(hits.count(), 1);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));
    QCOMPARE(lastPath(hits), (RowPath{0, 0}));

    QTest::keyClick(m_bar->textField(), Qt::Key_F3);
    QCOMPARE(m_bar->statusText(), QStringLiteral("2 of 3"));
    QCOMPARE(lastPath(hits), (RowPath{0, 2}));
    QTest::keyClick(m_bar->textField(), Qt::Key_Enter);
    QCOMPARE(lastPath(hits), (RowPath{0, 3}));
    QTest::keyClick(m_bar->textField(), Qt::Key_Return);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 3")); // wrapped
    QCOMPARE(lastPath(hits), (RowPath{0, 0}));
    QTest::keyClick(m_bar->textField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_bar->statusText(), QStringLiteral("3 of 3")); // wrapped backwards
    QTest::keyClick(m_bar->textField(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_bar->statusText(), QStringLiteral("2 of 3"));
    QCOMPARE(lastPath(hits), (RowPath{0, 2}));
    QCOMPARE(hits.count(), 6);
    QVERIFY(!m_bar->isSearching()); // moving between hits does not search again
}

void TestFindBar::noMatches_andAnInvalidPattern_sayWhy() {
    m_bar->setDocument(document(threeHits));
    QSignalSpy hits(m_bar.get(), &FindBar::hitActivated);
    search(QStringLiteral("absent"));
    QCOMPARE(m_bar->statusText(), QStringLiteral("No matches"));
    m_bar->regularExpressionBox()->setChecked(true);
    search(QStringLiteral("hi(t"));
    QVERIFY2(m_bar->statusText().startsWith(QStringLiteral("The regular expression is not valid")),
             qPrintable(m_bar->statusText()));
    m_bar->textField()->clear();
    m_bar->startSearch();
    QVERIFY(m_bar->statusText().isEmpty()); // an empty field is no problem worth a sentence
    QVERIFY(hits.isEmpty());
}

void TestFindBar::options_chooseKeysValuesPatternAndCase() {
    m_bar->setDocument(document("{\"Hit\":\"hit\",\"list\":[\"HIT\",\"h1t\"]}"));
    search(QStringLiteral("hit"));
    QCOMPARE(m_bar->hits().size(), 3); // the key and both values: case is ignored by default
    m_bar->keysBox()->setChecked(false);
    QTRY_COMPARE(m_bar->hits().size(), 2); // changing an option searches again
    m_bar->matchCaseBox()->setChecked(true);
    QTRY_COMPARE(m_bar->hits().size(), 1);
    QCOMPARE(m_bar->hits().constFirst().rowPath, (RowPath{0}));
    m_bar->regularExpressionBox()->setChecked(true);
    search(QStringLiteral("^h.t$"));
    QCOMPARE(m_bar->hits().size(), 2);
    m_bar->keysBox()->setChecked(true);
    m_bar->valuesBox()->setChecked(false);
    m_bar->matchCaseBox()->setChecked(false);
    QTRY_COMPARE(m_bar->hits().size(), 1);
    QVERIFY(m_bar->hits().constFirst().inKey);
}

void TestFindBar::newerSearch_supersedesTheOlder() {
    m_bar->setDocument(document(test::peopleBody()));
    QSignalSpy hits(m_bar.get(), &FindBar::hitActivated);
    m_bar->textField()->setText(QStringLiteral("Ada"));
    m_bar->startSearch();
    m_bar->textField()->setText(QStringLiteral("Alan"));
    m_bar->startSearch();
    QTRY_VERIFY(!m_bar->isSearching());
    QTRY_COMPARE(hits.count(), 1);
    QTest::qWait(2 * FindBar::kTypingDelayMs); // neither a late first result nor the typing timer adds a jump
    QCOMPARE(hits.count(), 1);
    QCOMPARE(lastPath(hits), (RowPath{0, 0, 1, 1, 0, 0}));
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 1"));
}

void TestFindBar::cancel_stopsARunningSearch_andSaysSo() {
    m_bar->setDocument(slowDocument());
    QSignalSpy hits(m_bar.get(), &FindBar::hitActivated);
    m_bar->regularExpressionBox()->setChecked(true);
    m_bar->textField()->setText(QStringLiteral("^(\\w+\\s?)+\\d$")); // no required literal; backtracks on every value
    m_bar->startSearch();
    QVERIFY(m_bar->isSearching());
    QTRY_VERIFY(m_bar->cancelButton()->isVisible()); // with a progress bar, from the first poll on
    QVERIFY(m_bar->progressBar()->isVisible());
    QTest::mouseClick(m_bar->cancelButton(), Qt::LeftButton);
    QVERIFY(!m_bar->isSearching());
    QCOMPARE(m_bar->statusText(), QStringLiteral("Search cancelled."));
    QVERIFY(!m_bar->cancelButton()->isVisible());
    QVERIFY(!m_bar->progressBar()->isVisible());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(hits.isEmpty());
    QCOMPARE(m_bar->statusText(), QStringLiteral("Search cancelled."));
    QCOMPARE(m_bar->textField()->text(), QStringLiteral("^(\\w+\\s?)+\\d$"));
}

void TestFindBar::newDocument_clearsTheHits_cancelsTheSearch_andKeepsTheText() {
    m_bar->setDocument(document(threeHits));
    search(QStringLiteral("hit"));
    QCOMPARE(m_bar->hits().size(), 3);
    m_bar->setDocument(document(threeHits));
    QVERIFY(m_bar->hits().isEmpty());
    QCOMPARE(m_bar->currentHit(), -1);
    QVERIFY(m_bar->statusText().isEmpty());
    QCOMPARE(m_bar->textField()->text(), QStringLiteral("hit"));

    m_bar->setDocument(slowDocument());
    m_bar->regularExpressionBox()->setChecked(true);
    m_bar->startSearch();
    QVERIFY(m_bar->isSearching());
    m_bar->setDocument(document(threeHits));
    QVERIFY(!m_bar->isSearching());
    QVERIFY(!m_bar->cancelButton()->isVisible());
    QTest::keyClick(m_bar->textField(), Qt::Key_Return); // the kept text searches the new document
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));
}

void TestFindBar::resultsView_ctrlF_showsTheBar_andEscapeHidesIt() {
    ResultsView view;
    view.resize(900, 600);
    showActive(&view);
    view.showResponse(dataResponse(threeHits), QString());
    view.treeView()->setFocus();
    QVERIFY(!view.findBar()->isVisible());
    QTest::keyClick(view.treeView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(view.findBar()->isVisible());
    QVERIFY(view.findBar()->textField()->hasFocus());
    QTest::keyClicks(view.findBar()->textField(), QStringLiteral("hit"));
    QTRY_COMPARE(view.findBar()->statusText(), QStringLiteral("1 of 3"));
    QTest::keyClick(view.findBar()->textField(), Qt::Key_Escape);
    QVERIFY(!view.findBar()->isVisible());
    QVERIFY(view.treeView()->hasFocus());
    QTest::keyClick(view.treeView(), Qt::Key_F3); // F3 works from the tree, too
    QCOMPARE(view.findBar()->statusText(), QStringLiteral("2 of 3"));
}

void TestFindBar::resultsView_hit_switchesToTheTree_andRevealsTheRow() {
    ResultsView view;
    view.resize(900, 600);
    showActive(&view);
    view.showResponse(dataResponse(test::largeArrayBody(3000)), QString());
    view.tabs()->setCurrentIndex(ResultsView::RawTab);
    view.showFindBar();
    FindBar *bar = view.findBar();
    bar->keysBox()->setChecked(false);
    QTest::keyClicks(bar->textField(), QStringLiteral("2500"));
    QTRY_COMPARE(bar->statusText(), QStringLiteral("1 of 1"));

    QCOMPARE(view.tabs()->currentIndex(), int(ResultsView::TreeTab));
    const QModelIndex current = view.treeView()->currentIndex();
    QCOMPARE(view.treeModel()->pathOf(current), QStringLiteral("data.items[2500].a.b"));
    for (QModelIndex ancestor = current.parent(); ancestor.isValid(); ancestor = ancestor.parent())
        QVERIFY(view.treeView()->isExpanded(ancestor));
    QVERIFY(view.treeView()->selectionModel()->isRowSelected(current.row(), current.parent()));
    QTRY_VERIFY(view.treeView()->viewport()->rect().intersects(view.treeView()->visualRect(current)));
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
