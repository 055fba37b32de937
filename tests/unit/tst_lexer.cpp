// Lexer: token kinds, values, positions (UTF-16 columns, CRLF), the spec's number lookahead rules,
// escapes and surrogates, and graphql-js 16's exact error messages (checked against graphql@16.15).
#include "graphql/lexer.h"

#include <QTest>

#include <memory_resource>
#include <string>

using namespace altrata::graphql;

namespace {

template<std::size_t N> QByteArray bytes(const char (&text)[N]) {
    return QByteArray(text, N - 1);
}

QByteArray qb(std::string_view text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

// "Kind:value Kind:value ..." for all tokens up to EOF (comments included).
QByteArray describe(const QByteArray &source) {
    std::pmr::monotonic_buffer_resource arena;
    Lexer lexer(std::string_view(source.constData(), static_cast<std::size_t>(source.size())), &arena);
    QByteArray out;
    for (Token t = lexer.next(); t.kind != TokenKind::EndOfFile; t = lexer.next()) {
        if (!out.isEmpty())
            out += ' ';
        out += qb(tokenKindName(t.kind));
        if (!t.value.empty())
            out += ':' + qb(t.value);
    }
    return out;
}

struct FirstError {
    bool found = false;
    SyntaxError error;
};

FirstError firstError(const QByteArray &source) {
    std::pmr::monotonic_buffer_resource arena;
    Lexer lexer(std::string_view(source.constData(), static_cast<std::size_t>(source.size())), &arena);
    for (Token t = lexer.next(); t.kind != TokenKind::EndOfFile; t = lexer.next()) {
        if (t.kind == TokenKind::Invalid)
            return {true, lexer.error()};
    }
    return {};
}

} // namespace

class TestLexer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void next_tokens_data();
    void next_tokens();
    void next_invalidInput_reportsGraphqlJsError_data();
    void next_invalidInput_reportsGraphqlJsError();
    void next_afterInvalidToken_keepsLexing();
    void positions_crlfAndCr_countLines();
    void positions_afterEmoji_countUtf16Units();
    void positions_blockStringSpanningLines_updatesLine();
    void next_atEnd_returnsEofRepeatedly();
    void next_withoutArena_keepsRawStringText();
    void next_malformedUtf8InStrings_readsAsReplacementCharacter();
    void tokenKindName_matchesGraphqlJs();
};

void TestLexer::next_tokens_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("punctuators") << bytes("! $ & ( ) ... : = @ [ ] { | }") << bytes("! $ & ( ) ... : = @ [ ] { | }");
    QTest::newRow("names") << bytes("_a b1 __typename") << bytes("Name:_a Name:b1 Name:__typename");
    QTest::newRow("ints") << bytes("0 -0 12 -34") << bytes("Int:0 Int:-0 Int:12 Int:-34");
    QTest::newRow("floats") << bytes("1.5 -0.0 1e10 1E+2 2.5e-3")
                            << bytes("Float:1.5 Float:-0.0 Float:1e10 Float:1E+2 Float:2.5e-3");
    QTest::newRow("commas and whitespace are ignored") << bytes(",,a,\t,b ,") << bytes("Name:a Name:b");
    QTest::newRow("comment is a token") << bytes("a # note\nb") << bytes("Name:a Comment: note Name:b");
    QTest::newRow("BOM is ignored") << bytes("\xEF\xBB\xBF{a}") << bytes("{ Name:a }");
    QTest::newRow("simple string") << bytes("\"abc\"") << bytes("String:abc");
    QTest::newRow("escapes") << bytes("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"") << bytes("String:\"\\/\b\f\n\r\t");
    QTest::newRow("unicode escape") << bytes("\"\\u00e9\\u20AC\"") << bytes("String:\xC3\xA9\xE2\x82\xAC");
    QTest::newRow("variable width escape") << bytes("\"\\u{1F600}\\u{41}\"")
                                           << bytes("String:\xF0\x9F\x98\x80"
                                                    "A");
    QTest::newRow("surrogate pair escape") << bytes("\"\\uD83D\\uDE00\"") << bytes("String:\xF0\x9F\x98\x80");
    QTest::newRow("raw non-ASCII in string")
        << bytes("\"\xC3\xA9\xF0\x9F\x98\x80\"") << bytes("String:\xC3\xA9\xF0\x9F\x98\x80");
    QTest::newRow("block string dedent") << bytes("\"\"\"\n    hello\n      world\n    \"\"\"")
                                         << bytes("BlockString:hello\n  world");
    QTest::newRow("block string escaped quotes")
        << bytes("\"\"\"a \\\"\"\" b\"\"\"") << bytes("BlockString:a \"\"\" b");
    QTest::newRow("spread next to name") << bytes("...F") << bytes("... Name:F");
}

