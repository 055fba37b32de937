#include "jsoneditor.h"
#include "modalanswer.h"
#include "queryeditor.h"
#include "querytab.h"
#include "querytabs.h"
#include "resultsview.h"

#include <QInputDialog>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

using namespace altrata;
using ui::QueryTab;
using ui::QueryTabs;

namespace {

workspace::QueryDocument document(const QString &title, const QString &query) {
    workspace::QueryDocument d;
    d.title = title;
    d.query = query;
    return d;
}

// Types `text` into the next modal QInputDialog and accepts it (polls from the event loop, like modalanswer.h).
void answerNextInputDialog(const QString &text, bool *seen) {
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text, seen] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        *seen = true;
        dialog->setTextValue(text);
        dialog->accept();
    });
    timer->start(10);
}

} // namespace

class TestQueryTabs final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newTab_isUntitledAndNumbered_andCurrent();
    void newTab_takesTheCurrentTabsService();
    void workspaceState_followsTheTabOrder_andRestoreRebuildsIt();
    void closeTab_unsavedFileChanges_asksAndKeepsOnCancel();
    void closeTab_unsavedFileChanges_closesWhenDiscarded();
    void closeTab_withoutFile_closesWithoutAsking();
    void middleClick_closesTheTab();
    void doubleClick_renamesTheTab();
    void tabs_areMovable_andAMoveIsAWorkspaceChange();
    void modifiedFileTab_showsAMarker();
    void keyboardNavigation_tabsWrapAround_andPartsGetFocus();
};

void TestQueryTabs::newTab_isUntitledAndNumbered_andCurrent() {
    QueryTabs tabs;
    QueryTab *first = tabs.newTab();
    QueryTab *second = tabs.newTab();
    QCOMPARE(first->title(), QStringLiteral("Untitled 1"));
    QCOMPARE(second->title(), QStringLiteral("Untitled 2"));
    QCOMPARE(tabs.currentTab(), second);
    QCOMPARE(tabs.tabText(1), QStringLiteral("Untitled 2"));
    QVERIFY(first->id() != second->id());
    QCOMPARE(tabs.findTab(first->id()), first);
}

void TestQueryTabs::newTab_takesTheCurrentTabsService() {
    QueryTabs tabs;
    tabs.newTab()->setServiceUrl(QUrl(QStringLiteral("https://events.altrata.com/graphql")));
    QCOMPARE(tabs.newTab()->serviceUrl(), QUrl(QStringLiteral("https://events.altrata.com/graphql")));
}

void TestQueryTabs::workspaceState_followsTheTabOrder_andRestoreRebuildsIt() {
    QueryTabs tabs;
    tabs.addDocument(document(QStringLiteral("A"), QStringLiteral("{ a }")));
    tabs.addDocument(document(QStringLiteral("B"), QStringLiteral("{ b }")));
    tabs.setCurrentIndex(0);
    const workspace::WorkspaceState state = tabs.workspaceState();
    QCOMPARE(state.documents.size(), 2);
    QCOMPARE(state.documents.at(1).query, QStringLiteral("{ b }"));
    QCOMPARE(state.currentIndex, 0);

    QueryTabs other;
    other.newTab();
    other.restore(state);
    QCOMPARE(other.count(), 2);
    QCOMPARE(other.currentIndex(), 0);
    QCOMPARE(other.workspaceState(), state);
}

void TestQueryTabs::closeTab_unsavedFileChanges_asksAndKeepsOnCancel() {
    QueryTabs tabs;
    QueryTab *tab = tabs.addDocument(document(QStringLiteral("q.graphql"), QStringLiteral("{ a }")));
    tab->markSaved(QStringLiteral("/tmp/q.graphql"));
    tab->editor()->append(QStringLiteral(" "));
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return test::buttonNamed(box, QStringLiteral("cancelButton")); },
                               &asked);
    QVERIFY(!tabs.closeTab(0));
    QVERIFY(asked);
    QCOMPARE(tabs.count(), 1);
}

