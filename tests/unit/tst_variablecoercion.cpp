#include "graphql/buildschema.h"
#include "graphql/parser.h"
#include "graphql/variablecoercion.h"

#include <QTest>

#include <string>

using namespace altrata::graphql;

namespace {

const char *const kSchema =
    "enum Color { RED GREEN } scalar JSON input Filter { name: String!, limit: Int = 10, tags: [String], color: Color, "
    "nested: Filter } input One @oneOf { a: Int, b: String } type Query { f(a: Int, x: Float, y: ID): Int }";
const char *const kOperation = "query Q($i: Int, $n: Int!, $f: Float, $s: String, $b: Boolean, $id: ID, $c: Color, $l: "
                               "[Int!], $o: Filter, $j: JSON, $d: Int = 7, $one: One, $many: [Int]) { f }";

// "message @line:col" per error, one per line.
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

class TestVariableCoercion final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void coerceVariables_matchesGraphqlJs_data();
    void coerceVariables_matchesGraphqlJs();
    void coerceVariables_notAnObject_isRefused();
    void coerceVariables_defaultsCoercedLikeGraphqlJs_data();
    void coerceVariables_defaultsCoercedLikeGraphqlJs();
};

// Expected values: graphql-js 16.15.0 getVariableValues(buildSchema(kSchema), parse(kOperation) variable
// definitions, JSON.parse(variables), {maxErrors: 50} as execute() passes) run with node: error messages/locations, and
// JSON.stringify(coerced). The last rows check graphql-js's "Did you mean ...?" suggestions.
void TestVariableCoercion::coerceVariables_matchesGraphqlJs_data() {
    QTest::addColumn<std::string>("variables");
    QTest::addColumn<std::string>("expectedErrors");
    QTest::addColumn<std::string>("expectedCoerced");
    QTest::newRow("allValid")
        << std::string("{\"i\":1,\"n\":2,\"f\":1.5,\"s\":\"x\",\"b\":true,\"id\":5,\"c\":\"RED\",\"l\":[1,2],\"o\":{"
                       "\"name\":\"a\",\"tags\":\"t\"},\"j\":{\"any\":[1,\"z\"]}}")
        << std::string("")
        << std::string("{\"i\":1,\"n\":2,\"f\":1.5,\"s\":\"x\",\"b\":true,\"id\":\"5\",\"c\":\"RED\",\"l\":[1,2],\"o\":"
                       "{\"name\":\"a\",\"limit\":10,\"tags\":[\"t\"]},\"j\":{\"any\":[1,\"z\"]},\"d\":7}");
    QTest::newRow("missingRequired") << std::string("{}")
                                     << std::string("Variable \"$n\" of required type \"Int!\" was not provided. @1:18")
                                     << std::string("");
    QTest::newRow("nullForNonNull") << std::string("{\"n\":null}")
                                    << std::string("Variable \"$n\" of non-null type \"Int!\" must not be null. @1:18")
                                    << std::string("");
    QTest::newRow("intNonInteger")
        << std::string("{\"n\":1.5}")
        << std::string("Variable \"$n\" got invalid value 1.5; Int cannot represent non-integer value: 1.5 @1:18")
        << std::string("");
    QTest::newRow("intTinyFraction") // printed as JavaScript does: 1e-7, not 1e-07
        << std::string("{\"n\":1e-7}")
        << std::string("Variable \"$n\" got invalid value 1e-7; Int cannot represent non-integer value: 1e-7 @1:18")
        << std::string("");
    QTest::newRow("intTooLarge") << std::string("{\"n\":3000000000}")
                                 << std::string("Variable \"$n\" got invalid value 3000000000; Int cannot represent "
                                                "non 32-bit signed integer value: 3000000000 @1:18")
                                 << std::string("");
    QTest::newRow("intFromString")
        << std::string("{\"n\":\"3\"}")
        << std::string("Variable \"$n\" got invalid value \"3\"; Int cannot represent non-integer value: \"3\" @1:18")
        << std::string("");
    QTest::newRow("floatFromString")
        << std::string("{\"n\":1,\"f\":\"x\"}")
        << std::string("Variable \"$f\" got invalid value \"x\"; Float cannot represent non numeric value: \"x\" @1:28")
        << std::string("");
    QTest::newRow("stringFromNumber")
        << std::string("{\"n\":1,\"s\":5}")
        << std::string("Variable \"$s\" got invalid value 5; String cannot represent a non string value: 5 @1:39")
        << std::string("");
    QTest::newRow("booleanFromNumber")
        << std::string("{\"n\":1,\"b\":0}")
        << std::string("Variable \"$b\" got invalid value 0; Boolean cannot represent a non boolean value: 0 @1:51")
        << std::string("");
    QTest::newRow("idFromFloat") << std::string("{\"n\":1,\"id\":1.5}")
                                 << std::string(
                                        "Variable \"$id\" got invalid value 1.5; ID cannot represent value: 1.5 @1:64")
                                 << std::string("");
    QTest::newRow("idFromBoolean")
        << std::string("{\"n\":1,\"id\":true}")
        << std::string("Variable \"$id\" got invalid value true; ID cannot represent value: true @1:64")
        << std::string("");
    QTest::newRow("enumUnknown") << std::string("{\"n\":1,\"c\":\"PURPLISH\"}")
                                 << std::string("Variable \"$c\" got invalid value \"PURPLISH\"; Value \"PURPLISH\" "
                                                "does not exist in \"Color\" enum. @1:73")
                                 << std::string("");
    QTest::newRow("enumNonString")
        << std::string("{\"n\":1,\"c\":3}")
        << std::string(
               "Variable \"$c\" got invalid value 3; Enum \"Color\" cannot represent non-string value: 3. @1:73")
        << std::string("");
    QTest::newRow("listSingleValue") << std::string("{\"n\":1,\"l\":4}") << std::string("")
                                     << std::string("{\"n\":1,\"l\":[4],\"d\":7}");
    QTest::newRow("listItemNull") << std::string("{\"n\":1,\"l\":[1,null,3]}")
                                  << std::string("Variable \"$l\" got invalid value null at \"l[1]\"; Expected "
                                                 "non-nullable type \"Int!\" not to be null. @1:84")
                                  << std::string("");
    QTest::newRow("listItemInvalid") << std::string("{\"n\":1,\"l\":[1,\"two\"]}")
                                     << std::string("Variable \"$l\" got invalid value \"two\" at \"l[1]\"; Int cannot "
                                                    "represent non-integer value: \"two\" @1:84")
                                     << std::string("");
    QTest::newRow("inputNotObject")
        << std::string("{\"n\":1,\"o\":[1]}")
        << std::string("Variable \"$o\" got invalid value [1]; Expected type \"Filter\" to be an object. @1:96")
        << std::string("");
    QTest::newRow("inputMissingRequiredAndUnknown")
        << std::string("{\"n\":1,\"o\":{\"zzzqq\":1}}")
        << std::string("Variable \"$o\" got invalid value { zzzqq: 1 }; Field \"name\" of required type \"String!\" "
                       "was not provided. @1:96\nVariable \"$o\" got invalid value { zzzqq: 1 }; Field \"zzzqq\" is "
                       "not defined by type \"Filter\". @1:96")
        << std::string("");
    QTest::newRow("inputNestedInvalid")
        << std::string("{\"n\":1,\"o\":{\"name\":\"a\",\"nested\":{\"name\":\"b\",\"tags\":[\"x\",1]}}}")
        << std::string("Variable \"$o\" got invalid value 1 at \"o.nested.tags[1]\"; String cannot represent a non "
                       "string value: 1 @1:96")
        << std::string("");
    QTest::newRow("inspectDepth")
        << std::string("{\"n\":1,\"s\":{\"a\":{\"b\":{\"c\":1}},\"d\":[[[1]]],\"e\":[]}}")
        << std::string("Variable \"$s\" got invalid value { a: { b: [Object] }, d: [[Array]], e: [] }; String cannot "
                       "represent a non string value: { a: { b: [Object] }, d: [[Array]], e: [] } @1:39")
        << std::string("");
    QTest::newRow("inspectLongArray")
        << std::string("{\"n\":1,\"s\":[1,2,3,4,5,6,7,8,9,10,11,12]}")
        << std::string("Variable \"$s\" got invalid value [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]; String "
                       "cannot represent a non string value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items] @1:39")
        << std::string("");
    QTest::newRow("nullForNullable") << std::string("{\"n\":1,\"i\":null,\"d\":null}") << std::string("")
                                     << std::string("{\"i\":null,\"n\":1,\"d\":null}");
    QTest::newRow("stringEscapes") << std::string("{\"n\":1,\"i\":\"a\\\"b\\n\"}")
                                   << std::string("Variable \"$i\" got invalid value \"a\\\"b\\n\"; Int cannot "
                                                  "represent non-integer value: \"a\\\"b\\n\" @1:9")
                                   << std::string("");
    QTest::newRow("enumTransposed") << std::string("{\"n\":1,\"c\":\"RDE\"}")
                                    << std::string(
                                           "Variable \"$c\" got invalid value \"RDE\"; Value \"RDE\" does not exist in "
                                           "\"Color\" enum. Did you mean the enum value \"RED\"? @1:73")
                                    << std::string("");
    QTest::newRow("enumCaseOnly") << std::string("{\"n\":1,\"c\":\"red\"}")
                                  << std::string(
                                         "Variable \"$c\" got invalid value \"red\"; Value \"red\" does not exist in "
                                         "\"Color\" enum. Did you mean the enum value \"RED\"? @1:73")
                                  << std::string("");
    QTest::newRow("inputFieldTypo")
        << std::string("{\"n\":1,\"o\":{\"name\":\"a\",\"nmae\":1,\"limt\":2}}")
        << std::string("Variable \"$o\" got invalid value { name: \"a\", nmae: 1, limt: 2 }; Field "
                       "\"nmae\" is not defined by type \"Filter\". Did you mean \"name\"? "
                       "@1:96\nVariable \"$o\" got invalid value { name: \"a\", nmae: 1, limt: 2 }; "
                       "Field \"limt\" is not defined by type \"Filter\". Did you mean \"limit\"? @1:96")
        << std::string("");
    QTest::newRow("oneOfValid") << std::string("{\"n\":1,\"one\":{\"b\":\"x\"}}") << std::string("")
                                << std::string("{\"n\":1,\"d\":7,\"one\":{\"b\":\"x\"}}");
    QTest::newRow("oneOfTwoKeys") << std::string("{\"n\":1,\"one\":{\"a\":1,\"b\":\"x\"}}")
                                  << std::string("Variable \"$one\" got invalid value { a: 1, b: \"x\" }; Exactly one "
                                                 "key must be specified for OneOf type \"One\". @1:131")
                                  << std::string("");
    QTest::newRow("oneOfNoKey") << std::string("{\"n\":1,\"one\":{}}")
                                << std::string("Variable \"$one\" got invalid value {}; Exactly one key must be "
                                               "specified for OneOf type \"One\". @1:131")
                                << std::string("");
    QTest::newRow("oneOfNullValue")
        << std::string("{\"n\":1,\"one\":{\"a\":null}}")
        << std::string("Variable \"$one\" got invalid value null at \"one.a\"; Field \"a\" must be non-null. @1:131")
        << std::string("");
    QTest::newRow("errorLimit")
        << std::string(
               "{\"many\": [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", "
               "\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", "
               "\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", "
               "\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]}")
        << std::string(
               "Variable \"$n\" of required type \"Int!\" was not provided. @1:18\nVariable \"$many\" got invalid "
               "value \"x\" at \"many[0]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" "
               "got invalid value \"x\" at \"many[1]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable "
               "\"$many\" got invalid value \"x\" at \"many[2]\"; Int cannot represent non-integer value: \"x\" "
               "@1:142\nVariable \"$many\" got invalid value \"x\" at \"many[3]\"; Int cannot represent non-integer "
               "value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[4]\"; Int cannot represent "
               "non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[5]\"; Int cannot "
               "represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[6]\"; "
               "Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at "
               "\"many[7]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid "
               "value \"x\" at \"many[8]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" "
               "got invalid value \"x\" at \"many[9]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable "
               "\"$many\" got invalid value \"x\" at \"many[10]\"; Int cannot represent non-integer value: \"x\" "
               "@1:142\nVariable \"$many\" got invalid value \"x\" at \"many[11]\"; Int cannot represent non-integer "
               "value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[12]\"; Int cannot represent "
               "non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[13]\"; Int "
               "cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at "
               "\"many[14]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid "
               "value \"x\" at \"many[15]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" "
               "got invalid value \"x\" at \"many[16]\"; Int cannot represent non-integer value: \"x\" "
               "@1:142\nVariable \"$many\" got invalid value \"x\" at \"many[17]\"; Int cannot represent non-integer "
               "value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[18]\"; Int cannot represent "
               "non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[19]\"; Int "
               "cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at "
               "\"many[20]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid "
               "value \"x\" at \"many[21]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" "
               "got invalid value \"x\" at \"many[22]\"; Int cannot represent non-integer value: \"x\" "
               "@1:142\nVariable \"$many\" got invalid value \"x\" at \"many[23]\"; Int cannot represent non-integer "
               "value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[24]\"; Int cannot represent "
               "non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[25]\"; Int "
               "cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at "
               "\"many[26]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid "
               "value \"x\" at \"many[27]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" "
               "got invalid value \"x\" at \"many[28]\"; Int cannot represent non-integer value: \"x\" "
               "@1:142\nVariable \"$many\" got invalid value \"x\" at \"many[29]\"; Int cannot represent non-integer "
               "value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[30]\"; Int cannot represent "
               "non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[31]\"; Int "
               "cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at "
               "\"many[32]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid "
               "value \"x\" at \"many[33]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" "
               "got invalid value \"x\" at \"many[34]\"; Int cannot represent non-integer value: \"x\" "
               "@1:142\nVariable \"$many\" got invalid value \"x\" at \"many[35]\"; Int cannot represent non-integer "
               "value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[36]\"; Int cannot represent "
               "non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[37]\"; Int "
               "cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at "
               "\"many[38]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid "
               "value \"x\" at \"many[39]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" "
               "got invalid value \"x\" at \"many[40]\"; Int cannot represent non-integer value: \"x\" "
               "@1:142\nVariable \"$many\" got invalid value \"x\" at \"many[41]\"; Int cannot represent non-integer "
               "value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[42]\"; Int cannot represent "
               "non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[43]\"; Int "
               "cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at "
               "\"many[44]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" got invalid "
               "value \"x\" at \"many[45]\"; Int cannot represent non-integer value: \"x\" @1:142\nVariable \"$many\" "
               "got invalid value \"x\" at \"many[46]\"; Int cannot represent non-integer value: \"x\" "
               "@1:142\nVariable \"$many\" got invalid value \"x\" at \"many[47]\"; Int cannot represent non-integer "
               "value: \"x\" @1:142\nVariable \"$many\" got invalid value \"x\" at \"many[48]\"; Int cannot represent "
               "non-integer value: \"x\" @1:142\nToo many errors processing variables, error limit reached. Execution "
               "aborted. @")
        << std::string("");
}

