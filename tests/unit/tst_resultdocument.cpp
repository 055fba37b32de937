#include "graphqljobtesting.h"
#include "results/resultdocument.h"

#include <QTest>

#include <algorithm>

using altrata::results::GraphQLErrorInfo;
using altrata::results::NodeId;
using altrata::results::NodeType;
using altrata::results::ResultDocument;
using altrata::test::parsedDocument;

namespace {

QByteArray nested(int depth) {
    return QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
}

} // namespace

Q_DECLARE_METATYPE(NodeType)

class TestResultDocument final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_everyType_reportsTypeAndText_data();
    void parse_everyType_reportsTypeAndText();
    void scalarText_numbers_keepTheirSourceText_data();
    void scalarText_numbers_keepTheirSourceText();
    void children_walkMembersInOrder_withKeysAndDuplicates();
    void member_findsFirstMatchOrNothing();
    void child_pastTheLast_isNoNode_andReadsSafely();
    void childCount_emptyContainers_isZero();
    void childCount_beyondSimdjsonsSaturatedCount_isCounted();
    void toJson_compact_reproducesMinifiedSource();
    void toJson_pretty_indentsLikeJsonStringify();
    void toJson_strings_areEscapedLikeJsonStringify();
    void toJson_subtree_printsOnlyThatNode();
    void parse_2000Levels_parsesAndPrints();
    void parse_paddedBody_keepsTheSameBuffer();
    void parse_integersBeyond64Bits_readAndPrintAsWritten();
    void parse_hugeStringAndUnicodeKeys_readBack();
    void elidedText_longString_isCutWithEllipsis();
    void parse_invalid_explainsWhereItCan_data();
    void parse_invalid_explainsWhereItCan();
    void hasData_data();
    void hasData();
    void graphqlErrors_readMessageLocationsAndPath();
    void graphqlErrors_absentOrMalformed_areEmptyOrTolerated();
    void parse_withProgress_reportsRisingPhasesEndingAtThousand();
    void parse_withProgress_failureNeverReportsThousand();
    void parse_withProgress_longIntegers_stillRiseToThousand();
};

void TestResultDocument::parse_everyType_reportsTypeAndText_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<NodeType>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("object") << QByteArray(R"({"a":1})") << NodeType::Object << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << NodeType::Array << QString();
    QTest::newRow("string") << QByteArray(R"("h\u00e9llo\n")") << NodeType::String << QStringLiteral("h\u00e9llo\n");
    QTest::newRow("number") << QByteArray(" 42 ") << NodeType::Number << QStringLiteral("42");
    QTest::newRow("true") << QByteArray("true") << NodeType::Bool << QStringLiteral("true");
    QTest::newRow("false") << QByteArray("false") << NodeType::Bool << QStringLiteral("false");
    QTest::newRow("null") << QByteArray("null") << NodeType::Null << QStringLiteral("null");
}

void TestResultDocument::parse_everyType_reportsTypeAndText() {
    QFETCH(QByteArray, json);
    QFETCH(NodeType, type);
    QFETCH(QString, text);
    const auto document = parsedDocument(json);
    QVERIFY(document);
    QCOMPARE(document->type(document->root()), type);
    QCOMPARE(document->scalarText(document->root()), text);
    QCOMPARE(document->byteSize(), json.size());
}

void TestResultDocument::scalarText_numbers_keepTheirSourceText_data() {
    QTest::addColumn<QByteArray>("number");
    for (const char *number : {"1.50", "12345678901234567890", "-0", "1E+2", "-1.5e-7", "0.1", "9007199254740993",
                               "-9223372036854775808", "3"})
        QTest::newRow(number) << QByteArray(number);
}

void TestResultDocument::scalarText_numbers_keepTheirSourceText() {
    QFETCH(QByteArray, number);
    const QByteArray json = "{ \"k\" : [ true, " + number + " ,\n" + number + "], \"n\":" + number + "}";
    const auto document = parsedDocument(json);
    QVERIFY(document);
    const NodeId list = *document->member(document->root(), "k");
    QCOMPARE(document->scalarText(document->child(list, 1)), QString::fromLatin1(number));
    QCOMPARE(document->scalarText(document->child(list, 2)), QString::fromLatin1(number));
    QCOMPARE(document->scalarText(*document->member(document->root(), "n")), QString::fromLatin1(number));
    QCOMPARE(document->toJson(document->root(), false),
             "{\"k\":[true," + number + "," + number + "],\"n\":" + number + "}");
}

