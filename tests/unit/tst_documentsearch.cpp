#include "graphqljobtesting.h"
#include "results/documentsearch.h"
#include "results/jsontreemodel.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using altrata::results::DocumentSearch;
using altrata::results::JsonTreeModel;
using altrata::results::NodeType;
using altrata::results::ResultDocument;
using altrata::results::SearchOptions;
using altrata::results::SearchResult;
using altrata::results::TaskControl;
using altrata::test::parsedDocument;

namespace {

// Every JSON type once, with numbers written in ways a reformatter would change.
const QByteArray kDocument = "{\"data\":{\"people\":["
                             "{\"name\":\"Ada\",\"age\":36,\"score\":1.50e3,\"active\":true},"
                             "{\"name\":\"Jos\\u00e9 P\\u00e9rez\",\"age\":-7,\"score\":0.25,\"active\":false},"
                             "{\"name\":\"J\xc3\x93SE\",\"age\":null,\"tags\":[],\"extra\":{},\"note\":\"a\\\"b\"}"
                             "]},\"count\":3}";

SearchOptions plain(const QString &text) {
    SearchOptions options;
    options.text = text;
    return options;
}

SearchOptions regex(const QString &pattern) {
    SearchOptions options = plain(pattern);
    options.regularExpression = true;
    return options;
}

// Each hit as the tree model names it: the row path is followed row by row from the model's root, so a wrong
// row path shows as a wrong (or missing) name. Key hits end in " (key)".
QStringList hitNames(const std::shared_ptr<const ResultDocument> &document, const SearchResult &result) {
    JsonTreeModel model;
    model.setDocument(document);
    QStringList names;
    for (const auto &hit : result.hits) {
        QModelIndex index;
        for (const qint64 row : hit.rowPath)
            index = model.index(int(row), 0, index);
        if (!index.isValid()) {
            names.append(QStringLiteral("<invalid>"));
            continue;
        }
        names.append(model.pathOf(index) + (hit.inKey ? QStringLiteral(" (key)") : QString()));
    }
    return names;
}

QStringList find(const SearchOptions &options, const QByteArray &json = kDocument) {
    const auto document = parsedDocument(json);
    return hitNames(document, DocumentSearch::run(*document, options));
}

QByteArray manyValues(int count, const QByteArray &value) {
    QByteArray json = "[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += value;
    }
    return json + ']';
}

} // namespace

class TestDocumentSearch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void problem_refusesWhatCannotBeSearched_data();
    void problem_refusesWhatCannotBeSearched();
    void run_withAProblem_findsNothing();
    void values_matchEveryScalarTypeAsWritten_data();
    void values_matchEveryScalarTypeAsWritten();
    void keysAndValues_areSearchedAsChosen_data();
    void keysAndValues_areSearchedAsChosen();
    void plainText_isNotAPattern();
    void regularExpression_matchesKeysAndValues_data();
    void regularExpression_matchesKeysAndValues();
    void regularExpression_literalShortcut_neverMissesAMatch_data();
    void regularExpression_literalShortcut_neverMissesAMatch();
    void matchCase_separatesUpperAndLowerCase_data();
    void matchCase_separatesUpperAndLowerCase();
    void unicode_matchesEscapedAndRawText_data();
    void unicode_matchesEscapedAndRawText();
    void nonAsciiNeedle_foldingToAscii_stillFindsAsciiText();
    void duplicateKeys_areEachAHit();
    void hits_comeInDocumentOrder_withRowPathsTheModelResolves();
    void hit_nodeIsTheMatchingValueOrTheMember();
    void hit_deepInAPagedArray_isRevealedByTheModel();
    void scalarRoot_hitHasAnEmptyRowPath();
    void moreThanMaxHits_stopsAndSaysTruncated();
    void progress_reachesTheTapeLength();
    void cancelBeforeRun_stopsAtOnce();
    void cancelWhileRunningOnAWorker_stopsEarly();
};

