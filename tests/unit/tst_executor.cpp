#include "graphql/buildschema.h"
#include "graphql/executor.h"
#include "graphql/introspectionquery.h"
#include "graphql/parser.h"

#include <QTest>

using namespace altrata::graphql;

namespace {

const char *const testSdl = R"(
interface Named { name: String }
type Pet implements Named { name: String, kind: Kind }
type Person implements Named { name: String, age: Int }
union Thing = Pet | Person
enum Kind { CAT DOG }
input Filter { kind: Kind = DOG, names: [String!], limit: Int = 10 }
type Query {
  items: [Item!]
  strictItems: [Item!]!
  item: Item
  echo(ids: [ID!], filter: Filter, kind: Kind): String
  things: [Thing]
  named: [Named]
  num: Float
  nums: [Float]
  big: Int
}
type Item { id: ID!, label: String!, tags: [String] }
type Mutation { add(n: Int!): Int }
)";

// The same JSON the graphql-js reference run used as rootValue (plus its `echo` function).
const char *const testRoot = R"({
  "items": [{"id": 1, "label": "a", "tags": ["x"]}, {"id": 2, "label": null}],
  "strictItems": [{"id": 1, "label": "a"}, {"id": 2, "label": null}],
  "item": {"id": "i", "label": "L", "tags": ["p", "q"]},
  "things": [{"__typename": "Pet", "name": "Rex", "kind": "DOG"}, {"__typename": "Person", "name": "Ann", "age": 30}],
  "named": [{"__typename": "Person", "name": "Bo", "age": 3}],
  "num": 0.1, "nums": [1.5, 1e21, 1e-7, 3, -0.000001, 1.2345678901234568e20],
  "big": 3000000000
})";

Schema testSchema() {
    BuildSchemaResult result = buildSchema(testSdl);
    return std::move(result.schema);
}

std::string run(const std::string &query, const std::string &variablesJson = {}) {
    static const Schema schema = testSchema();
    ParseResult parsed = parse(query);
    ExecutionOptions options;
    options.rootValue = Value::fromJson(testRoot);
    if (!variablesJson.empty())
        options.variables = *Value::fromJson(variablesJson).object;
    // graphql-js reference: echo: (args) => JSON.stringify(args)
    options.resolvers["Query.echo"] = [](const Value &, const ValueObject &args, const ResolveInfo &) {
        return Value::fromString(Value::fromObject(args).toJson());
    };
    return execute(schema, parsed.document, options);
}

} // namespace

