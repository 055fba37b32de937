#include "graphql/buildschema.h"
#include "graphql/schema.h"

#include <QTest>

using namespace altrata::graphql;

namespace {

Schema built(const char *sdl) {
    return buildSchema(sdl).schema;
}

using Names = std::vector<std::string>;

Names typeNames(const Schema &schema) {
    Names out;
    for (const Type &t : schema.types())
        out.push_back(t.name);
    return out;
}

Names names(std::span<const Type *const> types) {
    Names out;
    for (const Type *t : types)
        out.push_back(t->name);
    return out;
}

} // namespace

class TestSchema final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typeRef_toString_printsWrappers_data();
    void typeRef_toString_printsWrappers();
    void typeRef_ofType_removesOutermostWrapper();
    void types_areInGraphqlJsTypeMapOrder();
    void types_builtInScalars_onlyWhenReferencedButStringAndBooleanAlways();
    void types_introspectionTypes_haveTheirFields();
    void directives_specifiedOnesAreAddedAfterDefinedOnes();
    void directives_redefinedSpecifiedDirective_isNotAddedAgain();
    void lookups_findTypesFieldsValuesAndInputs();
    void lookups_unknownNames_areNull();
    void possibleTypes_unionMembersInDeclarationOrder();
    void possibleTypes_interfaceImplementersInTypeMapOrder();
    void builder_duplicateType_lastWinsAtFirstPositionWithWarning();
    void builder_unknownReference_isAWarning();
    void builder_builtInScalarRedefined_keepsGraphqlJsDefinition();
    void schema_move_keepsIndexesValid();
};

void TestSchema::typeRef_toString_printsWrappers_data() {
    QTest::addColumn<QByteArray>("sdlType");
    QTest::newRow("named") << QByteArray("User");
    QTest::newRow("non-null") << QByteArray("User!");
    QTest::newRow("list") << QByteArray("[User]");
    QTest::newRow("non-null list of non-null") << QByteArray("[User!]!");
    QTest::newRow("nested") << QByteArray("[[Int!]]!");
}

void TestSchema::typeRef_toString_printsWrappers() {
    QFETCH(QByteArray, sdlType);
    Schema schema = built(("type Query { f: " + sdlType.toStdString() + " }").c_str());
    QCOMPARE(QByteArray::fromStdString(schema.field("Query", "f")->type.toString()), sdlType);
}

void TestSchema::typeRef_ofType_removesOutermostWrapper() {
    const TypeRef ref = TypeRef::nonNullOf(TypeRef::listOf(TypeRef::nonNullOf(TypeRef::named("User"))));
    QCOMPARE(ref.toString(), std::string("[User!]!"));
    QVERIFY(ref.isNonNull());
    QCOMPARE(ref.ofType().toString(), std::string("[User!]"));
    QVERIFY(ref.ofType().isList());
    QCOMPARE(ref.ofType().ofType().ofType().toString(), std::string("User"));
    QVERIFY(ref.ofType().ofType().ofType().isNamed());
}

void TestSchema::types_areInGraphqlJsTypeMapOrder() {
    // graphql-js 16.15.0 Object.keys(buildSchema(sdl).getTypeMap()) for this SDL.
    Schema schema = built("type Query { a: B c: Int } type B { x: [C] } type C { s: String } type Z { q: Float } "
                          "interface I { id: ID } directive @d(x: Dir) on FIELD input Dir { a: Int }");
    QCOMPARE(typeNames(schema),
             Names({"Query", "Int", "B", "C", "String", "Z", "Float", "I", "ID", "Dir", "Boolean", "__Schema", "__Type",
                    "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"}));
}

void TestSchema::types_builtInScalars_onlyWhenReferencedButStringAndBooleanAlways() {
    Schema schema = built("type Query { a: Int }");
    QVERIFY(schema.type("Int"));
    QVERIFY(schema.type("String"));
    QVERIFY(schema.type("Boolean"));
    QVERIFY(!schema.type("Float"));
    QVERIFY(!schema.type("ID"));
    QVERIFY(schema.type("Int")->isBuiltInScalar());
    QVERIFY(schema.type("Int")->description->starts_with("The `Int` scalar type"));
}

void TestSchema::types_introspectionTypes_haveTheirFields() {
    Schema schema = built("type Query { a: Int }");
    const Field *types = schema.field("__Schema", "types");
    QVERIFY(types);
    QCOMPARE(types->type.toString(), std::string("[__Type!]!"));
    const Field *fields = schema.field("__Type", "fields");
    QVERIFY(fields);
    QCOMPARE(fields->arg("includeDeprecated")->defaultValue, std::optional<std::string>("false"));
    QCOMPARE(schema.type("__TypeKind")->enumValues.size(), std::size_t(8));
    QVERIFY(schema.type("__Type")->isIntrospectionType());
}

void TestSchema::directives_specifiedOnesAreAddedAfterDefinedOnes() {
    Schema schema = built("directive @mine on FIELD type Query { a: Int }");
    Names directiveNames;
    for (const Directive &d : schema.directives())
        directiveNames.push_back(d.name);
    QCOMPARE(directiveNames, Names({"mine", "include", "skip", "deprecated", "specifiedBy", "oneOf"}));
    const Directive *deprecated = schema.directive("deprecated");
    QVERIFY(deprecated && deprecated->isSpecified());
    QCOMPARE(deprecated->arg("reason")->defaultValue, std::optional<std::string>("\"No longer supported\""));
    QCOMPARE(deprecated->locations.back(), std::string("DIRECTIVE_DEFINITION"));
    QVERIFY(!schema.directive("mine")->isSpecified());
}

