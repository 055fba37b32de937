#include "graphql/documentinfo.h"
#include "graphql/parser.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace altrata::graphql;

namespace {

QString q(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QStringList names(const std::vector<const FragmentDefinitionNode *> &fragments) {
    QStringList result;
    for (const auto *fragment : fragments)
        result << q(fragment->name->value);
    return result;
}

QStringList names(const std::vector<std::string> &list) {
    QStringList result;
    for (const auto &name : list)
        result << q(name);
    return result;
}

ParseResult parsed(const char *source) {
    ParseResult result = parse(source);
    if (!result.ok())
        qWarning("unexpected syntax error: %s", result.errors.front().message.c_str());
    return result;
}

const OperationDefinitionNode &operationNamed(const Document &document, std::string_view name) {
    for (const auto &info : operations(document)) {
        if (info.name == name)
            return *info.node;
    }
    qFatal("no operation named %.*s", static_cast<int>(name.size()), name.data());
}

std::uint32_t offsetOf(const Document &document, std::string_view needle) {
    const auto at = document.source().find(needle);
    Q_ASSERT(at != std::string_view::npos);
    return static_cast<std::uint32_t>(at);
}

const char *const kFragments = "query Main { ...C ... on T { x { ...Missing } } }\n"
                               "fragment B on T { unused }\n"
                               "fragment A on T { a ...Missing ...Other }\n"
                               "fragment C on T { c { ...A } }\n"
                               "query Unrelated { ...B }\n";

} // namespace

class TestDocumentInfo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void operations_listsEveryOperationInDocumentOrder() {
        const auto result = parsed("query Q { a }\nfragment F on T { b }\n{ c }\nmutation M { d }\n"
                                   "subscription S { e }\ntype Ignored { f: Int }\nquery { g }\n");
        const auto list = operations(result.document);
        QCOMPARE(list.size(), std::size_t(5));
        const QStringList expectedNames{QStringLiteral("Q"), QString(), QStringLiteral("M"), QStringLiteral("S"),
                                        QString()};
        const std::vector<OperationType> expectedTypes{OperationType::Query, OperationType::Query,
                                                       OperationType::Mutation, OperationType::Subscription,
                                                       OperationType::Query};
        for (std::size_t i = 0; i < list.size(); ++i) {
            QCOMPARE(q(list[i].name), expectedNames[int(i)]);
            QVERIFY(list[i].type == expectedTypes[i]);
            QCOMPARE(list[i].node, nodeCast<OperationDefinitionNode>(list[i].node, Kind::OperationDefinition));
        }
    }

