#include "graphql/suggestions.h"

#include <QTest>

#include <string>
#include <vector>

using namespace altrata::graphql;

Q_DECLARE_METATYPE(std::vector<std::string>)

class TestSuggestions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void suggestionList_matchesGraphqlJs_data();
    void suggestionList_matchesGraphqlJs();
    void naturalCompare_matchesGraphqlJs_data();
    void naturalCompare_matchesGraphqlJs();
    void didYouMean_quotesAndListsAtMostFive();
};

// Expected: graphql-js 16.15.0 graphql/jsutils/suggestionList(input, options) run with node.
void TestSuggestions::suggestionList_matchesGraphqlJs_data() {
    QTest::addColumn<std::string>("input");
    QTest::addColumn<std::vector<std::string>>("options");
    QTest::addColumn<std::vector<std::string>>("expected");
    QTest::newRow("nme") << std::string("nme")
                         << std::vector<std::string>{"name", "nam", "game", "names", "Name", "nme"}
                         << std::vector<std::string>{"nme", "Name", "name", "game", "nam", "names"};
    QTest::newRow("abc") << std::string("abc") << std::vector<std::string>{"ab", "abcd", "bac", "xyz", "ABC", "acb"}
                         << std::vector<std::string>{"ABC", "ab", "abcd", "acb", "bac"};
    QTest::newRow("field2") << std::string("field2")
                            << std::vector<std::string>{"field10", "field2x", "field1", "feild2", "field02"}
                            << std::vector<std::string>{"feild2", "field02", "field1", "field2x", "field10"};
    QTest::newRow("a") << std::string("a") << std::vector<std::string>{"b", "A", "aa", ""}
                       << std::vector<std::string>{"", "A", "aa", "b"};
    QTest::newRow("longer") << std::string("longer")
                            << std::vector<std::string>{"longest", "lounger", "lonely", "linger", "logger"}
                            << std::vector<std::string>{"linger", "logger", "lounger", "longest", "lonely"};
}

void TestSuggestions::suggestionList_matchesGraphqlJs() {
    QFETCH(std::string, input);
    QFETCH(std::vector<std::string>, options);
    QFETCH(std::vector<std::string>, expected);
    const std::vector<std::string_view> views(options.begin(), options.end());
    QCOMPARE(suggestionList(input, views), expected);
}

// Expected: Math.sign(graphql-js 16.15.0 graphql/jsutils/naturalCompare(a, b)) run with node.
void TestSuggestions::naturalCompare_matchesGraphqlJs_data() {
    QTest::addColumn<std::string>("a");
    QTest::addColumn<std::string>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("a2 vs a10") << std::string("a2") << std::string("a10") << -1;
    QTest::newRow("a10 vs a2") << std::string("a10") << std::string("a2") << 1;
    QTest::newRow("a02 vs a2") << std::string("a02") << std::string("a2") << -1;
    QTest::newRow("a vs a1") << std::string("a") << std::string("a1") << -1;
    QTest::newRow("B vs a") << std::string("B") << std::string("a") << -1;
    QTest::newRow("x1y vs x1y") << std::string("x1y") << std::string("x1y") << 0;
    QTest::newRow("file007 vs file7") << std::string("file007") << std::string("file7") << -1;
}

void TestSuggestions::naturalCompare_matchesGraphqlJs() {
    QFETCH(std::string, a);
    QFETCH(std::string, b);
    QFETCH(int, expected);
    QCOMPARE(naturalCompare(a, b), expected);
}

// graphql-js didYouMean() outputs for 0, 1, 2, and 6 suggestions (with a sub-message).
void TestSuggestions::didYouMean_quotesAndListsAtMostFive() {
    QCOMPARE(didYouMean({}), std::string());
    QCOMPARE(didYouMean({"a"}), std::string(" Did you mean \"a\"?"));
    QCOMPARE(didYouMean({"a", "b"}), std::string(" Did you mean \"a\" or \"b\"?"));
    QCOMPARE(didYouMean({"a", "b", "c", "d", "e", "f"}, "the enum value"),
             std::string(" Did you mean the enum value \"a\", \"b\", \"c\", \"d\", or \"e\"?"));
}

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
