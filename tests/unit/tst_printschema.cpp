#include "graphql/buildschema.h"
#include "graphql/printschema.h"

#include <QTest>

using namespace altrata::graphql;

// printSchema() against graphql-js: every expected text below is what graphql-js 16.15.0
// printSchema(buildSchema(source, {assumeValidSDL: true})) wrote for the source beside it (generated
// with node, then pasted; not derived from our printer).
class TestPrintSchema final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void printSchema_sdl_matchesGraphqlJs_data();
    void printSchema_sdl_matchesGraphqlJs();
    void printSchema_printedSchema_printsTheSame_data();
    void printSchema_printedSchema_printsTheSame();
    void printSchema_onlyBuiltIns_isEmpty();
    void printSchema_descriptionNeedingEscapes_isQuotedString();
    void printIntrospectionSchema_listsSpecifiedDirectivesAndIntrospectionTypes();
    void isPrintableAsBlockString_followsGraphqlJs_data();
    void isPrintableAsBlockString_followsGraphqlJs();
};

void TestPrintSchema::printSchema_sdl_matchesGraphqlJs_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("altrata")
        << QByteArray("\"\"\"\n"
                      "Altrata people and organizations.\n"
                      "\"\"\"\n"
                      "schema { query: Query mutation: Mutation }\n"
                      "\n"
                      "scalar AWSDate @specifiedBy(url: "
                      "\"https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html\")\n"
                      "scalar AWSDateTime\n"
                      "\n"
                      "interface Node { id: ID! }\n"
                      "interface Entity implements Node { id: ID! name: String! }\n"
                      "\n"
                      "\"A person known to Altrata.\"\n"
                      "type Person implements Entity & Node {\n"
                      "  id: ID!\n"
                      "  name: String!\n"
                      "  birthDate: AWSDate\n"
                      "  netWorth: Float @deprecated(reason: \"Use `wealth` instead.\")\n"
                      "  wealth(currency: Currency = USD): Money\n"
                      "}\n"
                      "\n"
                      "type Organization implements Entity & Node { id: ID! name: String! founded: AWSDate }\n"
                      "\n"
                      "type Money { amount: Float! currency: Currency! }\n"
                      "enum Currency { USD EUR GBP @deprecated }\n"
                      "\n"
                      "type NotFoundError { message: String! }\n"
                      "type AccessDeniedError { message: String! reason: String }\n"
                      "union PersonResult = Person | NotFoundError\n"
                      "extend union PersonResult = AccessDeniedError\n"
                      "\n"
                      "input PeopleFilter {\n"
                      "  nameContains: String\n"
                      "  bornAfter: AWSDate\n"
                      "  limit: Int = 25\n"
                      "  sort: [SortOrder!] = NAME_ASC\n"
                      "}\n"
                      "enum SortOrder { NAME_ASC NAME_DESC }\n"
                      "\n"
                      "type Query {\n"
                      "  person(id: ID!): PersonResult\n"
                      "  people(filter: PeopleFilter = {nameContains: \"a\"}, first: Int = 10): [Person!]!\n"
                      "  node(id: ID!): Node\n"
                      "}\n"
                      "\n"
                      "type Mutation { updatedAt: AWSDateTime }\n"
                      "\n"
                      "extend type Query { organization(id: ID!): Organization @deprecated }\n"
                      "extend input PeopleFilter { includeDeceased: Boolean = false }\n"
                      "extend enum SortOrder { BIRTH_DATE }\n"
                      "directive @auth(roles: [String!] = [\"admin\"]) repeatable on OBJECT | FIELD_DEFINITION")
        << QByteArray("\"\"\"Altrata people and organizations.\"\"\"\n"
                      "schema {\n"
                      "  query: Query\n"
                      "  mutation: Mutation\n"
                      "}\n"
                      "\n"
                      "directive @auth(roles: [String!] = [\"admin\"]) repeatable on OBJECT | FIELD_DEFINITION\n"
                      "\n"
                      "scalar AWSDate @specifiedBy(url: "
                      "\"https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html\")\n"
                      "\n"
                      "scalar AWSDateTime\n"
                      "\n"
                      "interface Node {\n"
                      "  id: ID!\n"
                      "}\n"
                      "\n"
                      "interface Entity implements Node {\n"
                      "  id: ID!\n"
                      "  name: String!\n"
                      "}\n"
                      "\n"
                      "\"\"\"A person known to Altrata.\"\"\"\n"
                      "type Person implements Entity & Node {\n"
                      "  id: ID!\n"
                      "  name: String!\n"
                      "  birthDate: AWSDate\n"
                      "  netWorth: Float @deprecated(reason: \"Use `wealth` instead.\")\n"
                      "  wealth(currency: Currency = USD): Money\n"
                      "}\n"
                      "\n"
                      "type Organization implements Entity & Node {\n"
                      "  id: ID!\n"
                      "  name: String!\n"
                      "  founded: AWSDate\n"
                      "}\n"
                      "\n"
                      "type Money {\n"
                      "  amount: Float!\n"
                      "  currency: Currency!\n"
                      "}\n"
                      "\n"
                      "enum Currency {\n"
                      "  USD\n"
                      "  EUR\n"
                      "  GBP @deprecated\n"
                      "}\n"
                      "\n"
                      "type NotFoundError {\n"
                      "  message: String!\n"
                      "}\n"
                      "\n"
                      "type AccessDeniedError {\n"
                      "  message: String!\n"
                      "  reason: String\n"
                      "}\n"
                      "\n"
                      "union PersonResult = Person | NotFoundError | AccessDeniedError\n"
                      "\n"
                      "input PeopleFilter {\n"
                      "  nameContains: String\n"
                      "  bornAfter: AWSDate\n"
                      "  limit: Int = 25\n"
                      "  sort: [SortOrder!] = [NAME_ASC]\n"
                      "  includeDeceased: Boolean = false\n"
                      "}\n"
                      "\n"
                      "enum SortOrder {\n"
                      "  NAME_ASC\n"
                      "  NAME_DESC\n"
                      "  BIRTH_DATE\n"
                      "}\n"
                      "\n"
                      "type Query {\n"
                      "  person(id: ID!): PersonResult\n"
                      "  people(filter: PeopleFilter = {nameContains: \"a\", limit: 25, sort: [NAME_ASC], "
                      "includeDeceased: false}, first: Int = 10): [Person!]!\n"
                      "  node(id: ID!): Node\n"
                      "  organization(id: ID!): Organization @deprecated\n"
                      "}\n"
                      "\n"
                      "type Mutation {\n"
                      "  updatedAt: AWSDateTime\n"
                      "}");
    QTest::newRow("default-roots") << QByteArray("type Subscription { tick: Int }\n"
                                                 "type Mutation { set(v: Int): Int }\n"
                                                 "type Query { a: Query }")
                                   << QByteArray("type Subscription {\n"
                                                 "  tick: Int\n"
                                                 "}\n"
                                                 "\n"
                                                 "type Mutation {\n"
                                                 "  set(v: Int): Int\n"
                                                 "}\n"
                                                 "\n"
                                                 "type Query {\n"
                                                 "  a: Query\n"
                                                 "}");
    QTest::newRow("defaults")
        << QByteArray("\"Schema desc\"\n"
                      "schema { query: Root mutation: Mut }\n"
                      "type Root { f(a: Float = 1.0, b: Float = 1.5e3, c: ID = 42, d: ID = \"42\", e: ID = \"abc\", g: "
                      "[Int] = 3, h: [[Int]] = [1, [2]], i: In = {y: 2, x: 1}, j: String = \"\"\"blo\"ck\"\"\", k: Int "
                      "= 99999999999, l: E = BAD, m: E = A, o: Custom = FOO, p: Float = 1e21, q: Float = 0.0000001, r: "
                      "Float = 123456789012345680000, s: In = {x: 1, z: 5}, t: Boolean! = null, u: [In!] = {x: 3}, v: "
                      "Float = -0.0, w: Int = -0): Int\n"
                      "  \"multi\\nline\\n  desc\" g: Int\n"
                      "  \"  leading space\" h: Int\n"
                      "  \"trailing \\\"\" i(\n"
                      "    \"arg desc\" a: Int @deprecated\n"
                      "    b: Int\n"
                      "  ): Int\n"
                      "  j: Int @deprecated(reason: null)\n"
                      "  k: Int @deprecated(reason: \"No longer supported\")\n"
                      "  l: Int @deprecated(reason: \"a \\\"quoted\\\" reason\\n\")\n"
                      "}\n"
                      "input In { x: Int! y: Int = 7 z: In2 = {q: \"s\"} }\n"
                      "input In2 { q: String r: [String] = \"one\" }\n"
                      "enum E { A B }\n"
                      "scalar Custom\n"
                      "type Mut { m: Int }\n"
                      "directive @x repeatable on FIELD\n"
                      "directive @x on QUERY\n"
                      "input One @oneOf { a: Int b: String }\n"
                      "type Root2 { dup: Int }\n"
                      "extend schema { subscription: Sub }\n"
                      "type Sub { s: Int }\n"
                      "\"\"\"\n"
                      "  indented block\n"
                      "    more\n"
                      "\"\"\"\n"
                      "type Desc { a: Int }")
        << QByteArray("\"\"\"Schema desc\"\"\"\n"
                      "schema {\n"
                      "  query: Root\n"
                      "  mutation: Mut\n"
                      "  subscription: Sub\n"
                      "}\n"
                      "\n"
                      "directive @x repeatable on FIELD\n"
                      "\n"
                      "directive @x on QUERY\n"
                      "\n"
                      "type Root {\n"
                      "  f(a: Float = 1, b: Float = 1500, c: ID = 42, d: ID = 42, e: ID = \"abc\", g: [Int] = [3], h: "
                      "[[Int]] = [[1], [2]], i: In = {x: 1, y: 2, z: {q: \"s\", r: [\"one\"]}}, j: String = "
                      "\"blo\\\"ck\", k: Int, l: E, m: E = A, o: Custom = \"FOO\", p: Float = 1e+21, q: Float = 1e-7, "
                      "r: Float = 123456789012345680000, s: In, t: Boolean!, u: [In!] = [{x: 3, y: 7, z: {q: \"s\", r: "
                      "[\"one\"]}}], v: Float = 0, w: Int = 0): Int\n"
                      "\n"
                      "  \"\"\"\n"
                      "  multi\n"
                      "  line\n"
                      "    desc\n"
                      "  \"\"\"\n"
                      "  g: Int\n"
                      "\n"
                      "  \"\"\"  leading space\"\"\"\n"
                      "  h: Int\n"
                      "\n"
                      "  \"\"\"\n"
                      "  trailing \"\n"
                      "  \"\"\"\n"
                      "  i(\n"
                      "    \"\"\"arg desc\"\"\"\n"
                      "    a: Int @deprecated\n"
                      "    b: Int\n"
                      "  ): Int\n"
                      "  j: Int\n"
                      "  k: Int @deprecated\n"
                      "  l: Int @deprecated(reason: \"a \\\"quoted\\\" reason\\n\")\n"
                      "}\n"
                      "\n"
                      "input In {\n"
                      "  x: Int!\n"
                      "  y: Int = 7\n"
                      "  z: In2 = {q: \"s\", r: [\"one\"]}\n"
                      "}\n"
                      "\n"
                      "input In2 {\n"
                      "  q: String\n"
                      "  r: [String] = [\"one\"]\n"
                      "}\n"
                      "\n"
                      "enum E {\n"
                      "  A\n"
                      "  B\n"
                      "}\n"
                      "\n"
                      "scalar Custom\n"
                      "\n"
                      "type Mut {\n"
                      "  m: Int\n"
                      "}\n"
                      "\n"
                      "input One @oneOf {\n"
                      "  a: Int\n"
                      "  b: String\n"
                      "}\n"
                      "\n"
                      "type Root2 {\n"
                      "  dup: Int\n"
                      "}\n"
                      "\n"
                      "type Sub {\n"
                      "  s: Int\n"
                      "}\n"
                      "\n"
                      "\"\"\"\n"
                      "indented block\n"
                      "  more\n"
                      "\"\"\"\n"
                      "type Desc {\n"
                      "  a: Int\n"
                      "}");
    QTest::newRow("descriptions")
        << QByteArray(
               "\"\"\"\n"
               "Multi-line\n"
               "  indented description\n"
               "\"\"\"\n"
               "type Query {\n"
               "  \"single line\"\n"
               "  a(\n"
               "    \"first arg\"\n"
               "    x: Int\n"
               "    y: String = \"s\"\n"
               "  ): Int\n"
               "  \"\"\"\n"
               "  A very long description line that is definitely longer than seventy characters to force blocks\n"
               "  \"\"\"\n"
               "  b: Int\n"
               "  \"ends with quote\\\"\"\n"
               "  c: Int\n"
               "  \"ends with backslash\\\\\"\n"
               "  d: Int\n"
               "  \"has a\\ttab and \\\"\\\"\\\" triple\"\n"
               "  e: Int\n"
               "}\n"
               "\"description on enum\"\n"
               "enum E { \"value\" V }")
        << QByteArray(
               "\"\"\"\n"
               "Multi-line\n"
               "  indented description\n"
               "\"\"\"\n"
               "type Query {\n"
               "  \"\"\"single line\"\"\"\n"
               "  a(\n"
               "    \"\"\"first arg\"\"\"\n"
               "    x: Int\n"
               "    y: String = \"s\"\n"
               "  ): Int\n"
               "\n"
               "  \"\"\"\n"
               "  A very long description line that is definitely longer than seventy characters to force blocks\n"
               "  \"\"\"\n"
               "  b: Int\n"
               "\n"
               "  \"\"\"\n"
               "  ends with quote\"\n"
               "  \"\"\"\n"
               "  c: Int\n"
               "\n"
               "  \"\"\"\n"
               "  ends with backslash\\\n"
               "  \"\"\"\n"
               "  d: Int\n"
               "\n"
               "  \"\"\"has a\ttab and \\\"\"\" triple\"\"\"\n"
               "  e: Int\n"
               "}\n"
               "\n"
               "\"\"\"description on enum\"\"\"\n"
               "enum E {\n"
               "  \"\"\"value\"\"\"\n"
               "  V\n"
               "}");
    QTest::newRow("duplicates") << QByteArray("type Query { a: Int b: String a: Boolean }\n"
                                              "type X { p: Int }\n"
                                              "type X { q: Int }\n"
                                              "extend type X { r: Int }\n"
                                              "enum E { A B A }\n"
                                              "union U = X | X\n"
                                              "input I { a: Int a: String }\n"
                                              "directive @d on FIELD\n"
                                              "directive @d(x: Int) on QUERY\n"
                                              "type Query { zz: X u: U e: E i(i: I): Int }")
                                << QByteArray("directive @d on FIELD\n"
                                              "\n"
                                              "directive @d(x: Int) on QUERY\n"
                                              "\n"
                                              "type Query {\n"
                                              "  zz: X\n"
                                              "  u: U\n"
                                              "  e: E\n"
                                              "  i(i: I): Int\n"
                                              "}\n"
                                              "\n"
                                              "type X {\n"
                                              "  q: Int\n"
                                              "  r: Int\n"
                                              "}\n"
                                              "\n"
                                              "enum E {\n"
                                              "  A\n"
                                              "  B\n"
                                              "}\n"
                                              "\n"
                                              "union U = X | X\n"
                                              "\n"
                                              "input I {\n"
                                              "  a: String\n"
                                              "}");
    QTest::newRow("interfaces") << QByteArray("interface A { id: ID }\n"
                                              "interface B implements A { id: ID b: Int }\n"
                                              "interface C implements B & A { id: ID b: Int c: Int }\n"
                                              "type T implements C & B & A { id: ID b: Int c: Int }\n"
                                              "extend interface A @x\n"
                                              "extend type T implements Extra\n"
                                              "interface Extra { e: Int }\n"
                                              "type Query { c: C }\n"
                                              "directive @x on INTERFACE")
                                << QByteArray("directive @x on INTERFACE\n"
                                              "\n"
                                              "interface A {\n"
                                              "  id: ID\n"
                                              "}\n"
                                              "\n"
                                              "interface B implements A {\n"
                                              "  id: ID\n"
                                              "  b: Int\n"
                                              "}\n"
                                              "\n"
                                              "interface C implements B & A {\n"
                                              "  id: ID\n"
                                              "  b: Int\n"
                                              "  c: Int\n"
                                              "}\n"
                                              "\n"
                                              "type T implements C & B & A & Extra {\n"
                                              "  id: ID\n"
                                              "  b: Int\n"
                                              "  c: Int\n"
                                              "}\n"
                                              "\n"
                                              "interface Extra {\n"
                                              "  e: Int\n"
                                              "}\n"
                                              "\n"
                                              "type Query {\n"
                                              "  c: C\n"
                                              "}");
    QTest::newRow("ordering") << QByteArray("type Zed { q: Float }\n"
                                            "type Query { a: B c: Int }\n"
                                            "type B { x: [C] }\n"
                                            "type C { s: String }\n"
                                            "interface I { id: ID }\n"
                                            "directive @d(x: Dir) on FIELD\n"
                                            "input Dir { a: Int }")
                              << QByteArray("directive @d(x: Dir) on FIELD\n"
                                            "\n"
                                            "type Zed {\n"
                                            "  q: Float\n"
                                            "}\n"
                                            "\n"
                                            "type Query {\n"
                                            "  a: B\n"
                                            "  c: Int\n"
                                            "}\n"
                                            "\n"
                                            "type B {\n"
                                            "  x: [C]\n"
                                            "}\n"
                                            "\n"
                                            "type C {\n"
                                            "  s: String\n"
                                            "}\n"
                                            "\n"
                                            "interface I {\n"
                                            "  id: ID\n"
                                            "}\n"
                                            "\n"
                                            "input Dir {\n"
                                            "  a: Int\n"
                                            "}");
}

