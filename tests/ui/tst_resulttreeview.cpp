#include "resultbodies.h"
#include "results/jsontreemodel.h"
#include "results/resultdocument.h"
#include "resulttreeview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace altrata;
using results::JsonTreeModel;
using results::ResultDocument;
using ui::ResultTreeView;

namespace {

const QByteArray peopleBody = test::peopleBody();
using test::largeArrayBody;

} // namespace

class TestResultTreeView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void view_readsEasily_uniformRowsAlternatingColoursFourColumns();
    void fitKeyColumn_followsTheKeys_withinBounds();
    void expandTopLevels_opensDataAndItsFirstChild();
    void actions_dependOnTheCurrentNode();
    void contextMenu_onARow_selectsIt_andOffersTheNodeActions();
    void copyShortcuts_putValueJsonAndPathOnTheClipboard();
    void expandAllBelow_onA50000ElementArray_runsInSlices_andStopsAtTheBound();
    void expandAllBelow_escapeInTheMiddle_stopsAndKeepsWhatWasOpened();
    void expandAllBelow_aNewCommandOrDocument_cancelsTheRunningOne();
    void expandBelow_pagedArray_fetchesPagesUpToTheBound();
    void expandAllBelow_asteriskKeyAndShortcuts_areBoundedToo();
    void expandAllBelow_smallSubtree_opensEverything_andSaysNothing();
    void collapseAllBelow_collapsesEveryExpandedDescendant_quickly();
    void showAsTable_onAnArray_requestsThatArray();
    void revealRowPath_expandsSelectsAndScrollsToTheRow();
    void keyboard_endReachesTheLastFetchedRow_andTheViewFetchesMore();
    void scrolling_pagedArrayInTheMiddle_fetchesItsNextPage();
    void expanding_a100000ElementArray_makesAboutOnePage();

private:
    void load(const QByteArray &body);
    QModelIndex indexAt(const QString &path) const { return m_model->indexForPath(path); }

    std::unique_ptr<JsonTreeModel> m_model;
    std::unique_ptr<ResultTreeView> m_view;
};

void TestResultTreeView::init() {
    m_model = std::make_unique<JsonTreeModel>();
    m_view = std::make_unique<ResultTreeView>();
    m_view->setModel(m_model.get());
    m_view->resize(800, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestResultTreeView::cleanup() {
    m_view.reset();
    m_model.reset();
}

void TestResultTreeView::load(const QByteArray &body) {
    ResultDocument::ParseError error;
    auto document = ResultDocument::parse(body, &error);
    QVERIFY2(document, qPrintable(error.message));
    m_model->setDocument(std::move(document));
}

void TestResultTreeView::view_readsEasily_uniformRowsAlternatingColoursFourColumns() {
    load(peopleBody);
    QVERIFY(m_view->uniformRowHeights());
    QVERIFY(m_view->alternatingRowColors());
    QCOMPARE(m_model->columnCount(), 4);
    // The key column gets room for typical keys instead of the default narrow section.
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    QVERIFY(m_view->columnWidth(JsonTreeModel::KeyColumn) >= 20 * charWidth);
}

void TestResultTreeView::fitKeyColumn_followsTheKeys_withinBounds() {
    // Fitted to the keys on screen, but never wider than 40% of the view: the values stay in sight.
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    load(QByteArrayLiteral("{\"data\":{\"") + QByteArray(300, 'k') + QByteArrayLiteral("\":1}}"));
    m_view->expandTopLevels();
    m_view->fitKeyColumn();
    QCOMPARE(m_view->columnWidth(JsonTreeModel::KeyColumn), m_view->viewport()->width() * 2 / 5);
    load(QByteArrayLiteral("{\"data\":{\"a\":1}}"));
    m_view->fitKeyColumn();
    QCOMPARE(m_view->columnWidth(JsonTreeModel::KeyColumn), 16 * charWidth);
}

void TestResultTreeView::expandTopLevels_opensDataAndItsFirstChild() {
    load(peopleBody);
    m_view->expandTopLevels();
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data"))));
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.personSearch"))));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.personSearch.edges"))));
    // The rows below are laid out, so they are visible at once.
    QVERIFY(m_view->visualRect(indexAt(QStringLiteral("data.personSearch.edges"))).isValid());
}

