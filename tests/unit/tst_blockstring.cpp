// BlockStringValue(): the spec's dedent algorithm as graphql-js 16 implements it.
#include "graphql/blockstring.h"

#include <QTest>

using altrata::graphql::appendBlockStringValue;
using altrata::graphql::blockStringValue;

namespace {
template<std::size_t N> QByteArray bytes(const char (&text)[N]) {
    return QByteArray(text, N - 1);
}
} // namespace

class TestBlockString final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void value_data();
    void value();
    void append_plainLine_leavesOutputUntouched();
};

void TestBlockString::value_data() {
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("common indent removed") << bytes("\n    hello\n      world\n    ") << bytes("hello\n  world");
    QTest::newRow("first line keeps its indent")
        << bytes("  first\n    second\n    third") << bytes("  first\nsecond\nthird");
    QTest::newRow("leading and trailing blank lines dropped")
        << bytes("  \n\n  first\n  second\n\n") << bytes("first\nsecond");
    QTest::newRow("tabs count as indentation") << bytes("\ta\n\t b\n\t  c") << bytes("\ta\nb\n c");
    QTest::newRow("blank middle line shorter than indent") << bytes("\n    a\n  \n    b") << bytes("a\n\nb");
    QTest::newRow("CRLF and CR become LF") << bytes("\r\n  a\r\n  b\r  c\r\n") << bytes("a\nb\nc");
    QTest::newRow("escaped triple quote") << bytes("a \\\"\"\" b") << bytes("a \"\"\" b");
    QTest::newRow("only whitespace") << bytes("   ") << bytes("");
    QTest::newRow("empty") << bytes("") << bytes("");
    QTest::newRow("single line with leading space kept") << bytes(" a") << bytes(" a");
    QTest::newRow("whitespace-only lines do not set the indent")
        << bytes("\n  a\n      \n    b") << bytes("a\n    \n  b");
}

void TestBlockString::value() {
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, expected);
    const std::string value = blockStringValue(std::string_view(raw.constData(), std::size_t(raw.size())));
    QCOMPARE(QByteArray::fromStdString(value), expected);
}

void TestBlockString::append_plainLine_leavesOutputUntouched() {
    std::string out = "x";
    QVERIFY(!appendBlockStringValue("plain text", out));
    QCOMPARE(out, std::string("x"));
    QVERIFY(appendBlockStringValue("a\n  b", out));
    QCOMPARE(out, std::string("xa\nb"));
}

QTEST_GUILESS_MAIN(TestBlockString)
#include "tst_blockstring.moc"
