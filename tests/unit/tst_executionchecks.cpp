#include "graphql/buildschema.h"
#include "graphql/executionchecks.h"
#include "graphql/parser.h"

#include <QTest>

#include <string>

using namespace altrata::graphql;

namespace {

// The schema the expected results below were produced with.
const char *const kSchema = R"(
directive @auth(role: String!, level: Int = 1) on FIELD
interface Node { id: ID! }
type User implements Node { id: ID! name(upper: Boolean): String pets: [Pet] }
type Dog implements Node { id: ID! barks: Boolean }
type Cat { meows: Boolean }
union Pet = Dog | Cat
type Robot { model: String }
type Query { user(id: ID!, limit: Int! = 3): User node(id: ID!): Node pet: Pet robot: Robot }
)";

// "message @line:col,line:col" per error, one per line: graphql-js's shape, compared as text.
std::string describe(const std::vector<GraphQLErrorInfo> &errors) {
    std::string out;
    for (const GraphQLErrorInfo &e : errors) {
        if (!out.empty())
            out += '\n';
        out += e.message + " @";
        for (std::size_t i = 0; i < e.locations.size(); ++i)
            out += (i ? "," : "") + std::to_string(e.locations[i].line) + ':' + std::to_string(e.locations[i].column);
    }
    return out;
}

} // namespace

class TestExecutionChecks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void checkDocument_reportsLikeGraphqlJs_data();
    void checkDocument_reportsLikeGraphqlJs();
    void checkDocument_validDocument_hasNoErrors();
};

