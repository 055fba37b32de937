#include "graphql/buildschema.h"
#include "graphql/parser.h"

#include <QTest>

using namespace altrata::graphql;

namespace {

Schema built(const char *sdl) {
    BuildSchemaResult result = buildSchema(sdl);
    if (!result.ok())
        qWarning("unexpected syntax error: %s", result.errors.front().message.c_str());
    return std::move(result.schema);
}

std::vector<std::string> fieldNames(const Type &type) {
    std::vector<std::string> out;
    for (const Field &f : type.fields)
        out.push_back(f.name);
    return out;
}

bool hasWarningMentioning(const Schema &schema, std::string_view text) {
    for (const std::string &w : schema.warnings()) {
        if (w.find(text) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

// Behaviour checked against graphql-js 16.15.0 buildSchema(sdl, {assumeValidSDL: true}) with node.
class TestBuildSchema final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roots_withoutSchemaDefinition_areTheTypesSoNamed();
    void roots_schemaDefinition_namesThemAndCarriesDescription();
    void roots_schemaExtensionWithoutDefinition_isOverriddenByCommonNames();
    void roots_twoSchemaDefinitions_lastWinsWithAWarning();
    void kinds_everyTypeKindIsBuilt();
    void extend_everyKind_appendsToTheDefinition();
    void extend_undefinedType_isAWarning();
    void deprecated_withoutReason_usesGraphqlJsDefault();
    void deprecated_reasonNull_isNotDeprecated();
    void specifiedBy_fromDefinitionOnly();
    void directives_repeatableAndLocations();
    void interfaces_implementingInterfaces();
    void descriptions_blockStringsAreDedented();
    void duplicates_lastDefinitionWinsAtFirstPosition();
    void defaults_areCoercedLikeGraphqlJs_data();
    void defaults_areCoercedLikeGraphqlJs();
    void syntaxErrors_areReportedAndTheRestIsBuilt();
    void builder_withoutAddingSpecifiedDirectives_keepsTheGivenList();
};

void TestBuildSchema::roots_withoutSchemaDefinition_areTheTypesSoNamed() {
    Schema schema = built("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");
    QCOMPARE(schema.queryTypeName(), std::string("Query"));
    QCOMPARE(schema.mutationTypeName(), std::string("Mutation"));
    QCOMPARE(schema.subscriptionTypeName(), std::string("Subscription"));
    QVERIFY(!schema.description());
}

void TestBuildSchema::roots_schemaDefinition_namesThemAndCarriesDescription() {
    Schema schema = built("\"The API\" schema { query: Q } type Q { a: Int } type Mutation { b: Int }");
    QCOMPARE(schema.queryTypeName(), std::string("Q"));
    QVERIFY(schema.mutationTypeName().empty()); // a schema definition disables the naming convention
    QCOMPARE(schema.description(), std::optional<std::string>("The API"));
}

void TestBuildSchema::roots_schemaExtensionWithoutDefinition_isOverriddenByCommonNames() {
    Schema own = built("type Query { a: Int } type M { b: Int } extend schema { mutation: M }");
    QCOMPARE(own.mutationTypeName(), std::string("M"));
    Schema common = built("type Query { a: Int } type Mutation { c: Int } type M { b: Int } "
                          "extend schema { mutation: M }");
    QCOMPARE(common.mutationTypeName(), std::string("Mutation"));
}

void TestBuildSchema::roots_twoSchemaDefinitions_lastWinsWithAWarning() {
    Schema single = built("schema { query: Q } type Q { a: Int }");
    QVERIFY(single.warnings().empty());
    Schema twice = built("schema { query: Q } schema { query: R } type Q { a: Int } type R { b: Int }");
    QCOMPARE(twice.queryTypeName(), std::string("R"));
    QVERIFY(hasWarningMentioning(twice, "schema is defined more than once"));
}

void TestBuildSchema::kinds_everyTypeKindIsBuilt() {
    Schema schema = built("scalar S type Query { a: S } interface I { x: Int } union U = Query "
                          "enum E { A } input In { f: Int }");
    QCOMPARE(schema.type("S")->kind, TypeKind::Scalar);
    QCOMPARE(schema.type("Query")->kind, TypeKind::Object);
    QCOMPARE(schema.type("I")->kind, TypeKind::Interface);
    QCOMPARE(schema.type("U")->kind, TypeKind::Union);
    QCOMPARE(schema.type("E")->kind, TypeKind::Enum);
    QCOMPARE(schema.type("In")->kind, TypeKind::InputObject);
    QVERIFY(schema.warnings().empty());
}

void TestBuildSchema::extend_everyKind_appendsToTheDefinition() {
    Schema schema = built("extend type Query { b: Int } type Query { a: Int } extend type Query implements I "
                          "interface I { a: Int } extend interface I { c: Int } union U = Query extend union U = T "
                          "type T { t: Int } enum E { A } extend enum E { B } input In { f: Int } "
                          "extend input In { g: Int } scalar S extend scalar S @x");
    QCOMPARE(fieldNames(*schema.type("Query")), std::vector<std::string>({"a", "b"}));
    QCOMPARE(schema.type("Query")->interfaces, std::vector<std::string>({"I"}));
    QCOMPARE(fieldNames(*schema.type("I")), std::vector<std::string>({"a", "c"}));
    QCOMPARE(schema.type("U")->unionMembers, std::vector<std::string>({"Query", "T"}));
    QCOMPARE(schema.type("E")->enumValues.back().name, std::string("B"));
    QCOMPARE(schema.type("In")->inputFields.back().name, std::string("g"));
}

void TestBuildSchema::extend_undefinedType_isAWarning() {
    Schema schema = built("type Query { a: Int } extend type Nope { x: Int }");
    QVERIFY(!schema.type("Nope"));
    QVERIFY(hasWarningMentioning(schema, "\"Nope\""));
}

void TestBuildSchema::deprecated_withoutReason_usesGraphqlJsDefault() {
    Schema schema = built("type Query { a(x: Int @deprecated): Int @deprecated b: Int @deprecated(reason: \"why\") }"
                          " enum E { V @deprecated } input In { f: Int @deprecated(reason: \"\"\"block\"\"\") }");
    const Type *query = schema.queryType();
    QCOMPARE(query->field("a")->deprecationReason, std::optional<std::string>("No longer supported"));
    QCOMPARE(query->field("a")->arg("x")->deprecationReason, std::optional<std::string>("No longer supported"));
    QCOMPARE(query->field("b")->deprecationReason, std::optional<std::string>("why"));
    QCOMPARE(schema.type("E")->enumValue("V")->deprecationReason, std::optional<std::string>("No longer supported"));
    QCOMPARE(schema.type("In")->inputField("f")->deprecationReason, std::optional<std::string>("block"));
}

void TestBuildSchema::deprecated_reasonNull_isNotDeprecated() {
    Schema schema = built("type Query { a: Int @deprecated(reason: null) }");
    QVERIFY(!schema.field("Query", "a")->deprecationReason);
}

void TestBuildSchema::specifiedBy_fromDefinitionOnly() {
    Schema schema = built("type Query { d: AWSDate s: S } scalar AWSDate @specifiedBy(url: \"https://e.com/date\") "
                          "scalar S extend scalar S @specifiedBy(url: \"ignored\")");
    QCOMPARE(schema.type("AWSDate")->specifiedByURL, std::optional<std::string>("https://e.com/date"));
    QVERIFY(!schema.type("S")->specifiedByURL);
}

void TestBuildSchema::directives_repeatableAndLocations() {
    Schema schema = built("\"tags\" directive @tag(name: String! = \"x\") repeatable on OBJECT | FIELD_DEFINITION "
                          "directive @once on DIRECTIVE_DEFINITION type Query { a: Int }");
    const Directive *tag = schema.directive("tag");
    QVERIFY(tag);
    QVERIFY(tag->isRepeatable);
    QCOMPARE(tag->description, std::optional<std::string>("tags"));
    QCOMPARE(tag->locations, std::vector<std::string>({"OBJECT", "FIELD_DEFINITION"}));
    QCOMPARE(tag->arg("name")->defaultValue, std::optional<std::string>("\"x\""));
    QVERIFY(!schema.directive("once")->isRepeatable);
}

void TestBuildSchema::interfaces_implementingInterfaces() {
    Schema schema = built("interface A { id: ID } interface B implements A { id: ID } "
                          "type T implements B & A { id: ID } type Query { a: A }");
    QCOMPARE(schema.type("B")->interfaces, std::vector<std::string>({"A"}));
    QCOMPARE(schema.implementingInterfaces(*schema.type("A")).size(), std::size_t(1));
    QCOMPARE(schema.possibleTypes(*schema.type("A")).front()->name, std::string("T"));
}

void TestBuildSchema::descriptions_blockStringsAreDedented() {
    Schema schema = built("\"\"\"\n    First line\n      indented\n\"\"\"\ntype Query { \"plain\" a: Int }");
    QCOMPARE(schema.queryType()->description, std::optional<std::string>("First line\n  indented"));
    QCOMPARE(schema.field("Query", "a")->description, std::optional<std::string>("plain"));
}

void TestBuildSchema::duplicates_lastDefinitionWinsAtFirstPosition() {
    Schema schema = built("type Query { a: Int b: String a: Boolean } type X { p: Int } type X { q: Int } "
                          "extend type X { r: Int } enum E { A B A } type Query2 { x: X e: E }");
    QCOMPARE(fieldNames(*schema.queryType()), std::vector<std::string>({"a", "b"}));
    QCOMPARE(schema.field("Query", "a")->type.name, std::string("Boolean"));
    QCOMPARE(fieldNames(*schema.type("X")), std::vector<std::string>({"q", "r"}));
    QCOMPARE(schema.type("E")->enumValues.size(), std::size_t(2));
    QVERIFY(hasWarningMentioning(schema, "\"Query\" defines \"a\" more than once"));
    QVERIFY(hasWarningMentioning(schema, "type named \"X\""));
}

void TestBuildSchema::defaults_areCoercedLikeGraphqlJs_data() {
    // Expected texts are graphql-js 16.15.0 printSchema() output for `f(a: <type> = <literal>)`.
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QByteArray>("expected"); // empty: no default at all
    QTest::newRow("float from 1.0") << QByteArray("Float") << QByteArray("1.0") << QByteArray("1");
    QTest::newRow("float exponent") << QByteArray("Float") << QByteArray("1.5e3") << QByteArray("1500");
    QTest::newRow("float large") << QByteArray("Float") << QByteArray("1e21") << QByteArray("1e+21");
    QTest::newRow("float small") << QByteArray("Float") << QByteArray("0.0000001") << QByteArray("1e-7");
    QTest::newRow("int negative zero") << QByteArray("Int") << QByteArray("-0") << QByteArray("0");
    QTest::newRow("int out of range") << QByteArray("Int") << QByteArray("99999999999") << QByteArray();
    QTest::newRow("id string of digits") << QByteArray("ID") << QByteArray("\"42\"") << QByteArray("42");
    QTest::newRow("id text") << QByteArray("ID") << QByteArray("\"abc\"") << QByteArray("\"abc\"");
    QTest::newRow("block string") << QByteArray("String") << QByteArray("\"\"\"a\"b\"\"\"") << QByteArray("\"a\\\"b\"");
    QTest::newRow("single value for list") << QByteArray("[Int]") << QByteArray("3") << QByteArray("[3]");
    QTest::newRow("nested lists") << QByteArray("[[Int]]") << QByteArray("[1, [2]]") << QByteArray("[[1], [2]]");
    QTest::newRow("unknown enum value") << QByteArray("E") << QByteArray("BAD") << QByteArray();
    QTest::newRow("enum value") << QByteArray("E") << QByteArray("A") << QByteArray("A");
    QTest::newRow("custom scalar enum literal") << QByteArray("Custom") << QByteArray("FOO") << QByteArray("\"FOO\"");
    QTest::newRow("input object reordered, defaults filled")
        << QByteArray("In") << QByteArray("{y: 2, x: 1}") << QByteArray("{x: 1, y: 2, z: {q: \"s\", r: [\"one\"]}}");
    QTest::newRow("input object missing required field") << QByteArray("In") << QByteArray("{y: 2}") << QByteArray();
    // graphql-js throws "Cannot convert value to AST" here; we keep the literal.
    QTest::newRow("custom scalar object")
        << QByteArray("Custom") << QByteArray("{b: [1, null], a: \"x\"}") << QByteArray("{b: [1, null], a: \"x\"}");
    QTest::newRow("null for non-null") << QByteArray("Boolean!") << QByteArray("null") << QByteArray();
    QTest::newRow("null for nullable") << QByteArray("Boolean") << QByteArray("null") << QByteArray("null");
}

void TestBuildSchema::defaults_areCoercedLikeGraphqlJs() {
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, literal);
    QFETCH(QByteArray, expected);
    const std::string sdl = "type Query { f(a: " + type.toStdString() + " = " + literal.toStdString() +
                            "): Int } input In { x: Int! y: Int = 7 z: In2 = {q: \"s\"} } "
                            "input In2 { q: String r: [String] = \"one\" } enum E { A B } scalar Custom";
    Schema schema = buildSchema(sdl).schema;
    const std::optional<std::string> &value = schema.field("Query", "f")->arg("a")->defaultValue;
    if (expected.isEmpty())
        QVERIFY(!value);
    else
        QCOMPARE(QByteArray::fromStdString(value.value_or("<none>")), expected);
}

void TestBuildSchema::syntaxErrors_areReportedAndTheRestIsBuilt() {
    BuildSchemaResult result = buildSchema("type Query { a: Int } type Broken { x: }");
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.front().message, std::string("Syntax Error: Expected Name, found \"}\"."));
    QVERIFY(result.schema.field("Query", "a"));
}

void TestBuildSchema::builder_withoutAddingSpecifiedDirectives_keepsTheGivenList() {
    // buildClientSchema's behaviour: an introspection result's directive list is taken as it is.
    ParseResult parsed = parse("directive @skip(if: Boolean!) on FIELD type Query { a: Int }");
    SchemaBuilder builder;
    builder.setAddMissingSpecifiedDirectives(false);
    addSdlDefinitions(builder, parsed.document);
    Schema schema = std::move(builder).build();
    QCOMPARE(schema.directives().size(), std::size_t(1));
    QVERIFY(!schema.directive("include"));
}

QTEST_GUILESS_MAIN(TestBuildSchema)
#include "tst_buildschema.moc"