void TestVariableCoercion::coerceVariables_matchesGraphqlJs() {
    QFETCH(std::string, variables);
    QFETCH(std::string, expectedErrors);
    QFETCH(std::string, expectedCoerced);
    BuildSchemaResult built = buildSchema(kSchema);
    QVERIFY(built.ok());
    ParseResult parsed = parse(kOperation);
    QVERIFY(parsed.ok());
    const auto *op = static_cast<const OperationDefinitionNode *>(parsed.document.definitions().front());
    const VariableCoercion result = coerceVariables(built.schema, *op, variables);
    QCOMPARE(describe(result.errors), expectedErrors);
    QCOMPARE(result.coercedJson, expectedCoerced);
}

void TestVariableCoercion::coerceVariables_notAnObject_isRefused() {
    BuildSchemaResult built = buildSchema(kSchema);
    ParseResult parsed = parse(kOperation);
    const auto *op = static_cast<const OperationDefinitionNode *>(parsed.document.definitions().front());
    const VariableCoercion result = coerceVariables(built.schema, *op, "[1]");
    QVERIFY(!result.ok());
    QVERIFY(result.coercedJson.empty());
}

// Expected: JSON.stringify of graphql-js 16.15.0 getVariableValues(buildSchema(kSchema), variable definitions of
// the operation, {}) run with node: default values coerced to their types (valueFromAST).
void TestVariableCoercion::coerceVariables_defaultsCoercedLikeGraphqlJs_data() {
    QTest::addColumn<std::string>("operation");
    QTest::addColumn<std::string>("expectedCoerced");
    QTest::newRow("listEnumObjectIdFloatCustomNull")
        << std::string("query D($l: [Int] = 1, $c: [Color!] = RED, $o: Filter = {name: \"n\", tags: \"t\"}, $id: ID = "
                       "5, $f: Float = 2, $g: Float = 1.50, $j: JSON = {a: [1, B]}, $e: Int = null) { f }")
        << std::string("{\"l\":[1],\"c\":[\"RED\"],\"o\":{\"name\":\"n\",\"limit\":10,\"tags\":[\"t\"]},\"id\":\"5\","
                       "\"f\":2,\"g\":1.5,\"j\":{\"a\":[1,\"B\"]},\"e\":null}");
    QTest::newRow("nestedObjectDefaultsAndListOfLists")
        << std::string("query E($o: [Filter] = {name: \"x\", nested: {name: \"y\", color: GREEN}}, $s: String = "
                       "\"a\\\"b\", $ll: [[Int]] = 3) { f }")
        << std::string("{\"o\":[{\"name\":\"x\",\"limit\":10,\"nested\":{\"name\":\"y\",\"limit\":10,\"color\":"
                       "\"GREEN\"}}],\"s\":\"a\\\"b\",\"ll\":[[3]]}");
}

void TestVariableCoercion::coerceVariables_defaultsCoercedLikeGraphqlJs() {
    QFETCH(std::string, operation);
    QFETCH(std::string, expectedCoerced);
    BuildSchemaResult built = buildSchema(kSchema);
    ParseResult parsed = parse(operation);
    QVERIFY(parsed.ok());
    const auto *op = static_cast<const OperationDefinitionNode *>(parsed.document.definitions().front());
    const VariableCoercion result = coerceVariables(built.schema, *op, "{}");
    QVERIFY(result.ok());
    QCOMPARE(result.coercedJson, expectedCoerced);
}

QTEST_GUILESS_MAIN(TestVariableCoercion)
#include "tst_variablecoercion.moc"