void TestResultTreeView::actions_dependOnTheCurrentNode() {
    load(peopleBody);
    QVERIFY(!m_view->copyValueAction()->isEnabled()); // no current row yet
    m_view->setCurrentIndex(indexAt(QStringLiteral("data.personSearch")));
    QVERIFY(m_view->expandAllAction()->isEnabled());
    QVERIFY(m_view->collapseAllAction()->isEnabled());
    QVERIFY(m_view->copyJsonAction()->isEnabled());
    m_view->setCurrentIndex(indexAt(QStringLiteral("data.personSearch.total")));
    QVERIFY(!m_view->expandAllAction()->isEnabled()); // a scalar has nothing below it
    QVERIFY(m_view->copyValueAction()->isEnabled());
    QVERIFY(m_view->copyPathAction()->isEnabled());
    QCOMPARE(m_view->copyValueAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+C")));
    QCOMPARE(m_view->copyJsonAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    QCOMPARE(m_view->copyPathAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+C")));
}

void TestResultTreeView::contextMenu_onARow_selectsIt_andOffersTheNodeActions() {
    load(peopleBody);
    m_view->expandTopLevels();
    const QModelIndex edges = indexAt(QStringLiteral("data.personSearch.edges"));
    const QPoint pos = m_view->visualRect(edges).center();
    QStringList offered;
    // The menu runs its own loop: read and close it from there.
    QTimer::singleShot(0, this, [&offered] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator() && action->isEnabled())
                    offered.append(action->text());
            }
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, m_view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(m_view->viewport(), &event);

    QCOMPARE(m_view->currentIndex().siblingAtColumn(0), edges);
    const QStringList expected{m_view->expandAllAction()->text(), m_view->collapseAllAction()->text(),
                               m_view->copyValueAction()->text(), m_view->copyJsonAction()->text(),
                               m_view->copyPathAction()->text(),  m_view->showAsTableAction()->text()};
    QCOMPARE(offered, expected);
}

void TestResultTreeView::copyShortcuts_putValueJsonAndPathOnTheClipboard() {
    load(peopleBody);
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setFocus();
    QClipboard *clipboard = QGuiApplication::clipboard();

    m_view->setCurrentIndex(indexAt(QStringLiteral("data.personSearch.edges[0].node.name")));
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("Ada Lovelace")); // the value, not the key Qt would copy
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("data.personSearch.edges[0].node.name"));

    m_view->setCurrentIndex(indexAt(QStringLiteral("data.personSearch.edges[1].node")));
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString json = clipboard->text();
    QVERIFY2(json.contains(QStringLiteral("\"name\": \"Alan Turing\"")), qPrintable(json));
    QVERIFY2(json.contains(QStringLiteral("\"born\": 1912")) && !json.contains(QStringLiteral("Ada")),
             qPrintable(json));
}