void TestDocumentSearch::problem_refusesWhatCannotBeSearched_data() {
    QTest::addColumn<SearchOptions>("options");
    QTest::addColumn<QString>("expected"); // a word the sentence must contain; empty: no problem
    SearchOptions neither = plain(QStringLiteral("x"));
    neither.keys = false;
    neither.values = false;
    QTest::newRow("empty") << plain({}) << QStringLiteral("Type");
    QTest::newRow("no keys, no values") << neither << QStringLiteral("keys");
    QTest::newRow("invalid pattern") << regex(QStringLiteral("a(b")) << QStringLiteral("regular expression");
    QTest::newRow("valid pattern") << regex(QStringLiteral("a(b)")) << QString();
    QTest::newRow("brackets as plain text") << plain(QStringLiteral("a(b")) << QString();
}

void TestDocumentSearch::problem_refusesWhatCannotBeSearched() {
    QFETCH(SearchOptions, options);
    QFETCH(QString, expected);
    const auto problem = DocumentSearch::problem(options);
    QCOMPARE(problem.has_value(), !expected.isEmpty());
    if (problem) {
        QVERIFY2(problem->contains(expected), qPrintable(*problem));
        QVERIFY(problem->endsWith(QLatin1Char('.')));
    }
}

void TestDocumentSearch::run_withAProblem_findsNothing() {
    const auto document = parsedDocument(kDocument);
    TaskControl control;
    const SearchResult result = DocumentSearch::run(*document, regex(QStringLiteral("(")), &control);
    QVERIFY(result.hits.isEmpty());
    QVERIFY(!result.truncated);
    QVERIFY(!result.cancelled);
}

void TestDocumentSearch::values_matchEveryScalarTypeAsWritten_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString people = QStringLiteral("data.people");
    QTest::newRow("string") << QStringLiteral("Ada") << QStringList{people + QStringLiteral("[0].name")};
    QTest::newRow("integer") << QStringLiteral("36") << QStringList{people + QStringLiteral("[0].age")};
    QTest::newRow("negative") << QStringLiteral("-7") << QStringList{people + QStringLiteral("[1].age")};
    QTest::newRow("exponent as written") << QStringLiteral("1.50e3")
                                         << QStringList{people + QStringLiteral("[0].score")};
    QTest::newRow("not as reformatted") << QStringLiteral("1500") << QStringList{};
    QTest::newRow("true") << QStringLiteral("true") << QStringList{people + QStringLiteral("[0].active")};
    QTest::newRow("false") << QStringLiteral("fals") << QStringList{people + QStringLiteral("[1].active")};
    QTest::newRow("null") << QStringLiteral("null") << QStringList{people + QStringLiteral("[2].age")};
    QTest::newRow("escaped quote") << QStringLiteral("a\"b") << QStringList{people + QStringLiteral("[2].note")};
    QTest::newRow("digit anywhere") << QStringLiteral("3")
                                    << QStringList{people + QStringLiteral("[0].age"),
                                                   people + QStringLiteral("[0].score"), QStringLiteral("count")};
    QTest::newRow("containers are not values") << QStringLiteral("{}") << QStringList{};
}

void TestDocumentSearch::values_matchEveryScalarTypeAsWritten() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    SearchOptions options = plain(text);
    options.keys = false;
    QCOMPARE(find(options), expected);
}

void TestDocumentSearch::keysAndValues_areSearchedAsChosen_data() {
    QTest::addColumn<bool>("keys");
    QTest::addColumn<bool>("values");
    QTest::addColumn<QStringList>("expected");
    const QByteArray json = "{\"name\":\"surname\",\"list\":[\"name\"],\"inner\":{\"nickname\":1}}";
    QTest::newRow("keys") << true << false
                          << QStringList{QStringLiteral("name (key)"), QStringLiteral("inner.nickname (key)")};
    QTest::newRow("values") << false << true << QStringList{QStringLiteral("name"), QStringLiteral("list[0]")};
    QTest::newRow("both") << true << true
                          << QStringList{QStringLiteral("name (key)"), QStringLiteral("name"),
                                         QStringLiteral("list[0]"), QStringLiteral("inner.nickname (key)")};
}

void TestDocumentSearch::keysAndValues_areSearchedAsChosen() {
    QFETCH(bool, keys);
    QFETCH(bool, values);
    QFETCH(QStringList, expected);
    SearchOptions options = plain(QStringLiteral("name"));
    options.keys = keys;
    options.values = values;
    QCOMPARE(find(options, "{\"name\":\"surname\",\"list\":[\"name\"],\"inner\":{\"nickname\":1}}"), expected);
}

