#include "graphqllexer.h"
#include "queryeditor.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

using altrata::ui::GraphQLLexer;
using altrata::ui::QueryEditor;

namespace {

long sci(const QueryEditor &e, unsigned int msg, unsigned long w = 0, long l = 0) {
    return e.SendScintilla(msg, w, l);
}

bool underlinedAt(const QueryEditor &e, qsizetype bytePosition) {
    return sci(e, QsciScintillaBase::SCI_INDICATORVALUEAT, static_cast<unsigned long>(e.errorIndicator()),
               static_cast<long>(bytePosition)) != 0;
}

qsizetype byteIndexOf(const QueryEditor &e, const char *needle) {
    return e.text().toUtf8().indexOf(needle);
}

QColor styleColour(const QueryEditor &e, unsigned int msg, int style) {
    const auto bgr = static_cast<unsigned long>(sci(e, msg, static_cast<unsigned long>(style)));
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b) {
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05, lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
    return p;
}

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

} // namespace

class TestQueryEditor final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typing_underlinesSyntaxErrorOnlyAfterThePause();
    void fixingTheError_removesUnderlineAndProblem();
    void problem_columnCountsCharacters_underlineSitsOnTheBytes();
    void errorAtEnd_underlinesLastCharacter();
    void emptyText_hasNoProblem();
    void hoverOverUnderline_showsMessageAsTooltip();
    void goToLocation_focusesTheEditor();
    void applicationPaletteChange_restylesTheEditor();
    void windowShortcuts_reachTheWindow_data();
    void bundledDocuments_parseAndStyleWithoutInvalidText();
    void windowShortcuts_reachTheWindow();
    void goToLocation_convertsCharactersToBytes_data();
    void goToLocation_convertsCharactersToBytes();
    void cursorByteOffset_countsUtf8Bytes();
    void foldLevels_followBraceDepth();
    void braceMatch_skipsBracesInStrings();
    void lineNumberMargin_growsWithLineCount();
    void enterAfterBrace_indentsTwoSpaces_tabInsertsSpaces();
    void palette_lightAndDark_styleColoursReadable_data();
    void palette_lightAndDark_styleColoursReadable();
};

void TestQueryEditor::typing_underlinesSyntaxErrorOnlyAfterThePause() {
    QueryEditor editor;
    QSignalSpy changed(&editor, &QueryEditor::problemsChanged);
    QTest::keyClicks(&editor, QStringLiteral("query { a(b: 1 ! }"));
    const qsizetype bang = byteIndexOf(editor, "!");
    // No event loop has run yet: the check waits for typing to stop.
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(!underlinedAt(editor, bang));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(editor.problems().size(), 1);
    QCOMPARE(editor.problems().constFirst().message, QStringLiteral("Syntax Error: Expected Name, found \"!\"."));
    QVERIFY(underlinedAt(editor, bang));
    QVERIFY(!underlinedAt(editor, bang - 2));
    QCOMPARE(editor.problemAt(bang), editor.problems().constFirst().message);
    QVERIFY(editor.problemAt(0).isEmpty());
}

void TestQueryEditor::fixingTheError_removesUnderlineAndProblem() {
    QueryEditor editor;
    editor.setText(QStringLiteral("query { a(b: ) }"));
    editor.checkNow();
    QCOMPARE(editor.problems().size(), 1);
    const qsizetype paren = byteIndexOf(editor, ")");
    QVERIFY(underlinedAt(editor, paren));
    QSignalSpy changed(&editor, &QueryEditor::problemsChanged);
    editor.setCursorPosition(0, 13);
    QTest::keyClicks(&editor, QStringLiteral("1"));
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(editor.problems().isEmpty());
    for (qsizetype i = 0; i < editor.text().toUtf8().size(); ++i)
        QVERIFY2(!underlinedAt(editor, i), qPrintable(QString::number(i)));
}

void TestQueryEditor::problem_columnCountsCharacters_underlineSitsOnTheBytes() {
    QueryEditor editor;
    editor.setText(QStringLiteral("# \u65e5\u672c\n{ a(s: \"Zo\u00eb \U0001F600\") ! }"));
    editor.checkNow();
    QCOMPARE(editor.problems().size(), 1);
    const auto problem = editor.problems().constFirst();
    QCOMPARE(problem.line, 2);
    const QString line2 = editor.text(1);
    QCOMPARE(problem.column, line2.indexOf(QLatin1Char('!')) + 1);
    const qsizetype bang = byteIndexOf(editor, "!");
    QVERIFY(underlinedAt(editor, bang));
    QVERIFY(!underlinedAt(editor, bang + 1));
    QVERIFY(!underlinedAt(editor, bang - 1));
}