void TestResultTreeView::expandAllBelow_onA50000ElementArray_runsInSlices_andStopsAtTheBound() {
    load(largeArrayBody(50000));
    const QModelIndex items = indexAt(QStringLiteral("data.items"));
    QCOMPARE(m_model->rowCount(items), JsonTreeModel::kPageSize); // paged
    m_view->setCurrentIndex(items);
    QSignalSpy messages(m_view.get(), &ResultTreeView::message);
    QSignalSpy finished(m_view.get(), &ResultTreeView::expandFinished);

    m_view->expandAllBelowCurrent();
    // The first slice ran at once; the rest follows from the event loop.
    QVERIFY(m_view->isExpanding());
    QVERIFY(m_view->isExpanded(items));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[%1]").arg(ResultTreeView::DefaultExpandLimit - 2))));
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_view->isExpanding());
    QCOMPARE(finished.at(0).at(0).toInt(), ResultTreeView::DefaultExpandLimit);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(messages.count() >= ResultTreeView::DefaultExpandLimit / ResultTreeView::kSliceNodes); // progress
    QVERIFY2(messages.at(0).at(0).toString().contains(QStringLiteral("Esc")),
             qPrintable(messages.at(0).at(0).toString()));

    // Breadth first: the array, then its first 9,999 elements; everything after the bound stays collapsed.
    const int limit = ResultTreeView::DefaultExpandLimit;
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[%1]").arg(limit - 2))));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[%1]").arg(limit - 1))));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[0].a"))));
    const QString message = messages.last().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("the rest was left collapsed")), qPrintable(message));
    QVERIFY(m_model->rowCount(items) < 50000); // only the pages it needed

    // The view stays usable: scrolling to the end lays out without trouble.
    QElapsedTimer timer;
    timer.start();
    m_view->scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("scrolling took %1 ms").arg(timer.elapsed())));
}

void TestResultTreeView::expandAllBelow_escapeInTheMiddle_stopsAndKeepsWhatWasOpened() {
    load(largeArrayBody(50000));
    const QModelIndex items = indexAt(QStringLiteral("data.items"));
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setFocus();
    m_view->setCurrentIndex(items);
    QSignalSpy messages(m_view.get(), &ResultTreeView::message);
    QSignalSpy finished(m_view.get(), &ResultTreeView::expandFinished);
    // Esc after the fifth slice, from the event loop, as a user would.
    int progress = 0;
    connect(m_view.get(), &ResultTreeView::message, this, [this, &progress] {
        if (++progress == 5)
            QTest::keyClick(m_view.get(), Qt::Key_Escape);
    });
    m_view->expandAllBelowCurrent();
    QVERIFY(finished.wait(20000));

    QVERIFY(!m_view->isExpanding());
    const int expanded = finished.at(0).at(0).toInt();
    QVERIFY2(expanded > 2 && expanded < ResultTreeView::DefaultExpandLimit, qPrintable(QString::number(expanded)));
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(messages.last().at(0).toString(),
             QStringLiteral("Stopped expanding after %1 nodes.").arg(QLocale().toString(expanded)));
    // What was opened stays open, and nothing more opens afterwards.
    QVERIFY(m_view->isExpanded(items));
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[%1]").arg(expanded - 2))));
    QTest::qWait(100);
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[%1]").arg(expanded - 1))));
    QCOMPARE(finished.count(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Escape); // nothing running: harmless
    QCOMPARE(finished.count(), 1);
}

void TestResultTreeView::expandAllBelow_aNewCommandOrDocument_cancelsTheRunningOne() {
    load(largeArrayBody(50000));
    QSignalSpy finished(m_view.get(), &ResultTreeView::expandFinished);
    QSignalSpy messages(m_view.get(), &ResultTreeView::message);
    m_view->startExpandBelow(indexAt(QStringLiteral("data.items")));
    QVERIFY(m_view->isExpanding());
    m_view->setCurrentIndex(indexAt(QStringLiteral("data")));
    m_view->collapseAllBelowCurrent(); // a collapse stops it first
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_view->isExpanding());
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data"))));

    m_view->startExpandBelow(indexAt(QStringLiteral("data.items")));
    m_view->startExpandBelow(indexAt(QStringLiteral("data"))); // a new expansion replaces the running one
    QCOMPARE(finished.count(), 2);
    QVERIFY(m_view->isExpanding());
    const int before = messages.count();
    load(peopleBody); // a new document drops it without a word
    QVERIFY(!m_view->isExpanding());
    QCOMPARE(finished.count(), 3);
    QCOMPARE(messages.count(), before);
    QTest::qWait(50); // no slice runs on the new rows
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data"))));
}

