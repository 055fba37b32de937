#include "graphql/astjson.h"
#include "graphql/parser.h"
#include "graphql/printer.h"

#include <QTest>

using namespace altrata::graphql;

// minify() against graphql-js: every expected string below is what graphql-js 16.15.0
// stripIgnoredCharacters(print(parse(source))) produced for the source beside it (generated with node).
class TestMinify final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void minify_document_matchesStripIgnoredCharacters_data();
    void minify_document_matchesStripIgnoredCharacters();
    void minify_output_parsesToTheSameAst_data();
    void minify_output_parsesToTheSameAst();
    void minify_blockStrings_keepOnlyTheLineBreaksTheyNeed();
};

void TestMinify::minify_document_matchesStripIgnoredCharacters_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("shorthand query") << QByteArray("{ a b }") << QByteArray("{a b}");
    QTest::newRow("anonymous query keyword drops to short form") << QByteArray("query { a }") << QByteArray("{a}");
    QTest::newRow("named query with variables and defaults")
        << QByteArray(
               "query Q($a: Int = 1, $b: [String!]! = [\"x\"] @dv, $c: In = {k: [1, 2.5e3, null, ENUM, true]}) @o"
               "p(x: 1) { a }")
        << QByteArray("query Q($a:Int=1$b:[String!]!=[\"x\"]@dv$c:In={k:[1 2.5e3 null ENUM true]})@op(x:1){a}");
    QTest::newRow("anonymous query with variables")
        << QByteArray("query ($id: ID!) { node(id: $id) { id } }") << QByteArray("query($id:ID!){node(id:$id){id}}");
    QTest::newRow("anonymous query with directive") << QByteArray("query @live { a }") << QByteArray("query@live{a}");
    QTest::newRow("mutation and subscription")
        << QByteArray("mutation { like(id: 1) { count } } subscription S { onLike { id } }")
        << QByteArray("mutation{like(id:1){count}}subscription S{onLike{id}}");
    QTest::newRow("aliases, directives, nested selections")
        << QByteArray(
               "{ me: user(id: 4) @include(if: $x) { ...F @skip(if: false) ... on User @a { name } ... @b { id } "
               "... { id } } }")
        << QByteArray("{me:user(id:4)@include(if:$x){...F@skip(if:false)...on User@a{name}...@b{id}...{id}}}");
    QTest::newRow("fragment definition") << QByteArray("fragment F on User @d(a: 1) { id, name }")
                                         << QByteArray("fragment F on User@d(a:1){id name}");
    QTest::newRow("long arguments break one per line")
        << QByteArray(
               "{ someFieldName(argumentNumberOne: \"aaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbb\", three: 3) {"
               " id } }")
        << QByteArray("{someFieldName(argumentNumberOne:\"aaaaaaaaaa\" argumentNumberTwo:\"bbbbbbbbbb\" three:3){id}}");
    QTest::newRow("arguments exactly 80 long stay on one line")
        << QByteArray("{ f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }")
        << QByteArray("{f(a:\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")}");
    QTest::newRow("arguments 81 long break")
        << QByteArray("{ f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }")
        << QByteArray("{f(a:\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")}");
    QTest::newRow("alias counts toward the line length")
        << QByteArray("{ anAlias: f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }")
        << QByteArray("{anAlias:f(a:\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")}");
    QTest::newRow("line length counts UTF-16 units not bytes")
        << QByteArray(
               "{ f(a: \"\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\") }")
        << QByteArray(
               "{f(a:\"\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\")}");
    QTest::newRow("astral characters count two units")
        << QByteArray(
               "{ f(a: \"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\") }")
        << QByteArray(
               "{f(a:\"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\")}");
    QTest::newRow("nested long arguments indent deeper")
        << QByteArray(
               "{ a { b { c(first: 10, after: \"cursorcursorcursorcursor\", orderBy: {field: NAME, direction: ASC"
               "}) { d } } } }")
        << QByteArray("{a{b{c(first:10 after:\"cursorcursorcursorcursor\" orderBy:{field:NAME direction:ASC}){d}}}}");
    QTest::newRow("block string argument is indented with its field") << QByteArray("{ a { b(text: \"\"\"\n"
                                                                                    "  line one\n"
                                                                                    "    line two\n"
                                                                                    "\"\"\") } }")
                                                                      << QByteArray("{a{b(text:\"\"\"\n"
                                                                                    "line one\n"
                                                                                    "  line two\"\"\")}}");
    QTest::newRow("block string line breaks count once, indentation not")
        << QByteArray("{ a { b { c(t: \"\"\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n"
                      "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\"\"\", u: 1) } } }")
        << QByteArray("{a{b{c(t:\"\"\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n"
                      "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\"\"\" u:1)}}}");
    QTest::newRow("values of every kind")
        << QByteArray(
               "{ f(i: -12, fl: 1.5e-3, s: \"str\", b: false, n: null, e: RED, l: [1, [2, 3], []], o: {a: {b: [{}"
               "]}}, v: $var) }")
        << QByteArray("{f(i:-12 fl:1.5e-3 s:\"str\" b:false n:null e:RED l:[1[2 3][]]o:{a:{b:[{}]}}v:$var)}");
    QTest::newRow("string escapes")
        << QByteArray(
               "{ f(s: \"quote \\\" backslash \\\\ slash \\/ tab \\t nl \\n cr \\r bs \\b ff \\f u \\u0001 del \\"
               "u007F c1 \\u0085 nbsp \\u00A0 e \\u00e9 astral \\uD83D\\uDE00 \\u{1F600}\") }")
        << QByteArray(
               "{f(s:\"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bs \\b ff \\f u \\u0001 del \\u007"
               "F c1 \\u0085 nbsp \302\240 e \303\251 astral \360\237\230\200 \360\237\230\200\")}");
    QTest::newRow("block strings: single line, leading space, quotes")
        << QByteArray("{ a(x: \"\"\"single\"\"\", y: \"\"\"  leading\"\"\", z: \"\"\"ends \"quoted\"\n"
                      "\"\"\", w: \"\"\"has \\\"\"\" inside\"\"\", v: \"\"\"ends with backslash\\\n"
                      "\"\"\") }")
        << QByteArray("{a(x:\"\"\"single\"\"\" y:\"\"\"  leading\"\"\" z:\"\"\"ends \"quoted\"\n"
                      "\"\"\" w:\"\"\"has \\\"\"\" inside\"\"\" v:\"\"\"ends with backslash\\\n"
                      "\"\"\")}");
    QTest::newRow("block strings: long single line")
        << QByteArray("{ a(x: \"\"\"wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww\"\"\") }")
        << QByteArray("{a(x:\"\"\"wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww\"\"\")}");
    QTest::newRow("block strings: every later line indented") << QByteArray("{ a(x: \"\"\"first\n"
                                                                            "  second\n"
                                                                            "  third\"\"\") }")
                                                              << QByteArray("{a(x:\"\"\"first\n"
                                                                            "second\n"
                                                                            "third\"\"\")}");
    QTest::newRow("block strings: empty and blank lines") << QByteArray("type T { \"\"\"\n"
                                                                        "\n"
                                                                        "  a\n"
                                                                        "\n"
                                                                        "  b\n"
                                                                        "\n"
                                                                        "\"\"\" f: Int }")
                                                          << QByteArray("type T{\"\"\"a\n"
                                                                        "\n"
                                                                        "b\"\"\" f:Int}");
    QTest::newRow("block strings: trailing triple quotes")
        << QByteArray("{ a(x: \"\"\"x\\\"\"\"\"\"\", y: \"\"\"x\\\"\"\"\"\n"
                      "\"\"\", z: \"\"\"\\\"\"\"\\\"\"\"\n"
                      "\"\"\") }")
        << QByteArray("{a(x:\"\"\"x\\\"\"\"\"\"\" y:\"\"\"x\\\"\"\"\"\n"
                      "\"\"\" z:\"\"\"\\\"\"\"\\\"\"\"\"\"\")}");
    QTest::newRow("schema definition and extension")
        << QByteArray(
               "\"\"\"The schema\"\"\" schema @a { query: Q mutation: M subscription: S } extend schema @b { subs"
               "cription: S } extend schema @c")
        << QByteArray(
               "\"\"\"The schema\"\"\" schema@a{query:Q mutation:M subscription:S}extend schema@b{subscription:S}"
               "extend schema@c");
    QTest::newRow("scalar, object, interface with descriptions")
        << QByteArray(
               "\"Date\" scalar Date @specifiedBy(url: \"https://example.com\") \"\"\"\n"
               "Object\n"
               "\"\"\" type User implements Node & Entity @key(fields: \"id\") { \"The id\" id: ID! name(format: "
               "String = \"full\"): String @deprecated } interface Node implements Entity { id: ID! } type Empty")
        << QByteArray(
               "\"Date\" scalar Date@specifiedBy(url:\"https://example.com\")\"\"\"Object\"\"\" type User impleme"
               "nts Node&Entity@key(fields:\"id\"){\"The id\" id:ID!name(format:String=\"full\"):String@deprecate"
               "d}interface Node implements Entity{id:ID!}type Empty");
    QTest::newRow("field arguments with descriptions go one per line")
        << QByteArray("type Q { users(\"How many\" first: Int = 10, \"\"\"Cursor\n"
                      "of the page\"\"\" after: String): [User!]! @auth }")
        << QByteArray("type Q{users(\"How many\" first:Int=10 \"\"\"Cursor\n"
                      "of the page\"\"\" after:String):[User!]!@auth}");
    QTest::newRow("block string default spanning lines makes arguments multiline")
        << QByteArray("type Q { f(a: String = \"\"\"x\n"
                      "y\"\"\", b: Int): Int }")
        << QByteArray("type Q{f(a:String=\"\"\"x\n"
                      "y\"\"\" b:Int):Int}");
    QTest::newRow("long field definition arguments stay on one line")
        << QByteArray(
               "type Q { f(argumentNumberOne: String, argumentNumberTwo: String, argumentNumberThree: String): In"
               "t }")
        << QByteArray("type Q{f(argumentNumberOne:String argumentNumberTwo:String argumentNumberThree:String):Int}");
    QTest::newRow("union, enum, input")
        << QByteArray(
               "union SearchResult @u = | User | Post enum Color @e { \"Red\" RED @x GREEN BLUE } input Filter @i"
               " { \"Name\" name: String = \"x\" @d, tags: [String!] = [\"a\", \"b\"] } union NoMembers")
        << QByteArray(
               "union SearchResult@u=User|Post enum Color@e{\"Red\" RED@x GREEN BLUE}input Filter@i{\"Name\" name"
               ":String=\"x\"@d tags:[String!]=[\"a\" \"b\"]}union NoMembers");
    QTest::newRow("directive definitions")
        << QByteArray(
               "\"Skips\" directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT directive @r"
               "ep(\"Described\" a: Int) repeatable on OBJECT directive @bare on SCHEMA")
        << QByteArray(
               "\"Skips\" directive@skip(if:Boolean!)on FIELD|FRAGMENT_SPREAD|INLINE_FRAGMENT directive@rep(\"Des"
               "cribed\" a:Int)repeatable on OBJECT directive@bare on SCHEMA");
    QTest::newRow("every extension")
        << QByteArray(
               "extend scalar S @d extend type T implements I & J @d { f: Int } extend type U @d extend interface"
               " I implements J @d { g: Int } extend union U @d = A | B extend enum E @d { X } extend input In @d"
               " { f: Int }")
        << QByteArray(
               "extend scalar S@d extend type T implements I&J@d{f:Int}extend type U@d extend interface I impleme"
               "nts J@d{g:Int}extend union U@d=A|B extend enum E@d{X}extend input In@d{f:Int}");
    QTest::newRow("comments, commas and odd spacing vanish") << QByteArray("# comment\n"
                                                                           "query   Q ( $a : Int , ) {\n"
                                                                           "\n"
                                                                           " a , # trailing\n"
                                                                           " b\n"
                                                                           "}\n")
                                                             << QByteArray("query Q($a:Int){a b}");
    QTest::newRow("variable definition with multi-line block string default")
        << QByteArray("query Q($a: String = \"\"\"x\n"
                      "y\"\"\", $b: Int) { a }")
        << QByteArray("query Q($a:String=\"\"\"x\n"
                      "y\"\"\"$b:Int){a}");
    QTest::newRow("descriptions on enum values and input fields are indented")
        << QByteArray("enum E { \"\"\"\n"
                      "Multi\n"
                      "line\n"
                      "\"\"\" A } input I { \"\"\"\n"
                      "  Also\n"
                      "    nested\n"
                      "\"\"\" f: Int }")
        << QByteArray("enum E{\"\"\"Multi\n"
                      "line\"\"\" A}input I{\"\"\"\n"
                      "Also\n"
                      "  nested\"\"\" f:Int}");
    QTest::newRow("CRLF and BOM in the source") << QByteArray("\357\273\277query Q {\r\n"
                                                              "  a(x: \"\"\"l1\r\n"
                                                              "l2\"\"\")\r\n"
                                                              "}\r\n")
                                                << QByteArray("query Q{a(x:\"\"\"l1\n"
                                                              "l2\"\"\")}");
    QTest::newRow("descriptions on operations, fragments and variables (graphql-js 16.11+)")
        << QByteArray(
               "\"Fetch\" query Q(\"The id\" $id: ID!, $n: Int) { a } \"\"\"Anon\"\"\" query { b } \"Frag\" fragm"
               "ent F on T { c }")
        << QByteArray(
               "\"Fetch\" query Q(\"The id\"$id:ID!$n:Int){a}\"\"\"Anon\"\"\" query{b}\"Frag\" fragment F on T{c}");
    QTest::newRow("described anonymous query keeps the query keyword")
        << QByteArray("\"Only a description\" query { a }") << QByteArray("\"Only a description\" query{a}");
    QTest::newRow("directive definition directives field is always empty")
        << QByteArray("directive @d(a: Int) on FIELD") << QByteArray("directive@d(a:Int)on FIELD");
}

