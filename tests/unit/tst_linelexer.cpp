// lexLine(): incremental lexing for the editor, one line at a time with the block-string state.
#include "graphql/linelexer.h"

#include <QTest>

using namespace altrata::graphql;

namespace {
QByteArray render(const LineLexResult &result, std::string_view line) {
    QByteArray out;
    for (const LineToken &t : result.tokens) {
        if (!out.isEmpty())
            out += ' ';
        const std::string_view text = line.substr(t.start, t.length);
        out += QByteArray::fromStdString(std::string(tokenKindName(t.kind))) + '[' +
               QByteArray(text.data(), qsizetype(text.size())) + ']';
    }
    return out;
}
} // namespace

class TestLineLexer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lexLine_normalLine_givesTokensWithOffsets();
    void lexLine_blockStringAcrossLines_carriesState();
    void lexLine_escapedQuotesInsideBlockString_doNotClose();
    void lexLine_invalidInput_isMarkedAndLexingContinues();
    void lexLine_unterminatedString_staysOnItsLine();
};

void TestLineLexer::lexLine_normalLine_givesTokensWithOffsets() {
    const std::string_view line = "  query Q($a: Int) { f(x: 1.5) } # hi";
    const LineLexResult result = lexLine(line, LineState::Normal);
    QCOMPARE(result.endState, LineState::Normal);
    QCOMPARE(render(result, line), QByteArray("Name[query] Name[Q] ([(] $[$] Name[a] :[:] Name[Int] )[)] {[{] Name[f] "
                                              "([(] Name[x] :[:] Float[1.5] )[)] }[}] Comment[# hi]"));
    QCOMPARE(result.tokens.front().start, 2u);
}

void TestLineLexer::lexLine_blockStringAcrossLines_carriesState() {
    const std::string_view first = "type A { \"\"\"starts here";
    const LineLexResult a = lexLine(first, LineState::Normal);
    QCOMPARE(a.endState, LineState::InBlockString);
    QCOMPARE(render(a, first), QByteArray("Name[type] Name[A] {[{] BlockString[\"\"\"starts here]"));

    const std::string_view middle = "  still \"inside\" # not a comment";
    const LineLexResult b = lexLine(middle, LineState::InBlockString);
    QCOMPARE(b.endState, LineState::InBlockString);
    QCOMPARE(render(b, middle), QByteArray("BlockString[  still \"inside\" # not a comment]"));

    const LineLexResult empty = lexLine("", LineState::InBlockString);
    QCOMPARE(empty.endState, LineState::InBlockString);
    QVERIFY(empty.tokens.empty());

    const std::string_view last = "  ends\"\"\" f: Int }";
    const LineLexResult c = lexLine(last, LineState::InBlockString);
    QCOMPARE(c.endState, LineState::Normal);
    QCOMPARE(render(c, last), QByteArray("BlockString[  ends\"\"\"] Name[f] :[:] Name[Int] }[}]"));
}

void TestLineLexer::lexLine_escapedQuotesInsideBlockString_doNotClose() {
    const std::string_view line = "a \\\"\"\" b";
    const LineLexResult result = lexLine(line, LineState::InBlockString);
    QCOMPARE(result.endState, LineState::InBlockString);
    QCOMPARE(result.tokens.size(), std::size_t(1));
}

void TestLineLexer::lexLine_invalidInput_isMarkedAndLexingContinues() {
    const std::string_view line = "{ a(x: 1x) ? b }";
    const LineLexResult result = lexLine(line, LineState::Normal);
    QCOMPARE(render(result, line),
             QByteArray("{[{] Name[a] ([(] Name[x] :[:] Invalid[1x] )[)] Invalid[?] Name[b] }[}]"));
    QCOMPARE(result.endState, LineState::Normal);
}

void TestLineLexer::lexLine_unterminatedString_staysOnItsLine() {
    const std::string_view line = "f(x: \"abc";
    const LineLexResult result = lexLine(line, LineState::Normal);
    QCOMPARE(result.endState, LineState::Normal);
    QCOMPARE(result.tokens.back().kind, TokenKind::Invalid);
}

QTEST_GUILESS_MAIN(TestLineLexer)
#include "tst_linelexer.moc"
