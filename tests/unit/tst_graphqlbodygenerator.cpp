#include "graphqlbodygenerator.h"
#include "graphqljobtesting.h"
#include "results/resultdocument.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <variant>

using altrata::results::NodeId;
using altrata::results::NodeType;
using altrata::results::ResultDocument;
using altrata::test::generateGraphQLBody;
using altrata::test::GraphQLBodyStats;
using altrata::test::parsedDocument;

namespace {

// The node at a dotted path of member names and [index] steps, or kNoNode.
NodeId nodeAt(const ResultDocument &document, const QList<std::variant<const char *, int>> &steps) {
    NodeId node = document.root();
    for (const auto &step : steps) {
        if (const auto *key = std::get_if<const char *>(&step)) {
            const auto member = document.member(node, *key);
            node = member ? *member : ResultDocument::kNoNode;
        } else {
            const int index = std::get<int>(step);
            node = index < document.childCount(node) ? document.child(node, index) : ResultDocument::kNoNode;
        }
        if (node == ResultDocument::kNoNode)
            return node;
    }
    return node;
}

} // namespace

// The generated bodies the results benchmarks and the large-response GUI test measure.
class TestGraphQLBodyGenerator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generate_sameSeed_sameBytes_otherSeed_otherBytes();
    void generate_isValidJson_ofTheRequestedSize_data();
    void generate_isValidJson_ofTheRequestedSize();
    void generate_hasTheGraphQLShape_withUnicodeNullsAndRoles();
    void write_streamsTheSameBytesToAFile();
};

void TestGraphQLBodyGenerator::generate_sameSeed_sameBytes_otherSeed_otherBytes() {
    const QByteArray first = generateGraphQLBody(200000, 7);
    QCOMPARE(generateGraphQLBody(200000, 7), first);
    QVERIFY(generateGraphQLBody(200000, 8) != first);
}

void TestGraphQLBodyGenerator::generate_isValidJson_ofTheRequestedSize_data() {
    QTest::addColumn<qint64>("target");
    QTest::newRow("50 KB") << qint64(50000);
    QTest::newRow("1 MB") << qint64(1000000);
    QTest::newRow("5 MB") << qint64(5000000);
}

void TestGraphQLBodyGenerator::generate_isValidJson_ofTheRequestedSize() {
    QFETCH(qint64, target);
    GraphQLBodyStats stats;
    QByteArray body = generateGraphQLBody(target, 1, &stats);
    QCOMPARE(stats.bytes, qint64(body.size()));
    QVERIFY2(qAbs(body.size() - target) <= target / 50, QByteArray::number(body.size()).constData()); // within 2 %
    const double bytesPerValue = double(stats.bytes) / double(stats.values);
    QVERIFY2(bytesPerValue > 15 && bytesPerValue < 21, QByteArray::number(bytesPerValue).constData());
    const auto document = parsedDocument(std::move(body));
    QVERIFY(document);
    const NodeId edges = nodeAt(*document, {"data", "personSearch", "edges"});
    QCOMPARE(document->childCount(edges), stats.edges);
    QCOMPARE(document->scalarText(nodeAt(*document, {"data", "personSearch", "totalCount"})),
             QString::number(stats.edges));
}

void TestGraphQLBodyGenerator::generate_hasTheGraphQLShape_withUnicodeNullsAndRoles() {
    GraphQLBodyStats stats;
    const auto document = parsedDocument(generateGraphQLBody(300000, 1, &stats));
    QVERIFY(document);
    QVERIFY(document->hasData());
    QVERIFY(stats.edges > 250); // about 1,070 edges per MB
    bool unicode = false;
    bool escapedQuote = false;
    int nulls = 0;
    for (qint64 k = 0; k < stats.edges; ++k) {
        const NodeId node = nodeAt(*document, {"data", "personSearch", "edges", int(k), "node"});
        QCOMPARE(document->scalarText(document->member(node, "id").value()), altrata::test::generatedPersonId(k));
        const NodeId organization = nodeAt(*document, {"data", "personSearch", "edges", int(k), "node", "roles", 0,
                                                       "organization"}); // every person has a role
        QCOMPARE(document->type(organization), NodeType::Object);
        const QString name = document->scalarText(document->member(node, "displayName").value());
        unicode = unicode || std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 0x2000; });
        escapedQuote = escapedQuote || name.contains(QLatin1Char('"'));
        nulls += document->type(document->member(node, "middleName").value()) == NodeType::Null;
    }
    QVERIFY(unicode);
    QVERIFY(escapedQuote);
    QVERIFY(nulls > 0 && nulls < stats.edges);
}

void TestGraphQLBodyGenerator::write_streamsTheSameBytesToAFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("body.json"));
    GraphQLBodyStats stats;
    QString error;
    QVERIFY2(altrata::test::writeGraphQLBody(path, 3000000, 3, &stats, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), generateGraphQLBody(3000000, 3)); // larger than one flushed chunk
    QCOMPARE(stats.bytes, file.size());
    QVERIFY(
        !altrata::test::writeGraphQLBody(dir.filePath(QStringLiteral("missing/body.json")), 1000, 1, nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
}

QTEST_GUILESS_MAIN(TestGraphQLBodyGenerator)
#include "tst_graphqlbodygenerator.moc"