void TestDocumentSearch::plainText_isNotAPattern() {
    const QByteArray json = "[\"a.c\",\"abc\",\"a*\"]";
    QCOMPARE(find(plain(QStringLiteral("a.c")), json), QStringList{QStringLiteral("[0]")});
    QCOMPARE(find(plain(QStringLiteral("a*")), json), QStringList{QStringLiteral("[2]")});
    QCOMPARE(find(regex(QStringLiteral("a.c")), json), (QStringList{QStringLiteral("[0]"), QStringLiteral("[1]")}));
}

void TestDocumentSearch::regularExpression_matchesKeysAndValues_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("anchored value") << QStringLiteral("^a.a$") << false
                                    << QStringList{QStringLiteral("data.people[0].name")};
    QTest::newRow("anchored, case") << QStringLiteral("^a.a$") << true << QStringList{};
    QTest::newRow("number") << QStringLiteral("^-?\\d$") << true
                            << QStringList{QStringLiteral("data.people[1].age"), QStringLiteral("count")};
    QTest::newRow("keys") << QStringLiteral("^(tags|extra)$") << true
                          << QStringList{QStringLiteral("data.people[2].tags (key)"),
                                         QStringLiteral("data.people[2].extra (key)")};
    QTest::newRow("unicode letters") << QStringLiteral("^\\w+ P\\w+z$") << true
                                     << QStringList{QStringLiteral("data.people[1].name")};
}

void TestDocumentSearch::regularExpression_matchesKeysAndValues() {
    QFETCH(QString, pattern);
    QFETCH(bool, caseSensitive);
    QFETCH(QStringList, expected);
    SearchOptions options = regex(pattern);
    options.caseSensitive = caseSensitive;
    QCOMPARE(find(options), expected);
}

// Patterns whose required text is easy to get wrong; what QRegularExpression itself says about each item is the
// expectation, and the hard-coded rows make sure that expectation is not empty.
void TestDocumentSearch::regularExpression_literalShortcut_neverMissesAMatch_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("optional letter") << QStringLiteral("colou?r") << true
                                     << QStringList{QStringLiteral("color"), QStringLiteral("colour")}
                                     << QList<int>{0, 1};
    QTest::newRow("counted") << QStringLiteral("x{2}") << true
                             << QStringList{QStringLiteral("xx"), QStringLiteral("x{2}")} << QList<int>{0};
    QTest::newRow("optional group") << QStringLiteral("(abc)?def") << true << QStringList{QStringLiteral("def")}
                                    << QList<int>{0};
    QTest::newRow("inline option") << QStringLiteral("(?i)ABC") << true << QStringList{QStringLiteral("abc")}
                                   << QList<int>{0};
    QTest::newRow("hex escape") << QStringLiteral("\\x{41}b") << true << QStringList{QStringLiteral("Ab")}
                                << QList<int>{0};
    QTest::newRow("posix class") << QStringLiteral("[[:digit:]]x") << true << QStringList{QStringLiteral("1x")}
                                 << QList<int>{0};
    QTest::newRow("class with bracket") << QStringLiteral("[]a]bc") << true
                                        << QStringList{QStringLiteral("]bc"), QStringLiteral("abc"),
                                                       QStringLiteral("bc")}
                                        << QList<int>{0, 1};
    QTest::newRow("escaped dot") << QStringLiteral("\\.txt$") << true
                                 << QStringList{QStringLiteral("a.txt"), QStringLiteral("atxt")} << QList<int>{0};
    QTest::newRow("quoted") << QStringLiteral("\\Qa.b\\E") << true
                            << QStringList{QStringLiteral("a.b"), QStringLiteral("axb")} << QList<int>{0};
    QTest::newRow("repeated") << QStringLiteral("ab+c") << true << QStringList{QStringLiteral("abbbc")}
                              << QList<int>{0};
    QTest::newRow("alternation") << QStringLiteral("cat|dog") << true << QStringList{QStringLiteral("dog")}
                                 << QList<int>{0};
    QTest::newRow("kelvin sign") << QStringLiteral("kelvin") << false << QStringList{QStringLiteral("\u212aelvin")}
                                 << QList<int>{0};
    QTest::newRow("long s") << QStringLiteral("ask") << false << QStringList{QStringLiteral("a\u017f\u212a")}
                            << QList<int>{0};
    QTest::newRow("ignoring case") << QStringLiteral("^ab.d") << false << QStringList{QStringLiteral("ABCD")}
                                   << QList<int>{0};
    QTest::newRow("non-ASCII, case") << QStringLiteral("\u00e9+t") << true
                                     << QStringList{QStringLiteral("\u00e9\u00e9t"), QStringLiteral("\u00c9t")}
                                     << QList<int>{0};
    QTest::newRow("non-ASCII, no case") << QStringLiteral("\u00e9t") << false << QStringList{QStringLiteral("\u00c9T")}
                                        << QList<int>{0};
    QTest::newRow("emoji optional") << QStringLiteral("\U0001F600?x") << true << QStringList{QStringLiteral("x")}
                                    << QList<int>{0};
}

