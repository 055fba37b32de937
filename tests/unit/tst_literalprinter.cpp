#include "graphql/literalprinter.h"

#include <QTest>

using namespace altrata::graphql;

namespace {
void addGraphqlJsRows();
} // namespace

// String literals against graphql-js: the expected columns are what graphql-js 16.15.0 printString(value),
// printBlockString(value) and printBlockString(value, {minimize: true}) returned (generated with node).
class TestLiteralPrinter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendStringLiteral_matchesPrintString();
    void appendStringLiteral_matchesPrintString_data() { addGraphqlJsRows(); }
    void appendBlockStringLiteral_matchesPrintBlockString();
    void appendBlockStringLiteral_matchesPrintBlockString_data() { addGraphqlJsRows(); }
    void appendBlockStringLiteral_minimize_matchesPrintBlockStringMinimize();
    void appendBlockStringLiteral_minimize_matchesPrintBlockStringMinimize_data() { addGraphqlJsRows(); }
    void appendBlockStringLiteral_indent_followsEveryLineBreak();
    void appendStringLiteral_appendsToExistingText();
    void utf16Length_countsCodeUnits();
};

namespace {

void addGraphqlJsRows() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("quoted");
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<QByteArray>("minimized");
    QTest::newRow("empty") << QByteArray("", 0) << QByteArray("\"\"", 2) << QByteArray("\"\"\"\"\"\"", 6)
                           << QByteArray("\"\"\"\"\"\"", 6);
    QTest::newRow("plain") << QByteArray("hello", 5) << QByteArray("\"hello\"", 7)
                           << QByteArray("\"\"\"hello\"\"\"", 11) << QByteArray("\"\"\"hello\"\"\"", 11);
    QTest::newRow("quote and backslash") << QByteArray("a\"b\\c", 5) << QByteArray("\"a\\\"b\\\\c\"", 9)
                                         << QByteArray("\"\"\"a\"b\\c\"\"\"", 11)
                                         << QByteArray("\"\"\"a\"b\\c\"\"\"", 11);
    QTest::newRow("controls") << QByteArray("\000\010\t\n"
                                            "\013\014\r\037",
                                            8)
                              << QByteArray("\"\\u0000\\b\\t\\n\\u000B\\f\\r\\u001F\"", 30)
                              << QByteArray("\"\"\"\n"
                                            "\000\010\t\n"
                                            "\013\014\r\037\n"
                                            "\"\"\"",
                                            16)
                              << QByteArray("\"\"\"\000\010\t\n"
                                            "\013\014\r\037\"\"\"",
                                            14);
    QTest::newRow("DEL and C1") << QByteArray("\177\302\200\302\237\302\240", 7)
                                << QByteArray("\"\\u007F\\u0080\\u009F\302\240\"", 22)
                                << QByteArray("\"\"\"\177\302\200\302\237\302\240\"\"\"", 13)
                                << QByteArray("\"\"\"\177\302\200\302\237\302\240\"\"\"", 13);
    QTest::newRow("non-ASCII as is") << QByteArray("\303\251\342\202\254\360\237\230\200\342\200\250", 12)
                                     << QByteArray("\"\303\251\342\202\254\360\237\230\200\342\200\250\"", 14)
                                     << QByteArray("\"\"\"\303\251\342\202\254\360\237\230\200\342\200\250\"\"\"", 18)
                                     << QByteArray("\"\"\"\303\251\342\202\254\360\237\230\200\342\200\250\"\"\"", 18);
    QTest::newRow("three quotes") << QByteArray("a\"\"\"b", 5) << QByteArray("\"a\\\"\\\"\\\"b\"", 10)
                                  << QByteArray("\"\"\"a\\\"\"\"b\"\"\"", 12)
                                  << QByteArray("\"\"\"a\\\"\"\"b\"\"\"", 12);
    QTest::newRow("four trailing quotes") << QByteArray("x\"\"\"\"", 5) << QByteArray("\"x\\\"\\\"\\\"\\\"\"", 11)
                                          << QByteArray("\"\"\"\n"
                                                        "x\\\"\"\"\"\n"
                                                        "\"\"\"",
                                                        14)
                                          << QByteArray("\"\"\"x\\\"\"\"\"\n"
                                                        "\"\"\"",
                                                        13);
    QTest::newRow("six trailing quotes") << QByteArray("x\"\"\"\"\"\"", 7)
                                         << QByteArray("\"x\\\"\\\"\\\"\\\"\\\"\\\"\"", 15)
                                         << QByteArray("\"\"\"\n"
                                                       "x\\\"\"\"\\\"\"\"\n"
                                                       "\"\"\"",
                                                       17)
                                         << QByteArray("\"\"\"x\\\"\"\"\\\"\"\"\"\"\"", 15);
    QTest::newRow("trailing quote") << QByteArray("say \"hi\"", 8) << QByteArray("\"say \\\"hi\\\"\"", 12)
                                    << QByteArray("\"\"\"\n"
                                                  "say \"hi\"\n"
                                                  "\"\"\"",
                                                  16)
                                    << QByteArray("\"\"\"say \"hi\"\n"
                                                  "\"\"\"",
                                                  15);
    QTest::newRow("trailing backslash") << QByteArray("path\\", 5) << QByteArray("\"path\\\\\"", 8)
                                        << QByteArray("\"\"\"\n"
                                                      "path\\\n"
                                                      "\"\"\"",
                                                      13)
                                        << QByteArray("\"\"\"path\\\n"
                                                      "\"\"\"",
                                                      12);
    QTest::newRow("leading space single line")
        << QByteArray("  indented", 10) << QByteArray("\"  indented\"", 12) << QByteArray("\"\"\"  indented\"\"\"", 16)
        << QByteArray("\"\"\"  indented\"\"\"", 16);
    QTest::newRow("leading space multi line") << QByteArray("  a\n"
                                                            "b",
                                                            5)
                                              << QByteArray("\"  a\\nb\"", 8)
                                              << QByteArray("\"\"\"\n"
                                                            "  a\n"
                                                            "b\n"
                                                            "\"\"\"",
                                                            13)
                                              << QByteArray("\"\"\"  a\n"
                                                            "b\"\"\"",
                                                            11);
    QTest::newRow("later lines indented") << QByteArray("a\n"
                                                        "  b\n"
                                                        "\tc",
                                                        8)
                                          << QByteArray("\"a\\n  b\\n\\tc\"", 13)
                                          << QByteArray("\"\"\"\n"
                                                        "a\n"
                                                        "  b\n"
                                                        "\tc\n"
                                                        "\"\"\"",
                                                        16)
                                          << QByteArray("\"\"\"\n"
                                                        "a\n"
                                                        "  b\n"
                                                        "\tc\"\"\"",
                                                        15);
    QTest::newRow("later line empty") << QByteArray("a\n", 2) << QByteArray("\"a\\n\"", 5)
                                      << QByteArray("\"\"\"\n"
                                                    "a\n"
                                                    "\n"
                                                    "\"\"\"",
                                                    10)
                                      << QByteArray("\"\"\"\n"
                                                    "a\n"
                                                    "\"\"\"",
                                                    9);
    QTest::newRow("70 units")
        << QByteArray("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 70)
        << QByteArray("\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", 72)
        << QByteArray("\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", 76)
        << QByteArray("\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", 76);
    QTest::newRow("71 units")
        << QByteArray("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 71)
        << QByteArray("\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", 73)
        << QByteArray("\"\"\"\n"
                      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
                      "\"\"\"",
                      79)
        << QByteArray("\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", 77);
    QTest::newRow("35 emoji are 70 units")
        << QByteArray(
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200",
               140)
        << QByteArray(
               "\"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\"",
               142)
        << QByteArray(
               "\"\"\"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\"\"\"",
               146)
        << QByteArray(
               "\"\"\"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\"\"\"",
               146);
    QTest::newRow("36 emoji are 72 units")
        << QByteArray(
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200",
               144)
        << QByteArray(
               "\"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\"",
               146)
        << QByteArray(
               "\"\"\"\n"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\n"
               "\"\"\"",
               152)
        << QByteArray(
               "\"\"\"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\"\"\"",
               150);
    QTest::newRow("carriage return line break") << QByteArray("a\rb", 3) << QByteArray("\"a\\rb\"", 6)
                                                << QByteArray("\"\"\"\n"
                                                              "a\rb\n"
                                                              "\"\"\"",
                                                              11)
                                                << QByteArray("\"\"\"a\rb\"\"\"", 9);
}

} // namespace

void TestLiteralPrinter::appendStringLiteral_matchesPrintString() {
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, quoted);
    std::string out;
    appendStringLiteral(out, std::string_view(value.constData(), static_cast<std::size_t>(value.size())));
    QCOMPARE(QByteArray::fromStdString(out), quoted);
}