namespace {

// SDL with deprecations, a repeatable directive and @specifiedBy for the introspection tests.
const char *const introspectionSdl =
    "\"The root\"\ntype Query {\n  \"old one\"\n  old(a: Int = 3 @deprecated(reason: \"gone\"),"
    " b: [String!]! = [\"x\"]): String @deprecated\n  new(input: In): Color @deprecated(reason:"
    " \"use other\")\n  node: Node\n  u: U\n}\ninterface Node { id: ID! }\ntype A implements No"
    "de { id: ID! }\nunion U = A\nenum Color { RED BLUE @deprecated(reason: \"meh\") }\ninput I"
    "n { x: Int = 1, y: String @deprecated }\nscalar Date @specifiedBy(url: \"https://example.c"
    "om\")\ndirective @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT\ntype Mutatio"
    "n { m: Date }\n";

const char *const introspectionProbe =
    "{ __type(name: \"Query\") { name fields(includeDeprecated: true) { name isDeprecated depre"
    "cationReason args(includeDeprecated: true) { name isDeprecated deprecationReason defaultVa"
    "lue } } }\n  c: __type(name: \"Color\") { enumValues(includeDeprecated: true) { name isDep"
    "recated deprecationReason } e2: enumValues { name } }\n  i: __type(name: \"In\") { inputFi"
    "elds(includeDeprecated: true) { name isDeprecated } isOneOf }\n  d: __type(name: \"Date\")"
    " { specifiedByURL kind }\n  missing: __type(name: \"Nope\") { name }\n  __schema { descrip"
    "tion directives { name isRepeatable locations args { name } } } }\n";

// graphql-js 16.15: graphqlSync({schema: buildSchema(introspectionSdl), source: introspectionProbe})
const char *const introspectionProbeExpected =
    "{\"data\":{\"__type\":{\"name\":\"Query\",\"fields\":[{\"name\":\"old\",\"isDeprecated\":t"
    "rue,\"deprecationReason\":\"No longer supported\",\"args\":[{\"name\":\"a\",\"isDeprecated"
    "\":true,\"deprecationReason\":\"gone\",\"defaultValue\":\"3\"},{\"name\":\"b\",\"isDepreca"
    "ted\":false,\"deprecationReason\":null,\"defaultValue\":\"[\\\"x\\\"]\"}]},{\"name\":\"new"
    "\",\"isDeprecated\":true,\"deprecationReason\":\"use other\",\"args\":[{\"name\":\"input\""
    ",\"isDeprecated\":false,\"deprecationReason\":null,\"defaultValue\":null}]},{\"name\":\"no"
    "de\",\"isDeprecated\":false,\"deprecationReason\":null,\"args\":[]},{\"name\":\"u\",\"isDe"
    "precated\":false,\"deprecationReason\":null,\"args\":[]}]},\"c\":{\"enumValues\":[{\"name\""
    ":\"RED\",\"isDeprecated\":false,\"deprecationReason\":null},{\"name\":\"BLUE\",\"isDepreca"
    "ted\":true,\"deprecationReason\":\"meh\"}],\"e2\":[{\"name\":\"RED\"}]},\"i\":{\"inputFiel"
    "ds\":[{\"name\":\"x\",\"isDeprecated\":false},{\"name\":\"y\",\"isDeprecated\":true}],\"is"
    "OneOf\":false},\"d\":{\"specifiedByURL\":\"https://example.com\",\"kind\":\"SCALAR\"},\"mi"
    "ssing\":null,\"__schema\":{\"description\":null,\"directives\":[{\"name\":\"tag\",\"isRepe"
    "atable\":true,\"locations\":[\"FIELD_DEFINITION\",\"OBJECT\"],\"args\":[{\"name\":\"name\""
    "}]},{\"name\":\"include\",\"isRepeatable\":false,\"locations\":[\"FIELD\",\"FRAGMENT_SPREA"
    "D\",\"INLINE_FRAGMENT\"],\"args\":[{\"name\":\"if\"}]},{\"name\":\"skip\",\"isRepeatable\""
    ":false,\"locations\":[\"FIELD\",\"FRAGMENT_SPREAD\",\"INLINE_FRAGMENT\"],\"args\":[{\"name"
    "\":\"if\"}]},{\"name\":\"deprecated\",\"isRepeatable\":false,\"locations\":[\"FIELD_DEFINI"
    "TION\",\"ARGUMENT_DEFINITION\",\"INPUT_FIELD_DEFINITION\",\"ENUM_VALUE\",\"DIRECTIVE_DEFIN"
    "ITION\"],\"args\":[{\"name\":\"reason\"}]},{\"name\":\"specifiedBy\",\"isRepeatable\":fals"
    "e,\"locations\":[\"SCALAR\"],\"args\":[{\"name\":\"url\"}]},{\"name\":\"oneOf\",\"isRepeat"
    "able\":false,\"locations\":[\"INPUT_OBJECT\"],\"args\":[]}]}}}";

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : text)
        h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

} // namespace