void TestLexer::next_tokens() {
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    QCOMPARE(describe(source), expected);
}

void TestLexer::next_invalidInput_reportsGraphqlJsError_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // Generated from graphql@16.15's parse() on the same sources.
    QTest::newRow("a2 BEL") << bytes("\x07"
                                     "")
                            << QByteArray("Syntax Error: Unexpected character: U+0007.") << 1 << 1;
    QTest::newRow("a3 NUL") << bytes("\x00"
                                     "")
                            << QByteArray("Syntax Error: Unexpected character: U+0000.") << 1 << 1;
    QTest::newRow("a6 { a(x: '/u{D800}') }")
        << bytes("{ a(x: \"\\u{D800}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".") << 1 << 9;
    QTest::newRow("a7 { a(x: '/uD800/u0041') }")
        << bytes("{ a(x: \"\\uD800\\u0041\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".") << 1 << 9;
    QTest::newRow("a10 { a(x: '/u{110000}') }")
        << bytes("{ a(x: \"\\u{110000}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".") << 1 << 9;
    QTest::newRow("a11 { a(x: '/u{}') }")
        << bytes("{ a(x: \"\\u{}\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".") << 1
        << 9;
    QTest::newRow("a12 { a(x: '/u{12345678}') }")
        << bytes("{ a(x: \"\\u{12345678}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".") << 1 << 9;
    QTest::newRow("a13 { a(x: '/u{0000000041}') }")
        << bytes("{ a(x: \"\\u{0000000041}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{000000004\".") << 1 << 9;
    QTest::newRow("a14 { a(x: '/u12') }")
        << bytes("{ a(x: \"\\u12\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".")
        << 1 << 9;
    QTest::newRow("a15 { a(x: '/x') }") << bytes("{ a(x: \"\\x\") }")
                                        << QByteArray("Syntax Error: Invalid character escape sequence: \"\\x\".") << 1
                                        << 9;
    QTest::newRow("a16 { a(x: '/") << bytes("{ a(x: \"\\")
                                   << QByteArray("Syntax Error: Invalid character escape sequence: \"\\\".") << 1 << 9;
    QTest::newRow("a17 { a(x: 'abc") << bytes("{ a(x: \"abc") << QByteArray("Syntax Error: Unterminated string.") << 1
                                     << 12;
    QTest::newRow("a18 { a(x: '''abc") << bytes("{ a(x: \"\"\"abc") << QByteArray("Syntax Error: Unterminated string.")
                                       << 1 << 14;
    QTest::newRow("a19 { a(x: 1.) }") << bytes("{ a(x: 1.) }")
                                      << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 1
                                      << 10;
    QTest::newRow("a20 { a(x: 0x1) }") << bytes("{ a(x: 0x1) }")
                                       << QByteArray("Syntax Error: Invalid number, expected digit but got: \"x\".")
                                       << 1 << 9;
    QTest::newRow("a21 { a(x: 1e) }") << bytes("{ a(x: 1e) }")
                                      << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 1
                                      << 10;
    QTest::newRow("a22 { a(x: 00) }") << bytes("{ a(x: 00) }")
                                      << QByteArray("Syntax Error: Invalid number, unexpected digit after 0: \"0\".")
                                      << 1 << 9;
    QTest::newRow("a23 { a(x: 1.2.3) }") << bytes("{ a(x: 1.2.3) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \".\".")
                                         << 1 << 11;
    QTest::newRow("a24 { a(x: 1a) }") << bytes("{ a(x: 1a) }")
                                      << QByteArray("Syntax Error: Invalid number, expected digit but got: \"a\".") << 1
                                      << 9;
    QTest::newRow("a25 { a(x: -) }") << bytes("{ a(x: -) }")
                                     << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 1
                                     << 9;
    QTest::newRow("a26 { a(x: -a) }") << bytes("{ a(x: -a) }")
                                      << QByteArray("Syntax Error: Invalid number, expected digit but got: \"a\".") << 1
                                      << 9;
    QTest::newRow("a27 { a(x: 'a') }")
        << bytes("{ a(x: 'a') }")
        << QByteArray("Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")
        << 1 << 8;
    QTest::newRow("a28 { a(x: 1) } .") << bytes("{ a(x: 1) } .")
                                       << QByteArray("Syntax Error: Unexpected character: \".\".") << 1 << 13;
    QTest::newRow("a29 { a(x: 1) } ..") << bytes("{ a(x: 1) } ..")
                                        << QByteArray("Syntax Error: Unexpected character: \".\".") << 1 << 13;
    QTest::newRow("a30 😀 ") << bytes("😀 ") << QByteArray("Syntax Error: Unexpected character: U+1F600.") << 1 << 1;
    QTest::newRow("a32 { a(x: '/uDE00') }")
        << bytes("{ a(x: \"\\uDE00\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".")
        << 1 << 9;
    QTest::newRow("a33 { a(x: '/uD83D') }")
        << bytes("{ a(x: \"\\uD83D\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".")
        << 1 << 9;
    QTest::newRow("a34 { a(x: '/uD83Dx') }")
        << bytes("{ a(x: \"\\uD83Dx\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".")
        << 1 << 9;
    QTest::newRow("a35 { a(x: '/u{D83D}/u{DE00}') }")
        << bytes("{ a(x: \"\\u{D83D}\\u{DE00}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".") << 1 << 9;
    QTest::newRow("a36 { a(x: '/uD83D/u{DE00}') }")
        << bytes("{ a(x: \"\\uD83D\\u{DE00}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".") << 1 << 9;
    QTest::newRow("a37 { a(x: '/uD83D/uDBFF') }")
        << bytes("{ a(x: \"\\uD83D\\uDBFF\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".") << 1 << 9;
    QTest::newRow("a38 { a(x: '/uXYZW') }")
        << bytes("{ a(x: \"\\uXYZW\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uXYZW\".")
        << 1 << 9;
    QTest::newRow("b57 directive @d on FIELD | FOO 1x")
        << bytes("directive @d on FIELD | FOO 1x")
        << QByteArray("Syntax Error: Invalid number, expected digit but got: \"x\".") << 1 << 30;
    QTest::newRow("b112 {   a(x: '😀') b(y: 1x) }")
        << bytes("{\n  a(x: \"😀\") b(y: 1x)\n}")
        << QByteArray("Syntax Error: Invalid number, expected digit but got: \"x\".") << 2 << 20;
    QTest::newRow("b114 # c {   a   b(x: 1.) }")
        << bytes("# c\n{\n  a\n  b(x: 1.)\n}")
        << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 4 << 10;
    QTest::newRow("b118 { a(x: -01) }") << bytes("{ a(x: -01) }")
                                        << QByteArray("Syntax Error: Invalid number, unexpected digit after 0: \"1\".")
                                        << 1 << 10;
    QTest::newRow("b119 { a(x: 1.e1) }") << bytes("{ a(x: 1.e1) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \"e\".")
                                         << 1 << 10;
    QTest::newRow("b120 { a(x: 1.1e) }") << bytes("{ a(x: 1.1e) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".")
                                         << 1 << 12;
    QTest::newRow("b121 { a(x: 1.1e+) }")
        << bytes("{ a(x: 1.1e+) }") << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 1
        << 13;
    QTest::newRow("b122 { a(x: 123abc) }")
        << bytes("{ a(x: 123abc) }") << QByteArray("Syntax Error: Invalid number, expected digit but got: \"a\".") << 1
        << 11;
    QTest::newRow("b123 { a(x: 1_000) }")
        << bytes("{ a(x: 1_000) }") << QByteArray("Syntax Error: Invalid number, expected digit but got: \"_\".") << 1
        << 9;
    QTest::newRow("b124 { a(x: .5) }") << bytes("{ a(x: .5) }")
                                       << QByteArray("Syntax Error: Unexpected character: \".\".") << 1 << 8;
    QTest::newRow("b125 { a(x: 1...) }") << bytes("{ a(x: 1...) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \".\".")
                                         << 1 << 10;
    QTest::newRow("b126 { a(x: 1.0.) }") << bytes("{ a(x: 1.0.) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \".\".")
                                         << 1 << 11;
    QTest::newRow("b127 { ..a }") << bytes("{ ..a }") << QByteArray("Syntax Error: Unexpected character: \".\".") << 1
                                  << 3;
    QTest::newRow("b128 { ....a }") << bytes("{ ....a }") << QByteArray("Syntax Error: Unexpected character: \".\".")
                                    << 1 << 6;
    QTest::newRow("b131 { a(x: '/u{D800}/u{DC00}') }")
        << bytes("{ a(x: \"\\u{D800}\\u{DC00}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".") << 1 << 9;
    QTest::newRow("b132 { a(x: '/u{ 41 }') }")
        << bytes("{ a(x: \"\\u{ 41 }\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{ \".")
        << 1 << 9;
    QTest::newRow("b133 { a(x: '/u{41') }")
        << bytes("{ a(x: \"\\u{41\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{41\"\".")
        << 1 << 9;
    QTest::newRow("b135 { a(x: '/ué') }")
        << bytes("{ a(x: \"\\ué\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\ué\") \".")
        << 1 << 9;
    QTest::newRow("b136 { a(x: '/é') }") << bytes("{ a(x: \"\\é\") }")
                                         << QByteArray("Syntax Error: Invalid character escape sequence: \"\\é\".") << 1
                                         << 9;
    QTest::newRow("b137 { é }") << bytes("{ é }") << QByteArray("Syntax Error: Unexpected character: U+00E9.") << 1
                                << 3;
    QTest::newRow("b138 { a NUL }") << bytes("{ a \x00"
                                             " }")
                                    << QByteArray("Syntax Error: Unexpected character: U+0000.") << 1 << 5;
    QTest::newRow("b139 { a(x: 'a b') }")
        << bytes("{ a(x: \"a\nb\") }") << QByteArray("Syntax Error: Unterminated string.") << 1 << 10;
    QTest::newRow("b140 { a(x: 'a b') }")
        << bytes("{ a(x: \"a\nb\") }") << QByteArray("Syntax Error: Unterminated string.") << 1 << 10;
    QTest::newRow("b141 { a } ;") << bytes("{ a } ;") << QByteArray("Syntax Error: Unexpected character: \";\".") << 1
                                  << 7;
    QTest::newRow("b142 { a } ?") << bytes("{ a } ?") << QByteArray("Syntax Error: Unexpected character: \"?\".") << 1
                                  << 7;
    QTest::newRow("b143 { a } %") << bytes("{ a } %") << QByteArray("Syntax Error: Unexpected character: \"%\".") << 1
                                  << 7;
    QTest::newRow("b144 { a } ~") << bytes("{ a } ~") << QByteArray("Syntax Error: Unexpected character: \"~\".") << 1
                                  << 7;
    QTest::newRow("b145 { a } `") << bytes("{ a } `") << QByteArray("Syntax Error: Unexpected character: \"`\".") << 1
                                  << 7;
    QTest::newRow("b146 { a } /") << bytes("{ a } \\") << QByteArray("Syntax Error: Unexpected character: \"\\\".") << 1
                                  << 7;
    QTest::newRow("b147 { a } '") << bytes("{ a } \"") << QByteArray("Syntax Error: Unterminated string.") << 1 << 8;
    QTest::newRow("b148 { a } '''") << bytes("{ a } \"\"\"") << QByteArray("Syntax Error: Unterminated string.") << 1
                                    << 10;
    QTest::newRow("b149 { a } '''abc  def")
        << bytes("{ a } \"\"\"abc\n\ndef") << QByteArray("Syntax Error: Unterminated string.") << 3 << 4;
    QTest::newRow("b150 {   a }   '''   unterminated")
        << bytes("{\n  a }\n  \"\"\"\n  unterminated") << QByteArray("Syntax Error: Unterminated string.") << 4 << 15;
    QTest::newRow("b168 { a(x: '''multi line''') '''}") << bytes("{ a(x: \"\"\"multi\nline\"\"\") \"\"\"}")
                                                        << QByteArray("Syntax Error: Unterminated string.") << 2 << 14;
}

void TestLexer::next_invalidInput_reportsGraphqlJsError() {
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const FirstError result = firstError(source);
    QVERIFY(result.found);
    QCOMPARE(qb(result.error.message), message);
    QCOMPARE(int(result.error.location.line), line);
    QCOMPARE(int(result.error.location.column), column);
}

void TestLexer::next_afterInvalidToken_keepsLexing() {
    QCOMPARE(describe(bytes("a 1x b ? c \"\\q\" d")), bytes("Name:a Invalid Name:b Invalid Name:c Invalid Name:d"));
}

void TestLexer::positions_crlfAndCr_countLines() {
    const QByteArray source = bytes("a\r\nb\rc\nd\r\n\r\ne");
    Lexer lexer(std::string_view(source.constData(), static_cast<std::size_t>(source.size())));
    const std::uint32_t lines[] = {1, 2, 3, 4, 6};
    for (std::uint32_t expectedLine : lines) {
        const Token t = lexer.next();
        QCOMPARE(t.start.line, expectedLine);
        QCOMPARE(t.start.column, 1u);
    }
}

void TestLexer::positions_afterEmoji_countUtf16Units() {
    // "😀" is 4 bytes and 2 UTF-16 units; é is 2 bytes and 1 unit (graphql-js counts units).
    const QByteArray source = bytes("\"\xF0\x9F\x98\x80\xC3\xA9\" a\nb # \xF0\x9F\x98\x80\n  c");
    Lexer lexer(std::string_view(source.constData(), static_cast<std::size_t>(source.size())));
    const Token string = lexer.next();
    QCOMPARE(string.end.column, 6u);
    const Token a = lexer.next();
    QCOMPARE(a.start.offset, 9u);
    QCOMPARE(a.start.column, 7u);
    lexer.next(); // b
    const Token comment = lexer.next();
    QCOMPARE(comment.end.column, 7u);
    const Token c = lexer.next();
    QCOMPARE(c.start.line, 3u);
    QCOMPARE(c.start.column, 3u);
}

void TestLexer::positions_blockStringSpanningLines_updatesLine() {
    const QByteArray source = bytes("\"\"\"one\r\ntwo\nthree\"\"\" x");
    Lexer lexer(std::string_view(source.constData(), static_cast<std::size_t>(source.size())));
    const Token block = lexer.next();
    QCOMPARE(block.start.line, 1u);
    QCOMPARE(block.end.line, 3u);
    const Token x = lexer.next();
    QCOMPARE(x.start.line, 3u);
    QCOMPARE(x.start.column, 10u);
}

void TestLexer::next_atEnd_returnsEofRepeatedly() {
    Lexer lexer("  a  ");
    QCOMPARE(lexer.next().kind, TokenKind::Name);
    const Token eof = lexer.next();
    QCOMPARE(eof.kind, TokenKind::EndOfFile);
    QCOMPARE(eof.start.offset, 5u);
    QCOMPARE(eof.start.column, 6u);
    QCOMPARE(lexer.next().kind, TokenKind::EndOfFile);
}

void TestLexer::next_withoutArena_keepsRawStringText() {
    Lexer lexer("\"a\\nb\"");
    QCOMPARE(qb(lexer.next().value), bytes("a\\nb"));
}

// graphql-js parses text that JavaScript already decoded, where a malformed byte is U+FFFD.
void TestLexer::next_malformedUtf8InStrings_readsAsReplacementCharacter() {
    std::pmr::monotonic_buffer_resource arena;
    Lexer strings(std::string_view("\"a\xC2x\\n\xFF\" \"\"\"b\xC2\"\"\" \"\xE2\x82\xAC\""), &arena);
    QCOMPARE(qb(strings.next().value), bytes("a\xEF\xBF\xBDx\n\xEF\xBF\xBD"));
    QCOMPARE(qb(strings.next().value), bytes("b\xEF\xBF\xBD"));
    QCOMPARE(qb(strings.next().value), bytes("\xE2\x82\xAC")); // a well-formed euro sign stays as it is
}

void TestLexer::tokenKindName_matchesGraphqlJs() {
    QCOMPARE(qb(tokenKindName(TokenKind::StartOfFile)), bytes("<SOF>"));
    QCOMPARE(qb(tokenKindName(TokenKind::EndOfFile)), bytes("<EOF>"));
    QCOMPARE(qb(tokenKindName(TokenKind::Spread)), bytes("..."));
    QCOMPARE(qb(tokenKindName(TokenKind::BlockString)), bytes("BlockString"));
    QVERIFY(isPunctuator(TokenKind::Amp));
    QVERIFY(!isPunctuator(TokenKind::Name));
}

QTEST_GUILESS_MAIN(TestLexer)
#include "tst_lexer.moc"
