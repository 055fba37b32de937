#include "graphqllexer.h"

#include "qsciheaders.h"

#include <QTest>

using altrata::ui::GraphQLLexer;

namespace {

// An editor with the lexer, styled all the way (styling is lazy: stack.md G3).
struct Fixture {
    QsciScintilla editor;
    GraphQLLexer *lexer = new GraphQLLexer(&editor);
    Fixture() {
        editor.setUtf8(true);
        editor.setLexer(lexer);
    }
    void set(const QString &text) {
        editor.setText(text);
        colourise();
    }
    void colourise() { editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L); }
    // Style of the byte where the `occurrence`-th `needle` starts, plus `offset` bytes.
    int styleOf(const QString &needle, int occurrence = 0, int offset = 0) const {
        const QByteArray doc = editor.text().toUtf8();
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i) {
            at = doc.indexOf(needle.toUtf8(), at + 1);
            if (at < 0)
                return -1;
        }
        return static_cast<int>(
            editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, static_cast<unsigned long>(at + offset)));
    }
};

const QString operationText = QStringLiteral("query Q($id: ID! = 5, $f: Boolean = true) @live {\n"
                                             "  person(id: $id, order: ASC) { name ...F ... on Person { age } }\n"
                                             "}\n"
                                             "# a comment { }\n"
                                             "fragment F on Person { n: name @include(if: $f) ratio(x: 2.5) }\n"
                                             "query Z { who(name: \"Zo\u00eb \u6771\u4eac\") after ? }\n");

const QString schemaText = QStringLiteral("\"\"\"A person.\"\"\"\n"
                                          "type Person implements Node @key(fields: \"id\") {\n"
                                          "  id: ID!\n"
                                          "  friends(first: Int = 10): [Person!] @deprecated\n"
                                          "}\n"
                                          "enum Order { ASC DESC }\n"
                                          "input Filter { flag: Boolean = false }\n"
                                          "{ alias: field }\n");

} // namespace

class TestGraphQLLexer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void styles_ofEachTokenRole_data();
    void styles_ofEachTokenRole();
    void schemaStyles_typesAfterColonAreNames_data();
    void schemaStyles_typesAfterColonAreNames();
    void blockString_overSeveralLines_isStyledOnEveryLine();
    void blockString_openedAbove_restylesTheLinesBelow();
    void editInsideBlockString_restartsFromTheStoredLineState();
    void nonAsciiText_keepsStylesOnTheirBytes();
    void braceMatching_onlyPairsPunctuation();
};

void TestGraphQLLexer::styles_ofEachTokenRole_data() {
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("style");
    auto row = [](const char *name, const char *needle, int occurrence, int offset, int style) {
        QTest::newRow(name) << QString::fromUtf8(needle) << occurrence << offset << style;
    };
    row("operation keyword", "query Q", 0, 0, GraphQLLexer::Keyword);
    row("operation name", "Q(", 0, 0, GraphQLLexer::Name);
    row("variable dollar", "$id:", 0, 0, GraphQLLexer::Variable);
    row("variable name", "$id:", 0, 1, GraphQLLexer::Variable);
    row("variable type", "ID!", 0, 0, GraphQLLexer::Name);
    row("bang", "ID!", 0, 2, GraphQLLexer::Punctuation);
    row("default int", "5,", 0, 0, GraphQLLexer::Number);
    row("default boolean", "true)", 0, 0, GraphQLLexer::Keyword);
    row("directive at", "@live", 0, 0, GraphQLLexer::Directive);
    row("directive name", "@live", 0, 2, GraphQLLexer::Directive);
    row("brace", "{\n", 0, 0, GraphQLLexer::Punctuation);
    row("field", "person", 0, 0, GraphQLLexer::Field);
    row("argument name", "id: $id", 0, 0, GraphQLLexer::Field);
    row("variable as value", "$id, order", 0, 1, GraphQLLexer::Variable);
    row("enum value", "ASC", 0, 0, GraphQLLexer::Name);
    row("nested field", "name", 0, 0, GraphQLLexer::Field);
    row("spread", "...F", 0, 0, GraphQLLexer::Punctuation);
    row("fragment spread name", "...F", 0, 3, GraphQLLexer::Name);
    row("inline fragment on", "on Person {", 0, 0, GraphQLLexer::Keyword);
    row("type condition", "Person {", 0, 0, GraphQLLexer::Name);
    row("comment", "# a comment", 0, 4, GraphQLLexer::Comment);
    row("brace in comment", "{ }", 0, 0, GraphQLLexer::Comment);
    row("fragment keyword", "fragment", 0, 0, GraphQLLexer::Keyword);
    row("fragment name", "F on", 0, 0, GraphQLLexer::Name);
    row("fragment on", "on Person {", 1, 0, GraphQLLexer::Keyword);
    row("alias", "n: name", 0, 0, GraphQLLexer::Field);
    row("directive with arguments", "@include", 0, 1, GraphQLLexer::Directive);
    row("float", "2.5", 0, 0, GraphQLLexer::Number);
    row("string", "\"Zo", 0, 0, GraphQLLexer::String);
    row("field after a non-ASCII string", "after", 0, 0, GraphQLLexer::Field);
    row("invalid", "?", 0, 0, GraphQLLexer::Invalid);
    row("white space", " Q(", 0, 0, GraphQLLexer::Default);
}