void TestResultTreeView::expandBelow_pagedArray_fetchesPagesUpToTheBound() {
    load(largeArrayBody(2500));
    const QModelIndex items = indexAt(QStringLiteral("data.items"));
    QCOMPARE(m_view->expandBelow(items), 1 + 2500 * 2); // every page, every element and its "a"
    QCOMPARE(m_model->rowCount(items), 2500);
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[2499].a"))));

    load(largeArrayBody(2500));
    m_view->setExpandLimit(1200);
    QCOMPARE(m_view->expandBelow(indexAt(QStringLiteral("data.items"))), 1200);
    QCOMPARE(m_model->rowCount(indexAt(QStringLiteral("data.items"))), 2 * JsonTreeModel::kPageSize);
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[1198]"))));
}

void TestResultTreeView::expandAllBelow_asteriskKeyAndShortcuts_areBoundedToo() {
    load(largeArrayBody(3000));
    m_view->setExpandLimit(100);
    m_view->setCurrentIndex(indexAt(QStringLiteral("data.items")));
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Asterisk);
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[98]"))));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[99]"))));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[0].a"))));

    // The menu's shortcuts do the same while the tree has focus.
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items"))));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[98]"))));
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[98]"))));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[99]"))));
}

void TestResultTreeView::expandAllBelow_smallSubtree_opensEverything_andSaysNothing() {
    load(largeArrayBody(3000));
    m_view->setExpandLimit(100);
    QSignalSpy messages(m_view.get(), &ResultTreeView::message);
    QCOMPARE(m_view->expandBelow(indexAt(QStringLiteral("data.items[2500]"))), 2);
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[2500]"))));
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[2500].a"))));
    QCOMPARE(messages.count(), 0);
}

void TestResultTreeView::collapseAllBelow_collapsesEveryExpandedDescendant_quickly() {
    load(largeArrayBody(50000));
    const QModelIndex items = indexAt(QStringLiteral("data.items"));
    m_view->expandBelow(indexAt(QStringLiteral("data")));
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[500]"))));

    QElapsedTimer timer;
    timer.start();
    m_view->setCurrentIndex(indexAt(QStringLiteral("data")));
    m_view->collapseAllBelowCurrent();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("collapse all took %1 ms").arg(timer.elapsed())));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data"))));
    QVERIFY(!m_view->isExpanded(items));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[500]"))));
    // Opening the array again shows its elements closed: nothing below stayed expanded.
    m_view->expand(items);
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[0]"))));
}

void TestResultTreeView::showAsTable_onAnArray_requestsThatArray() {
    load(peopleBody);
    QSignalSpy requests(m_view.get(), &ResultTreeView::showAsTableRequested);
    m_view->setCurrentIndex(indexAt(QStringLiteral("data.personSearch")));
    QVERIFY(!m_view->showAsTableAction()->isEnabled()); // an object
    const QModelIndex edges = indexAt(QStringLiteral("data.personSearch.edges"));
    m_view->setCurrentIndex(edges);
    QVERIFY(m_view->showAsTableAction()->isEnabled());
    m_view->showAsTableAction()->trigger();
    QCOMPARE(requests.count(), 1);
    const results::NodeId array = requests.at(0).at(0).value<results::NodeId>();
    QCOMPARE(array, m_model->nodeOf(edges));
    QCOMPARE(m_model->document()->childCount(array), 2);
}