void TestResultDocument::children_walkMembersInOrder_withKeysAndDuplicates() {
    const auto document = parsedDocument(R"({"b":1,"a":[true,null],"b":"again","":{}})");
    QVERIFY(document);
    const NodeId root = document->root();
    QCOMPARE(document->childCount(root), 4);
    QStringList keys;
    for (qsizetype i = 0; i < document->childCount(root); ++i)
        keys << document->key(root, i);
    QCOMPARE(keys, (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b"), QString()}));
    const QList<NodeId> children = document->children(root);
    QCOMPARE(children.size(), 4);
    QCOMPARE(document->scalarText(children[0]), QStringLiteral("1"));
    QCOMPARE(document->type(children[1]), NodeType::Array);
    QCOMPARE(document->childCount(children[1]), 2);
    QCOMPARE(document->type(document->child(children[1], 1)), NodeType::Null);
    QCOMPARE(document->scalarText(children[2]), QStringLiteral("again"));
    QCOMPARE(document->memberKey(children[2]), QStringLiteral("b"));
    QCOMPARE(document->child(root, 3), children[3]);
    QCOMPARE(document->child(root, 4), ResultDocument::kNoNode);
}

void TestResultDocument::member_findsFirstMatchOrNothing() {
    const auto document = parsedDocument(R"({"x":1,"x":2,"y":{"z":[3]}})");
    QVERIFY(document);
    QCOMPARE(document->scalarText(*document->member(document->root(), "x")), QStringLiteral("1"));
    const auto y = document->member(document->root(), "y");
    QVERIFY(y);
    QVERIFY(document->member(*y, "z"));
    QVERIFY(!document->member(*y, "x"));
    QVERIFY(!document->member(*document->member(*y, "z"), "z")); // an array has no members
}

void TestResultDocument::child_pastTheLast_isNoNode_andReadsSafely() {
    const auto document = parsedDocument("{\"a\":1,\"b\":[2]}");
    QVERIFY(document);
    const NodeId root = document->root();
    QCOMPARE(document->key(root, 1), QStringLiteral("b"));
    QCOMPARE(document->child(root, 2), ResultDocument::kNoNode);
    QCOMPARE(document->key(root, 2), QString());
    QCOMPARE(document->memberKey(ResultDocument::kNoNode), QString());
    QCOMPARE(document->toJson(ResultDocument::kNoNode, true), QByteArray());
    QCOMPARE(document->childCount(ResultDocument::kNoNode), 0);
}

void TestResultDocument::childCount_emptyContainers_isZero() {
    const auto document = parsedDocument(R"({"o":{},"a":[],"s":"x"})");
    QVERIFY(document);
    for (const char *key : {"o", "a", "s"}) {
        const NodeId node = *document->member(document->root(), key);
        QCOMPARE(document->childCount(node), 0);
        QCOMPARE(document->firstChild(node), ResultDocument::kNoNode);
        QVERIFY(document->children(node).isEmpty());
    }
}

void TestResultDocument::childCount_beyondSimdjsonsSaturatedCount_isCounted() {
    const qsizetype count = 0xFFFFFF + 3;
    QByteArray json;
    json.reserve(count * 2 + 2);
    json += '[';
    for (qsizetype i = 0; i < count; ++i)
        json += i == 0 ? "0" : ",0";
    json += ']';
    const auto document = parsedDocument(json);
    QVERIFY(document);
    QCOMPARE(document->childCount(document->root()), count);
}

void TestResultDocument::toJson_compact_reproducesMinifiedSource() {
    const QByteArray json = R"( { "a" : [ 1 , 2.50 , { } , [ ] , "s" ] , "b" : { "c" : null , "d" : false } } )";
    const auto document = parsedDocument(json);
    QVERIFY(document);
    QCOMPARE(document->toJson(document->root(), false),
             QByteArray(R"({"a":[1,2.50,{},[],"s"],"b":{"c":null,"d":false}})"));
}

void TestResultDocument::toJson_pretty_indentsLikeJsonStringify() {
    const auto document = parsedDocument(R"({"a":[1,{"b":true}],"e":{},"f":[],"g":"x"})");
    QVERIFY(document);
    const QByteArray expected = "{\n"
                                "  \"a\": [\n"
                                "    1,\n"
                                "    {\n"
                                "      \"b\": true\n"
                                "    }\n"
                                "  ],\n"
                                "  \"e\": {},\n"
                                "  \"f\": [],\n"
                                "  \"g\": \"x\"\n"
                                "}";
    QCOMPARE(document->toJson(document->root(), true), expected);
}

void TestResultDocument::toJson_strings_areEscapedLikeJsonStringify() {
    // JSON.stringify escapes quote, backslash and control characters only ("/" and non-ASCII stay).
    const auto document =
        parsedDocument("[\"q\\\" b\\\\ s\\/ \\u0001 \\b\\f\\n\\r\\t \\u001f \\u00e9 \\u2028 \\ud83d\\ude00\"]");
    QVERIFY(document);
    const QByteArray expected =
        "[\"q\\\" b\\\\ s/ \\u0001 \\b\\f\\n\\r\\t \\u001f \xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x98\x80\"]";
    QCOMPARE(document->toJson(document->root(), false), expected);
}

void TestResultDocument::toJson_subtree_printsOnlyThatNode() {
    const auto document = parsedDocument(R"({"a":{"b":[1,2]},"c":3})");
    QVERIFY(document);
    const NodeId a = *document->member(document->root(), "a");
    QCOMPARE(document->toJson(a, false), QByteArray(R"({"b":[1,2]})"));
    QCOMPARE(document->toJson(a, true), QByteArray("{\n  \"b\": [\n    1,\n    2\n  ]\n}"));
    QCOMPARE(document->toJson(*document->member(document->root(), "c"), true), QByteArray("3"));
}

void TestResultDocument::parse_2000Levels_parsesAndPrints() {
    const QByteArray json = nested(2000);
    const auto document = parsedDocument(json);
    QVERIFY(document);
    QCOMPARE(document->toJson(document->root(), false), json);
    const QByteArray pretty = document->toJson(document->root(), true);
    QCOMPARE(pretty.count('\n'), 4000);
    QVERIFY(pretty.contains("\n" + QByteArray(4000, ' ') + "1\n"));
    NodeId node = document->root();
    for (int i = 0; i < 2000; ++i)
        node = document->firstChild(node);
    QCOMPARE(document->scalarText(node), QStringLiteral("1"));
}

void TestResultDocument::parse_paddedBody_keepsTheSameBuffer() {
    QByteArray body(R"({"a":"b"})");
    body.reserve(body.size() + 4096);
    const char *bytes = body.constData();
    const auto document = ResultDocument::parse(std::move(body));
    QVERIFY(document);
    QCOMPARE(document->body().constData(), bytes); // moved in, not copied
    QCOMPARE(document->body(), QByteArray(R"({"a":"b"})"));
}

// simdjson's DOM alone refuses these valid numbers (NUMBER_ERROR).
void TestResultDocument::parse_integersBeyond64Bits_readAndPrintAsWritten() {
    const QByteArray json = "{\"big\":123456789012345678901234567890,\"neg\":-9223372036854775809,"
                            "\"s\":\"99999999999999999999999\\\"\",\"max\":18446744073709551615,"
                            "\"list\":[1.5,-99999999999999999999,2e3]}";
    const QByteArray callersCopy = json;
    const auto document = parsedDocument(json);
    QVERIFY(document);
    const NodeId root = document->root();
    QCOMPARE(document->type(*document->member(root, "big")), NodeType::Number);
    QCOMPARE(document->scalarText(*document->member(root, "big")), QStringLiteral("123456789012345678901234567890"));
    QCOMPARE(document->scalarText(*document->member(root, "neg")), QStringLiteral("-9223372036854775809"));
    QCOMPARE(document->scalarText(*document->member(root, "s")), QStringLiteral("99999999999999999999999\""));
    const NodeId list = *document->member(root, "list");
    QCOMPARE(document->scalarText(document->child(list, 1)), QStringLiteral("-99999999999999999999"));
    QCOMPARE(document->toJson(root, false), json);
    QCOMPARE(document->body(), json);
    QCOMPARE(callersCopy, json); // the bytes a caller shares are never written to
}

void TestResultDocument::parse_hugeStringAndUnicodeKeys_readBack() {
    const QByteArray big(4 * 1024 * 1024, 'x');
    const auto document = parsedDocument("{\"\xe5\x90\x8d\xe5\x89\x8d\":\"" + big + "\",\"\xf0\x9f\x98\x80 k\":1}");
    QVERIFY(document);
    const QList<NodeId> children = document->children(document->root());
    QCOMPARE(document->memberKey(children[0]), QStringLiteral("\u540d\u524d"));
    QCOMPARE(document->memberKey(children[1]), QString::fromUtf8("\xf0\x9f\x98\x80 k"));
    QCOMPARE(document->scalarText(children[0]).size(), big.size());
    QCOMPARE(document->stringSize(children[0]), big.size());
    QVERIFY(document->member(document->root(), "\xe5\x90\x8d\xe5\x89\x8d"));
}

void TestResultDocument::elidedText_longString_isCutWithEllipsis() {
    const QByteArray smile = "\xf0\x9f\x98\x80";
    const auto document =
        parsedDocument("[\"" + QByteArray(300, 'a') + "\",\"short\",\"" + smile.repeated(300) + "\"]");
    QVERIFY(document);
    const QString elided = document->elidedText(document->child(document->root(), 0), 200);
    QCOMPARE(elided, QString(200, QLatin1Char('a')) + QChar(0x2026));
    QCOMPARE(document->elidedText(document->child(document->root(), 1), 200), QStringLiteral("short"));
    const QString emoji = document->elidedText(document->child(document->root(), 2), 201);
    QCOMPARE(emoji, QString::fromUtf8(smile.repeated(100)) + QChar(0x2026)); // never splits a surrogate pair
}

void TestResultDocument::parse_invalid_explainsWhereItCan_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << qint64(-1) << "empty";
    QTest::newRow("only spaces") << QByteArray("  \n ") << qint64(-1) << "empty";
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << qint64(5) << "near byte 5";
    QTest::newRow("ends early") << QByteArray(R"({"a":[1,2)") << qint64(9) << "near byte 9";
    QTest::newRow("unclosed string") << QByteArray(R"({"a":"xyz)") << qint64(5) << "string is not closed";
    QTest::newRow("bad word") << QByteArray("[tru]") << qint64(1) << "near byte 1";
    QTest::newRow("trailing comma") << QByteArray("[1,]") << qint64(3) << "near byte 3";
    QTest::newRow("html") << QByteArray("<html>") << qint64(0) << "not valid JSON";
    QTest::newRow("latin-1") << QByteArray("{\"a\":\"caf\xe9\"}") << qint64(9) << "UTF-8";
    QTest::newRow("two values") << QByteArray("{} {}") << qint64(3) << "near byte 3";
    QTest::newRow("long integer, then an error")
        << QByteArray("[123456789012345678901234,tru]") << qint64(26) << "near byte 26";
}

void TestResultDocument::parse_invalid_explainsWhereItCan() {
    QFETCH(QByteArray, body);
    QFETCH(qint64, offset);
    QFETCH(QString, mentions);
    ResultDocument::ParseError error;
    QVERIFY(!ResultDocument::parse(body, &error));
    QCOMPARE(error.offset, offset);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY2(error.message.endsWith(QLatin1Char('.')), qPrintable(error.message));
}

void TestResultDocument::hasData_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("hasData");
    QTest::newRow("object") << QByteArray(R"({"data":{"a":1}})") << true;
    QTest::newRow("null") << QByteArray(R"({"errors":[],"data":null})") << false;
    QTest::newRow("absent") << QByteArray(R"({"errors":[{"message":"x"}]})") << false;
    QTest::newRow("not an object") << QByteArray(R"([{"data":1}])") << false;
}