void TestSchema::directives_redefinedSpecifiedDirective_isNotAddedAgain() {
    Schema schema = built("directive @skip(when: Boolean) on FIELD type Query { a: Int }");
    int skips = 0;
    for (const Directive &d : schema.directives())
        skips += d.name == "skip";
    QCOMPARE(skips, 1);
    QVERIFY(schema.directive("skip")->arg("when"));
}

void TestSchema::lookups_findTypesFieldsValuesAndInputs() {
    Schema schema = built("type Query { zeta: Int alpha(first: Int, after: String): [E] mid: In } "
                          "enum E { Z A M } input In { z: Int a: String }");
    const Type *query = schema.queryType();
    QVERIFY(query);
    QCOMPARE(query->field("alpha")->name, std::string("alpha"));
    QCOMPARE(query->field("zeta")->type.name, std::string("Int"));
    QCOMPARE(query->field("alpha")->arg("after")->type.name, std::string("String"));
    QCOMPARE(schema.type("E")->enumValue("A")->name, std::string("A"));
    QCOMPARE(schema.type("In")->inputField("a")->type.name, std::string("String"));
    QCOMPARE(schema.namedType(query->field("alpha")->type), schema.type("E"));
    // Declaration order is kept for printing; the indexes are sorted by name.
    QCOMPARE(query->fields.front().name, std::string("zeta"));
    QCOMPARE(query->fieldIndex, std::vector<std::uint32_t>({1, 2, 0}));
}

void TestSchema::lookups_unknownNames_areNull() {
    Schema schema = built("type Query { a: Int }");
    QVERIFY(!schema.type("Nope"));
    QVERIFY(!schema.field("Query", "nope"));
    QVERIFY(!schema.field("Nope", "a"));
    QVERIFY(!schema.directive("nope"));
    QVERIFY(!schema.mutationType());
    QVERIFY(schema.mutationTypeName().empty());
}

void TestSchema::possibleTypes_unionMembersInDeclarationOrder() {
    Schema schema = built("type Query { r: R } union R = B | A type A { a: Int } type B { b: Int } extend union R = C "
                          "type C { c: Int }");
    const Type *r = schema.type("R");
    QCOMPARE(names(schema.possibleTypes(*r)), Names({"B", "A", "C"}));
    QVERIFY(schema.isPossibleType(*r, *schema.type("A")));
    QVERIFY(!schema.isPossibleType(*r, *schema.queryType()));
}

void TestSchema::possibleTypes_interfaceImplementersInTypeMapOrder() {
    Schema schema = built("type Query { n: Node } interface Node { id: ID } interface Named implements Node { id: ID } "
                          "type Z implements Named & Node { id: ID } type A implements Node { id: ID }");
    QCOMPARE(names(schema.possibleTypes(*schema.type("Node"))), Names({"Z", "A"}));
    QCOMPARE(names(schema.possibleTypes(*schema.type("Named"))), Names({"Z"}));
    QCOMPARE(names(schema.implementingInterfaces(*schema.type("Node"))), Names({"Named"}));
    QVERIFY(schema.possibleTypes(*schema.type("A")).empty());
}

void TestSchema::builder_duplicateType_lastWinsAtFirstPositionWithWarning() {
    SchemaBuilder builder;
    Type first;
    first.kind = TypeKind::Object;
    first.name = "Query";
    first.fields.push_back(Field{"a", std::nullopt, {}, TypeRef::named("Int"), std::nullopt});
    builder.addType(first);
    Type other;
    other.kind = TypeKind::Enum;
    other.name = "E";
    other.enumValues.push_back(EnumValue{"X", std::nullopt, std::nullopt});
    builder.addType(other);
    Type second = first;
    second.fields.front().name = "b";
    builder.addType(second);
    builder.setQueryType("Query");
    Schema schema = std::move(builder).build();
    Names order = typeNames(schema);
    order.resize(3);
    QCOMPARE(order, Names({"Query", "Int", "E"}));
    QVERIFY(schema.field("Query", "b"));
    QVERIFY(!schema.field("Query", "a"));
    QCOMPARE(schema.warnings().size(), std::size_t(1));
    QVERIFY(schema.warnings().front().find("\"Query\"") != std::string::npos);
}

void TestSchema::builder_unknownReference_isAWarning() {
    Schema schema = built("type Query { a: Missing b: [Missing] }");
    QCOMPARE(schema.warnings().size(), std::size_t(1));
    QVERIFY(schema.warnings().front().find("Missing") != std::string::npos);
    QVERIFY(schema.field("Query", "a"));
}

void TestSchema::builder_builtInScalarRedefined_keepsGraphqlJsDefinition() {
    Schema schema = built("\"mine\" scalar Int type Query { a: Int }");
    QVERIFY(schema.type("Int")->description->starts_with("The `Int` scalar type"));
}

void TestSchema::schema_move_keepsIndexesValid() {
    Schema original = built("type Query { a: Int } union U = Query");
    Schema moved = std::move(original);
    QVERIFY(moved.type("Query"));
    QCOMPARE(moved.type("Query"), &moved.types().front());
    QCOMPARE(names(moved.possibleTypes(*moved.type("U"))), Names({"Query"}));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