void TestQueryTabs::closeTab_unsavedFileChanges_closesWhenDiscarded() {
    QueryTabs tabs;
    QueryTab *tab = tabs.addDocument(document(QStringLiteral("q.graphql"), QStringLiteral("{ a }")));
    tab->markSaved(QStringLiteral("/tmp/q.graphql"));
    tab->editor()->append(QStringLiteral(" "));
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return test::buttonNamed(box, QStringLiteral("discardButton")); },
                               &asked);
    QSignalSpy changed(&tabs, &QueryTabs::workspaceChanged);
    QVERIFY(tabs.closeTab(0));
    QVERIFY(asked);
    QCOMPARE(tabs.count(), 0);
    QVERIFY(changed.count() >= 1);
}

void TestQueryTabs::closeTab_withoutFile_closesWithoutAsking() {
    QueryTabs tabs;
    tabs.newTab()->editor()->setText(QStringLiteral("{ typed }")); // kept by the autosave, not by a file
    QVERIFY(tabs.closeTab(0));
    QCOMPARE(tabs.count(), 0);
}

void TestQueryTabs::middleClick_closesTheTab() {
    QueryTabs tabs;
    tabs.newTab();
    tabs.newTab();
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    const QRect second = tabs.tabBar()->tabRect(1);
    QTest::mouseClick(tabs.tabBar(), Qt::MiddleButton, {}, second.center());
    QCOMPARE(tabs.count(), 1);
    QCOMPARE(tabs.tabAt(0)->title(), QStringLiteral("Untitled 1"));
}

void TestQueryTabs::doubleClick_renamesTheTab() {
    QueryTabs tabs;
    QueryTab *tab = tabs.newTab();
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    bool asked = false;
    answerNextInputDialog(QStringLiteral("  People search "), &asked);
    QTest::mouseDClick(tabs.tabBar(), Qt::LeftButton, {}, tabs.tabBar()->tabRect(0).center());
    QVERIFY(asked);
    QCOMPARE(tab->title(), QStringLiteral("People search"));
    QCOMPARE(tabs.tabText(0), QStringLiteral("People search"));
    QCOMPARE(tabs.workspaceState().documents.at(0).title, QStringLiteral("People search"));
}

void TestQueryTabs::tabs_areMovable_andAMoveIsAWorkspaceChange() {
    QueryTabs tabs;
    QVERIFY(tabs.isMovable());
    tabs.addDocument(document(QStringLiteral("A"), {}));
    tabs.addDocument(document(QStringLiteral("B"), {}));
    QSignalSpy changed(&tabs, &QueryTabs::workspaceChanged);
    tabs.tabBar()->moveTab(0, 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(tabs.workspaceState().documents.at(0).title, QStringLiteral("B"));
}

void TestQueryTabs::modifiedFileTab_showsAMarker() {
    QueryTabs tabs;
    QueryTab *tab = tabs.addDocument(document(QStringLiteral("q.graphql"), QStringLiteral("{ a }")));
    tab->markSaved(QStringLiteral("/tmp/q.graphql"));
    QCOMPARE(tabs.tabText(0), QStringLiteral("q.graphql"));
    tab->editor()->append(QStringLiteral(" "));
    QCOMPARE(tabs.tabText(0), QStringLiteral("q.graphql •"));
    QCOMPARE(tabs.tabToolTip(0), QStringLiteral("/tmp/q.graphql"));
}

void TestQueryTabs::keyboardNavigation_tabsWrapAround_andPartsGetFocus() {
    QueryTabs tabs;
    QueryTab *first = tabs.newTab();
    QueryTab *second = tabs.newTab();
    tabs.show();
    QVERIFY(QTest::qWaitForWindowActive(&tabs));
    tabs.nextTab();
    QCOMPARE(tabs.currentTab(), first);
    tabs.previousTab();
    QCOMPARE(tabs.currentTab(), second);
    tabs.focusVariables();
    QCOMPARE(second->requestTabs()->currentWidget(), second->variablesEditor());
    QTRY_VERIFY(second->variablesEditor()->hasFocus());
    tabs.showResults(2);
    QCOMPARE(second->resultsView()->tabs()->currentIndex(), 2);
    tabs.focusEditor();
    QTRY_VERIFY(second->editor()->hasFocus());
}

QTEST_MAIN(TestQueryTabs)
#include "tst_querytabs.moc"