void TestQueryEditor::errorAtEnd_underlinesLastCharacter() {
    QueryEditor editor;
    editor.setText(QStringLiteral("query {\n  name\n\n"));
    editor.checkNow();
    QCOMPARE(editor.problems().size(), 1);
    QCOMPARE(editor.problems().constFirst().message, QStringLiteral("Syntax Error: Expected Name, found <EOF>."));
    QVERIFY(underlinedAt(editor, byteIndexOf(editor, "name") + 3));
}

void TestQueryEditor::emptyText_hasNoProblem() {
    QueryEditor editor;
    editor.setText(QStringLiteral("{ a"));
    editor.checkNow();
    QCOMPARE(editor.problems().size(), 1);
    editor.setText(QStringLiteral("  \n "));
    editor.checkNow();
    QVERIFY(editor.problems().isEmpty());
}

void TestQueryEditor::hoverOverUnderline_showsMessageAsTooltip() {
    QueryEditor editor;
    editor.resize(400, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setText(QStringLiteral("query { a(b: 1 ! }"));
    editor.checkNow();
    const auto bang = static_cast<int>(byteIndexOf(editor, "!"));
    Q_EMIT editor.SCN_DWELLSTART(bang, 10, 10); // what Scintilla sends when the mouse rests there
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Syntax Error: Expected Name, found \"!\"."));
    Q_EMIT editor.SCN_DWELLEND(bang, 10, 10);
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());
    Q_EMIT editor.SCN_DWELLSTART(0, 10, 10); // no problem there: no tooltip
    QVERIFY(!QToolTip::isVisible());
}

