#include "graphql/astjson.h"
#include "graphql/parser.h"
#include "graphql/printer.h"

#include <QTest>

using namespace altrata::graphql;

namespace {

std::string printed(const QByteArray &source) {
    ParseResult parsed = parse(source.toStdString());
    if (!parsed.ok())
        return "parse error: " + parsed.errors.front().message;
    return print(parsed.document);
}

} // namespace

// print() against graphql-js: every expected string below is what graphql-js 16.15.0 print(parse(source))
// produced for the source beside it (generated with node, then pasted; not derived from our printer).
class TestPrinter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void print_document_matchesGraphqlJs_data();
    void print_document_matchesGraphqlJs();
    void print_printedDocument_printsTheSame_data();
    void print_printedDocument_printsTheSame();
    void print_singleNode_printsOnlyThatNode();
    void print_emptyDocument_isEmpty();
    void print_c2ByteBeforeAscii_isNotTakenForAControlCharacter();
    void print_longBlockStringDescription_hasLeadingAndTrailingLineBreaks();
};

void TestPrinter::print_document_matchesGraphqlJs_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("shorthand query") << QByteArray("{ a b }")
                                     << QByteArray("{\n"
                                                   "  a\n"
                                                   "  b\n"
                                                   "}");
    QTest::newRow("anonymous query keyword drops to short form") << QByteArray("query { a }")
                                                                 << QByteArray("{\n"
                                                                               "  a\n"
                                                                               "}");
    QTest::newRow("named query with variables and defaults")
        << QByteArray(
               "query Q($a: Int = 1, $b: [String!]! = [\"x\"] @dv, $c: In = {k: [1, 2.5e3, null, ENUM, true]}) @o"
               "p(x: 1) { a }")
        << QByteArray(
               "query Q($a: Int = 1, $b: [String!]! = [\"x\"] @dv, $c: In = {k: [1, 2.5e3, null, ENUM, true]}) @o"
               "p(x: 1) {\n"
               "  a\n"
               "}");
    QTest::newRow("anonymous query with variables") << QByteArray("query ($id: ID!) { node(id: $id) { id } }")
                                                    << QByteArray("query ($id: ID!) {\n"
                                                                  "  node(id: $id) {\n"
                                                                  "    id\n"
                                                                  "  }\n"
                                                                  "}");
    QTest::newRow("anonymous query with directive") << QByteArray("query @live { a }")
                                                    << QByteArray("query @live {\n"
                                                                  "  a\n"
                                                                  "}");
    QTest::newRow("mutation and subscription")
        << QByteArray("mutation { like(id: 1) { count } } subscription S { onLike { id } }")
        << QByteArray("mutation {\n"
                      "  like(id: 1) {\n"
                      "    count\n"
                      "  }\n"
                      "}\n"
                      "\n"
                      "subscription S {\n"
                      "  onLike {\n"
                      "    id\n"
                      "  }\n"
                      "}");
    QTest::newRow("aliases, directives, nested selections")
        << QByteArray(
               "{ me: user(id: 4) @include(if: $x) { ...F @skip(if: false) ... on User @a { name } ... @b { id } "
               "... { id } } }")
        << QByteArray("{\n"
                      "  me: user(id: 4) @include(if: $x) {\n"
                      "    ...F @skip(if: false)\n"
                      "    ... on User @a {\n"
                      "      name\n"
                      "    }\n"
                      "    ... @b {\n"
                      "      id\n"
                      "    }\n"
                      "    ... {\n"
                      "      id\n"
                      "    }\n"
                      "  }\n"
                      "}");
    QTest::newRow("fragment definition") << QByteArray("fragment F on User @d(a: 1) { id, name }")
                                         << QByteArray("fragment F on User @d(a: 1) {\n"
                                                       "  id\n"
                                                       "  name\n"
                                                       "}");
    QTest::newRow("long arguments break one per line")
        << QByteArray(
               "{ someFieldName(argumentNumberOne: \"aaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbb\", three: 3) {"
               " id } }")
        << QByteArray("{\n"
                      "  someFieldName(\n"
                      "    argumentNumberOne: \"aaaaaaaaaa\"\n"
                      "    argumentNumberTwo: \"bbbbbbbbbb\"\n"
                      "    three: 3\n"
                      "  ) {\n"
                      "    id\n"
                      "  }\n"
                      "}");
    QTest::newRow("arguments exactly 80 long stay on one line")
        << QByteArray("{ f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }")
        << QByteArray("{\n"
                      "  f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")\n"
                      "}");
    QTest::newRow("arguments 81 long break")
        << QByteArray("{ f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }")
        << QByteArray("{\n"
                      "  f(\n"
                      "    a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n"
                      "  )\n"
                      "}");
    QTest::newRow("alias counts toward the line length")
        << QByteArray("{ anAlias: f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }")
        << QByteArray("{\n"
                      "  anAlias: f(\n"
                      "    a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n"
                      "  )\n"
                      "}");
    QTest::newRow("line length counts UTF-16 units not bytes")
        << QByteArray(
               "{ f(a: \"\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\") }")
        << QByteArray(
               "{\n"
               "  f(a: \"\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\")\n"
               "}");
    QTest::newRow("astral characters count two units")
        << QByteArray(
               "{ f(a: \"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\") }")
        << QByteArray(
               "{\n"
               "  f(a: \"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\")\n"
               "}");
    QTest::newRow("nested long arguments indent deeper")
        << QByteArray(
               "{ a { b { c(first: 10, after: \"cursorcursorcursorcursor\", orderBy: {field: NAME, direction: ASC"
               "}) { d } } } }")
        << QByteArray("{\n"
                      "  a {\n"
                      "    b {\n"
                      "      c(\n"
                      "        first: 10\n"
                      "        after: \"cursorcursorcursorcursor\"\n"
                      "        orderBy: {field: NAME, direction: ASC}\n"
                      "      ) {\n"
                      "        d\n"
                      "      }\n"
                      "    }\n"
                      "  }\n"
                      "}");
    QTest::newRow("block string argument is indented with its field") << QByteArray("{ a { b(text: \"\"\"\n"
                                                                                    "  line one\n"
                                                                                    "    line two\n"
                                                                                    "\"\"\") } }")
                                                                      << QByteArray("{\n"
                                                                                    "  a {\n"
                                                                                    "    b(text: \"\"\"\n"
                                                                                    "    line one\n"
                                                                                    "      line two\n"
                                                                                    "    \"\"\")\n"
                                                                                    "  }\n"
                                                                                    "}");
    QTest::newRow("block string line breaks count once, indentation not")
        << QByteArray("{ a { b { c(t: \"\"\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n"
                      "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\"\"\", u: 1) } } }")
        << QByteArray("{\n"
                      "  a {\n"
                      "    b {\n"
                      "      c(\n"
                      "        t: \"\"\"\n"
                      "        yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n"
                      "        zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n"
                      "        \"\"\"\n"
                      "        u: 1\n"
                      "      )\n"
                      "    }\n"
                      "  }\n"
                      "}");
    QTest::newRow("values of every kind")
        << QByteArray(
               "{ f(i: -12, fl: 1.5e-3, s: \"str\", b: false, n: null, e: RED, l: [1, [2, 3], []], o: {a: {b: [{}"
               "]}}, v: $var) }")
        << QByteArray("{\n"
                      "  f(\n"
                      "    i: -12\n"
                      "    fl: 1.5e-3\n"
                      "    s: \"str\"\n"
                      "    b: false\n"
                      "    n: null\n"
                      "    e: RED\n"
                      "    l: [1, [2, 3], []]\n"
                      "    o: {a: {b: [{}]}}\n"
                      "    v: $var\n"
                      "  )\n"
                      "}");
    QTest::newRow("string escapes")
        << QByteArray(
               "{ f(s: \"quote \\\" backslash \\\\ slash \\/ tab \\t nl \\n cr \\r bs \\b ff \\f u \\u0001 del \\"
               "u007F c1 \\u0085 nbsp \\u00A0 e \\u00e9 astral \\uD83D\\uDE00 \\u{1F600}\") }")
        << QByteArray(
               "{\n"
               "  f(\n"
               "    s: \"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bs \\b ff \\f u \\u0001 del \\u0"
               "07F c1 \\u0085 nbsp \302\240 e \303\251 astral \360\237\230\200 \360\237\230\200\"\n"
               "  )\n"
               "}");
    QTest::newRow("block strings: single line, leading space, quotes")
        << QByteArray("{ a(x: \"\"\"single\"\"\", y: \"\"\"  leading\"\"\", z: \"\"\"ends \"quoted\"\n"
                      "\"\"\", w: \"\"\"has \\\"\"\" inside\"\"\", v: \"\"\"ends with backslash\\\n"
                      "\"\"\") }")
        << QByteArray("{\n"
                      "  a(\n"
                      "    x: \"\"\"single\"\"\"\n"
                      "    y: \"\"\"  leading\"\"\"\n"
                      "    z: \"\"\"\n"
                      "    ends \"quoted\"\n"
                      "    \"\"\"\n"
                      "    w: \"\"\"has \\\"\"\" inside\"\"\"\n"
                      "    v: \"\"\"\n"
                      "    ends with backslash\\\n"
                      "    \"\"\"\n"
                      "  )\n"
                      "}");
    QTest::newRow("block strings: long single line")
        << QByteArray("{ a(x: \"\"\"wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww\"\"\") }")
        << QByteArray("{\n"
                      "  a(\n"
                      "    x: \"\"\"\n"
                      "    wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww\n"
                      "    \"\"\"\n"
                      "  )\n"
                      "}");
    QTest::newRow("block strings: every later line indented") << QByteArray("{ a(x: \"\"\"first\n"
                                                                            "  second\n"
                                                                            "  third\"\"\") }")
                                                              << QByteArray("{\n"
                                                                            "  a(x: \"\"\"\n"
                                                                            "  first\n"
                                                                            "  second\n"
                                                                            "  third\n"
                                                                            "  \"\"\")\n"
                                                                            "}");
    QTest::newRow("block strings: empty and blank lines") << QByteArray("type T { \"\"\"\n"
                                                                        "\n"
                                                                        "  a\n"
                                                                        "\n"
                                                                        "  b\n"
                                                                        "\n"
                                                                        "\"\"\" f: Int }")
                                                          << QByteArray("type T {\n"
                                                                        "  \"\"\"\n"
                                                                        "  a\n"
                                                                        "  \n"
                                                                        "  b\n"
                                                                        "  \"\"\"\n"
                                                                        "  f: Int\n"
                                                                        "}");
    QTest::newRow("block strings: trailing triple quotes")
        << QByteArray("{ a(x: \"\"\"x\\\"\"\"\"\"\", y: \"\"\"x\\\"\"\"\"\n"
                      "\"\"\", z: \"\"\"\\\"\"\"\\\"\"\"\n"
                      "\"\"\") }")
        << QByteArray("{\n"
                      "  a(x: \"\"\"\n"
                      "  x\\\"\"\"\n"
                      "  \"\"\", y: \"\"\"\n"
                      "  x\\\"\"\"\"\n"
                      "  \"\"\", z: \"\"\"\n"
                      "  \\\"\"\"\\\"\"\"\n"
                      "  \"\"\")\n"
                      "}");
    QTest::newRow("schema definition and extension")
        << QByteArray(
               "\"\"\"The schema\"\"\" schema @a { query: Q mutation: M subscription: S } extend schema @b { subs"
               "cription: S } extend schema @c")
        << QByteArray("\"\"\"The schema\"\"\"\n"
                      "schema @a {\n"
                      "  query: Q\n"
                      "  mutation: M\n"
                      "  subscription: S\n"
                      "}\n"
                      "\n"
                      "extend schema @b {\n"
                      "  subscription: S\n"
                      "}\n"
                      "\n"
                      "extend schema @c");
    QTest::newRow("scalar, object, interface with descriptions")
        << QByteArray(
               "\"Date\" scalar Date @specifiedBy(url: \"https://example.com\") \"\"\"\n"
               "Object\n"
               "\"\"\" type User implements Node & Entity @key(fields: \"id\") { \"The id\" id: ID! name(format: "
               "String = \"full\"): String @deprecated } interface Node implements Entity { id: ID! } type Empty")
        << QByteArray("\"Date\"\n"
                      "scalar Date @specifiedBy(url: \"https://example.com\")\n"
                      "\n"
                      "\"\"\"Object\"\"\"\n"
                      "type User implements Node & Entity @key(fields: \"id\") {\n"
                      "  \"The id\"\n"
                      "  id: ID!\n"
                      "  name(format: String = \"full\"): String @deprecated\n"
                      "}\n"
                      "\n"
                      "interface Node implements Entity {\n"
                      "  id: ID!\n"
                      "}\n"
                      "\n"
                      "type Empty");
    QTest::newRow("field arguments with descriptions go one per line")
        << QByteArray("type Q { users(\"How many\" first: Int = 10, \"\"\"Cursor\n"
                      "of the page\"\"\" after: String): [User!]! @auth }")
        << QByteArray("type Q {\n"
                      "  users(\n"
                      "    \"How many\"\n"
                      "    first: Int = 10\n"
                      "    \"\"\"\n"
                      "    Cursor\n"
                      "    of the page\n"
                      "    \"\"\"\n"
                      "    after: String\n"
                      "  ): [User!]! @auth\n"
                      "}");
    QTest::newRow("block string default spanning lines makes arguments multiline")
        << QByteArray("type Q { f(a: String = \"\"\"x\n"
                      "y\"\"\", b: Int): Int }")
        << QByteArray("type Q {\n"
                      "  f(\n"
                      "    a: String = \"\"\"\n"
                      "    x\n"
                      "    y\n"
                      "    \"\"\"\n"
                      "    b: Int\n"
                      "  ): Int\n"
                      "}");
    QTest::newRow("long field definition arguments stay on one line")
        << QByteArray(
               "type Q { f(argumentNumberOne: String, argumentNumberTwo: String, argumentNumberThree: String): In"
               "t }")
        << QByteArray("type Q {\n"
                      "  f(argumentNumberOne: String, argumentNumberTwo: String, argumentNumberThree: String): Int\n"
                      "}");
    QTest::newRow("union, enum, input")
        << QByteArray(
               "union SearchResult @u = | User | Post enum Color @e { \"Red\" RED @x GREEN BLUE } input Filter @i"
               " { \"Name\" name: String = \"x\" @d, tags: [String!] = [\"a\", \"b\"] } union NoMembers")
        << QByteArray("union SearchResult @u = User | Post\n"
                      "\n"
                      "enum Color @e {\n"
                      "  \"Red\"\n"
                      "  RED @x\n"
                      "  GREEN\n"
                      "  BLUE\n"
                      "}\n"
                      "\n"
                      "input Filter @i {\n"
                      "  \"Name\"\n"
                      "  name: String = \"x\" @d\n"
                      "  tags: [String!] = [\"a\", \"b\"]\n"
                      "}\n"
                      "\n"
                      "union NoMembers");
    QTest::newRow("directive definitions")
        << QByteArray(
               "\"Skips\" directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT directive @r"
               "ep(\"Described\" a: Int) repeatable on OBJECT directive @bare on SCHEMA")
        << QByteArray("\"Skips\"\n"
                      "directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT\n"
                      "\n"
                      "directive @rep(\n"
                      "  \"Described\"\n"
                      "  a: Int\n"
                      ") repeatable on OBJECT\n"
                      "\n"
                      "directive @bare on SCHEMA");
    QTest::newRow("every extension")
        << QByteArray(
               "extend scalar S @d extend type T implements I & J @d { f: Int } extend type U @d extend interface"
               " I implements J @d { g: Int } extend union U @d = A | B extend enum E @d { X } extend input In @d"
               " { f: Int }")
        << QByteArray("extend scalar S @d\n"
                      "\n"
                      "extend type T implements I & J @d {\n"
                      "  f: Int\n"
                      "}\n"
                      "\n"
                      "extend type U @d\n"
                      "\n"
                      "extend interface I implements J @d {\n"
                      "  g: Int\n"
                      "}\n"
                      "\n"
                      "extend union U @d = A | B\n"
                      "\n"
                      "extend enum E @d {\n"
                      "  X\n"
                      "}\n"
                      "\n"
                      "extend input In @d {\n"
                      "  f: Int\n"
                      "}");
    QTest::newRow("comments, commas and odd spacing vanish") << QByteArray("# comment\n"
                                                                           "query   Q ( $a : Int , ) {\n"
                                                                           "\n"
                                                                           " a , # trailing\n"
                                                                           " b\n"
                                                                           "}\n")
                                                             << QByteArray("query Q($a: Int) {\n"
                                                                           "  a\n"
                                                                           "  b\n"
                                                                           "}");
    QTest::newRow("variable definition with multi-line block string default")
        << QByteArray("query Q($a: String = \"\"\"x\n"
                      "y\"\"\", $b: Int) { a }")
        << QByteArray("query Q(\n"
                      "$a: String = \"\"\"\n"
                      "x\n"
                      "y\n"
                      "\"\"\"\n"
                      "$b: Int\n"
                      ") {\n"
                      "  a\n"
                      "}");
    QTest::newRow("descriptions on enum values and input fields are indented")
        << QByteArray("enum E { \"\"\"\n"
                      "Multi\n"
                      "line\n"
                      "\"\"\" A } input I { \"\"\"\n"
                      "  Also\n"
                      "    nested\n"
                      "\"\"\" f: Int }")
        << QByteArray("enum E {\n"
                      "  \"\"\"\n"
                      "  Multi\n"
                      "  line\n"
                      "  \"\"\"\n"
                      "  A\n"
                      "}\n"
                      "\n"
                      "input I {\n"
                      "  \"\"\"\n"
                      "  Also\n"
                      "    nested\n"
                      "  \"\"\"\n"
                      "  f: Int\n"
                      "}");
    QTest::newRow("CRLF and BOM in the source") << QByteArray("\357\273\277query Q {\r\n"
                                                              "  a(x: \"\"\"l1\r\n"
                                                              "l2\"\"\")\r\n"
                                                              "}\r\n")
                                                << QByteArray("query Q {\n"
                                                              "  a(x: \"\"\"\n"
                                                              "  l1\n"
                                                              "  l2\n"
                                                              "  \"\"\")\n"
                                                              "}");
    QTest::newRow("descriptions on operations, fragments and variables (graphql-js 16.11+)")
        << QByteArray(
               "\"Fetch\" query Q(\"The id\" $id: ID!, $n: Int) { a } \"\"\"Anon\"\"\" query { b } \"Frag\" fragm"
               "ent F on T { c }")
        << QByteArray("\"Fetch\"\n"
                      "query Q(\n"
                      "\"The id\"\n"
                      "$id: ID!\n"
                      "$n: Int\n"
                      ") {\n"
                      "  a\n"
                      "}\n"
                      "\n"
                      "\"\"\"Anon\"\"\"\n"
                      "query {\n"
                      "  b\n"
                      "}\n"
                      "\n"
                      "\"Frag\"\n"
                      "fragment F on T {\n"
                      "  c\n"
                      "}");
    QTest::newRow("described anonymous query keeps the query keyword")
        << QByteArray("\"Only a description\" query { a }")
        << QByteArray("\"Only a description\"\n"
                      "query {\n"
                      "  a\n"
                      "}");
    QTest::newRow("directive definition directives field is always empty")
        << QByteArray("directive @d(a: Int) on FIELD") << QByteArray("directive @d(a: Int) on FIELD");
}