void TestLiteralPrinter::appendBlockStringLiteral_matchesPrintBlockString() {
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, block);
    std::string out;
    appendBlockStringLiteral(out, std::string_view(value.constData(), static_cast<std::size_t>(value.size())), 0,
                             false);
    QCOMPARE(QByteArray::fromStdString(out), block);
}

void TestLiteralPrinter::appendBlockStringLiteral_minimize_matchesPrintBlockStringMinimize() {
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, minimized);
    std::string out;
    appendBlockStringLiteral(out, std::string_view(value.constData(), static_cast<std::size_t>(value.size())), 0, true);
    QCOMPARE(QByteArray::fromStdString(out), minimized);
}

// The printer indents block strings with the surrounding lines, as graphql-js's print() does.
void TestLiteralPrinter::appendBlockStringLiteral_indent_followsEveryLineBreak() {
    std::string out;
    appendBlockStringLiteral(out, "a\n\nb", 4, false);
    QCOMPARE(out, std::string("\"\"\"\n    a\n    \n    b\n    \"\"\""));
}

void TestLiteralPrinter::appendStringLiteral_appendsToExistingText() {
    std::string out = "x: ";
    appendStringLiteral(out, "y");
    QCOMPARE(out, std::string("x: \"y\""));
}

void TestLiteralPrinter::utf16Length_countsCodeUnits() {
    QCOMPARE(utf16Length(""), std::size_t(0));
    QCOMPARE(utf16Length("abc"), std::size_t(3));
    QCOMPARE(utf16Length("\xC3\xA9"), std::size_t(1));         // é
    QCOMPARE(utf16Length("\xE2\x82\xAC"), std::size_t(1));     // €
    QCOMPARE(utf16Length("\xF0\x9F\x98\x80"), std::size_t(2)); // 😀: a surrogate pair
}

QTEST_GUILESS_MAIN(TestLiteralPrinter)
#include "tst_literalprinter.moc"