void TestQueryEditor::goToLocation_focusesTheEditor() {
    QWidget window;
    auto *other = new QLineEdit(&window);
    auto *editor = new QueryEditor(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(other);
    layout->addWidget(editor);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    editor->setText(QStringLiteral("{\n  a\n}"));
    editor->goToLocation(2, 3);
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(editor->cursorByteOffset(), quint32(4));
}

void TestQueryEditor::applicationPaletteChange_restylesTheEditor() {
    const QPalette original = QApplication::palette();
    QApplication::setPalette(lightPalette());
    QueryEditor editor;
    QCOMPARE(styleColour(editor, QsciScintillaBase::SCI_STYLEGETBACK, GraphQLLexer::Keyword), QColor(Qt::white));
    QApplication::setPalette(darkPalette()); // the system switched to dark (delivered as a posted event)
    QTRY_COMPARE(styleColour(editor, QsciScintillaBase::SCI_STYLEGETBACK, GraphQLLexer::Keyword),
                 darkPalette().color(QPalette::Base));
    QVERIFY(contrast(styleColour(editor, QsciScintillaBase::SCI_STYLEGETFORE, GraphQLLexer::Keyword),
                     darkPalette().color(QPalette::Base)) >= 4.0);
    QApplication::setPalette(original);
}

void TestQueryEditor::windowShortcuts_reachTheWindow_data() {
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::newRow("Ctrl+Return") << QKeySequence(Qt::CTRL | Qt::Key_Return) << int(Qt::Key_Return)
                                 << Qt::KeyboardModifiers(Qt::ControlModifier);
    QTest::newRow("Ctrl+Enter") << QKeySequence(Qt::CTRL | Qt::Key_Enter) << int(Qt::Key_Enter)
                                << Qt::KeyboardModifiers(Qt::ControlModifier | Qt::KeypadModifier);
    QTest::newRow("F5") << QKeySequence(Qt::Key_F5) << int(Qt::Key_F5) << Qt::KeyboardModifiers();
    QTest::newRow("Shift+Ctrl+P") << QKeySequence(Qt::SHIFT | Qt::CTRL | Qt::Key_P) << int(Qt::Key_P)
                                  << Qt::KeyboardModifiers(Qt::ShiftModifier | Qt::ControlModifier);
}

// Run and Prettify are window actions: the editor must not swallow their keys.
void TestQueryEditor::windowShortcuts_reachTheWindow() {
    QFETCH(QKeySequence, shortcut);
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QWidget window;
    auto *editor = new QueryEditor(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(editor);
    QAction action(&window);
    action.setShortcuts({shortcut});
    window.addAction(&action);
    QSignalSpy triggered(&action, &QAction::triggered);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    editor->setText(QStringLiteral("{ a }"));
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key(key), modifiers);
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(editor->text(), QStringLiteral("{ a }"));
}

// The example operations and the sandbox schemas (compiled into the sandbox library) are what people
// open first: no false syntax error, no text the lexer cannot read, and every brace closed again.
void TestQueryEditor::bundledDocuments_parseAndStyleWithoutInvalidText() {
    int documents = 0;
    for (const QString &root : {QStringLiteral(":/examples"), QStringLiteral(":/sandbox")}) {
        QDirIterator it(root, {QStringLiteral("*.graphql")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QueryEditor editor;
            editor.setText(QString::fromUtf8(file.readAll()));
            editor.checkNow();
            QVERIFY2(editor.problems().isEmpty(), qPrintable(path));
            sci(editor, QsciScintillaBase::SCI_COLOURISE, 0, -1);
            const long length = sci(editor, QsciScintillaBase::SCI_GETLENGTH);
            for (long i = 0; i < length; ++i) {
                QVERIFY2(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, static_cast<unsigned long>(i)) !=
                             GraphQLLexer::Invalid,
                         qPrintable(QStringLiteral("%1 at byte %2").arg(path).arg(i)));
            }
            const auto last = static_cast<unsigned long>(editor.lines() - 1);
            QCOMPARE(sci(editor, QsciScintillaBase::SCI_GETFOLDLEVEL, last) & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK,
                     long(QsciScintillaBase::SC_FOLDLEVELBASE));
            ++documents;
        }
    }
    QVERIFY(documents >= 20);
}

void TestQueryEditor::goToLocation_convertsCharactersToBytes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("target");
    QTest::newRow("ascii") << QStringLiteral("{\n  a\n  b }") << 3 << QStringLiteral("b");
    QTest::newRow("latin") << QStringLiteral("{\n  a(s: \"Zo\u00eb\") x }") << 2 << QStringLiteral("x");
    QTest::newRow("cjk") << QStringLiteral("# \u6771\u4eac\n{ a(s: \"\u6771\u4eac\") y }") << 2 << QStringLiteral("y");
    QTest::newRow("surrogate pair") << QStringLiteral("{ a(s: \"\U0001F600\U0001F600\") z }") << 1
                                    << QStringLiteral("z");
}

void TestQueryEditor::goToLocation_convertsCharactersToBytes() {
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, target);
    QueryEditor editor;
    editor.setText(text);
    const int column = static_cast<int>(editor.text(line - 1).indexOf(target)) + 1; // UTF-16 units, 1-based
    editor.goToLocation(line, column);
    QCOMPARE(qsizetype(editor.cursorByteOffset()), editor.text().toUtf8().indexOf(target.toUtf8()));
    int cursorLine = -1, index = -1;
    editor.getCursorPosition(&cursorLine, &index);
    QCOMPARE(cursorLine, line - 1);
}

void TestQueryEditor::cursorByteOffset_countsUtf8Bytes() {
    QueryEditor editor;
    editor.setText(QStringLiteral("# Zo\u00eb\n{ a }"));
    editor.setCursorPosition(1, 2); // before "a": 6 + 1 bytes of line 1, then 2
    QCOMPARE(editor.cursorByteOffset(), quint32(9));
    editor.setCursorPosition(1, 0);
    QTest::sendKeyEvent(QTest::Click, &editor, Qt::Key_Eacute, QStringLiteral("\u00e9"), Qt::NoModifier);
    QCOMPARE(editor.cursorByteOffset(), quint32(9)); // after the two bytes of é
    QCOMPARE(editor.text().toUtf8().indexOf("{"), 9);
}

