#include "graphql/astjson.h"
#include "graphql/parser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace altrata::graphql;

// toJson() against graphql-js: every expected string below is what graphql-js 16.15.0
// JSON.stringify(parse(source, {noLocation: true})) produced for the source beside it (generated with node).
class TestAstJson final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void toJson_document_matchesGraphqlJs_data();
    void toJson_document_matchesGraphqlJs();
    void toJson_stringValue_escapesLikeJsonStringify();
    void toJson_output_isValidJson();
};

void TestAstJson::toJson_document_matchesGraphqlJs_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("shorthand query")
        << QByteArray("{ a b }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"dire"
               "ctives\":[]},{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"b\"},\"arguments\":[],\""
               "directives\":[]}]}}]}");
    QTest::newRow("anonymous query keyword drops to short form")
        << QByteArray("query { a }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"dire"
               "ctives\":[]}]}}]}");
    QTest::newRow("named query with variables and defaults")
        << QByteArray(
               "query Q($a: Int = 1, $b: [String!]! = [\"x\"] @dv, $c: In = {k: [1, 2.5e3, null, ENUM, true]}) @o"
               "p(x: 1) { a }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"Q\"},\"variableDefinitions\":[{\"kind\":\"VariableDefini"
               "tion\",\"variable\":{\"kind\":\"Variable\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"}},\"type\""
               ":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}},\"defaultValue\":{\"kind"
               "\":\"IntValue\",\"value\":\"1\"},\"directives\":[]},{\"kind\":\"VariableDefinition\",\"variable\""
               ":{\"kind\":\"Variable\",\"name\":{\"kind\":\"Name\",\"value\":\"b\"}},\"type\":{\"kind\":\"NonNul"
               "lType\",\"type\":{\"kind\":\"ListType\",\"type\":{\"kind\":\"NonNullType\",\"type\":{\"kind\":\"N"
               "amedType\",\"name\":{\"kind\":\"Name\",\"value\":\"String\"}}}}},\"defaultValue\":{\"kind\":\"Lis"
               "tValue\",\"values\":[{\"kind\":\"StringValue\",\"value\":\"x\",\"block\":false}]},\"directives\":"
               "[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"dv\"},\"arguments\":[]}]},{\"kin"
               "d\":\"VariableDefinition\",\"variable\":{\"kind\":\"Variable\",\"name\":{\"kind\":\"Name\",\"valu"
               "e\":\"c\"}},\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"In\"}},\"def"
               "aultValue\":{\"kind\":\"ObjectValue\",\"fields\":[{\"kind\":\"ObjectField\",\"name\":{\"kind\":\""
               "Name\",\"value\":\"k\"},\"value\":{\"kind\":\"ListValue\",\"values\":[{\"kind\":\"IntValue\",\"va"
               "lue\":\"1\"},{\"kind\":\"FloatValue\",\"value\":\"2.5e3\"},{\"kind\":\"NullValue\"},{\"kind\":\"E"
               "numValue\",\"value\":\"ENUM\"},{\"kind\":\"BooleanValue\",\"value\":true}]}}]},\"directives\":[]}"
               "],\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"op\"},\"argumen"
               "ts\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"x\"},\"value\":{\"kind\":\"I"
               "ntValue\",\"value\":\"1\"}}]}],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kin"
               "d\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"directives\":[]}]}}"
               "]}");
    QTest::newRow("anonymous query with variables")
        << QByteArray("query ($id: ID!) { node(id: $id) { id } }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[{\"kind\":\"VariableDefinition\",\"variable\":{\"kind\":\"Variable\",\""
               "name\":{\"kind\":\"Name\",\"value\":\"id\"}},\"type\":{\"kind\":\"NonNullType\",\"type\":{\"kind\""
               ":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"ID\"}}},\"directives\":[]}],\"directives\""
               ":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"name\":{\"k"
               "ind\":\"Name\",\"value\":\"node\"},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Nam"
               "e\",\"value\":\"id\"},\"value\":{\"kind\":\"Variable\",\"name\":{\"kind\":\"Name\",\"value\":\"id"
               "\"}}}],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\""
               "Field\",\"name\":{\"kind\":\"Name\",\"value\":\"id\"},\"arguments\":[],\"directives\":[]}]}}]}}]}");
    QTest::newRow("anonymous query with directive")
        << QByteArray("query @live { a }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\""
               "value\":\"live\"},\"arguments\":[]}],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":["
               "{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"directives\":"
               "[]}]}}]}");
    QTest::newRow("mutation and subscription")
        << QByteArray("mutation { like(id: 1) { count } } subscription S { onLike { id } }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"mutatio"
               "n\",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"se"
               "lections\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"like\"},\"arguments\":[{\""
               "kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"id\"},\"value\":{\"kind\":\"IntValue\""
               ",\"value\":\"1\"}}],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":"
               "[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"count\"},\"arguments\":[],\"directiv"
               "es\":[]}]}}]}},{\"kind\":\"OperationDefinition\",\"operation\":\"subscription\",\"name\":{\"kind\""
               ":\"Name\",\"value\":\"S\"},\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\""
               ":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"onL"
               "ike\"},\"arguments\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selection"
               "s\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"id\"},\"arguments\":[],\"directi"
               "ves\":[]}]}}]}}]}");
    QTest::newRow("aliases, directives, nested selections")
        << QByteArray(
               "{ me: user(id: 4) @include(if: $x) { ...F @skip(if: false) ... on User @a { name } ... @b { id } "
               "... { id } } }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"alias\":{\"kind\":\"Name\",\"value\":\"me\"},\"name\":{\"kind\":\""
               "Name\",\"value\":\"user\"},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"va"
               "lue\":\"id\"},\"value\":{\"kind\":\"IntValue\",\"value\":\"4\"}}],\"directives\":[{\"kind\":\"Dir"
               "ective\",\"name\":{\"kind\":\"Name\",\"value\":\"include\"},\"arguments\":[{\"kind\":\"Argument\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"if\"},\"value\":{\"kind\":\"Variable\",\"name\":{\"kind\""
               ":\"Name\",\"value\":\"x\"}}}]}],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"ki"
               "nd\":\"FragmentSpread\",\"name\":{\"kind\":\"Name\",\"value\":\"F\"},\"directives\":[{\"kind\":\""
               "Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"skip\"},\"arguments\":[{\"kind\":\"Argument\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"if\"},\"value\":{\"kind\":\"BooleanValue\",\"value\":fal"
               "se}}]}]},{\"kind\":\"InlineFragment\",\"typeCondition\":{\"kind\":\"NamedType\",\"name\":{\"kind\""
               ":\"Name\",\"value\":\"User\"}},\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\""
               ",\"value\":\"a\"},\"arguments\":[]}],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":["
               "{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"name\"},\"arguments\":[],\"directives"
               "\":[]}]}},{\"kind\":\"InlineFragment\",\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\""
               ":\"Name\",\"value\":\"b\"},\"arguments\":[]}],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"id\"},\"arguments\":[],\"dir"
               "ectives\":[]}]}},{\"kind\":\"InlineFragment\",\"directives\":[],\"selectionSet\":{\"kind\":\"Sele"
               "ctionSet\",\"selections\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"id\"},\"ar"
               "guments\":[],\"directives\":[]}]}}]}}]}}]}");
    QTest::newRow("fragment definition")
        << QByteArray("fragment F on User @d(a: 1) { id, name }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"FragmentDefinition\",\"name\":{\"kind\":\"Nam"
               "e\",\"value\":\"F\"},\"typeCondition\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"valu"
               "e\":\"User\"}},\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"d\""
               "},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"value\":{\""
               "kind\":\"IntValue\",\"value\":\"1\"}}]}],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections"
               "\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"id\"},\"arguments\":[],\"directiv"
               "es\":[]},{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"name\"},\"arguments\":[],\"d"
               "irectives\":[]}]}}]}");
    QTest::newRow("long arguments break one per line")
        << QByteArray(
               "{ someFieldName(argumentNumberOne: \"aaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbb\", three: 3) {"
               " id } }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"someFieldName\"},\"arguments"
               "\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"argumentNumberOne\"},\"value\""
               ":{\"kind\":\"StringValue\",\"value\":\"aaaaaaaaaa\",\"block\":false}},{\"kind\":\"Argument\",\"na"
               "me\":{\"kind\":\"Name\",\"value\":\"argumentNumberTwo\"},\"value\":{\"kind\":\"StringValue\",\"va"
               "lue\":\"bbbbbbbbbb\",\"block\":false}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value"
               "\":\"three\"},\"value\":{\"kind\":\"IntValue\",\"value\":\"3\"}}],\"directives\":[],\"selectionSe"
               "t\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\""
               "value\":\"id\"},\"arguments\":[],\"directives\":[]}]}}]}}]}");
    QTest::newRow("arguments exactly 80 long stay on one line")
        << QByteArray("{ f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"f\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"value\":{\"kind\":\"StringValue\",\""
               "value\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"block\":fa"
               "lse}}],\"directives\":[]}]}}]}");
    QTest::newRow("arguments 81 long break")
        << QByteArray("{ f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"f\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"value\":{\"kind\":\"StringValue\",\""
               "value\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"block\":f"
               "alse}}],\"directives\":[]}]}}]}");
    QTest::newRow("alias counts toward the line length")
        << QByteArray("{ anAlias: f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"alias\":{\"kind\":\"Name\",\"value\":\"anAlias\"},\"name\":{\"kind"
               "\":\"Name\",\"value\":\"f\"},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\""
               "value\":\"a\"},\"value\":{\"kind\":\"StringValue\",\"value\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
               "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"block\":false}}],\"directives\":[]}]}}]}");
    QTest::newRow("line length counts UTF-16 units not bytes")
        << QByteArray(
               "{ f(a: \"\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"f\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"value\":{\"kind\":\"StringValue\",\""
               "value\":\"\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
               "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
               "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\",\"bloc"
               "k\":false}}],\"directives\":[]}]}}]}");
    QTest::newRow("astral characters count two units")
        << QByteArray(
               "{ f(a: \"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"f\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"value\":{\"kind\":\"StringValue\",\""
               "value\":\"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
               "\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
               "\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
               "\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
               "\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\",\"bloc"
               "k\":false}}],\"directives\":[]}]}}]}");
    QTest::newRow("nested long arguments indent deeper")
        << QByteArray(
               "{ a { b { c(first: 10, after: \"cursorcursorcursorcursor\", orderBy: {field: NAME, direction: ASC"
               "}) { d } } } }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"dire"
               "ctives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"nam"
               "e\":{\"kind\":\"Name\",\"value\":\"b\"},\"arguments\":[],\"directives\":[],\"selectionSet\":{\"ki"
               "nd\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\""
               "c\"},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"first\"},\"val"
               "ue\":{\"kind\":\"IntValue\",\"value\":\"10\"}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\""
               ",\"value\":\"after\"},\"value\":{\"kind\":\"StringValue\",\"value\":\"cursorcursorcursorcursor\","
               "\"block\":false}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"orderBy\"},\"val"
               "ue\":{\"kind\":\"ObjectValue\",\"fields\":[{\"kind\":\"ObjectField\",\"name\":{\"kind\":\"Name\","
               "\"value\":\"field\"},\"value\":{\"kind\":\"EnumValue\",\"value\":\"NAME\"}},{\"kind\":\"ObjectFie"
               "ld\",\"name\":{\"kind\":\"Name\",\"value\":\"direction\"},\"value\":{\"kind\":\"EnumValue\",\"val"
               "ue\":\"ASC\"}}]}}],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":["
               "{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"d\"},\"arguments\":[],\"directives\":"
               "[]}]}}]}}]}}]}}]}");
    QTest::newRow("block string argument is indented with its field")
        << QByteArray("{ a { b(text: \"\"\"\n"
                      "  line one\n"
                      "    line two\n"
                      "\"\"\") } }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"dire"
               "ctives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"nam"
               "e\":{\"kind\":\"Name\",\"value\":\"b\"},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":"
               "\"Name\",\"value\":\"text\"},\"value\":{\"kind\":\"StringValue\",\"value\":\"line one\\n  line tw"
               "o\",\"block\":true}}],\"directives\":[]}]}}]}}]}");
    QTest::newRow("block string line breaks count once, indentation not")
        << QByteArray("{ a { b { c(t: \"\"\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n"
                      "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\"\"\", u: 1) } } }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"dire"
               "ctives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"nam"
               "e\":{\"kind\":\"Name\",\"value\":\"b\"},\"arguments\":[],\"directives\":[],\"selectionSet\":{\"ki"
               "nd\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\""
               "c\"},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"t\"},\"value\""
               ":{\"kind\":\"StringValue\",\"value\":\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\\nzzzzzzzzzzzzzzzzzzzzzzzzz"
               "zzzzz\",\"block\":true}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"u\"},\"va"
               "lue\":{\"kind\":\"IntValue\",\"value\":\"1\"}}],\"directives\":[]}]}}]}}]}}]}");
    QTest::newRow("values of every kind")
        << QByteArray(
               "{ f(i: -12, fl: 1.5e-3, s: \"str\", b: false, n: null, e: RED, l: [1, [2, 3], []], o: {a: {b: [{}"
               "]}}, v: $var) }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"f\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"i\"},\"value\":{\"kind\":\"IntValue\",\"val"
               "ue\":\"-12\"}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"fl\"},\"value\":{\""
               "kind\":\"FloatValue\",\"value\":\"1.5e-3\"}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\""
               "value\":\"s\"},\"value\":{\"kind\":\"StringValue\",\"value\":\"str\",\"block\":false}},{\"kind\":"
               "\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"b\"},\"value\":{\"kind\":\"BooleanValue\",\""
               "value\":false}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"n\"},\"value\":{\""
               "kind\":\"NullValue\"}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"e\"},\"valu"
               "e\":{\"kind\":\"EnumValue\",\"value\":\"RED\"}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\""
               ",\"value\":\"l\"},\"value\":{\"kind\":\"ListValue\",\"values\":[{\"kind\":\"IntValue\",\"value\":"
               "\"1\"},{\"kind\":\"ListValue\",\"values\":[{\"kind\":\"IntValue\",\"value\":\"2\"},{\"kind\":\"In"
               "tValue\",\"value\":\"3\"}]},{\"kind\":\"ListValue\",\"values\":[]}]}},{\"kind\":\"Argument\",\"na"
               "me\":{\"kind\":\"Name\",\"value\":\"o\"},\"value\":{\"kind\":\"ObjectValue\",\"fields\":[{\"kind\""
               ":\"ObjectField\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"value\":{\"kind\":\"ObjectValue\""
               ",\"fields\":[{\"kind\":\"ObjectField\",\"name\":{\"kind\":\"Name\",\"value\":\"b\"},\"value\":{\""
               "kind\":\"ListValue\",\"values\":[{\"kind\":\"ObjectValue\",\"fields\":[]}]}}]}}]}},{\"kind\":\"Ar"
               "gument\",\"name\":{\"kind\":\"Name\",\"value\":\"v\"},\"value\":{\"kind\":\"Variable\",\"name\":{"
               "\"kind\":\"Name\",\"value\":\"var\"}}}],\"directives\":[]}]}}]}");
    QTest::newRow("string escapes")
        << QByteArray(
               "{ f(s: \"quote \\\" backslash \\\\ slash \\/ tab \\t nl \\n cr \\r bs \\b ff \\f u \\u0001 del \\"
               "u007F c1 \\u0085 nbsp \\u00A0 e \\u00e9 astral \\uD83D\\uDE00 \\u{1F600}\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"f\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"s\"},\"value\":{\"kind\":\"StringValue\",\""
               "value\":\"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bs \\b ff \\f u \\u0001 del \177"
               " c1 \302\205 nbsp \302\240 e \303\251 astral \360\237\230\200 \360\237\230\200\",\"block\":false}"
               "}],\"directives\":[]}]}}]}");
    QTest::newRow("block strings: single line, leading space, quotes")
        << QByteArray("{ a(x: \"\"\"single\"\"\", y: \"\"\"  leading\"\"\", z: \"\"\"ends \"quoted\"\n"
                      "\"\"\", w: \"\"\"has \\\"\"\" inside\"\"\", v: \"\"\"ends with backslash\\\n"
                      "\"\"\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"x\"},\"value\":{\"kind\":\"StringValue\",\""
               "value\":\"single\",\"block\":true}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":"
               "\"y\"},\"value\":{\"kind\":\"StringValue\",\"value\":\"  leading\",\"block\":true}},{\"kind\":\"A"
               "rgument\",\"name\":{\"kind\":\"Name\",\"value\":\"z\"},\"value\":{\"kind\":\"StringValue\",\"valu"
               "e\":\"ends \\\"quoted\\\"\",\"block\":true}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\""
               "value\":\"w\"},\"value\":{\"kind\":\"StringValue\",\"value\":\"has \\\"\\\"\\\" inside\",\"block\""
               ":true}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"v\"},\"value\":{\"kind\":\""
               "StringValue\",\"value\":\"ends with backslash\\\\\",\"block\":true}}],\"directives\":[]}]}}]}");
    QTest::newRow("block strings: long single line")
        << QByteArray("{ a(x: \"\"\"wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww\"\"\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"x\"},\"value\":{\"kind\":\"StringValue\",\""
               "value\":\"wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww\",\"block\":tru"
               "e}}],\"directives\":[]}]}}]}");
    QTest::newRow("block strings: every later line indented")
        << QByteArray("{ a(x: \"\"\"first\n"
                      "  second\n"
                      "  third\"\"\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"x\"},\"value\":{\"kind\":\"StringValue\",\""
               "value\":\"first\\nsecond\\nthird\",\"block\":true}}],\"directives\":[]}]}}]}");
    QTest::newRow("block strings: empty and blank lines")
        << QByteArray("type T { \"\"\"\n"
                      "\n"
                      "  a\n"
                      "\n"
                      "  b\n"
                      "\n"
                      "\"\"\" f: Int }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"ObjectTypeDefinition\",\"name\":{\"kind\":\"N"
               "ame\",\"value\":\"T\"},\"interfaces\":[],\"directives\":[],\"fields\":[{\"kind\":\"FieldDefinitio"
               "n\",\"description\":{\"kind\":\"StringValue\",\"value\":\"a\\n\\nb\",\"block\":true},\"name\":{\""
               "kind\":\"Name\",\"value\":\"f\"},\"arguments\":[],\"type\":{\"kind\":\"NamedType\",\"name\":{\"ki"
               "nd\":\"Name\",\"value\":\"Int\"}},\"directives\":[]}]}]}");
    QTest::newRow("block strings: trailing triple quotes")
        << QByteArray("{ a(x: \"\"\"x\\\"\"\"\"\"\", y: \"\"\"x\\\"\"\"\"\n"
                      "\"\"\", z: \"\"\"\\\"\"\"\\\"\"\"\n"
                      "\"\"\") }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"variableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selec"
               "tions\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[{\"kind\""
               ":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"x\"},\"value\":{\"kind\":\"StringValue\",\""
               "value\":\"x\\\"\\\"\\\"\",\"block\":true}},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"v"
               "alue\":\"y\"},\"value\":{\"kind\":\"StringValue\",\"value\":\"x\\\"\\\"\\\"\\\"\",\"block\":true}"
               "},{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"z\"},\"value\":{\"kind\":\"Strin"
               "gValue\",\"value\":\"\\\"\\\"\\\"\\\"\\\"\\\"\",\"block\":true}}],\"directives\":[]}]}}]}");
    QTest::newRow("schema definition and extension")
        << QByteArray(
               "\"\"\"The schema\"\"\" schema @a { query: Q mutation: M subscription: S } extend schema @b { subs"
               "cription: S } extend schema @c")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"SchemaDefinition\",\"description\":{\"kind\":"
               "\"StringValue\",\"value\":\"The schema\",\"block\":true},\"directives\":[{\"kind\":\"Directive\","
               "\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[]}],\"operationTypes\":[{\"kind\":\"O"
               "perationTypeDefinition\",\"operation\":\"query\",\"type\":{\"kind\":\"NamedType\",\"name\":{\"kin"
               "d\":\"Name\",\"value\":\"Q\"}}},{\"kind\":\"OperationTypeDefinition\",\"operation\":\"mutation\","
               "\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"M\"}}},{\"kind\":\"Opera"
               "tionTypeDefinition\",\"operation\":\"subscription\",\"type\":{\"kind\":\"NamedType\",\"name\":{\""
               "kind\":\"Name\",\"value\":\"S\"}}}]},{\"kind\":\"SchemaExtension\",\"directives\":[{\"kind\":\"Di"
               "rective\",\"name\":{\"kind\":\"Name\",\"value\":\"b\"},\"arguments\":[]}],\"operationTypes\":[{\""
               "kind\":\"OperationTypeDefinition\",\"operation\":\"subscription\",\"type\":{\"kind\":\"NamedType\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"S\"}}}]},{\"kind\":\"SchemaExtension\",\"directives\":[{"
               "\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"c\"},\"arguments\":[]}],\"operatio"
               "nTypes\":[]}]}");
    QTest::newRow("scalar, object, interface with descriptions")
        << QByteArray(
               "\"Date\" scalar Date @specifiedBy(url: \"https://example.com\") \"\"\"\n"
               "Object\n"
               "\"\"\" type User implements Node & Entity @key(fields: \"id\") { \"The id\" id: ID! name(format: "
               "String = \"full\"): String @deprecated } interface Node implements Entity { id: ID! } type Empty")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"ScalarTypeDefinition\",\"description\":{\"kin"
               "d\":\"StringValue\",\"value\":\"Date\",\"block\":false},\"name\":{\"kind\":\"Name\",\"value\":\"D"
               "ate\"},\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"specifiedB"
               "y\"},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"url\"},\"value"
               "\":{\"kind\":\"StringValue\",\"value\":\"https://example.com\",\"block\":false}}]}]},{\"kind\":\""
               "ObjectTypeDefinition\",\"description\":{\"kind\":\"StringValue\",\"value\":\"Object\",\"block\":t"
               "rue},\"name\":{\"kind\":\"Name\",\"value\":\"User\"},\"interfaces\":[{\"kind\":\"NamedType\",\"na"
               "me\":{\"kind\":\"Name\",\"value\":\"Node\"}},{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\","
               "\"value\":\"Entity\"}}],\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"val"
               "ue\":\"key\"},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\":\"field"
               "s\"},\"value\":{\"kind\":\"StringValue\",\"value\":\"id\",\"block\":false}}]}],\"fields\":[{\"kin"
               "d\":\"FieldDefinition\",\"description\":{\"kind\":\"StringValue\",\"value\":\"The id\",\"block\":"
               "false},\"name\":{\"kind\":\"Name\",\"value\":\"id\"},\"arguments\":[],\"type\":{\"kind\":\"NonNul"
               "lType\",\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"ID\"}}},\"direct"
               "ives\":[]},{\"kind\":\"FieldDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"name\"},\"argume"
               "nts\":[{\"kind\":\"InputValueDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"format\"},\"typ"
               "e\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"String\"}},\"defaultValue\":{"
               "\"kind\":\"StringValue\",\"value\":\"full\",\"block\":false},\"directives\":[]}],\"type\":{\"kind"
               "\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"String\"}},\"directives\":[{\"kind\":\"D"
               "irective\",\"name\":{\"kind\":\"Name\",\"value\":\"deprecated\"},\"arguments\":[]}]}]},{\"kind\":"
               "\"InterfaceTypeDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"Node\"},\"interfaces\":[{\"ki"
               "nd\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Entity\"}}],\"directives\":[],\"fields"
               "\":[{\"kind\":\"FieldDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"id\"},\"arguments\":[],"
               "\"type\":{\"kind\":\"NonNullType\",\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\""
               "value\":\"ID\"}}},\"directives\":[]}]},{\"kind\":\"ObjectTypeDefinition\",\"name\":{\"kind\":\"Na"
               "me\",\"value\":\"Empty\"},\"interfaces\":[],\"directives\":[],\"fields\":[]}]}");
    QTest::newRow("field arguments with descriptions go one per line")
        << QByteArray("type Q { users(\"How many\" first: Int = 10, \"\"\"Cursor\n"
                      "of the page\"\"\" after: String): [User!]! @auth }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"ObjectTypeDefinition\",\"name\":{\"kind\":\"N"
               "ame\",\"value\":\"Q\"},\"interfaces\":[],\"directives\":[],\"fields\":[{\"kind\":\"FieldDefinitio"
               "n\",\"name\":{\"kind\":\"Name\",\"value\":\"users\"},\"arguments\":[{\"kind\":\"InputValueDefinit"
               "ion\",\"description\":{\"kind\":\"StringValue\",\"value\":\"How many\",\"block\":false},\"name\":"
               "{\"kind\":\"Name\",\"value\":\"first\"},\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Nam"
               "e\",\"value\":\"Int\"}},\"defaultValue\":{\"kind\":\"IntValue\",\"value\":\"10\"},\"directives\":"
               "[]},{\"kind\":\"InputValueDefinition\",\"description\":{\"kind\":\"StringValue\",\"value\":\"Curs"
               "or\\nof the page\",\"block\":true},\"name\":{\"kind\":\"Name\",\"value\":\"after\"},\"type\":{\"k"
               "ind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"String\"}},\"directives\":[]}],\"type"
               "\":{\"kind\":\"NonNullType\",\"type\":{\"kind\":\"ListType\",\"type\":{\"kind\":\"NonNullType\",\""
               "type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"User\"}}}}},\"directives\""
               ":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"auth\"},\"arguments\":[]}]}]}]}");
    QTest::newRow("block string default spanning lines makes arguments multiline")
        << QByteArray("type Q { f(a: String = \"\"\"x\n"
                      "y\"\"\", b: Int): Int }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"ObjectTypeDefinition\",\"name\":{\"kind\":\"N"
               "ame\",\"value\":\"Q\"},\"interfaces\":[],\"directives\":[],\"fields\":[{\"kind\":\"FieldDefinitio"
               "n\",\"name\":{\"kind\":\"Name\",\"value\":\"f\"},\"arguments\":[{\"kind\":\"InputValueDefinition\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\""
               ":\"Name\",\"value\":\"String\"}},\"defaultValue\":{\"kind\":\"StringValue\",\"value\":\"x\\ny\",\""
               "block\":true},\"directives\":[]},{\"kind\":\"InputValueDefinition\",\"name\":{\"kind\":\"Name\",\""
               "value\":\"b\"},\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}},\""
               "directives\":[]}],\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}"
               "},\"directives\":[]}]}]}");
    QTest::newRow("long field definition arguments stay on one line")
        << QByteArray(
               "type Q { f(argumentNumberOne: String, argumentNumberTwo: String, argumentNumberThree: String): In"
               "t }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"ObjectTypeDefinition\",\"name\":{\"kind\":\"N"
               "ame\",\"value\":\"Q\"},\"interfaces\":[],\"directives\":[],\"fields\":[{\"kind\":\"FieldDefinitio"
               "n\",\"name\":{\"kind\":\"Name\",\"value\":\"f\"},\"arguments\":[{\"kind\":\"InputValueDefinition\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"argumentNumberOne\"},\"type\":{\"kind\":\"NamedType\",\""
               "name\":{\"kind\":\"Name\",\"value\":\"String\"}},\"directives\":[]},{\"kind\":\"InputValueDefinit"
               "ion\",\"name\":{\"kind\":\"Name\",\"value\":\"argumentNumberTwo\"},\"type\":{\"kind\":\"NamedType"
               "\",\"name\":{\"kind\":\"Name\",\"value\":\"String\"}},\"directives\":[]},{\"kind\":\"InputValueDe"
               "finition\",\"name\":{\"kind\":\"Name\",\"value\":\"argumentNumberThree\"},\"type\":{\"kind\":\"Na"
               "medType\",\"name\":{\"kind\":\"Name\",\"value\":\"String\"}},\"directives\":[]}],\"type\":{\"kind"
               "\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}},\"directives\":[]}]}]}");
    QTest::newRow("union, enum, input")
        << QByteArray(
               "union SearchResult @u = | User | Post enum Color @e { \"Red\" RED @x GREEN BLUE } input Filter @i"
               " { \"Name\" name: String = \"x\" @d, tags: [String!] = [\"a\", \"b\"] } union NoMembers")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"UnionTypeDefinition\",\"name\":{\"kind\":\"Na"
               "me\",\"value\":\"SearchResult\"},\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Nam"
               "e\",\"value\":\"u\"},\"arguments\":[]}],\"types\":[{\"kind\":\"NamedType\",\"name\":{\"kind\":\"N"
               "ame\",\"value\":\"User\"}},{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Post\""
               "}}]},{\"kind\":\"EnumTypeDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"Color\"},\"directiv"
               "es\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"e\"},\"arguments\":[]}],\"v"
               "alues\":[{\"kind\":\"EnumValueDefinition\",\"description\":{\"kind\":\"StringValue\",\"value\":\""
               "Red\",\"block\":false},\"name\":{\"kind\":\"Name\",\"value\":\"RED\"},\"directives\":[{\"kind\":\""
               "Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"x\"},\"arguments\":[]}]},{\"kind\":\"EnumValu"
               "eDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"GREEN\"},\"directives\":[]},{\"kind\":\"Enu"
               "mValueDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"BLUE\"},\"directives\":[]}]},{\"kind\""
               ":\"InputObjectTypeDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"Filter\"},\"directives\":["
               "{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"i\"},\"arguments\":[]}],\"fields\""
               ":[{\"kind\":\"InputValueDefinition\",\"description\":{\"kind\":\"StringValue\",\"value\":\"Name\""
               ",\"block\":false},\"name\":{\"kind\":\"Name\",\"value\":\"name\"},\"type\":{\"kind\":\"NamedType\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"String\"}},\"defaultValue\":{\"kind\":\"StringValue\",\""
               "value\":\"x\",\"block\":false},\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\""
               ",\"value\":\"d\"},\"arguments\":[]}]},{\"kind\":\"InputValueDefinition\",\"name\":{\"kind\":\"Nam"
               "e\",\"value\":\"tags\"},\"type\":{\"kind\":\"ListType\",\"type\":{\"kind\":\"NonNullType\",\"type"
               "\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"String\"}}}},\"defaultValue\":"
               "{\"kind\":\"ListValue\",\"values\":[{\"kind\":\"StringValue\",\"value\":\"a\",\"block\":false},{\""
               "kind\":\"StringValue\",\"value\":\"b\",\"block\":false}]},\"directives\":[]}]},{\"kind\":\"UnionT"
               "ypeDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"NoMembers\"},\"directives\":[],\"types\":"
               "[]}]}");
    QTest::newRow("directive definitions")
        << QByteArray(
               "\"Skips\" directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT directive @r"
               "ep(\"Described\" a: Int) repeatable on OBJECT directive @bare on SCHEMA")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"DirectiveDefinition\",\"description\":{\"kind"
               "\":\"StringValue\",\"value\":\"Skips\",\"block\":false},\"name\":{\"kind\":\"Name\",\"value\":\"s"
               "kip\"},\"arguments\":[{\"kind\":\"InputValueDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\""
               "if\"},\"type\":{\"kind\":\"NonNullType\",\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Na"
               "me\",\"value\":\"Boolean\"}}},\"directives\":[]}],\"directives\":[],\"repeatable\":false,\"locati"
               "ons\":[{\"kind\":\"Name\",\"value\":\"FIELD\"},{\"kind\":\"Name\",\"value\":\"FRAGMENT_SPREAD\"},"
               "{\"kind\":\"Name\",\"value\":\"INLINE_FRAGMENT\"}]},{\"kind\":\"DirectiveDefinition\",\"name\":{\""
               "kind\":\"Name\",\"value\":\"rep\"},\"arguments\":[{\"kind\":\"InputValueDefinition\",\"descriptio"
               "n\":{\"kind\":\"StringValue\",\"value\":\"Described\",\"block\":false},\"name\":{\"kind\":\"Name\""
               ",\"value\":\"a\"},\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}"
               "},\"directives\":[]}],\"directives\":[],\"repeatable\":true,\"locations\":[{\"kind\":\"Name\",\"v"
               "alue\":\"OBJECT\"}]},{\"kind\":\"DirectiveDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"ba"
               "re\"},\"arguments\":[],\"directives\":[],\"repeatable\":false,\"locations\":[{\"kind\":\"Name\",\""
               "value\":\"SCHEMA\"}]}]}");
    QTest::newRow("every extension")
        << QByteArray(
               "extend scalar S @d extend type T implements I & J @d { f: Int } extend type U @d extend interface"
               " I implements J @d { g: Int } extend union U @d = A | B extend enum E @d { X } extend input In @d"
               " { f: Int }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"ScalarTypeExtension\",\"name\":{\"kind\":\"Na"
               "me\",\"value\":\"S\"},\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value"
               "\":\"d\"},\"arguments\":[]}]},{\"kind\":\"ObjectTypeExtension\",\"name\":{\"kind\":\"Name\",\"val"
               "ue\":\"T\"},\"interfaces\":[{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"I\"}}"
               ",{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"J\"}}],\"directives\":[{\"kind\""
               ":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"d\"},\"arguments\":[]}],\"fields\":[{\"kin"
               "d\":\"FieldDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"f\"},\"arguments\":[],\"type\":{\""
               "kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}},\"directives\":[]}]},{\"kind"
               "\":\"ObjectTypeExtension\",\"name\":{\"kind\":\"Name\",\"value\":\"U\"},\"interfaces\":[],\"direc"
               "tives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"d\"},\"arguments\":[]}],"
               "\"fields\":[]},{\"kind\":\"InterfaceTypeExtension\",\"name\":{\"kind\":\"Name\",\"value\":\"I\"},"
               "\"interfaces\":[{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"J\"}}],\"directiv"
               "es\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"d\"},\"arguments\":[]}],\"f"
               "ields\":[{\"kind\":\"FieldDefinition\",\"name\":{\"kind\":\"Name\",\"value\":\"g\"},\"arguments\""
               ":[],\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}},\"directives"
               "\":[]}]},{\"kind\":\"UnionTypeExtension\",\"name\":{\"kind\":\"Name\",\"value\":\"U\"},\"directiv"
               "es\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Name\",\"value\":\"d\"},\"arguments\":[]}],\"t"
               "ypes\":[{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"A\"}},{\"kind\":\"NamedTy"
               "pe\",\"name\":{\"kind\":\"Name\",\"value\":\"B\"}}]},{\"kind\":\"EnumTypeExtension\",\"name\":{\""
               "kind\":\"Name\",\"value\":\"E\"},\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kind\":\"Nam"
               "e\",\"value\":\"d\"},\"arguments\":[]}],\"values\":[{\"kind\":\"EnumValueDefinition\",\"name\":{\""
               "kind\":\"Name\",\"value\":\"X\"},\"directives\":[]}]},{\"kind\":\"InputObjectTypeExtension\",\"na"
               "me\":{\"kind\":\"Name\",\"value\":\"In\"},\"directives\":[{\"kind\":\"Directive\",\"name\":{\"kin"
               "d\":\"Name\",\"value\":\"d\"},\"arguments\":[]}],\"fields\":[{\"kind\":\"InputValueDefinition\",\""
               "name\":{\"kind\":\"Name\",\"value\":\"f\"},\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\""
               "Name\",\"value\":\"Int\"}},\"directives\":[]}]}]}");
    QTest::newRow("comments, commas and odd spacing vanish")
        << QByteArray("# comment\n"
                      "query   Q ( $a : Int , ) {\n"
                      "\n"
                      " a , # trailing\n"
                      " b\n"
                      "}\n")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"Q\"},\"variableDefinitions\":[{\"kind\":\"VariableDefini"
               "tion\",\"variable\":{\"kind\":\"Variable\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"}},\"type\""
               ":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}},\"directives\":[]}],\"di"
               "rectives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"n"
               "ame\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"directives\":[]},{\"kind\":\"Field\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"b\"},\"arguments\":[],\"directives\":[]}]}}]}");
    QTest::newRow("variable definition with multi-line block string default")
        << QByteArray("query Q($a: String = \"\"\"x\n"
                      "y\"\"\", $b: Int) { a }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"Q\"},\"variableDefinitions\":[{\"kind\":\"VariableDefini"
               "tion\",\"variable\":{\"kind\":\"Variable\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"}},\"type\""
               ":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"String\"}},\"defaultValue\":{\"k"
               "ind\":\"StringValue\",\"value\":\"x\\ny\",\"block\":true},\"directives\":[]},{\"kind\":\"Variable"
               "Definition\",\"variable\":{\"kind\":\"Variable\",\"name\":{\"kind\":\"Name\",\"value\":\"b\"}},\""
               "type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}},\"directives\":[]}"
               "],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field"
               "\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"directives\":[]}]}}]}");
    QTest::newRow("descriptions on enum values and input fields are indented")
        << QByteArray("enum E { \"\"\"\n"
                      "Multi\n"
                      "line\n"
                      "\"\"\" A } input I { \"\"\"\n"
                      "  Also\n"
                      "    nested\n"
                      "\"\"\" f: Int }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"EnumTypeDefinition\",\"name\":{\"kind\":\"Nam"
               "e\",\"value\":\"E\"},\"directives\":[],\"values\":[{\"kind\":\"EnumValueDefinition\",\"descriptio"
               "n\":{\"kind\":\"StringValue\",\"value\":\"Multi\\nline\",\"block\":true},\"name\":{\"kind\":\"Nam"
               "e\",\"value\":\"A\"},\"directives\":[]}]},{\"kind\":\"InputObjectTypeDefinition\",\"name\":{\"kin"
               "d\":\"Name\",\"value\":\"I\"},\"directives\":[],\"fields\":[{\"kind\":\"InputValueDefinition\",\""
               "description\":{\"kind\":\"StringValue\",\"value\":\"Also\\n  nested\",\"block\":true},\"name\":{\""
               "kind\":\"Name\",\"value\":\"f\"},\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"v"
               "alue\":\"Int\"}},\"directives\":[]}]}]}");
    QTest::newRow("CRLF and BOM in the source")
        << QByteArray("\357\273\277query Q {\r\n"
                      "  a(x: \"\"\"l1\r\n"
                      "l2\"\"\")\r\n"
                      "}\r\n")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"name\":{\"kind\":\"Name\",\"value\":\"Q\"},\"variableDefinitions\":[],\"directives\":[],\"sele"
               "ctionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Na"
               "me\",\"value\":\"a\"},\"arguments\":[{\"kind\":\"Argument\",\"name\":{\"kind\":\"Name\",\"value\""
               ":\"x\"},\"value\":{\"kind\":\"StringValue\",\"value\":\"l1\\nl2\",\"block\":true}}],\"directives\""
               ":[]}]}}]}");
    QTest::newRow("descriptions on operations, fragments and variables (graphql-js 16.11+)")
        << QByteArray(
               "\"Fetch\" query Q(\"The id\" $id: ID!, $n: Int) { a } \"\"\"Anon\"\"\" query { b } \"Frag\" fragm"
               "ent F on T { c }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"description\":{\"kind\":\"StringValue\",\"value\":\"Fetch\",\"block\":false},\"name\":{\"kind\""
               ":\"Name\",\"value\":\"Q\"},\"variableDefinitions\":[{\"kind\":\"VariableDefinition\",\"descriptio"
               "n\":{\"kind\":\"StringValue\",\"value\":\"The id\",\"block\":false},\"variable\":{\"kind\":\"Vari"
               "able\",\"name\":{\"kind\":\"Name\",\"value\":\"id\"}},\"type\":{\"kind\":\"NonNullType\",\"type\""
               ":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"ID\"}}},\"directives\":[]},{\"ki"
               "nd\":\"VariableDefinition\",\"variable\":{\"kind\":\"Variable\",\"name\":{\"kind\":\"Name\",\"val"
               "ue\":\"n\"}},\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\"}},\"d"
               "irectives\":[]}],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\""
               "kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"directives\":[]}"
               "]}},{\"kind\":\"OperationDefinition\",\"operation\":\"query\",\"description\":{\"kind\":\"StringV"
               "alue\",\"value\":\"Anon\",\"block\":true},\"variableDefinitions\":[],\"directives\":[],\"selectio"
               "nSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\""
               ",\"value\":\"b\"},\"arguments\":[],\"directives\":[]}]}},{\"kind\":\"FragmentDefinition\",\"descr"
               "iption\":{\"kind\":\"StringValue\",\"value\":\"Frag\",\"block\":false},\"name\":{\"kind\":\"Name\""
               ",\"value\":\"F\"},\"typeCondition\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\""
               ":\"T\"}},\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":"
               "\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"c\"},\"arguments\":[],\"directives\":[]}]}}]}");
    QTest::newRow("described anonymous query keeps the query keyword")
        << QByteArray("\"Only a description\" query { a }")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":\"query\""
               ",\"description\":{\"kind\":\"StringValue\",\"value\":\"Only a description\",\"block\":false},\"va"
               "riableDefinitions\":[],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections"
               "\":[{\"kind\":\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[],\"directive"
               "s\":[]}]}}]}");
    QTest::newRow("directive definition directives field is always empty")
        << QByteArray("directive @d(a: Int) on FIELD")
        << QByteArray(
               "{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"DirectiveDefinition\",\"name\":{\"kind\":\"Na"
               "me\",\"value\":\"d\"},\"arguments\":[{\"kind\":\"InputValueDefinition\",\"name\":{\"kind\":\"Name"
               "\",\"value\":\"a\"},\"type\":{\"kind\":\"NamedType\",\"name\":{\"kind\":\"Name\",\"value\":\"Int\""
               "}},\"directives\":[]}],\"directives\":[],\"repeatable\":false,\"locations\":[{\"kind\":\"Name\",\""
               "value\":\"FIELD\"}]}]}");
}