void TestResultDocument::hasData() {
    QFETCH(QByteArray, json);
    QFETCH(bool, hasData);
    const auto document = parsedDocument(json);
    QVERIFY(document);
    QCOMPARE(document->hasData(), hasData);
}

void TestResultDocument::graphqlErrors_readMessageLocationsAndPath() {
    const auto document = parsedDocument("{\"errors\":[{\"message\":\"Cannot query \\\"x\\\"\","
                                         "\"locations\":[{\"line\":3,\"column\":5},{\"line\":10,\"column\":1}],"
                                         "\"path\":[\"personSearch\",\"edges\",3,\"node\",\"a b\"]},"
                                         "{\"message\":\"second\",\"extensions\":{\"code\":\"X\"}}],\"data\":null}");
    QVERIFY(document);
    const QList<GraphQLErrorInfo> errors = document->graphqlErrors();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].message, QStringLiteral("Cannot query \"x\""));
    QCOMPARE(errors[0].locations, (QList<std::pair<int, int>>{{3, 5}, {10, 1}}));
    QCOMPARE(errors[0].path, QStringLiteral("data.personSearch.edges[3].node[\"a b\"]"));
    QCOMPARE(errors[1].message, QStringLiteral("second"));
    QVERIFY(errors[1].locations.isEmpty());
    QVERIFY(errors[1].path.isEmpty());
}

