#include "graphqljobtesting.h"
#include "resultbodies.h"
#include "results/jsonstreamprinter.h"
#include "results/resultdocument.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using altrata::results::JsonStreamPrinter;
using altrata::results::NodeId;
using altrata::results::ResultDocument;
using altrata::test::parsedDocument;

namespace {

// All pieces of a node printed with one budget, concatenated; also checks each piece's size against the budget.
QByteArray printInPieces(const std::shared_ptr<const ResultDocument> &document, NodeId node, bool pretty,
                         qsizetype budget, bool *piecesKeptTheBudget = nullptr) {
    JsonStreamPrinter printer(document, node, pretty);
    QByteArray all;
    bool kept = true;
    while (!printer.atEnd()) {
        QByteArray piece;
        printer.next(piece, budget);
        if (piece.isEmpty() || (piece.size() < budget && !printer.atEnd()))
            kept = false;
        all += piece;
    }
    if (piecesKeptTheBudget)
        *piecesKeptTheBudget = kept;
    return all;
}

QByteArray mixedDocument() {
    return QByteArrayLiteral(
        "{\"data\":{\"s\":\"x\",\"n\":-1.5e3,\"i\":42,\"t\":true,\"f\":false,\"z\":null,"
        "\"eo\":{},\"ea\":[],\"list\":[1,[2,[]],{\"k\":{}}],\"big\":123456789012345678901234567890,"
        "\"u\":\"h\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\n\\t\\u0001/\"},\"errors\":[]}");
}

} // namespace

class TestJsonStreamPrinter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pieces_concatenate_toTheSameBytesAsToJson_data();
    void pieces_concatenate_toTheSameBytesAsToJson();
    void pretty_indentsLikeJsonStringify();
    void output_isTheSameJsonValue_asTheSource();
    void strings_areEscaped_andNumbersKeptAsWritten();
    void node_printsOnlyThatSubtree();
    void deepNesting_2000Levels_printsWithAnyBudget();
    void piece_takesAtLeastTheBudget_unlessTheEndComes();
    void permille_risesToAThousand();
    void printer_keepsTheDocumentAlive();
    void noNode_isAtEndAtOnce();
};

void TestJsonStreamPrinter::pieces_concatenate_toTheSameBytesAsToJson_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("pretty");
    QTest::addColumn<qsizetype>("budget");
    const QList<std::pair<const char *, QByteArray>> documents{
        {"mixed", mixedDocument()},
        {"number", QByteArrayLiteral("-0.25")},
        {"string", QByteArrayLiteral("\"a\"")},
        {"true", QByteArrayLiteral("true")},
        {"false", QByteArrayLiteral("false")},
        {"null", QByteArrayLiteral("null")},
        {"emptyObject", QByteArrayLiteral("{}")},
        {"emptyArray", QByteArrayLiteral("[]")},
        {"arrayOfEmpties", QByteArrayLiteral("[{},[],{\"a\":[]}]")},
        {"people", QByteArrayLiteral("{\"data\":{\"personSearch\":{\"edges\":[{\"node\":{\"name\":\"Ada\"}}]}}}")},
    };
    const QList<qsizetype> budgets{1, 2, 3, 7, 16, 100, 1 << 20, std::numeric_limits<qsizetype>::max()};
    for (const auto &[name, json] : documents) {
        for (const bool pretty : {true, false}) {
            for (const qsizetype budget : budgets)
                QTest::addRow("%s %s %lld", name, pretty ? "pretty" : "compact", qlonglong(budget))
                    << json << pretty << budget;
        }
    }
}

void TestJsonStreamPrinter::pieces_concatenate_toTheSameBytesAsToJson() {
    QFETCH(QByteArray, json);
    QFETCH(bool, pretty);
    QFETCH(qsizetype, budget);
    const auto document = parsedDocument(json);
    QVERIFY(document);
    QCOMPARE(printInPieces(document, document->root(), pretty, budget), document->toJson(document->root(), pretty));
}

void TestJsonStreamPrinter::pretty_indentsLikeJsonStringify() {
    const auto document = parsedDocument(QByteArrayLiteral("{\"a\":[1,{\"b\":null},[]],\"c\":{},\"d\":\"x\"}"));
    const QByteArray expected =
        QByteArrayLiteral("{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    },\n    []\n  ],\n"
                          "  \"c\": {},\n  \"d\": \"x\"\n}");
    QCOMPARE(printInPieces(document, document->root(), true, 5), expected);
    QCOMPARE(printInPieces(document, document->root(), false, 5),
             QByteArrayLiteral("{\"a\":[1,{\"b\":null},[]],\"c\":{},\"d\":\"x\"}"));
}

void TestJsonStreamPrinter::output_isTheSameJsonValue_asTheSource() {
    // QJsonDocument as an independent reader; the long integer is left out since it reads as a double there.
    const QByteArray json = QByteArrayLiteral("{\"a\":[1,2.5,\"s\\n\",true,false,null,{}],\"b\":{\"c\":[[]]},"
                                              "\"\\u00fcber\":\"\\ud83d\\ude00\"}");
    const auto document = parsedDocument(json);
    for (const bool pretty : {true, false}) {
        const QByteArray text = printInPieces(document, document->root(), pretty, 4);
        QJsonParseError error;
        const QJsonDocument reread = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(reread, QJsonDocument::fromJson(json));
    }
}