void TestDocumentSearch::regularExpression_literalShortcut_neverMissesAMatch() {
    QFETCH(QString, pattern);
    QFETCH(bool, caseSensitive);
    QFETCH(QStringList, items);
    QFETCH(QList<int>, expected);
    QByteArray json = "[";
    for (const QString &item : items)
        json += (json.size() > 1 ? ",\"" : "\"") + item.toUtf8() + '"';
    const auto document = parsedDocument(json + ']');
    SearchOptions options = regex(pattern);
    options.caseSensitive = caseSensitive;
    QList<int> found;
    for (const auto &hit : DocumentSearch::run(*document, options).hits)
        found.append(int(hit.rowPath.constFirst()));
    QRegularExpression oracle(
        pattern, QRegularExpression::UseUnicodePropertiesOption |
                     (caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption));
    QList<int> oracleSays;
    for (int i = 0; i < items.size(); ++i) {
        if (oracle.match(items[i]).hasMatch())
            oracleSays.append(i);
    }
    QCOMPARE(oracleSays, expected);
    QCOMPARE(found, expected);
}

void TestDocumentSearch::matchCase_separatesUpperAndLowerCase_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    const QByteArray names = "{\"Name\":\"ADA lovelace\",\"name\":\"ada\"}";
    QTest::newRow("insensitive") << QStringLiteral("aDa") << false << names
                                 << QStringList{QStringLiteral("Name"), QStringLiteral("name")};
    QTest::newRow("sensitive") << QStringLiteral("ada") << true << names << QStringList{QStringLiteral("name")};
    QTest::newRow("insensitive key") << QStringLiteral("NAME") << false << names
                                     << QStringList{QStringLiteral("Name (key)"), QStringLiteral("name (key)")};
    QTest::newRow("sensitive key") << QStringLiteral("Name") << true << names
                                   << QStringList{QStringLiteral("Name (key)")};
    QTest::newRow("exponent letter") << QStringLiteral("1E5") << false << QByteArray("{\"m\":\"1x5\",\"n\":1e5}")
                                     << QStringList{QStringLiteral("n")};
    QTest::newRow("exponent letter, case")
        << QStringLiteral("1E5") << true << QByteArray("{\"m\":\"1x5\",\"n\":1e5}") << QStringList{};
}

void TestDocumentSearch::matchCase_separatesUpperAndLowerCase() {
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    SearchOptions options = plain(text);
    options.caseSensitive = caseSensitive;
    QCOMPARE(find(options, json), expected);
}

void TestDocumentSearch::unicode_matchesEscapedAndRawText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QStringList>("expected");
    const QString first = QStringLiteral("data.people[1].name");
    const QString third = QStringLiteral("data.people[2].name");
    QTest::newRow("escaped in source, sensitive") << QStringLiteral("Jos\u00e9") << true << QStringList{first};
    QTest::newRow("non-ASCII, insensitive") << QStringLiteral("jos\u00c9") << false << QStringList{first};
    QTest::newRow("non-ASCII upper, insensitive") << QStringLiteral("\u00f3se") << false << QStringList{third};
    QTest::newRow("non-ASCII upper, sensitive") << QStringLiteral("\u00f3se") << true << QStringList{};
    QTest::newRow("second character") << QStringLiteral("P\u00e9r") << true << QStringList{first};
}

void TestDocumentSearch::unicode_matchesEscapedAndRawText() {
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(QStringList, expected);
    SearchOptions options = plain(text);
    options.caseSensitive = caseSensitive;
    QCOMPARE(find(options), expected);
}