void TestAstJson::toJson_document_matchesGraphqlJs() {
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    ParseResult parsed = parse(source.toStdString());
    QVERIFY(parsed.ok());
    QCOMPARE(QByteArray::fromStdString(toJson(parsed.document)), expected);
}

// Control characters as \uXXXX (lower-case hex) or their short escapes; DEL, U+2028 and everything
// else non-ASCII stay as they are (graphql-js 16.15.0 + JSON.stringify).
void TestAstJson::toJson_stringValue_escapesLikeJsonStringify() {
    ParseResult parsed =
        parse("{ f(s: \"a\\u0001\\u001f\\\"\\\\\\n\\t\\b\\f\\r\\u007f \xC3\xA9 \\u2028 \\uD83D\\uDE00\") }");
    QVERIFY(parsed.ok());
    const auto *operation =
        nodeCast<OperationDefinitionNode>(parsed.document.definitions().front(), Kind::OperationDefinition);
    QVERIFY(operation);
    const auto *field = nodeCast<FieldNode>(operation->selectionSet->selections.front(), Kind::Field);
    QVERIFY(field);
    QCOMPARE(toJson(*field->arguments.front()->value),
             std::string("{\"kind\":\"StringValue\",\"value\":\"a\\u0001\\u001f\\\"\\\\\\n\\t\\b\\f\\r\x7F \xC3\xA9 "
                         "\xE2\x80\xA8 \xF0\x9F\x98\x80\",\"block\":false}"));
}

void TestAstJson::toJson_output_isValidJson() {
    ParseResult parsed = parse("query Q($v: [In!] = [{a: \"\\u0000\"}]) { f(x: $v) { ... on T { g } } }");
    QVERIFY(parsed.ok());
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(QByteArray::fromStdString(toJson(parsed.document)), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.object().value(QStringLiteral("kind")).toString(), QStringLiteral("Document"));
}

QTEST_GUILESS_MAIN(TestAstJson)
#include "tst_astjson.moc"