void TestPrintSchema::printSchema_sdl_matchesGraphqlJs() {
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    BuildSchemaResult built = buildSchema(source.toStdString());
    QVERIFY(built.ok());
    QCOMPARE(QByteArray::fromStdString(printSchema(built.schema)), expected);
}

void TestPrintSchema::printSchema_printedSchema_printsTheSame_data() {
    printSchema_sdl_matchesGraphqlJs_data();
}

void TestPrintSchema::printSchema_printedSchema_printsTheSame() {
    QFETCH(QByteArray, expected);
    BuildSchemaResult built = buildSchema(expected.toStdString());
    QVERIFY(built.ok());
    QCOMPARE(QByteArray::fromStdString(printSchema(built.schema)), expected);
}

void TestPrintSchema::printSchema_onlyBuiltIns_isEmpty() {
    BuildSchemaResult built = buildSchema("scalar String directive @skip(if: Boolean!) on FIELD");
    QVERIFY(built.ok());
    QCOMPARE(QByteArray::fromStdString(printSchema(built.schema)), QByteArray());
}

void TestPrintSchema::printSchema_descriptionNeedingEscapes_isQuotedString() {
    // A leading line break or a carriage return cannot survive a block string: graphql-js quotes it.
    BuildSchemaResult built = buildSchema("\"\\nstarts with a break\" type Query { \"a\\rb\" a: Int }");
    QVERIFY(built.ok());
    QCOMPARE(QByteArray::fromStdString(printSchema(built.schema)), QByteArray("\"\\nstarts with a break\"\n"
                                                                              "type Query {\n"
                                                                              "  \"a\\rb\"\n"
                                                                              "  a: Int\n"
                                                                              "}"));
}