void TestDocumentSearch::nonAsciiNeedle_foldingToAscii_stillFindsAsciiText() {
    // KELVIN SIGN folds to "k": ASCII text cannot be ruled out for such a needle.
    const QByteArray json = "[\"ok\",\"e\",\"\\u00e9\"]";
    QCOMPARE(find(plain(QStringLiteral("\u212a")), json), QStringList{QStringLiteral("[0]")});
    QCOMPARE(find(plain(QStringLiteral("\u00c9")), json), QStringList{QStringLiteral("[2]")}); // not the plain "e"
}

void TestDocumentSearch::duplicateKeys_areEachAHit() {
    const QByteArray json = "{\"a\":{\"id\":1,\"id\":2},\"\\u00e9t\\u00e9\":\"id\"}";
    const auto document = parsedDocument(json);
    SearchResult result = DocumentSearch::run(*document, plain(QStringLiteral("id")));
    QCOMPARE(hitNames(document, result).mid(0, 2),
             (QStringList{QStringLiteral("a.id (key)"), QStringLiteral("a.id (key)")}));
    QCOMPARE(result.hits.size(), 3);
    QCOMPARE(result.hits[0].rowPath, (QList<qint64>{0, 0}));
    QCOMPARE(result.hits[1].rowPath, (QList<qint64>{0, 1}));
    QCOMPARE(document->scalarText(result.hits[1].node), QStringLiteral("2"));
    QCOMPARE(result.hits[2].rowPath, QList<qint64>{1});
    QVERIFY(!result.hits[2].inKey);

    result = DocumentSearch::run(*document, plain(QStringLiteral("\u00c9T\u00c9"))); // the key, escaped in the source
    QCOMPARE(result.hits.size(), 1);
    QVERIFY(result.hits[0].inKey);
    QCOMPARE(result.hits[0].rowPath, QList<qint64>{1});
    QCOMPARE(document->memberKey(result.hits[0].node), QStringLiteral("\u00e9t\u00e9"));
}

void TestDocumentSearch::hits_comeInDocumentOrder_withRowPathsTheModelResolves() {
    // Empty containers, nested arrays and objects before the hits must not shift any row.
    const QByteArray json = "{\"e\":{},\"l\":[],\"data\":{\"edges\":[{\"node\":{\"x\":[[],{},[1,\"hit\"]]}},"
                            "{\"node\":{\"hit\":\"hit\"}}],\"last\":[[[\"hit\"]]]}}";
    const auto document = parsedDocument(json);
    const SearchResult result = DocumentSearch::run(*document, plain(QStringLiteral("hit")));
    const QStringList expected{QStringLiteral("data.edges[0].node.x[2][1]"),
                               QStringLiteral("data.edges[1].node.hit (key)"), QStringLiteral("data.edges[1].node.hit"),
                               QStringLiteral("data.last[0][0][0]")};
    QCOMPARE(hitNames(document, result), expected);
    QCOMPARE(result.hits[0].rowPath, (QList<qint64>{2, 0, 0, 0, 0, 2, 1}));
    JsonTreeModel model;
    model.setDocument(document);
    for (qsizetype i = 0; i < expected.size(); ++i) { // and back: the model's path leads to the same row path
        QModelIndex index = model.indexForPath(QString(expected[i]).remove(QStringLiteral(" (key)")));
        QList<qint64> rows;
        for (; index.isValid(); index = index.parent())
            rows.prepend(index.row());
        QCOMPARE(rows, result.hits[i].rowPath);
    }
}

void TestDocumentSearch::hit_nodeIsTheMatchingValueOrTheMember() {
    const auto document = parsedDocument("{\"key\":\"value\",\"n\":[12]}");
    SearchResult result = DocumentSearch::run(*document, plain(QStringLiteral("e")));
    QCOMPARE(result.hits.size(), 2);
    QVERIFY(result.hits[0].inKey);
    QVERIFY(!result.hits[1].inKey);
    QCOMPARE(result.hits[0].node, result.hits[1].node); // the member "key" and its value "value" are one node
    QCOMPARE(document->memberKey(result.hits[0].node), QStringLiteral("key"));
    QCOMPARE(document->scalarText(result.hits[1].node), QStringLiteral("value"));
    result = DocumentSearch::run(*document, plain(QStringLiteral("12")));
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(document->type(result.hits[0].node), NodeType::Number);
    QCOMPARE(document->scalarText(result.hits[0].node), QStringLiteral("12"));
}