void TestMinify::minify_document_matchesStripIgnoredCharacters() {
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    ParseResult parsed = parse(source.toStdString());
    QVERIFY(parsed.ok());
    QCOMPARE(QByteArray::fromStdString(minify(parsed.document)), expected);
}

void TestMinify::minify_output_parsesToTheSameAst_data() {
    minify_document_matchesStripIgnoredCharacters_data();
}

void TestMinify::minify_output_parsesToTheSameAst() {
    QFETCH(QByteArray, source);
    ParseResult original = parse(source.toStdString());
    QVERIFY(original.ok());
    const std::string minified = minify(original.document);
    ParseResult reparsed = parse(minified);
    QVERIFY2(reparsed.ok(), minified.c_str());
    QCOMPARE(QByteArray::fromStdString(toJson(reparsed.document)),
             QByteArray::fromStdString(toJson(original.document)));
}

// A block string whose later lines are all indented needs its leading line break, one ending in a
// quote or backslash its trailing one; nothing else survives (graphql-js 16.15.0 stripIgnoredCharacters).
void TestMinify::minify_blockStrings_keepOnlyTheLineBreaksTheyNeed() {
    ParseResult parsed =
        parse("{ f(a: \"\"\"\n  x\n    y\n  \"\"\", b: \"\"\"\n    p\n  q\n\"\"\", c: \"\"\"e\\\n\"\"\") }");
    QVERIFY(parsed.ok());
    QCOMPARE(minify(parsed.document),
             std::string("{f(a:\"\"\"\nx\n  y\"\"\" b:\"\"\"  p\nq\"\"\" c:\"\"\"e\\\n\"\"\")}"));
}

QTEST_GUILESS_MAIN(TestMinify)
#include "tst_minify.moc"