void TestGraphQLLexer::styles_ofEachTokenRole() {
    QFETCH(QString, needle);
    QFETCH(int, occurrence);
    QFETCH(int, offset);
    QFETCH(int, style);
    Fixture f;
    f.set(operationText);
    QCOMPARE(f.styleOf(needle, occurrence, offset), style);
}

void TestGraphQLLexer::schemaStyles_typesAfterColonAreNames_data() {
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("style");
    auto row = [](const char *name, const char *needle, int style) {
        QTest::newRow(name) << QString::fromUtf8(needle) << style;
    };
    row("description", "A person", GraphQLLexer::BlockString);
    row("type keyword", "type", GraphQLLexer::Keyword);
    row("type name", "Person implements", GraphQLLexer::Name);
    row("implements", "implements", GraphQLLexer::Keyword);
    row("interface name", "Node", GraphQLLexer::Name);
    row("field name", "id: ID", GraphQLLexer::Field);
    row("field type", "ID!", GraphQLLexer::Name);
    row("field with arguments", "friends", GraphQLLexer::Field);
    row("argument", "first", GraphQLLexer::Field);
    row("argument type", "Int", GraphQLLexer::Name);
    row("list item type", "Person!]", GraphQLLexer::Name);
    row("directive", "@deprecated", GraphQLLexer::Directive);
    row("enum value", "ASC", GraphQLLexer::Name);
    row("input default", "false", GraphQLLexer::Keyword);
    row("shorthand query alias", "alias", GraphQLLexer::Field);
    row("shorthand query field", "field", GraphQLLexer::Field);
}

void TestGraphQLLexer::schemaStyles_typesAfterColonAreNames() {
    QFETCH(QString, needle);
    QFETCH(int, style);
    Fixture f;
    f.set(schemaText);
    QCOMPARE(f.styleOf(needle), style);
}

void TestGraphQLLexer::blockString_overSeveralLines_isStyledOnEveryLine() {
    Fixture f;
    f.set(QStringLiteral("query {\n  f(a: \"\"\"first\n  { second \"quoted\" }\n  last\"\"\") { x }\n}\n"));
    QCOMPARE(f.styleOf(QStringLiteral("\"\"\"first")), int(GraphQLLexer::BlockString));
    QCOMPARE(f.styleOf(QStringLiteral("{ second")), int(GraphQLLexer::BlockString));
    QCOMPARE(f.styleOf(QStringLiteral("quoted")), int(GraphQLLexer::BlockString));
    QCOMPARE(f.styleOf(QStringLiteral("last")), int(GraphQLLexer::BlockString));
    QCOMPARE(f.styleOf(QStringLiteral("\"\"\")"), 0, 2), int(GraphQLLexer::BlockString));
    QCOMPARE(f.styleOf(QStringLiteral(") {")), int(GraphQLLexer::Punctuation));
    QCOMPARE(f.styleOf(QStringLiteral("x }")), int(GraphQLLexer::Field));
}