void TestPrinter::print_document_matchesGraphqlJs() {
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(printed(source)), expected);
}

void TestPrinter::print_printedDocument_printsTheSame_data() {
    print_document_matchesGraphqlJs_data();
}

// Formatting is idempotent: what we print parses back and prints identically.
void TestPrinter::print_printedDocument_printsTheSame() {
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(printed(expected)), expected);
}

void TestPrinter::print_singleNode_printsOnlyThatNode() {
    ParseResult parsed = parse("{ a { b(x: [1, {y: \"z\"}]) @d } }");
    QVERIFY(parsed.ok());
    const auto *operation =
        nodeCast<OperationDefinitionNode>(parsed.document.definitions().front(), Kind::OperationDefinition);
    QVERIFY(operation);
    const auto *a = nodeCast<FieldNode>(operation->selectionSet->selections.front(), Kind::Field);
    QVERIFY(a);
    // graphql-js 16.15.0 print(fieldNode) and print(argumentValueNode):
    QCOMPARE(print(*a), std::string("a {\n  b(x: [1, {y: \"z\"}]) @d\n}"));
    const auto *b = nodeCast<FieldNode>(a->selectionSet->selections.front(), Kind::Field);
    QVERIFY(b);
    QCOMPARE(print(*b->arguments.front()->value), std::string("[1, {y: \"z\"}]"));
    // graphql-js 16.15.0 stripIgnoredCharacters(print(fieldNode)):
    QCOMPARE(minify(*a), std::string("a{b(x:[1{y:\"z\"}])@d}"));
}