// Expected values: graphql-js 16.15.0, validate(buildSchema(kSchema), parse(doc), [KnownTypeNamesRule,
// FieldsOnCorrectTypeRule, KnownFragmentNamesRule, PossibleFragmentSpreadsRule, NoUndefinedVariablesRule,
// KnownArgumentNamesRule, ProvidedRequiredArgumentsRule]) run with node; messages and locations pasted verbatim.
// The last rows check graphql-js's "Did you mean ...?" suggestions.
void TestExecutionChecks::checkDocument_reportsLikeGraphqlJs_data() {
    QTest::addColumn<std::string>("document");
    QTest::addColumn<std::string>("expected");
    QTest::newRow("unknownField") << std::string("{ user(id: 1) { id zzzqqq } }")
                                  << std::string("Cannot query field \"zzzqqq\" on type \"User\". @1:20");
    QTest::newRow("unknownFieldArgument") << std::string("{ user(id: 1) { id name(upper: true, xyzzyq: 1) } }")
                                          << std::string("Unknown argument \"xyzzyq\" on field \"User.name\". @1:38");
    QTest::newRow("unknownVariableType") << std::string("query Q($v: Mystery, $w: ID!) { user(id: $w) { id } }")
                                         << std::string("Unknown type \"Mystery\". @1:13");
    QTest::newRow("missingRequiredFieldArguments")
        << std::string("{ user { id } node { id } }")
        << std::string(
               "Field \"user\" argument \"id\" of type \"ID!\" is required, but it was not provided. @1:3\nField "
               "\"node\" argument \"id\" of type \"ID!\" is required, but it was not provided. @1:15");
    QTest::newRow("missingRequiredDirectiveArgument")
        << std::string("{ user(id: 1) { id name @auth } }")
        << std::string(
               "Directive \"@auth\" argument \"role\" of type \"String!\" is required, but it was not provided. @1:25");
    QTest::newRow("unknownDirectiveArgument")
        << std::string("{ user(id: 1) { id name @auth(role: \"a\", qqqqqq: 2) } }")
        << std::string("Unknown argument \"qqqqqq\" on directive \"@auth\". @1:42");
    QTest::newRow("impossibleInlineFragments")
        << std::string("{ pet { ... on Robot { model } ... on Node { id } ... on User { id } } }")
        << std::string(
               "Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Robot\". "
               "@1:9\nFragment cannot be spread here as objects of type \"Pet\" can never be of type \"User\". @1:51");
    QTest::newRow("impossibleNamedSpread")
        << std::string("{ robot { ...DogBits } node(id: 1) { ...DogBits } } fragment DogBits on Dog { barks }")
        << std::string("Fragment \"DogBits\" cannot be spread here as objects of type \"Robot\" can never be of type "
                       "\"Dog\". @1:11");
    QTest::newRow("unknownFragment") << std::string("{ user(id: 1) { ...Missing } }")
                                     << std::string("Unknown fragment \"Missing\". @1:20");
    QTest::newRow("undefinedVariablesThroughFragments")
        << std::string("query Named { user(id: $a) { ...F } } fragment F on User { name(upper: $b) pets { ... on Dog { "
                       "id @auth(role: $c) } } }")
        << std::string(
               "Variable \"$a\" is not defined by operation \"Named\". @1:24,1:1\nVariable \"$b\" is not defined by "
               "operation \"Named\". @1:72,1:1\nVariable \"$c\" is not defined by operation \"Named\". @1:111,1:1");
    QTest::newRow("undefinedVariableAnonymous")
        << std::string("{ user(id: $x) { id } }") << std::string("Variable \"$x\" is not defined. @1:12,1:1");
    QTest::newRow("metaFields")
        << std::string("{ __typename __schema { queryType { name } } __type { name } user(id: 1) { __typename } }")
        << std::string(
               "Field \"__type\" argument \"name\" of type \"String!\" is required, but it was not provided. @1:46");
    QTest::newRow("unknownTypeConditions")
        << std::string("fragment G on Zorglub { id } { user(id: 1) { ... on Blorfle { id } } }")
        << std::string("Unknown type \"Zorglub\". @1:15\nUnknown type \"Blorfle\". @1:53");
    QTest::newRow("abstractInAbstractNoOverlap")
        << std::string("{ pet { ... on Node { ... on Robot { model } } } }")
        << std::string(
               "Fragment cannot be spread here as objects of type \"Node\" can never be of type \"Robot\". @1:23");
    QTest::newRow("multiLineOrderAndLocations")
        << std::string("query A {\n  user(id: $v) {\n    zzzqqq\n  }\n}\nfragment H on Dog {\n  id(a: 1)\n}\n")
        << std::string("Cannot query field \"zzzqqq\" on type \"User\". @3:5\nVariable \"$v\" is not defined by "
                       "operation \"A\". @2:12,1:1\nUnknown argument \"a\" on field \"Dog.id\". @7:6");
    QTest::newRow("scalarSubselectionAndObjectArgument")
        << std::string("{ user(id: 1) { id { deep } name } robot { model(x: 1) } }")
        << std::string("Unknown argument \"x\" on field \"Robot.model\". @1:50");
    QTest::newRow("missingMutationRoot") << std::string("query M { user(id: 1) { name } } mutation { robot }")
                                         << std::string("");
    QTest::newRow("fieldTypo_suggestsField")
        << std::string("{ user(id: 1) { nme id } }")
        << std::string("Cannot query field \"nme\" on type \"User\". Did you mean \"name\"? @1:17");
    QTest::newRow("fieldOnUnion_suggestsInlineFragments")
        << std::string("{ pet { id } }")
        << std::string("Cannot query field \"id\" on type \"Pet\". Did you mean to use an inline fragment on \"Node\" "
                       "or \"Dog\"? @1:9");
    QTest::newRow("typeTypo_suggestsTypesByDistance")
        << std::string("query ($x: Nod, $y: Strin) { user(id: 1) { id } }")
        << std::string("Unknown type \"Nod\". Did you mean \"Node\", \"Dog\", or \"ID\"? @1:12\nUnknown type "
                       "\"Strin\". Did you mean \"String\"? @1:21");
    QTest::newRow("argumentTypos_suggestArguments")
        << std::string("{ user(id: 1) { name(uper: true) @auth(rol: \"a\", role: \"b\") } }")
        << std::string("Unknown argument \"uper\" on field \"User.name\". Did you mean \"upper\"? @1:22\nUnknown "
                       "argument \"rol\" on directive \"@auth\". Did you mean \"role\"? @1:40");
    QTest::newRow("fieldOnInterface_suggestsImplementation")
        << std::string("{ node(id: 1) { barks } }")
        << std::string("Cannot query field \"barks\" on type \"Node\". Did you mean to use an inline fragment on "
                       "\"Dog\"? @1:17");
    // NoFragmentCycles (with NoFragmentCyclesRule after PossibleFragmentSpreadsRule in the rule list):
    // a cycle through nested fields would otherwise expand forever during execution.
    QTest::newRow("fragmentCycles")
        << std::string("{ user(id: 1) { ...A } } fragment A on User { zzz pets { ... on Dog { ...B } } } fragment B on "
                       "Dog { id ...C ... on Node { ...A } } fragment C on Dog { ...C barks(x: 1) } fragment D on "
                       "Cat { ...D }")
        << std::string("Cannot spread fragment \"C\" within itself. @1:153\nCannot spread fragment \"A\" within "
                       "itself via \"B\". @1:71,1:124\nCannot query field \"zzz\" on type \"User\". @1:47\nUnknown "
                       "argument \"x\" on field \"Dog.barks\". @1:164\nCannot spread fragment \"D\" within itself. "
                       "@1:192");
    QTest::newRow("introspectionSelections_areChecked")
        << std::string(
               "{ __schema { typez { name } queryType { nam } } __type(name: \"User\") { fields(includeDeprecated: "
               "true, x: 1) { name } } }")
        << std::string(
               "Cannot query field \"typez\" on type \"__Schema\". Did you mean \"types\"? @1:14\nCannot query "
               "field \"nam\" on type \"__Type\". Did you mean \"name\"? @1:41\nUnknown argument \"x\" on field "
               "\"__Type.fields\". @1:104");
}

void TestExecutionChecks::checkDocument_reportsLikeGraphqlJs() {
    QFETCH(std::string, document);
    QFETCH(std::string, expected);
    BuildSchemaResult built = buildSchema(kSchema);
    QVERIFY(built.ok());
    ParseResult parsed = parse(document);
    QVERIFY(parsed.ok());
    QCOMPARE(describe(checkDocument(built.schema, parsed.document)), expected);
}

void TestExecutionChecks::checkDocument_validDocument_hasNoErrors() {
    BuildSchemaResult built = buildSchema(kSchema);
    ParseResult parsed =
        parse("query Q($id: ID!, $r: String!) { user(id: $id) { ...U name(upper: true) @auth(role: $r) "
              "pets { __typename ... on Dog { barks } ... on Node { id } } } } "
              "fragment U on Node { id ... on User { pets { ... on Cat { meows } } } }");
    QVERIFY(parsed.ok());
    QCOMPARE(describe(checkDocument(built.schema, parsed.document)), std::string());
}

QTEST_GUILESS_MAIN(TestExecutionChecks)
#include "tst_executionchecks.moc"