void TestResultTreeView::revealRowPath_expandsSelectsAndScrollsToTheRow() {
    load(largeArrayBody(5000));
    m_view->revealRowPath({0, 0, 3500, 0});
    const QModelIndex target = indexAt(QStringLiteral("data.items[3500].a"));
    QCOMPARE(m_view->currentIndex().siblingAtColumn(0), target);
    QVERIFY(m_view->selectionModel()->isRowSelected(target.row(), target.parent()));
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items"))));
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[3500]"))));
    QVERIFY(!m_view->isExpanded(target));
    QVERIFY(m_view->viewport()->rect().contains(m_view->visualRect(target).center()));
    QCOMPARE(m_model->rowCount(indexAt(QStringLiteral("data.items"))), 4 * JsonTreeModel::kPageSize);
    m_view->revealRowPath({0, 0, 5000}); // no such row: nothing moves
    QCOMPARE(m_view->currentIndex().siblingAtColumn(0), target);
}

void TestResultTreeView::keyboard_endReachesTheLastFetchedRow_andTheViewFetchesMore() {
    load(largeArrayBody(2500));
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setFocus();
    const QModelIndex data = indexAt(QStringLiteral("data"));
    m_view->setCurrentIndex(data);
    QTest::keyClick(m_view.get(), Qt::Key_Right); // expands
    QVERIFY(m_view->isExpanded(data));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    const QModelIndex items = indexAt(QStringLiteral("data.items"));
    QCOMPARE(m_view->currentIndex().siblingAtColumn(0), items);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QVERIFY(m_view->isExpanded(items));
    const int firstPage = m_model->rowCount(items);
    QVERIFY(firstPage < 2500); // opening it fetched a page or two, not everything
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->currentIndex().siblingAtColumn(0).parent(), items);
    QCOMPARE(m_view->currentIndex().row(), firstPage - 1); // the last fetched row
    QTRY_VERIFY(m_model->rowCount(items) > firstPage);     // at the end of the scroll range the view fetches more
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QTRY_COMPARE(m_view->currentIndex().row(), m_model->rowCount(items) - 1);
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->currentIndex().siblingAtColumn(0), data);
    QTest::keyClick(m_view.get(), Qt::Key_Left); // collapses
    QVERIFY(!m_view->isExpanded(data));
}

void TestResultTreeView::scrolling_pagedArrayInTheMiddle_fetchesItsNextPage() {
    // QTreeView itself only fetches for the tree's last row; here other rows follow the paged array.
    QByteArray body = largeArrayBody(2500);
    body.chop(2);
    load(body + ",\"after\":{\"x\":1}},\"extensions\":{}}");
    const QModelIndex items = indexAt(QStringLiteral("data.items"));
    m_view->expand(indexAt(QStringLiteral("data")));
    m_view->expand(items);
    QCOMPARE(m_model->rowCount(items), JsonTreeModel::kPageSize);
    m_view->scrollToBottom();
    QTRY_COMPARE(m_model->rowCount(items), 2 * JsonTreeModel::kPageSize);
    QCOMPARE(m_model->rowCount(items), 2 * JsonTreeModel::kPageSize); // one page per time the tail shows
    m_view->scrollToBottom();
    QTRY_COMPARE(m_model->rowCount(items), 2500);
}

void TestResultTreeView::expanding_a100000ElementArray_makesAboutOnePage() {
    load(largeArrayBody(100000));
    m_view->expand(indexAt(QStringLiteral("data")));
    const QModelIndex items = indexAt(QStringLiteral("data.items"));
    m_view->expand(items);
    m_view->setCurrentIndex(m_model->index(0, 0, items));
    QTest::qWait(50);
    QCOMPARE(m_model->rowCount(items), JsonTreeModel::kPageSize);
    // Scrolled to the end, the view fetches a page; the relayout that follows must not fetch the next one
    // (QTreeView asks each expanded container for more on every layout), and so on through all 100 pages.
    m_view->scrollToBottom();
    QTest::qWait(100);
    QCOMPARE(m_model->rowCount(items), 2 * JsonTreeModel::kPageSize);
    QVERIFY(m_model->recordCount() < 2 * JsonTreeModel::kPageSize + 10);
}

QTEST_MAIN(TestResultTreeView)
#include "tst_resulttreeview.moc"