    void operations_giveTheOperationsLocation() {
        const auto result = parsed("# header\n\n  mutation M { d }\n{ c }");
        const auto list = operations(result.document);
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].start.offset, 12u);
        QCOMPARE(list[0].start.line, 3u);
        QCOMPARE(list[0].start.column, 3u);
        QCOMPARE(list[0].end, 28u); // one past "}"
        QCOMPARE(list[1].start.offset, 29u);
        QCOMPARE(list[1].end, 34u);
    }

    void operations_printVariableTypesAndDefaults() {
        const auto result =
            parsed("query Q($id: ID!, $ids: [ ID! ]! = [ \"a\" , \"b\" ], $f: Filter = { text: \"x\","
                   " nested: {n: 1.5e3}, e: ASC }, $opt: Int = null @deprecated, $plain: String) { a }");
        const auto list = operations(result.document);
        QCOMPARE(list.size(), std::size_t(1));
        const auto &variables = list[0].variables;
        QCOMPARE(variables.size(), std::size_t(5));
        QCOMPARE(q(variables[0].name), QStringLiteral("id"));
        QCOMPARE(q(variables[0].type), QStringLiteral("ID!"));
        QVERIFY(!variables[0].defaultValue);
        QCOMPARE(q(variables[1].type), QStringLiteral("[ID!]!"));
        QCOMPARE(q(variables[1].defaultValue.value_or("<none>")), QStringLiteral("[\"a\", \"b\"]"));
        QCOMPARE(q(variables[2].name), QStringLiteral("f"));
        QCOMPARE(q(variables[2].defaultValue.value_or("<none>")),
                 QStringLiteral("{text: \"x\", nested: {n: 1.5e3}, e: ASC}"));
        QCOMPARE(q(variables[3].defaultValue.value_or("<none>")), QStringLiteral("null"));
        QCOMPARE(q(variables[4].type), QStringLiteral("String"));
        QVERIFY(!variables[4].defaultValue);
    }

    void operations_ofEmptyOrTypeSystemDocument_areNone() {
        QVERIFY(operations(parse("").document).empty()); // a syntax error in graphql-js too
        QVERIFY(operations(parsed("type T { a: Int }").document).empty());
    }

    void operationAt_returnsTheContainingOperation_data() {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("delta");
        QTest::addColumn<QString>("expected"); // operation name, "<anonymous>" or "" for none

        QTest::newRow("at the keyword") << QStringLiteral("query First") << 0 << QStringLiteral("First");
        QTest::newRow("inside the selection") << QStringLiteral("inFirst") << 2 << QStringLiteral("First");
        QTest::newRow("right after the closing brace")
            << QStringLiteral("} # end of First") << 1 << QStringLiteral("First");
        QTest::newRow("in the comment after it") << QStringLiteral("# end of First") << 3 << QString();
        QTest::newRow("before the first") << QStringLiteral("# top") << 0 << QString();
        QTest::newRow("in a fragment") << QStringLiteral("inFragment") << 0 << QString();
        QTest::newRow("in the shorthand") << QStringLiteral("inShorthand") << 0 << QStringLiteral("<anonymous>");
        QTest::newRow("in the mutation's variables") << QStringLiteral("$v") << 1 << QStringLiteral("Second");
        QTest::newRow("after everything") << QStringLiteral("# tail") << 2 << QString();
    }

    void operationAt_returnsTheContainingOperation() {
        QFETCH(QString, needle);
        QFETCH(int, delta);
        QFETCH(QString, expected);
        const auto result = parsed("# top\nquery First { inFirst } # end of First\n"
                                   "fragment F on T { inFragment }\n{ inShorthand }\n"
                                   "mutation Second($v: Int) { x }\n# tail\n");
        const auto cursor = offsetOf(result.document, needle.toStdString()) + std::uint32_t(delta);
        const OperationDefinitionNode *operation = operationAt(result.document, cursor);
        if (expected.isEmpty()) {
            QCOMPARE(operation, nullptr);
            return;
        }
        QVERIFY(operation);
        QCOMPARE(operation->name ? q(operation->name->value) : QStringLiteral("<anonymous>"), expected);
    }

    void operationAt_onPartialDocumentAfterErrors_findsTheIntactOperations() {
        const auto result = parse("query Good1 { a }\nquery Broken { b( }\nquery Good2 { c }\n");
        QVERIFY(!result.ok());
        const Document &document = result.document;
        const auto *first = operationAt(document, offsetOf(document, "a }"));
        QVERIFY(first);
        QCOMPARE(q(first->name->value), QStringLiteral("Good1"));
        QCOMPARE(operationAt(document, offsetOf(document, "b(")), nullptr);
        const auto *last = operationAt(document, offsetOf(document, "c }"));
        QVERIFY(last); // recovery resumes at the next definition
        QCOMPARE(q(last->name->value), QStringLiteral("Good2"));
        QCOMPARE(operations(document).size(), std::size_t(2));
    }

    void operationAtResult_findsThePartialOperationBeingTyped_data() {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("delta");
        QTest::addColumn<QString>("expected"); // operation name or "" for none

        QTest::newRow("in the complete one") << QStringLiteral("a }") << 0 << QStringLiteral("Done");
        QTest::newRow("at the partial's keyword") << QStringLiteral("query Broken") << 0 << QStringLiteral("Broken");
        QTest::newRow("after its last parsed token") << QStringLiteral("x: ) ") << 5 << QStringLiteral("Broken");
        QTest::newRow("in the next complete one") << QStringLiteral("c }") << 0 << QStringLiteral("After");
        QTest::newRow("in a partial type definition") << QStringLiteral("f:") << 1 << QString();
        QTest::newRow("typing at the very end") << QStringLiteral("na") << 2 << QStringLiteral("Typing");
    }

    void operationAtResult_findsThePartialOperationBeingTyped() {
        QFETCH(QString, needle);
        QFETCH(int, delta);
        QFETCH(QString, expected);
        const auto result = parse("query Done { a }\nquery Broken($v: Int) { b(x: ) \n\nquery After { c }\n"
                                  "type T { f: [Int = \nquery Typing { user { na");
        QCOMPARE(result.partialDefinitions.size(), std::size_t(3));
        const auto cursor = offsetOf(result.document, needle.toStdString()) + std::uint32_t(delta);
        const OperationDefinitionNode *operation = operationAt(result, cursor);
        if (expected.isEmpty()) {
            QCOMPARE(operation, nullptr);
            return;
        }
        QVERIFY(operation);
        QCOMPARE(q(operation->name->value), expected);
        // The Document overload only knows complete operations.
        const bool complete = !operation->partial;
        QCOMPARE(operationAt(result.document, cursor) == operation, complete);
    }

    void operationAtResult_ofPartialOperation_keepsItsVariables() {
        const auto result = parse("query Q($id: ID!) { user(id: $id) { ");
        const auto *operation = operationAt(result, offsetOf(result.document, "{ ") + 2);
        QVERIFY(operation);
        QVERIFY(operation->partial);
        QCOMPARE(operation->variableDefinitions.size(), std::size_t(1));
        QCOMPARE(q(operation->variableDefinitions[0]->variable->name->value), QStringLiteral("id"));
    }

    void fragmentClosure_isTransitiveInDocumentOrderWithUnknownNames() {
        const auto result = parsed(kFragments);
        const auto closure = fragmentClosure(result.document, operationNamed(result.document, "Main"));
        QCOMPARE(names(closure.fragments), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(names(closure.unknownFragments), (QStringList{QStringLiteral("Missing"), QStringLiteral("Other")}));
    }

    void fragmentClosure_ofOtherOperation_isItsOwn() {
        const auto result = parsed(kFragments);
        const auto closure = fragmentClosure(result.document, operationNamed(result.document, "Unrelated"));
        QCOMPARE(names(closure.fragments), QStringList{QStringLiteral("B")});
        QVERIFY(closure.unknownFragments.empty());
    }

    void fragmentClosure_withCycles_terminatesAndListsEachOnce() {
        const auto result = parsed("query Q { ...A }\nfragment C on T { ...C ...A }\n"
                                   "fragment A on T { ...B }\nfragment B on T { x { ...A ...C } }\n");
        const auto closure = fragmentClosure(result.document, operationNamed(result.document, "Q"));
        QCOMPARE(names(closure.fragments),
                 (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(closure.unknownFragments.empty());
    }

    void fragmentClosure_withDuplicateNames_usesTheFirstDefinition() {
        const auto result = parsed("query Q { ...A }\nfragment A on T { first }\nfragment A on T { ...B }\n"
                                   "fragment B on T { b }\n");
        const auto closure = fragmentClosure(result.document, operationNamed(result.document, "Q"));
        QCOMPARE(closure.fragments.size(), std::size_t(1));
        QCOMPARE(closure.fragments[0], result.document.definitions()[1]);
    }

    void fragmentClosure_withoutSpreads_isEmpty() {
        const auto result = parsed("{ a { b } }\nfragment F on T { c }");
        const auto closure = fragmentClosure(result.document, *operations(result.document).at(0).node);
        QVERIFY(closure.fragments.empty());
        QVERIFY(closure.unknownFragments.empty());
    }

    void fragmentClosure_ofDeeplyNestedSelections_doesNotRecurse() {
        std::string source = "query Q ";
        const int depth = 400;
        for (int i = 0; i < depth; ++i)
            source += "{ f ";
        source += "...Deep ";
        source.append(std::size_t(depth), '}');
        source += "\nfragment Deep on T { leaf }";
        const auto result = parsed(source.c_str());
        const auto closure = fragmentClosure(result.document, operationNamed(result.document, "Q"));
        QCOMPARE(names(closure.fragments), QStringList{QStringLiteral("Deep")});
    }

    void operationText_printsTheOperationAndOnlyItsFragments() {
        const auto result = parsed(kFragments);
        const auto text = operationText(result.document, operationNamed(result.document, "Main"));
        QCOMPARE(q(text.text), QStringLiteral("query Main {\n  ...C\n  ... on T {\n    x {\n      ...Missing\n    }\n"
                                              "  }\n}\n\nfragment A on T {\n  a\n  ...Missing\n  ...Other\n}\n\n"
                                              "fragment C on T {\n  c {\n    ...A\n  }\n}"));
        QCOMPARE(names(text.unknownFragments), (QStringList{QStringLiteral("Missing"), QStringLiteral("Other")}));
        // What we send parses again and lists exactly that operation.
        const auto reparsed = parse(text.text);
        QVERIFY(reparsed.ok());
        QCOMPARE(operations(reparsed.document).size(), std::size_t(1));
    }

    void operationText_ofShorthand_isThePrintedSelection() {
        const auto result = parsed("fragment F on T { f }\n{a,b}");
        const auto text = operationText(result.document, *operations(result.document).at(0).node);
        QCOMPARE(q(text.text), QStringLiteral("{\n  a\n  b\n}"));
        QVERIFY(text.unknownFragments.empty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentInfo)
#include "tst_documentinfo.moc"