void TestPrintSchema::printIntrospectionSchema_listsSpecifiedDirectivesAndIntrospectionTypes() {
    BuildSchemaResult built = buildSchema("type Query { a: Int }");
    const std::string printed = printIntrospectionSchema(built.schema);
    // Spot checks against graphql-js 16.15.0 printIntrospectionSchema().
    QVERIFY(printed.starts_with("\"\"\"\n"
                                "Directs the executor to include this field or fragment only when the `if` argument "
                                "is true.\n"
                                "\"\"\"\n"
                                "directive @include(\n"));
    QVERIFY(printed.find("\ndirective @oneOf on INPUT_OBJECT\n") != std::string::npos);
    QVERIFY(printed.find("  directives(includeDeprecated: Boolean! = false): [__Directive!]!\n") != std::string::npos);
    QVERIFY(printed.ends_with("  \"\"\"Location adjacent to a directive definition.\"\"\"\n"
                              "  DIRECTIVE_DEFINITION\n"
                              "}"));
    QVERIFY(printed.find("type Query") == std::string::npos);
}

void TestPrintSchema::isPrintableAsBlockString_followsGraphqlJs_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("printable");
    QTest::newRow("empty") << QByteArray("") << true;
    QTest::newRow("plain") << QByteArray("plain text") << true;
    QTest::newRow("lines") << QByteArray("a\n  b") << true;
    QTest::newRow("leading line break") << QByteArray("\na") << false;
    QTest::newRow("trailing blank line") << QByteArray("a\n") << false;
    QTest::newRow("carriage return") << QByteArray("a\rb") << false;
    QTest::newRow("control character") << QByteArray("a\x01") << false;
    QTest::newRow("0x1F is allowed by graphql-js") << QByteArray("a\x1f") << true;
    QTest::newRow("common indentation") << QByteArray("  a\n  b") << false;
    QTest::newRow("first line indented only") << QByteArray("  a\nb") << true;
}

void TestPrintSchema::isPrintableAsBlockString_followsGraphqlJs() {
    QFETCH(QByteArray, value);
    QFETCH(bool, printable);
    QCOMPARE(isPrintableAsBlockString(value.toStdString()), printable);
}

QTEST_GUILESS_MAIN(TestPrintSchema)
#include "tst_printschema.moc"