void TestJsonStreamPrinter::strings_areEscaped_andNumbersKeptAsWritten() {
    const auto document = parsedDocument(mixedDocument());
    const QByteArray compact = printInPieces(document, document->root(), false, 1);
    QVERIFY2(compact.contains("\"big\":123456789012345678901234567890"), compact.constData());
    QVERIFY2(compact.contains("\"n\":-1.5e3"), compact.constData());
    // Quote, backslash and control characters escaped; other text (here é and an emoji) stays UTF-8.
    const QByteArray expected = QStringLiteral("\"u\":\"h\u00e9 \U0001F600 \\\"q\\\" \\\\ \\n\\t\\u0001/\"").toUtf8();
    QVERIFY2(compact.contains(expected), compact.constData());
}

void TestJsonStreamPrinter::node_printsOnlyThatSubtree() {
    const auto document = parsedDocument(mixedDocument());
    const NodeId data = *document->member(document->root(), "data");
    const NodeId list = *document->member(data, "list");
    for (const NodeId node : {data, list, *document->member(data, "u"), *document->member(data, "eo")}) {
        for (const bool pretty : {true, false})
            QCOMPARE(printInPieces(document, node, pretty, 3), document->toJson(node, pretty));
    }
    QCOMPARE(printInPieces(document, list, false, 3), QByteArrayLiteral("[1,[2,[]],{\"k\":{}}]"));
}

void TestJsonStreamPrinter::deepNesting_2000Levels_printsWithAnyBudget() {
    constexpr int depth = 2000;
    QByteArray json;
    for (int i = 0; i < depth; ++i)
        json += i % 2 ? "[" : "{\"k\":";
    json += "\"leaf\"";
    for (int i = depth - 1; i >= 0; --i)
        json += i % 2 ? "]" : "}";
    const auto document = parsedDocument(json);
    QVERIFY(document);
    QCOMPARE(printInPieces(document, document->root(), false, 1), json);
    const QByteArray pretty = printInPieces(document, document->root(), true, 1000);
    QCOMPARE(pretty, document->toJson(document->root(), true));
    // The innermost value sits 2,000 levels deep: 4,000 spaces of indentation.
    QVERIFY(pretty.contains("\n" + QByteArray(2 * depth, ' ') + "\"leaf\"\n"));
    QVERIFY(parsedDocument(pretty));
}

void TestJsonStreamPrinter::piece_takesAtLeastTheBudget_unlessTheEndComes() {
    QByteArray json = "[";
    for (int i = 0; i < 2000; ++i)
        json += (i ? "," : "") + QByteArray::number(i);
    json += "]";
    const auto document = parsedDocument(json);
    for (const qsizetype budget : {1, 10, 333, 4096}) {
        bool kept = false;
        printInPieces(document, document->root(), true, budget, &kept);
        QVERIFY2(kept, qPrintable(QString::number(budget)));
    }
    // A long string is never cut: a piece may run past the budget to the end of the value.
    const auto longString = parsedDocument("[\"" + QByteArray(10000, 'x') + "\"]");
    JsonStreamPrinter printer(longString, longString->root(), false);
    QByteArray piece;
    printer.next(piece, 1);
    QCOMPARE(piece, QByteArrayLiteral("["));
    piece.clear();
    printer.next(piece, 3);
    QCOMPARE(piece.size(), 10002);
}

void TestJsonStreamPrinter::permille_risesToAThousand() {
    const auto document = parsedDocument(altrata::test::largeArrayBody(300));
    JsonStreamPrinter printer(document, document->root(), true);
    QCOMPARE(printer.permille(), 0);
    int last = 0;
    bool sawMiddle = false;
    while (!printer.atEnd()) {
        QByteArray piece;
        printer.next(piece, 1000);
        QVERIFY(printer.permille() >= last);
        last = printer.permille();
        sawMiddle = sawMiddle || (last > 100 && last < 900);
    }
    QVERIFY(sawMiddle);
    QCOMPARE(printer.permille(), 1000);
}

void TestJsonStreamPrinter::printer_keepsTheDocumentAlive() {
    auto document = parsedDocument(mixedDocument());
    const QByteArray expected = document->toJson(document->root(), true);
    JsonStreamPrinter printer(document, document->root(), true);
    QByteArray text;
    printer.next(text, 10);
    document.reset(); // the printer holds its own reference to the tape
    while (!printer.atEnd())
        printer.next(text, 10);
    QCOMPARE(text, expected);
}

void TestJsonStreamPrinter::noNode_isAtEndAtOnce() {
    const auto document = parsedDocument(QByteArrayLiteral("[1]"));
    JsonStreamPrinter none(document, ResultDocument::kNoNode, true);
    QVERIFY(none.atEnd());
    QByteArray out;
    none.next(out, 10);
    QVERIFY(out.isEmpty());
    JsonStreamPrinter noDocument(nullptr, 1, false);
    QVERIFY(noDocument.atEnd());
}

QTEST_GUILESS_MAIN(TestJsonStreamPrinter)
#include "tst_jsonstreamprinter.moc"