// Found by fuzzing: "\xC2x" is not U+0080..U+009F, so it must not print as "\u0078". The lexer reads the
// malformed byte as U+FFFD (as graphql-js would see it), and that prints as itself.
void TestPrinter::print_c2ByteBeforeAscii_isNotTakenForAControlCharacter() {
    QCOMPARE(printed("{ a(s: \"\xC2x\") }"), std::string("{\n  a(s: \"\xEF\xBF\xBDx\")\n}"));
    QCOMPARE(printed("{ a(s: \"\xC2\x85\") }"), std::string("{\n  a(s: \"\\u0085\")\n}"));
}

void TestPrinter::print_emptyDocument_isEmpty() {
    const Document empty;
    QCOMPARE(print(empty), std::string());
    QCOMPARE(minify(empty), std::string());
}

// graphql-js 16.15.0: a single-line block string longer than 70 characters gets its own lines.
void TestPrinter::print_longBlockStringDescription_hasLeadingAndTrailingLineBreaks() {
    const std::string words(71, 'w');
    QCOMPARE(printed(QByteArray::fromStdString("type T { \"\"\"" + words + "\"\"\" f: Int }")),
             "type T {\n  \"\"\"\n  " + words + "\n  \"\"\"\n  f: Int\n}");
    const std::string shorter(70, 'w');
    QCOMPARE(printed(QByteArray::fromStdString("type T { \"\"\"" + shorter + "\"\"\" f: Int }")),
             "type T {\n  \"\"\"" + shorter + "\"\"\"\n  f: Int\n}");
}

QTEST_GUILESS_MAIN(TestPrinter)
#include "tst_printer.moc"
