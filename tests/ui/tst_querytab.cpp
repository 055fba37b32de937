#include "headerseditor.h"
#include "jsoneditor.h"
#include "queryeditor.h"
#include "querytab.h"
#include "rundocument.h"

#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

using namespace altrata;
using ui::QueryTab;

namespace {

workspace::QueryDocument sampleDocument() {
    workspace::QueryDocument document;
    document.id = QStringLiteral("tab-1");
    document.title = QStringLiteral("People");
    document.query = QStringLiteral("# find\nquery Q($id: ID!) {\n  person(id: $id) { name }\n}\n");
    document.variables = QStringLiteral("{\"id\": \"per_1\", ");
    document.headers = {{QStringLiteral("x-trace"), QStringLiteral("abc"), true},
                        {QStringLiteral("x-off"), QStringLiteral("1"), false}};
    document.serviceUrl = QUrl(QStringLiteral("https://profile.altrata.com/graphql"));
    document.cursorLine = 2;
    document.cursorColumn = 4;
    return document;
}

} // namespace

class TestQueryTab final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layout_editorOverVariablesAndHeaders_besideTheResults();
    void setState_thenState_givesTheSameDocumentBack();
    void changed_firesForTextVariablesHeadersCursorAndService();
    void fileModified_followsTheTextAgainstTheSavedFile();
    void fileModified_staysSetAfterARestoreUntilSaved();
    void prettify_isOneUndoStep();
    void prettify_refusesBrokenText_andKeepsIt();
    void goToSentLocation_landsOnTheEditorLineAndColumn();
};

void TestQueryTab::layout_editorOverVariablesAndHeaders_besideTheResults() {
    QueryTab tab;
    QCOMPARE(tab.mainSplitter()->orientation(), Qt::Horizontal);
    QCOMPARE(tab.mainSplitter()->widget(0), tab.editorSplitter());
    QCOMPARE(tab.editorSplitter()->orientation(), Qt::Vertical);
    QCOMPARE(tab.editorSplitter()->widget(0), tab.editor());
    QCOMPARE(tab.requestTabs()->widget(0), tab.variablesEditor());
    QCOMPARE(tab.requestTabs()->widget(1), tab.headersEditor());
    QCOMPARE(tab.requestTabs()->tabText(0).remove(QLatin1Char('&')), QStringLiteral("Variables"));
    QCOMPARE(tab.variablesEditor()->mode(), ui::JsonEditor::Mode::Variables);
}

void TestQueryTab::setState_thenState_givesTheSameDocumentBack() {
    QueryTab tab;
    const workspace::QueryDocument document = sampleDocument();
    QSignalSpy changed(&tab, &QueryTab::changed);
    tab.setState(document);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(tab.state(), document);
    QCOMPARE(tab.editor()->text(), document.query);
    QCOMPARE(tab.variablesEditor()->text(), document.variables); // invalid JSON is kept as typed
}

void TestQueryTab::changed_firesForTextVariablesHeadersCursorAndService() {
    QueryTab tab;
    tab.setState(sampleDocument());
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QSignalSpy changed(&tab, &QueryTab::changed);
    tab.editor()->setFocus();
    QTest::keyClicks(tab.editor(), QStringLiteral("x"));
    QVERIFY(changed.count() >= 1);
    QVERIFY(tab.state().query.contains(QLatin1Char('x')));
    changed.clear();
    tab.editor()->setCursorPosition(0, 1);
    QTRY_VERIFY(changed.count() >= 1); // QScintilla reports cursor moves with its next UI update
    QCOMPARE(tab.state().cursorLine, 0);
    changed.clear();
    tab.variablesEditor()->setText(QStringLiteral("{}"));
    QVERIFY(changed.count() >= 1);
    changed.clear();
    tab.headersEditor()->addRow(); // a user's edit (setEntries() is the tab's own restore and stays silent)
    QVERIFY(changed.count() >= 1);
    QCOMPARE(tab.state().headers.size(), 3);
    changed.clear();
    tab.setServiceUrl(QUrl(QStringLiteral("https://events.altrata.com/graphql")));
    QCOMPARE(changed.count(), 1);
    tab.setServiceUrl(QUrl(QStringLiteral("https://events.altrata.com/graphql")));
    QCOMPARE(changed.count(), 1); // no change, no signal
}

void TestQueryTab::fileModified_followsTheTextAgainstTheSavedFile() {
    QueryTab tab;
    tab.setState(sampleDocument());
    QVERIFY(!tab.isFileModified()); // no file, nothing to lose on close
    tab.markSaved(QStringLiteral("/tmp/q.graphql"));
    QVERIFY(!tab.isFileModified());
    tab.editor()->append(QStringLiteral("# more"));
    QVERIFY(tab.isFileModified());
    QVERIFY(tab.state().fileModified);
    tab.markSaved(QStringLiteral("/tmp/q.graphql"));
    QVERIFY(!tab.isFileModified());
}

void TestQueryTab::fileModified_staysSetAfterARestoreUntilSaved() {
    workspace::QueryDocument document = sampleDocument();
    document.filePath = QStringLiteral("/tmp/q.graphql");
    document.fileModified = true;
    QueryTab tab;
    tab.setState(document);
    QVERIFY(tab.isFileModified());
    tab.markSaved(document.filePath);
    QVERIFY(!tab.isFileModified());
}

void TestQueryTab::prettify_isOneUndoStep() {
    QueryTab tab;
    const QString original = QStringLiteral("query Q{a{b c}}");
    tab.editor()->setText(original);
    QVERIFY(tab.prettify().isEmpty());
    QCOMPARE(tab.editor()->text(), QStringLiteral("query Q {\n  a {\n    b\n    c\n  }\n}\n"));
    tab.editor()->undo();
    QCOMPARE(tab.editor()->text(), original);
}

void TestQueryTab::prettify_refusesBrokenText_andKeepsIt() {
    QueryTab tab;
    const QString broken = QStringLiteral("query Q {\n  a(\n}");
    tab.editor()->setText(broken);
    const QString message = tab.prettify();
    QVERIFY2(message.contains(QStringLiteral("Expected Name")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("line 3, column 1")));
    QCOMPARE(tab.editor()->text(), broken);
    int line = -1;
    int column = -1;
    tab.editor()->getCursorPosition(&line, &column);
    QCOMPARE(line, 2); // the cursor went to the error
}

void TestQueryTab::goToSentLocation_landsOnTheEditorLineAndColumn() {
    QueryTab tab;
    const QString text = QStringLiteral("query A { a }\n\n# second\nquery B {\n  b\n  wrong\n}\n");
    tab.editor()->setText(text);
    const ui::RunDocument document(text);
    tab.setLastSent(document.sentText(1)); // "query B {\n  b\n  wrong\n}"
    QVERIFY(tab.goToSentLocation(3, 3));   // "wrong" in what was sent
    int line = -1;
    int column = -1;
    tab.editor()->getCursorPosition(&line, &column);
    QCOMPARE(line, 5);
    QCOMPARE(column, 2);
    QVERIFY(!tab.goToSentLocation(40, 1));
}

QTEST_MAIN(TestQueryTab)
#include "tst_querytab.moc"