void TestQueryEditor::foldLevels_followBraceDepth() {
    QueryEditor editor;
    editor.setText(QStringLiteral("query {\n  a {\n    b\n  }\n  c # {\n}\n"));
    sci(editor, QsciScintillaBase::SCI_COLOURISE, 0, -1);
    const QList<std::pair<int, bool>> expected{{0, true}, {1, true}, {2, false}, {2, false}, {1, false}, {1, false}};
    for (int line = 0; line < expected.size(); ++line) {
        const long level = sci(editor, QsciScintillaBase::SCI_GETFOLDLEVEL, static_cast<unsigned long>(line));
        QCOMPARE((level & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK) - QsciScintillaBase::SC_FOLDLEVELBASE,
                 long(expected[line].first));
        QCOMPARE((level & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG) != 0, expected[line].second);
    }
    QCOMPARE(editor.folding(), QsciScintilla::BoxedTreeFoldStyle);
    // Folding the inner block hides exactly its lines.
    sci(editor, QsciScintillaBase::SCI_FOLDLINE, 1, QsciScintillaBase::SC_FOLDACTION_CONTRACT);
    QVERIFY(!sci(editor, QsciScintillaBase::SCI_GETLINEVISIBLE, 2));
    QVERIFY(!sci(editor, QsciScintillaBase::SCI_GETLINEVISIBLE, 3));
    QVERIFY(sci(editor, QsciScintillaBase::SCI_GETLINEVISIBLE, 4));
}

void TestQueryEditor::braceMatch_skipsBracesInStrings() {
    QueryEditor editor;
    editor.setText(QStringLiteral("{ a(s: \"}\") b }"));
    sci(editor, QsciScintillaBase::SCI_COLOURISE, 0, -1); // styling is lazy off screen (stack.md G3)
    QCOMPARE(editor.braceMatching(), QsciScintilla::SloppyBraceMatch);
    editor.setCursorPosition(0, 1); // just after the opening brace
    editor.moveToMatchingBrace();
    QCOMPARE(qsizetype(editor.cursorByteOffset()), editor.text().toUtf8().lastIndexOf('}'));
}

void TestQueryEditor::lineNumberMargin_growsWithLineCount() {
    QueryEditor editor;
    QVERIFY(editor.marginLineNumbers(0));
    editor.setText(QStringLiteral("{\n a\n}"));
    const int narrow = editor.marginWidth(0);
    QVERIFY(narrow > 0);
    editor.setText(QStringLiteral("{ a }\n").repeated(1200));
    QVERIFY(editor.marginWidth(0) > narrow);
    editor.setText(QStringLiteral("{ a }"));
    QCOMPARE(editor.marginWidth(0), narrow);
}

void TestQueryEditor::enterAfterBrace_indentsTwoSpaces_tabInsertsSpaces() {
    QueryEditor editor;
    QTest::keyClicks(&editor, QStringLiteral("query {"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("a {"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("b"));
    QCOMPARE(editor.text(), QStringLiteral("query {\n  a {\n    b"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.text(2), QStringLiteral("    b\n"));
    QCOMPARE(editor.text(3), QStringLiteral("      "));
    QTest::keyClick(&editor, Qt::Key_Backspace); // back one indentation level
    QCOMPARE(editor.text(3), QStringLiteral("    "));
    QTest::keyClicks(&editor, QStringLiteral("}")); // a closing brace goes back to its block's level
    QCOMPARE(editor.text(3), QStringLiteral("  }"));
}

void TestQueryEditor::palette_lightAndDark_styleColoursReadable_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestQueryEditor::palette_lightAndDark_styleColoursReadable() {
    QFETCH(QPalette, palette);
    QueryEditor editor;
    // Start from the other palette so the change itself is what must restyle the editor.
    editor.setPalette(palette.color(QPalette::Base) == Qt::white ? darkPalette() : lightPalette());
    editor.setPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    for (int style = 0; style < GraphQLLexer::StyleCount; ++style) {
        const QColor paper = styleColour(editor, QsciScintillaBase::SCI_STYLEGETBACK, style);
        const QColor fore = styleColour(editor, QsciScintillaBase::SCI_STYLEGETFORE, style);
        if (style != GraphQLLexer::Invalid)
            QCOMPARE(paper, base);
        QVERIFY2(contrast(fore, paper) >= 4.0, qPrintable(QStringLiteral("style %1").arg(style)));
    }
    QCOMPARE(styleColour(editor, QsciScintillaBase::SCI_STYLEGETBACK, QsciScintillaBase::STYLE_DEFAULT), base);
}

QTEST_MAIN(TestQueryEditor)
#include "tst_queryeditor.moc"
