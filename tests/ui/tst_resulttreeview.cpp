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

const QByteArray peopleBody = QByteArrayLiteral(
    "{\"data\":{\"personSearch\":{\"total\":2,\"edges\":["
    "{\"node\":{\"name\":\"Ada Lovelace\",\"born\":1815}},{\"node\":{\"name\":\"Alan Turing\",\"born\":1912}}]}}}");

// {"data":{"items":[{"a":{"b":0}},{"a":{"b":1}},...]}} with `count` elements.
QByteArray largeArrayBody(int count) {
    QByteArray body = QByteArrayLiteral("{\"data\":{\"items\":[");
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"a\":{\"b\":" + QByteArray::number(i) + "}}";
    }
    return body + "]}}";
}

} // namespace

class TestResultTreeView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void view_readsEasily_uniformRowsAlternatingColoursThreeColumns();
    void fitKeyColumn_followsTheKeys_withinBounds();
    void expandTopLevels_opensDataAndItsFirstChild();
    void actions_dependOnTheCurrentNode();
    void contextMenu_onARow_selectsIt_andOffersTheNodeActions();
    void copyShortcuts_putValueJsonAndPathOnTheClipboard();
    void expandAllBelow_onA50000ElementArray_stopsAtTheBound_quickly();
    void expandAllBelow_asteriskKeyAndShortcuts_areBoundedToo();
    void expandAllBelow_smallSubtree_opensEverything_andSaysNothing();
    void collapseAllBelow_collapsesEveryExpandedDescendant_quickly();

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

void TestResultTreeView::view_readsEasily_uniformRowsAlternatingColoursThreeColumns() {
    load(peopleBody);
    QVERIFY(m_view->uniformRowHeights());
    QVERIFY(m_view->alternatingRowColors());
    QCOMPARE(m_model->columnCount(), 3);
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
                               m_view->copyPathAction()->text()};
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

void TestResultTreeView::expandAllBelow_onA50000ElementArray_stopsAtTheBound_quickly() {
    load(largeArrayBody(50000));
    const QModelIndex items = indexAt(QStringLiteral("data.items"));
    QCOMPARE(m_model->rowCount(items), 50000);
    m_view->setCurrentIndex(items);
    QSignalSpy messages(m_view.get(), &ResultTreeView::message);

    QElapsedTimer timer;
    timer.start();
    m_view->expandAllBelowCurrent();
    const qint64 elapsed = timer.elapsed();
    // About 0.1 s here; laying the rows out again per expanded node (the naive way) takes well over a second.
    QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("expand all took %1 ms").arg(elapsed)));

    // Breadth first: the array, then its first 9,999 elements; everything after the bound stays collapsed.
    const int limit = ResultTreeView::DefaultExpandLimit;
    QVERIFY(m_view->isExpanded(items));
    QVERIFY(m_view->isExpanded(indexAt(QStringLiteral("data.items[%1]").arg(limit - 2))));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[%1]").arg(limit - 1))));
    QVERIFY(!m_view->isExpanded(indexAt(QStringLiteral("data.items[49999]"))));
    QCOMPARE(messages.count(), 1);
    const QString message = messages.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("the rest was left collapsed")), qPrintable(message));

    // The view stays usable: scrolling to the end lays out without trouble.
    timer.restart();
    m_view->scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("scrolling took %1 ms").arg(timer.elapsed())));
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

QTEST_MAIN(TestResultTreeView)
#include "tst_resulttreeview.moc"