void TestGraphQLLexer::blockString_openedAbove_restylesTheLinesBelow() {
    Fixture f;
    f.set(QStringLiteral("query {\n  a\n  b\n  c\n}\n"));
    QCOMPARE(f.styleOf(QStringLiteral("c\n")), int(GraphQLLexer::Field));
    f.editor.insertAt(QStringLiteral("\"\"\""), 1, 3); // a"""  opens a block string on line 2
    f.colourise();
    QCOMPARE(f.styleOf(QStringLiteral("b\n")), int(GraphQLLexer::BlockString));
    QCOMPARE(f.styleOf(QStringLiteral("c\n")), int(GraphQLLexer::BlockString));
    QCOMPARE(f.styleOf(QStringLiteral("}\n")), int(GraphQLLexer::BlockString));
    f.editor.setSelection(1, 3, 1, 6);
    f.editor.removeSelectedText();
    f.colourise();
    QCOMPARE(f.styleOf(QStringLiteral("c\n")), int(GraphQLLexer::Field));
    QCOMPARE(f.styleOf(QStringLiteral("}\n")), int(GraphQLLexer::Punctuation));
}

void TestGraphQLLexer::editInsideBlockString_restartsFromTheStoredLineState() {
    Fixture f;
    f.set(QStringLiteral("query { f(a: \"\"\"\n  one\n  two\n\"\"\") }\n"));
    // Only line 2 changes: its styling must start from the state stored at the end of line 1.
    f.editor.insertAt(QStringLiteral("query { x } "), 2, 2);
    f.colourise();
    QCOMPARE(f.styleOf(QStringLiteral("query { x }")), int(GraphQLLexer::BlockString));
    QCOMPARE(f.styleOf(QStringLiteral("x }")), int(GraphQLLexer::BlockString));
    QCOMPARE(f.styleOf(QStringLiteral(") }")), int(GraphQLLexer::Punctuation));
}

void TestGraphQLLexer::nonAsciiText_keepsStylesOnTheirBytes() {
    Fixture f;
    f.set(QStringLiteral("# Zo\u00eb \u65e5\u672c\u8a9e \U0001F600\n{ a(s: \"\u6771\u4eac\") b }"));
    const QByteArray doc = f.editor.text().toUtf8();
    const auto closingQuote = static_cast<unsigned long>(doc.indexOf("\")"));
    QCOMPARE(f.editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, closingQuote), long(GraphQLLexer::String));
    QCOMPARE(f.editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, closingQuote + 1),
             long(GraphQLLexer::Punctuation));
    QCOMPARE(f.styleOf(QStringLiteral("b }")), int(GraphQLLexer::Field));
    QCOMPARE(f.styleOf(QStringLiteral("\n")), int(GraphQLLexer::Default));
    // The last byte of the emoji is still the comment's.
    QCOMPARE(f.styleOf(QStringLiteral("\n"), 0, -1), int(GraphQLLexer::Comment));
}

void TestGraphQLLexer::braceMatching_onlyPairsPunctuation() {
    GraphQLLexer lexer;
    QCOMPARE(lexer.braceStyle(), int(GraphQLLexer::Punctuation));
    int style = -1;
    QCOMPARE(QByteArray(lexer.blockStart(&style)), QByteArray("{"));
    QCOMPARE(style, int(GraphQLLexer::Punctuation));
    QCOMPARE(QByteArray(lexer.blockEnd(&style)), QByteArray("}"));
}

QTEST_MAIN(TestGraphQLLexer)
#include "tst_graphqllexer.moc"
