#include "graphql/jsonwriter.h"

#include <QTest>

#include <string>

using namespace altrata::graphql;

namespace {

std::string jsonOf(std::string_view text) {
    std::string out;
    appendJsonString(out, text);
    return out;
}

} // namespace

class TestJsonWriter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendJsonString_escapesLikeJsonStringify_data() {
        QTest::addColumn<std::string>("text");
        QTest::addColumn<std::string>("expected");
        QTest::newRow("empty") << std::string() << std::string("\"\"");
        QTest::newRow("plain") << std::string("hello world, long enough")
                               << std::string("\"hello world, long enough\"");
        QTest::newRow("quoteAndBackslash") << std::string("a\"b\\c") << std::string("\"a\\\"b\\\\c\"");
        QTest::newRow("shortEscapes") << std::string("\b\f\n\r\t") << std::string("\"\\b\\f\\n\\r\\t\"");
        QTest::newRow("otherControls") << std::string("\x01\x1f", 2) + std::string(1, '\0')
                                       << std::string("\"\\u0001\\u001f\\u0000\"");
        QTest::newRow("utf8AndDelete") << std::string("\xc3\xa9\xf0\x9f\x98\x80\x7f spaces ~~")
                                       << std::string("\"\xc3\xa9\xf0\x9f\x98\x80\x7f spaces ~~\"");
    }

    void appendJsonString_escapesLikeJsonStringify() {
        QFETCH(std::string, text);
        QFETCH(std::string, expected);
        QCOMPARE(jsonOf(text), expected);
    }

    // The writer skips 8 plain bytes at a time: a character to escape must be found at any offset
    // of a word, in the first, a middle or the last (partial) word, next to bytes >= 0x80.
    void appendJsonString_findsEscapesAtEveryOffset() {
        const std::pair<char, std::string> escapes[] = {{'"', "\\\""},       {'\\', "\\\\"},      {'\n', "\\n"},
                                                        {'\x01', "\\u0001"}, {'\x1f', "\\u001f"}, {'\0', "\\u0000"}};
        for (const char filler : {'a', '\xe9', ' ', '!', '#', '['}) {
            for (const auto &[special, escaped] : escapes) {
                for (std::size_t at = 0; at < 27; ++at) {
                    std::string text(27, filler);
                    text[at] = special;
                    const std::string expected =
                        '"' + std::string(at, filler) + escaped + std::string(26 - at, filler) + '"';
                    QCOMPARE(jsonOf(text), expected);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