class TestExecutor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Expected outputs below are graphql-js 16.15 graphqlSync() results over buildSchema(testSdl) and
    // the same root value (scratch script, JSON.stringify of the result).
    void execute_matchesGraphqlJs_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("variables");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nullInNonNullItemNullsNullableList")
            << QStringLiteral("{ items { id label } }") << QString()
            << QStringLiteral("{\"errors\":[{\"message\":\"Cannot return null for non-nullable field Item.label.\","
                              "\"locations\":[{\"line\":1,\"column\":14}],\"path\":[\"items\",1,\"label\"]}],"
                              "\"data\":{\"items\":null}}");
        QTest::newRow("nullPropagatesToData")
            << QStringLiteral("{ strictItems { id label } }") << QString()
            << QStringLiteral("{\"errors\":[{\"message\":\"Cannot return null for non-nullable field Item.label.\","
                              "\"locations\":[{\"line\":1,\"column\":20}],\"path\":[\"strictItems\",1,\"label\"]}],"
                              "\"data\":null}");
        QTest::newRow("fragmentMergingAndAliases")
            << QStringLiteral("{ a: item { id } a: item { label } ... on Query { a: item { tags } } ...F } "
                              "fragment F on Query { item { id } }")
            << QString()
            << QStringLiteral("{\"data\":{\"a\":{\"id\":\"i\",\"label\":\"L\",\"tags\":[\"p\",\"q\"]},"
                              "\"item\":{\"id\":\"i\"}}}");
        QTest::newRow("variableCoercion")
            << QStringLiteral("query($i: [ID!], $k: Kind, $f: Filter) { echo(ids: $i, kind: $k, filter: $f) "
                              "e2: echo(filter: {names: \"n\"}) }")
            << QStringLiteral("{\"i\": 7, \"k\": \"CAT\", \"f\": {\"names\": \"solo\"}}")
            << QStringLiteral("{\"data\":{\"echo\":\"{\\\"ids\\\":[\\\"7\\\"],\\\"filter\\\":{\\\"kind\\\":\\\"DOG\\\","
                              "\\\"names\\\":[\\\"solo\\\"],\\\"limit\\\":10},\\\"kind\\\":\\\"CAT\\\"}\","
                              "\"e2\":\"{\\\"filter\\\":{\\\"kind\\\":\\\"DOG\\\",\\\"names\\\":[\\\"n\\\"],"
                              "\\\"limit\\\":10}}\"}}");
        QTest::newRow("literalEnumAndInputDefaults")
            << QStringLiteral("{ echo(kind: CAT, filter: {limit: 2}) }") << QString()
            << QStringLiteral("{\"data\":{\"echo\":\"{\\\"filter\\\":{\\\"kind\\\":\\\"DOG\\\",\\\"limit\\\":2},"
                              "\\\"kind\\\":\\\"CAT\\\"}\"}}");
        QTest::newRow("abstractTypesByTypename")
            << QStringLiteral("{ things { __typename ... on Pet { name kind } ... on Person { age } } "
                              "named { name ... on Person { age } } }")
            << QString()
            << QStringLiteral("{\"data\":{\"things\":[{\"__typename\":\"Pet\",\"name\":\"Rex\",\"kind\":\"DOG\"},"
                              "{\"__typename\":\"Person\",\"age\":30}],\"named\":[{\"name\":\"Bo\",\"age\":3}]}}");
        QTest::newRow("numbersLikeJavaScriptAndIntRangeError")
            << QStringLiteral("{ num nums big }") << QString()
            << QStringLiteral("{\"errors\":[{\"message\":\"Int cannot represent non 32-bit signed integer value: "
                              "3000000000\",\"locations\":[{\"line\":1,\"column\":12}],\"path\":[\"big\"]}],"
                              "\"data\":{\"num\":0.1,\"nums\":[1.5,1e+21,1e-7,3,-0.000001,123456789012345680000],"
                              "\"big\":null}}");
        QTest::newRow("skipAndInclude")
            << QStringLiteral("query($s: Boolean!) { item @skip(if: $s) { id } x: item @include(if: false) { id } "
                              "__typename }")
            << QStringLiteral("{\"s\": true}") << QStringLiteral("{\"data\":{\"__typename\":\"Query\"}}");
        // Argument errors are located at the argument's value, not at the field.
        QTest::newRow("nullVariableForNonNullArgumentLocatedAtValue")
            << QStringLiteral("mutation ($n: Int = 1) { add(n: $n) }") << QStringLiteral("{\"n\": null}")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Argument \\\"n\\\" of non-null type \\\"Int!\\\" must not be "
                   "null.\",\"locations\":[{\"line\":1,\"column\":33}],\"path\":[\"add\"]}],\"data\":{\"add\":null}}");
        QTest::newRow("invalidArgumentValueLocatedAtValue")
            << QStringLiteral("query ($s: String = \"x\") { echo(filter: {names: [$s]}) }")
            << QStringLiteral("{\"s\": null}")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Argument \\\"filter\\\" has invalid value {names: [$s]}.\","
                   "\"locations\":[{\"line\":1,\"column\":41}],\"path\":[\"echo\"]}],\"data\":{\"echo\":null}}");
    }
    void execute_matchesGraphqlJs() {
        QFETCH(QString, query);
        QFETCH(QString, variables);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(run(query.toStdString(), variables.toStdString())), expected);
    }

    // __typename naming an interface, the empty string, or not a string: graphql-js's three messages.
    void execute_abstractTypeResolvedBadly_errorsLikeGraphqlJs() {
        const Schema schema = testSchema();
        const ParseResult parsed = parse("{ named { name } }");
        ExecutionOptions options;
        options.rootValue = Value::fromJson("{\"named\":[{\"__typename\":\"Named\",\"name\":\"x\"},"
                                            "{\"__typename\":\"\",\"name\":\"y\"},{\"__typename\":5}]}");
        QCOMPARE(
            QString::fromStdString(execute(schema, parsed.document, options)),
            QStringLiteral(
                "{\"errors\":[{\"message\":\"Abstract type \\\"Named\\\" was resolved to a non-object type "
                "\\\"Named\\\".\","
                "\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"named\",0]},{\"message\":\"Abstract type "
                "\\\"Named\\\" was resolved to a type \\\"\\\" that does not exist inside the "
                "schema.\",\"locations\":[{"
                "\"line\":1,\"column\":3}],\"path\":[\"named\",1]},{\"message\":\"Abstract type \\\"Named\\\" must "
                "resolve to an Object type at runtime for field \\\"Query.named\\\". Either the \\\"Named\\\" type "
                "should provide a \\\"resolveType\\\" function or each possible type should provide an "
                "\\\"isTypeOf\\\" "
                "function.\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"named\",2]}],\"data\":{\"named\":"
                "[null,null,null]}}"));
    }

    void execute_mutationRootFields_runSerially() {
        BuildSchemaResult built = buildSchema("type Query { x: Int } type Mutation { add(n: Int!): Int }");
        ParseResult parsed = parse("mutation { a: add(n: 1) b: add(n: 2) c: add(n: 3) }");
        std::vector<std::int64_t> order;
        ExecutionOptions options;
        options.resolvers["Mutation.add"] = [&](const Value &, const ValueObject &args, const ResolveInfo &) {
            order.push_back(args.front().second.integer);
            return Value::fromInt(static_cast<std::int64_t>(order.size()));
        };
        QCOMPARE(execute(built.schema, parsed.document, options), std::string(R"({"data":{"a":1,"b":2,"c":3}})"));
        QCOMPARE(order, (std::vector<std::int64_t>{1, 2, 3}));
    }

    void execute_resolverError_hasPathLocationsAndCode() {
        BuildSchemaResult built = buildSchema("type Query { a: A } type A { b: [Int] }");
        ParseResult parsed = parse("{ a { b } }");
        ExecutionOptions options;
        options.rootValue = Value::fromJson(R"({"a": {}})");
        options.resolvers["A.b"] = [](const Value &, const ValueObject &, const ResolveInfo &) -> Value {
            throw FieldError("nope", "FORBIDDEN");
        };
        QCOMPARE(execute(built.schema, parsed.document, options),
                 std::string(R"({"errors":[{"message":"nope","locations":[{"line":1,"column":7}],)"
                             R"("path":["a","b"],"extensions":{"code":"FORBIDDEN"}}],"data":{"a":{"b":null}}})"));
    }

    // graphql-js graphqlSync() answers a document its validation refuses with errors only, no "data"
    // (expected: graphqlSync over the same SDL and source).
    void execute_documentFailingChecks_isRefusedBeforeAnyResolverRuns() {
        BuildSchemaResult built = buildSchema("type Query { a(n: Int!): Int, b: Int }");
        ParseResult parsed = parse("{ b a c }");
        int calls = 0;
        ExecutionOptions options;
        options.resolvers["Query.b"] = [&](const Value &, const ValueObject &, const ResolveInfo &) {
            ++calls;
            return Value::fromInt(1);
        };
        QCOMPARE(execute(built.schema, parsed.document, options),
                 std::string("{\"errors\":[{\"message\":\"Field \\\"a\\\" argument \\\"n\\\" of type "
                             "\\\"Int!\\\" is required, but it was not provided.\",\"locations\":[{\"line\":1,"
                             "\"column\":5}]},{\"message\":\"Cannot query field \\\"c\\\" on type \\\"Query\\\". "
                             "Did you mean \\\"a\\\" or \\\"b\\\"?\",\"locations\":[{\"line\":1,\"column\":7}]}]}"));
        QCOMPARE(calls, 0);
    }

    void execute_streamedList_of100000Items() {
        BuildSchemaResult built = buildSchema("type Query { items: [Item!]! } type Item { n: Int! }");
        ParseResult parsed = parse("{ items { n } }");
        ExecutionOptions options;
        options.resolvers["Query.items"] = [](const Value &, const ValueObject &, const ResolveInfo &) {
            auto next = std::make_shared<std::int64_t>(0);
            return Value::fromGenerator([next](Value &item) {
                if (*next == 100000)
                    return false;
                item = Value::fromObject({{"n", Value::fromInt((*next)++)}});
                return true;
            });
        };
        const std::string result = execute(built.schema, parsed.document, options);
        QVERIFY(result.starts_with(R"({"data":{"items":[{"n":0},{"n":1},)"));
        QVERIFY(result.ends_with(R"({"n":99999}]}})"));
        QCOMPARE(std::count(result.begin(), result.end(), '{'), std::ptrdiff_t(100002));
    }

    // A generator that throws is a field error at the list's own position (found by fuzz_execute; it
    // used to escape execute()). Expected: graphqlSync with JS generator functions that throw.
    void execute_generatorThrows_isFieldErrorAtTheListPosition() {
        BuildSchemaResult built =
            buildSchema("type Query { a: [Int] b: [[Int]] o: O x: Int } type O { c: [Int!]! y: Int }");
        ParseResult parsed = parse("{ a b o { y c } x }");
        const auto failingAt = [](std::int64_t failAt) {
            auto next = std::make_shared<std::int64_t>(0);
            return Value::fromGenerator([next, failAt](Value &item) {
                if (*next == failAt)
                    throw std::runtime_error("stream broke");
                item = Value::fromInt((*next)++);
                return true;
            });
        };
        ExecutionOptions options;
        options.rootValue =
            Value::fromObject({{"b", Value::fromList({failingAt(1), Value::fromList({Value::fromInt(5)})})},
                               {"o", Value::fromObject({{"c", failingAt(1)}, {"y", Value::fromInt(2)}})},
                               {"x", Value::fromInt(1)}});
        options.resolvers["Query.a"] = [&](const Value &, const ValueObject &, const ResolveInfo &) {
            return failingAt(2);
        };
        QCOMPARE(
            execute(built.schema, parsed.document, options),
            std::string(R"({"errors":[{"message":"stream broke","locations":[{"line":1,"column":3}],"path":["a"]},)"
                        R"({"message":"stream broke","locations":[{"line":1,"column":5}],"path":["b",0]},)"
                        R"({"message":"stream broke","locations":[{"line":1,"column":13}],"path":["o","c"]}],)"
                        R"("data":{"a":null,"b":[null,[5]],"o":null,"x":1}})"));
    }

    void execute_operationSelection() {
        BuildSchemaResult built = buildSchema("type Query { x: Int }");
        ParseResult parsed = parse("query A { a: x } query B { b: x }");
        ExecutionOptions options;
        options.rootValue = Value::fromJson(R"({"x": 4})");
        // graphql-js 16.15: {"errors":[{"message":"Must provide operation name if query contains multiple
        // operations."}]}
        QCOMPARE(
            execute(built.schema, parsed.document, options),
            std::string(
                R"({"errors":[{"message":"Must provide operation name if query contains multiple operations."}]})"));
        options.operationName = "B";
        QCOMPARE(execute(built.schema, parsed.document, options), std::string(R"({"data":{"b":4}})"));
        options.operationName = "C";
        QCOMPARE(execute(built.schema, parsed.document, options),
                 std::string("{\"errors\":[{\"message\":\"Unknown operation named \\\"C\\\".\"}]}"));
    }
    void execute_introspectionProbe_deprecatedFieldsAndDirectives_matchGraphqlJs() {
        BuildSchemaResult built = buildSchema(introspectionSdl);
        ParseResult parsed = parse(introspectionProbe);
        QCOMPARE(execute(built.schema, parsed.document, {}), std::string(introspectionProbeExpected));
    }

    void execute_fullIntrospectionQuery_matchesGraphqlJs() {
        BuildSchemaResult built = buildSchema(introspectionSdl);
        ParseResult parsed = parse(introspectionQuery());
        const std::string result = execute(built.schema, parsed.document, {});
        // graphql-js 16.15 graphqlSync(getIntrospectionQuery()) over the same SDL: 21874 bytes of
        // JSON.stringify output with this FNV-1a 64 hash (too long to paste; byte-compared with cmp).
        QCOMPARE(result.size(), std::size_t(21874));
        QCOMPARE(fnv1a(result), std::uint64_t(0x7644163aeffc596fULL));
        QVERIFY(result.starts_with("{\"data\":{\"__schema\":{\"queryType\":{\"name\":\"Query\",\"kind\":\"OBJECT\"}"));
    }
    // graphql-js 16.15 graphqlSync({schema: buildSchema(leafSdl), source, rootValue: JSON.parse(leafData)}).
    void execute_leavesAndCompletionErrors_matchGraphqlJs_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case0") << QStringLiteral("{ a }")
                               << QStringLiteral("{\"errors\":[{\"message\":\"Int cannot represent non-integer value: "
                                                 "3.5\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"a\",2]}],"
                                                 "\"data\":{\"a\":[1,2,null,null,1]}}");
        QTest::newRow("case1")
            << QStringLiteral("{ b }")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Cannot return null for non-nullable field "
                   "Query.b.\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"b\",1]}],\"data\":{\"b\":null}}");
        QTest::newRow("case2") << QStringLiteral("{ c d }")
                               << QStringLiteral(
                                      "{\"errors\":[{\"message\":\"Enum \\\"Kind\\\" cannot represent value: "
                                      "\\\"Z\\\"\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"c\"]},{"
                                      "\"message\":\"Enum \\\"Kind\\\" cannot represent value: "
                                      "\\\"C\\\"\",\"locations\":[{\"line\":1,\"column\":5}],\"path\":[\"d\",2]}],"
                                      "\"data\":{\"c\":null,\"d\":[\"A\",\"B\",null]}}");
        QTest::newRow("case3") << QStringLiteral("{ s i f bo }")
                               << QStringLiteral("{\"data\":{\"s\":\"12.5\",\"i\":\"12\",\"f\":3.25,\"bo\":false}}");
        QTest::newRow("case4") << QStringLiteral("{ o { p q { p } } }")
                               << QStringLiteral(
                                      "{\"errors\":[{\"message\":\"String cannot represent value: "
                                      "[\\\"x\\\"]\",\"locations\":[{\"line\":1,\"column\":7}],\"path\":[\"o\",\"p\"]}]"
                                      ",\"data\":{\"o\":{\"p\":null,\"q\":[{\"p\":\"in\"},null,{\"p\":null}]}}}");
        QTest::newRow("case5")
            << QStringLiteral("{ u { ... on P { z } } }")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Abstract type \\\"U\\\" must resolve to an Object type at runtime for "
                   "field \\\"Query.u\\\". Either the \\\"U\\\" type should provide a \\\"resolveType\\\" function or "
                   "each possible type should provide an \\\"isTypeOf\\\" "
                   "function.\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"u\"]}],\"data\":{\"u\":null}}");
        QTest::newRow("case6")
            << QStringLiteral("{ n { k } }")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Runtime Object type \\\"O\\\" is not a possible type for "
                   "\\\"N\\\".\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"n\",1]}],\"data\":null}");
        QTest::newRow("case7") << QStringLiteral("{ x a: x }")
                               << QStringLiteral("{\"errors\":[{\"message\":\"Int cannot represent non-integer value: "
                                                 "\\\"abc\\\"\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":["
                                                 "\"x\"]},{\"message\":\"Int cannot represent non-integer value: "
                                                 "\\\"abc\\\"\",\"locations\":[{\"line\":1,\"column\":5}],\"path\":["
                                                 "\"a\"]}],\"data\":{\"x\":null,\"a\":null}}");
        QTest::newRow("case8") << QStringLiteral("{ o { __typename q { __typename } } }")
                               << QStringLiteral("{\"data\":{\"o\":{\"__typename\":\"O\",\"q\":[{\"__typename\":\"O\"},"
                                                 "null,{\"__typename\":\"O\"}]}}}");
        QTest::newRow("case9") << QStringLiteral("subscription { x }")
                               << QStringLiteral(
                                      "{\"errors\":[{\"message\":\"Schema is not configured to execute subscription "
                                      "operation.\",\"locations\":[{\"line\":1,\"column\":1}]}],\"data\":null}");
    }
    void execute_leavesAndCompletionErrors_matchGraphqlJs() {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        BuildSchemaResult built =
            buildSchema("type Query { a: [Int] b: [Int!] c: Kind d: [Kind] s: String i: ID f: Float bo: Boolean o: O "
                        "u: U n: [N!]! x: Int }\ntype O { p: String q: [O] }\nenum Kind { A B }\nunion U = O | P\ntype "
                        "P { z: Int }\ninterface N { k: Int }\ntype M implements N { k: Int }\n");
        ParseResult parsed = parse(query.toStdString());
        ExecutionOptions options;
        options.rootValue =
            Value::fromJson("{\"a\": [1, \"2\", 3.5, null, true], \"b\": [1, null, 2], \"c\": \"Z\", \"d\": [\"A\", "
                            "\"B\", \"C\"], \"s\": 12.5, \"i\": 12, \"f\": \"3.25\", \"bo\": 0,\n \"o\": {\"p\": "
                            "[\"x\"], \"q\": [{\"p\": \"in\"}, null, 5]}, \"u\": {\"z\": 1}, \"n\": [{\"__typename\": "
                            "\"M\", \"k\": 1}, {\"__typename\": \"O\"}], \"x\": \"abc\"}\n");
        QCOMPARE(QString::fromStdString(execute(built.schema, parsed.document, options)), expected);
    }
    // graphql-js 16.15 graphqlSync() with these variableValues (all errors, spec-shaped messages).
    void execute_invalidVariables_matchGraphqlJs_data() {
        QTest::addColumn<QString>("variables");
        QTest::addColumn<QString>("expected");
        QTest::newRow("vars0") << QStringLiteral("{\"i\":null}")
                               << QStringLiteral(
                                      "{\"errors\":[{\"message\":\"Variable \\\"$i\\\" of non-null type \\\"Int!\\\" "
                                      "must not be null.\",\"locations\":[{\"line\":1,\"column\":14}]}]}");
        QTest::newRow("vars1") << QStringLiteral("{}")
                               << QStringLiteral(
                                      "{\"errors\":[{\"message\":\"Variable \\\"$i\\\" of required type \\\"Int!\\\" "
                                      "was not provided.\",\"locations\":[{\"line\":1,\"column\":14}]}]}");
        QTest::newRow("vars2")
            << QStringLiteral("{\"i\":1.5}")
            << QStringLiteral("{\"errors\":[{\"message\":\"Variable \\\"$i\\\" got invalid value 1.5; Int cannot "
                              "represent non-integer value: 1.5\",\"locations\":[{\"line\":1,\"column\":14}]}]}");
        QTest::newRow("vars3") << QStringLiteral("{\"i\":1,\"f\":3}")
                               << QStringLiteral(
                                      "{\"errors\":[{\"message\":\"Variable \\\"$f\\\" got invalid value 3; Expected "
                                      "type \\\"F\\\" to be an object.\",\"locations\":[{\"line\":1,\"column\":7}]}]}");
        QTest::newRow("vars4")
            << QStringLiteral("{\"i\":1,\"f\":{\"r\":\"x\",\"n\":[1,null]}}")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Variable \\\"$f\\\" got invalid value null at \\\"f.n[1]\\\"; Expected "
                   "non-nullable type \\\"Int!\\\" not to be null.\",\"locations\":[{\"line\":1,\"column\":7}]}]}");
        QTest::newRow("vars5") << QStringLiteral("{\"i\":1,\"f\":{\"kind\":\"Z\",\"r\":\"x\"}}")
                               << QStringLiteral("{\"errors\":[{\"message\":\"Variable \\\"$f\\\" got invalid value "
                                                 "\\\"Z\\\" at \\\"f.kind\\\"; Value \\\"Z\\\" does not exist in "
                                                 "\\\"Kind\\\" enum.\",\"locations\":[{\"line\":1,\"column\":7}]}]}");
        QTest::newRow("vars6")
            << QStringLiteral("{\"i\":1,\"f\":{}}")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Variable \\\"$f\\\" got invalid value {}; Field \\\"r\\\" of required "
                   "type \\\"String!\\\" was not provided.\",\"locations\":[{\"line\":1,\"column\":7}]}]}");
        QTest::newRow("vars7")
            << QStringLiteral("{\"i\":1,\"f\":{\"r\":\"x\",\"zz\":1}}")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Variable \\\"$f\\\" got invalid value { r: \\\"x\\\", zz: 1 }; Field "
                   "\\\"zz\\\" is not defined by type \\\"F\\\".\",\"locations\":[{\"line\":1,\"column\":7}]}]}");
        QTest::newRow("vars8")
            << QStringLiteral("{\"i\":1,\"s\":5,\"b\":1,\"id\":true,\"fl\":\"x\"}")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Variable \\\"$s\\\" got invalid value 5; String cannot represent a non "
                   "string value: 5\",\"locations\":[{\"line\":1,\"column\":37}]},{\"message\":\"Variable \\\"$b\\\" "
                   "got invalid value 1; Boolean cannot represent a non boolean value: "
                   "1\",\"locations\":[{\"line\":1,\"column\":49}]},{\"message\":\"Variable \\\"$id\\\" got invalid "
                   "value true; ID cannot represent value: "
                   "true\",\"locations\":[{\"line\":1,\"column\":62}]},{\"message\":\"Variable \\\"$fl\\\" got invalid "
                   "value \\\"x\\\"; Float cannot represent non numeric value: "
                   "\\\"x\\\"\",\"locations\":[{\"line\":1,\"column\":71}]}]}");
        QTest::newRow("vars9")
            << QStringLiteral("{\"i\":1,\"l\":[[1,\"a\"]]}")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Variable \\\"$l\\\" got invalid value \\\"a\\\" at \\\"l[0][1]\\\"; "
                   "Int cannot represent non-integer value: \\\"a\\\"\",\"locations\":[{\"line\":1,\"column\":24}]}]}");
        QTest::newRow("vars10") << QStringLiteral("{\"i\":10000000000}")
                                << QStringLiteral("{\"errors\":[{\"message\":\"Variable \\\"$i\\\" got invalid value "
                                                  "10000000000; Int cannot represent non 32-bit signed integer value: "
                                                  "10000000000\",\"locations\":[{\"line\":1,\"column\":14}]}]}");
        QTest::newRow("vars11")
            << QStringLiteral("{\"i\":1,\"f\":{\"r\":\"x\",\"kind\":5}}")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Variable \\\"$f\\\" got invalid value 5 at \\\"f.kind\\\"; Enum "
                   "\\\"Kind\\\" cannot represent non-string value: 5.\",\"locations\":[{\"line\":1,\"column\":7}]}]}");
        QTest::newRow("vars12")
            << QStringLiteral("{\"i\":\"abc\"}")
            << QStringLiteral(
                   "{\"errors\":[{\"message\":\"Variable \\\"$i\\\" got invalid value \\\"abc\\\"; Int cannot "
                   "represent non-integer value: \\\"abc\\\"\",\"locations\":[{\"line\":1,\"column\":14}]}]}");
    }
    void execute_invalidVariables_matchGraphqlJs() {
        QFETCH(QString, variables);
        QFETCH(QString, expected);
        BuildSchemaResult built =
            buildSchema("enum Kind { CAT DOG } input F { kind: Kind = DOG, n: [Int!], r: String! } "
                        "type Query { e(f: F, i: Int, l: [[Int]], s: String, b: Boolean, id: ID, fl: Float): Int }");
        ParseResult parsed = parse("query($f: F, $i: Int!, $l: [[Int]], $s: String, $b: Boolean, $id: ID, $fl: Float) "
                                   "{ e(f: $f, i: $i, l: $l, s: $s, b: $b, id: $id, fl: $fl) }");
        ExecutionOptions options;
        options.rootValue = Value::fromJson("{\"e\": 1}");
        options.variables = *Value::fromJson(variables.toStdString()).object;
        QCOMPARE(QString::fromStdString(execute(built.schema, parsed.document, options)), expected);
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
