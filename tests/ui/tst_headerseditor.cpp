#include "headerseditor.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using altrata::ui::HeadersEditor;
using altrata::workspace::HeaderEntry;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

namespace {

QTableWidgetItem *cell(const HeadersEditor &editor, int row, int column) {
    return editor.table()->item(row, column);
}

QPushButton *button(const HeadersEditor &editor, const QString &text) {
    for (auto *b : editor.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestHeadersEditor final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void managedRows_comeFirst_readOnly_masked();
    void managedRows_withoutProfile_sayNone();
    void entries_roundTrip_withoutChangedSignal();
    void headersToSend_onlyEnabledValidRows_data();
    void headersToSend_onlyEnabledValidRows();
    void editingACell_flagsInPlace_andEmitsChanged();
    void uncheckingARow_leavesItOut_andEmitsChanged();
    void keyboard_insertAddsRow_deleteRemovesUserRowOnly();
    void buttons_addAndRemove();
};

void TestHeadersEditor::managedRows_comeFirst_readOnly_masked() {
    HeadersEditor editor;
    editor.setEntries({{QStringLiteral("X-Trace"), QStringLiteral("1"), true}});
    editor.setManagedState(QStringLiteral("prod"), true, true);
    QCOMPARE(editor.table()->rowCount(), 3);
    QCOMPARE(cell(editor, 0, HeadersEditor::NameColumn)->text(), QStringLiteral("x-api-key"));
    QCOMPARE(cell(editor, 1, HeadersEditor::NameColumn)->text(), QStringLiteral("Authorization"));
    QCOMPARE(cell(editor, 0, HeadersEditor::ValueColumn)->text(), QStringLiteral("•••••• (from profile prod)"));
    QCOMPARE(cell(editor, 1, HeadersEditor::ValueColumn)->text(), QStringLiteral("Bearer •••••• (from profile prod)"));
    for (int row = 0; row < HeadersEditor::managedRowCount; ++row) {
        for (int column = 0; column < 3; ++column) {
            const Qt::ItemFlags flags = cell(editor, row, column)->flags();
            QVERIFY(!(flags & Qt::ItemIsEditable));
            QVERIFY(!(flags & Qt::ItemIsUserCheckable));
        }
        QCOMPARE(cell(editor, row, HeadersEditor::EnabledColumn)->checkState(), Qt::Checked);
        QCOMPARE(cell(editor, row, HeadersEditor::NameColumn)->foreground().color(),
                 editor.palette().color(QPalette::Disabled, QPalette::Text));
    }
    // The managed rows are not the tab's: never stored, never sent by this editor.
    QCOMPARE(editor.entries().size(), 1);
    QCOMPARE(editor.headersToSend(), (HeaderList{{"X-Trace", "1"}}));
}

void TestHeadersEditor::managedRows_withoutProfile_sayNone() {
    HeadersEditor editor;
    for (int row = 0; row < HeadersEditor::managedRowCount; ++row) {
        QCOMPARE(cell(editor, row, HeadersEditor::ValueColumn)->text(), QStringLiteral("none: no profile selected"));
        QCOMPARE(cell(editor, row, HeadersEditor::EnabledColumn)->checkState(), Qt::Unchecked);
    }
    editor.setManagedState(QStringLiteral("dev"), false, false);
    QCOMPARE(cell(editor, 0, HeadersEditor::ValueColumn)->text(), QStringLiteral("none: profile dev has no API key"));
    QCOMPARE(cell(editor, 0, HeadersEditor::EnabledColumn)->checkState(), Qt::Unchecked);
    QCOMPARE(cell(editor, 1, HeadersEditor::ValueColumn)->text(),
             QStringLiteral("Bearer token requested on Run (from profile dev)"));
    QCOMPARE(cell(editor, 1, HeadersEditor::EnabledColumn)->checkState(), Qt::Checked);
}

void TestHeadersEditor::entries_roundTrip_withoutChangedSignal() {
    HeadersEditor editor;
    QSignalSpy changed(&editor, &HeadersEditor::changed);
    const QList<HeaderEntry> entries{{QStringLiteral("X-A"), QStringLiteral("1"), true},
                                     {QStringLiteral("Bad Name"), QStringLiteral("v"), false},
                                     {QString(), QString(), true}};
    editor.setEntries(entries);
    QCOMPARE(editor.entries(), entries);
    editor.setEntries({});
    QVERIFY(editor.entries().isEmpty());
    QCOMPARE(editor.table()->rowCount(), HeadersEditor::managedRowCount);
    QCOMPARE(changed.size(), 0);
}

void TestHeadersEditor::headersToSend_onlyEnabledValidRows_data() {
    QTest::addColumn<HeaderEntry>("entry");
    QTest::addColumn<HeaderList>("sent");
    QTest::addColumn<QString>("problem");   // empty: none
    QTest::addColumn<int>("flaggedColumn"); // -1: none
    auto row = [](const char *name, HeaderEntry entry, HeaderList sent, const QString &problem, int column) {
        QTest::newRow(name) << entry << sent << problem << column;
    };
    row("valid", {QStringLiteral(" X-Request-Id "), QStringLiteral(" abc Zo\u00eb "), true},
        {{"X-Request-Id", "abc Zo\xc3\xab"}}, {}, -1);
    row("token characters", {QStringLiteral("a!#$%&'*+-.^_`|~9"), QStringLiteral("v"), true},
        {{"a!#$%&'*+-.^_`|~9", "v"}}, {}, -1);
    row("disabled", {QStringLiteral("X-Off"), QStringLiteral("v"), false}, {}, {}, -1);
    row("blank", {QString(), QStringLiteral("  "), true}, {}, {}, -1);
    row("value without name", {QString(), QStringLiteral("secret-value"), true}, {},
        QStringLiteral("A header with a value but no name is left out."), HeadersEditor::NameColumn);
    row("space in name", {QStringLiteral("X Trace"), QStringLiteral("v"), true}, {},
        QStringLiteral("Header “X Trace” is left out: a name may only contain letters, digits and "
                       "! # $ % & ' * + - . ^ _ ` | ~."),
        HeadersEditor::NameColumn);
    row("non-ASCII name", {QStringLiteral("X-Zo\u00eb"), QStringLiteral("v"), true}, {},
        QStringLiteral("Header “X-Zo\u00eb” is left out: a name may only contain letters, digits and "
                       "! # $ % & ' * + - . ^ _ ` | ~."),
        HeadersEditor::NameColumn);
    row("api key", {QStringLiteral("X-API-Key"), QStringLiteral("k"), true}, {},
        QStringLiteral("Header “X-API-Key” is left out: the app sends it from the credentials profile."),
        HeadersEditor::NameColumn);
    row("authorization", {QStringLiteral("authorization"), QStringLiteral("Bearer x"), true}, {},
        QStringLiteral("Header “authorization” is left out: the app sends it from the credentials profile."),
        HeadersEditor::NameColumn);
    row("host", {QStringLiteral("Host"), QStringLiteral("example.com"), true}, {},
        QStringLiteral("Header “Host” is left out: the app sets it itself."), HeadersEditor::NameColumn);
    row("content-length", {QStringLiteral("Content-Length"), QStringLiteral("3"), true}, {},
        QStringLiteral("Header “Content-Length” is left out: the app sets it itself."), HeadersEditor::NameColumn);
    row("content-type", {QStringLiteral("content-type"), QStringLiteral("text/plain"), true}, {},
        QStringLiteral("Header “content-type” is left out: the app sets it itself."), HeadersEditor::NameColumn);
    row("line break in value", {QStringLiteral("X-A"), QStringLiteral("a\r\nX-Injected: 1"), true}, {},
        QStringLiteral("Header “X-A” is left out: its value contains a line break."), HeadersEditor::ValueColumn);
    row("control character in value", {QStringLiteral("X-A"), QStringLiteral("a\u0001"), true}, {},
        QStringLiteral("Header “X-A” is left out: its value contains a control character."),
        HeadersEditor::ValueColumn);
    row("disabled and invalid", {QStringLiteral("Host"), QStringLiteral("h"), false}, {}, {},
        HeadersEditor::NameColumn);
}

void TestHeadersEditor::headersToSend_onlyEnabledValidRows() {
    QFETCH(HeaderEntry, entry);
    QFETCH(HeaderList, sent);
    QFETCH(QString, problem);
    QFETCH(int, flaggedColumn);
    HeadersEditor editor;
    // A valid row around the one under test shows that only that row is left out.
    editor.setEntries({{QStringLiteral("X-Before"), QStringLiteral("b"), true}, entry});
    HeaderList expected{{"X-Before", "b"}};
    expected.append(sent);
    QCOMPARE(editor.headersToSend(), expected);
    QCOMPARE(editor.problems(), problem.isEmpty() ? QStringList() : QStringList{problem});
    const int row = HeadersEditor::managedRowCount + 1;
    for (int column : {int(HeadersEditor::NameColumn), int(HeadersEditor::ValueColumn)}) {
        const QTableWidgetItem *item = cell(editor, row, column);
        QCOMPARE(!item->toolTip().isEmpty(), column == flaggedColumn);
        QCOMPARE(!item->icon().isNull(), column == flaggedColumn);
        if (!problem.isEmpty() && column == flaggedColumn)
            QCOMPARE(item->toolTip(), problem);
    }
    QVERIFY(!editor.problems().join(QLatin1Char(' ')).contains(QStringLiteral("secret-value")));
}

void TestHeadersEditor::editingACell_flagsInPlace_andEmitsChanged() {
    HeadersEditor editor;
    editor.setEntries({{QStringLiteral("X-A"), QStringLiteral("1"), true}});
    QSignalSpy changed(&editor, &HeadersEditor::changed);
    QTableWidgetItem *name = cell(editor, 2, HeadersEditor::NameColumn);
    name->setText(QStringLiteral("Host"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(name->toolTip(), QStringLiteral("Header “Host” is left out: the app sets it itself."));
    QVERIFY(editor.headersToSend().isEmpty());
    name->setText(QStringLiteral("X-B"));
    QCOMPARE(changed.size(), 2);
    QVERIFY(name->toolTip().isEmpty());
    QVERIFY(name->icon().isNull());
    cell(editor, 2, HeadersEditor::ValueColumn)->setText(QStringLiteral("2"));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(editor.headersToSend(), (HeaderList{{"X-B", "2"}}));
}

void TestHeadersEditor::uncheckingARow_leavesItOut_andEmitsChanged() {
    HeadersEditor editor;
    editor.setEntries({{QStringLiteral("X-A"), QStringLiteral("1"), true}});
    QSignalSpy changed(&editor, &HeadersEditor::changed);
    cell(editor, 2, HeadersEditor::EnabledColumn)->setCheckState(Qt::Unchecked);
    QCOMPARE(changed.size(), 1);
    QVERIFY(editor.headersToSend().isEmpty());
    QCOMPARE(editor.entries().constFirst().enabled, false);
}

void TestHeadersEditor::keyboard_insertAddsRow_deleteRemovesUserRowOnly() {
    HeadersEditor editor;
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QSignalSpy changed(&editor, &HeadersEditor::changed);
    editor.table()->setFocus();
    QTest::keyClick(editor.table(), Qt::Key_Insert);
    QCOMPARE(editor.table()->rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    // The new row's name is being edited: type into the editor and commit with Return.
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != editor.table());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("X-Typed"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(editor.entries().constFirst().name, QStringLiteral("X-Typed")); // the delegate commits queued
    QVERIFY(changed.size() >= 2);

    editor.table()->setFocus();
    editor.table()->setCurrentCell(0, HeadersEditor::NameColumn);
    QTest::keyClick(editor.table(), Qt::Key_Delete); // a managed row stays
    QCOMPARE(editor.table()->rowCount(), 3);
    editor.table()->setCurrentCell(2, HeadersEditor::ValueColumn);
    const auto before = changed.size();
    QTest::keyClick(editor.table(), Qt::Key_Delete);
    QCOMPARE(editor.table()->rowCount(), 2);
    QCOMPARE(changed.size(), before + 1);
    QVERIFY(editor.entries().isEmpty());
}

void TestHeadersEditor::buttons_addAndRemove() {
    HeadersEditor editor;
    QPushButton *add = button(editor, QStringLiteral("Add"));
    QPushButton *remove = button(editor, QStringLiteral("Remove"));
    QVERIFY(add && remove);
    editor.table()->setCurrentCell(1, HeadersEditor::NameColumn);
    QVERIFY(!remove->isEnabled());
    QSignalSpy changed(&editor, &HeadersEditor::changed);
    add->click();
    QCOMPARE(editor.entries().size(), 1);
    QCOMPARE(editor.entries().constFirst().enabled, true);
    QCOMPARE(editor.table()->currentRow(), 2);
    QVERIFY(remove->isEnabled());
    remove->click();
    QVERIFY(editor.entries().isEmpty());
    QCOMPARE(changed.size(), 2);
}

QTEST_MAIN(TestHeadersEditor)
#include "tst_headerseditor.moc"