void TestResultDocument::graphqlErrors_absentOrMalformed_areEmptyOrTolerated() {
    QVERIFY(parsedDocument(R"({"data":{}})")->graphqlErrors().isEmpty());
    QVERIFY(parsedDocument(R"({"errors":"nope"})")->graphqlErrors().isEmpty());
    QVERIFY(parsedDocument(R"([1])")->graphqlErrors().isEmpty());
    const QList<GraphQLErrorInfo> odd =
        parsedDocument(R"({"errors":["plain",{"locations":[{"line":"x"}]}]})")->graphqlErrors();
    QCOMPARE(odd.size(), 2);
    QCOMPARE(odd[0].message, QStringLiteral("\"plain\""));
    QVERIFY(odd[1].message.isEmpty());
    QVERIFY(odd[1].locations.isEmpty());
}

void TestResultDocument::parse_withProgress_reportsRisingPhasesEndingAtThousand() {
    QByteArray json = "[";
    for (int i = 0; i < 100000; ++i)
        json += (i ? ",{\"n\":" : "{\"n\":") + QByteArray::number(i) + ",\"s\":\"x\"}";
    json += "]";
    QList<int> reports;
    const auto document = ResultDocument::parse(json, nullptr, [&reports](int permille) { reports.append(permille); });
    QVERIFY(document);
    QCOMPARE(document->scalarText(document->member(document->child(document->root(), 99999), "n").value()),
             QStringLiteral("99999"));
    QCOMPARE(reports.first(), 0);
    QCOMPARE(reports.last(), 1000);
    QVERIFY(std::adjacent_find(reports.cbegin(), reports.cend(), std::greater_equal<int>()) == reports.cend());
    // Both simdjson stages and the number pass in between report: more than start, two stage ends and the end.
    QVERIFY2(reports.size() > 10, qPrintable(QString::number(reports.size())));
    // The same document as without progress.
    QVERIFY(document->toJson(document->root(), false) == json);
}

void TestResultDocument::parse_withProgress_failureNeverReportsThousand() {
    QList<int> reports;
    ResultDocument::ParseError error;
    QVERIFY(!ResultDocument::parse(QByteArray("{\"a\":[1,2}"), &error,
                                   [&reports](int permille) { reports.append(permille); }));
    QVERIFY(error.message.contains(QStringLiteral("not valid JSON")));
    QVERIFY(!reports.isEmpty());
    QVERIFY(reports.last() < 1000);
}

void TestResultDocument::parse_withProgress_longIntegers_stillRiseToThousand() {
    QList<int> reports;
    const QByteArray json = "{\"big\":123456789012345678901234567890,\"n\":1}";
    const auto document = ResultDocument::parse(json, nullptr, [&reports](int permille) { reports.append(permille); });
    QVERIFY(document);
    QCOMPARE(document->scalarText(*document->member(document->root(), "big")),
             QStringLiteral("123456789012345678901234567890"));
    QCOMPARE(reports.last(), 1000);
    QVERIFY(std::adjacent_find(reports.cbegin(), reports.cend(), std::greater_equal<int>()) == reports.cend());
}

QTEST_GUILESS_MAIN(TestResultDocument)
#include "tst_resultdocument.moc"