void TestDocumentSearch::hit_deepInAPagedArray_isRevealedByTheModel() {
    QByteArray items = manyValues(2500, "{\"v\":0}"); // rows beyond the model's first page of 1000
    items[1 + 2420 * 8 + 5] = '7';                    // element 2420's value: '[', 8 bytes per element, then {"v":
    const auto document = parsedDocument("{\"data\":" + items + '}');
    const SearchResult result = DocumentSearch::run(*document, plain(QStringLiteral("7")));
    QCOMPARE(result.hits.size(), 1);
    JsonTreeModel model;
    model.setDocument(document);
    const QModelIndex index = model.revealRowPath(result.hits[0].rowPath);
    QCOMPARE(model.pathOf(index), QStringLiteral("data[2420].v"));
    QCOMPARE(model.rowPathOf(index), result.hits[0].rowPath);
}

void TestDocumentSearch::scalarRoot_hitHasAnEmptyRowPath() {
    for (const QByteArray &json : {QByteArray("\"solo\""), QByteArray("12.5"), QByteArray("null")}) {
        const auto document = parsedDocument(json);
        const QString text = document->scalarText(document->root()).left(2);
        const SearchResult result = DocumentSearch::run(*document, plain(text));
        QCOMPARE(result.hits.size(), 1);
        QVERIFY(result.hits[0].rowPath.isEmpty());
        QCOMPARE(result.hits[0].node, document->root());
    }
}

void TestDocumentSearch::moreThanMaxHits_stopsAndSaysTruncated() {
    const int count = int(DocumentSearch::kMaxHits) + 10;
    auto document = parsedDocument(manyValues(count, "\"x\""));
    SearchResult result = DocumentSearch::run(*document, plain(QStringLiteral("x")));
    QVERIFY(result.truncated);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.hits.size(), DocumentSearch::kMaxHits);
    QCOMPARE(result.hits.constLast().rowPath, QList<qint64>{DocumentSearch::kMaxHits - 1});

    document = parsedDocument(manyValues(int(DocumentSearch::kMaxHits) - 1, "\"x\""));
    result = DocumentSearch::run(*document, plain(QStringLiteral("x")));
    QVERIFY(!result.truncated);
    QCOMPARE(result.hits.size(), DocumentSearch::kMaxHits - 1);
}

void TestDocumentSearch::progress_reachesTheTapeLength() {
    const auto document = parsedDocument(manyValues(20000, "{\"a\":1}"));
    TaskControl control;
    const SearchResult result = DocumentSearch::run(*document, plain(QStringLiteral("zzz")), &control);
    QVERIFY(result.hits.isEmpty());
    QVERIFY(control.total() > 20000 * 3);
    QCOMPARE(control.done(), control.total());
    QCOMPARE(control.permille(), 1000);
}

void TestDocumentSearch::cancelBeforeRun_stopsAtOnce() {
    const auto document = parsedDocument(manyValues(20000, "\"x\""));
    TaskControl control;
    control.cancel();
    const SearchResult result = DocumentSearch::run(*document, plain(QStringLiteral("x")), &control);
    QVERIFY(result.cancelled);
    QVERIFY(result.hits.isEmpty());
    QVERIFY(control.done() < 10);
    QVERIFY(control.total() > 20000);
}

void TestDocumentSearch::cancelWhileRunningOnAWorker_stopsEarly() {
    // A regular expression over a million values takes long enough that cancelling lands in the middle.
    const auto document = parsedDocument(manyValues(1000000, "\"some value\""));
    TaskControl control;
    QFuture<SearchResult> future =
        QtConcurrent::run([&] { return DocumentSearch::run(*document, regex(QStringLiteral("^value$")), &control); });
    QDeadlineTimer started(60000);
    while (control.done() == 0 && !started.hasExpired())
        QThread::yieldCurrentThread();
    control.cancel();
    const SearchResult result = future.result();
    QVERIFY(result.cancelled);
    QVERIFY(result.hits.isEmpty());
    QVERIFY(control.done() < control.total());
}

QTEST_GUILESS_MAIN(TestDocumentSearch)
#include "tst_documentsearch.moc"
