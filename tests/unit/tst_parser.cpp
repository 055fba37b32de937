// Parser: graphql-js-shaped trees for executable and type-system documents, graphql-js 16.15's exact
// first error (message and line:column), error recovery and the parseValue/parseType entry points.
#include "graphql/parser.h"

#include <QTest>

using namespace altrata::graphql;

namespace {

template<std::size_t N> QByteArray bytes(const char (&text)[N]) {
    return QByteArray(text, N - 1);
}

QByteArray qb(std::string_view text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

template<class T> const T *as(const Node *node, Kind kind) {
    const T *typed = nodeCast<T>(node, kind);
    if (!typed)
        qFatal("unexpected node kind %s", std::string(kindName(node ? node->kind : Kind::Name)).c_str());
    return typed;
}

std::uint32_t endOf(std::string_view source, std::string_view needle) {
    return static_cast<std::uint32_t>(source.find(needle) + needle.size());
}

// Walks a partial (or complete) executable tree and fails on a node that lies outside the source or
// outside its parent; under ASan a dangling or garbage pointer is reported here.
class TreeCheck {
public:
    explicit TreeCheck(std::uint32_t size)
        : m_size(size) {}
    bool ok = true;

    void node(const Node *node, const Node *parent) {
        if (!node)
            return;
        ok = ok && node->start.offset < node->end && node->end <= m_size &&
             node->start.offset >= parent->start.offset && node->end <= parent->end;
    }
    void type(const TypeNode *type, const Node *parent) {
        node(type, parent);
        if (const auto *list = nodeCast<ListTypeNode>(type, Kind::ListType))
            this->type(list->type, list);
        if (const auto *nonNull = nodeCast<NonNullTypeNode>(type, Kind::NonNullType))
            this->type(nonNull->type, nonNull);
    }
    void value(const ValueNode *value, const Node *parent) {
        node(value, parent);
        if (const auto *list = nodeCast<ListValueNode>(value, Kind::ListValue)) {
            for (const ValueNode *item : list->values)
                this->value(item, list);
        }
        if (const auto *object = nodeCast<ObjectValueNode>(value, Kind::ObjectValue)) {
            for (const ObjectFieldNode *field : object->fields) {
                node(field, object);
                this->value(field->value, field);
            }
        }
    }
    void selectionSet(const SelectionSetNode *set, const Node *parent) {
        node(set, parent);
        if (!set)
            return;
        for (const SelectionNode *selection : set->selections) {
            node(selection, set);
            if (const auto *field = nodeCast<FieldNode>(selection, Kind::Field)) {
                node(field->name, field);
                for (const ArgumentNode *argument : field->arguments) {
                    node(argument, field);
                    value(argument->value, argument);
                }
                selectionSet(field->selectionSet, field);
            } else if (const auto *fragment = nodeCast<InlineFragmentNode>(selection, Kind::InlineFragment)) {
                selectionSet(fragment->selectionSet, fragment);
            }
        }
    }
    void operation(const OperationDefinitionNode &operation) {
        for (const VariableDefinitionNode *variable : operation.variableDefinitions) {
            node(variable, &operation);
            type(variable->type, variable);
            value(variable->defaultValue, variable);
        }
        selectionSet(operation.selectionSet, &operation);
    }

private:
    std::uint32_t m_size;
};

} // namespace

class TestParser final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_query_buildsGraphqlJsShapedTree();
    void parse_nestedValues_keepStructure();
    void parse_shorthandQuery_isAnonymousQuery();
    void parse_typeSystem_buildsDefinitions();
    void parse_descriptionOnArgument_isKept();
    void parse_extendSchema_andEveryExtension();
    void parse_locations_coverNodes();
    void parse_invalid_reportsGraphqlJsError_data();
    void parse_invalid_reportsGraphqlJsError();
    void parse_withRecovery_reportsSeveralErrorsAndPartialTree();
    void parse_withoutRecovery_stopsAtFirstError();
    void parse_cutShortOperation_isKeptAsPartialDefinition();
    void parse_cutShortTypeDefinition_keepsWhatWasParsed();
    void parse_partialAndCompleteDefinitions_keepDocumentOrder();
    void parse_validDocument_hasNoPartialDefinitions();
    void parse_everyPrefix_givesWellFormedPartialsAndTheSameFirstError_data();
    void parse_everyPrefix_givesWellFormedPartialsAndTheSameFirstError();
    void parse_movedDocument_keepsNodesValid();
    void parse_deepNesting_isASyntaxErrorNotACrash_data();
    void parse_deepNesting_isASyntaxErrorNotACrash();
    void parseValue_parseType_wholeSource();
    void kindName_matchesGraphqlJs();
};

void TestParser::parse_query_buildsGraphqlJsShapedTree() {
    const ParseResult result =
        parse("query Q($id: ID! = \"x\" @d) @op { me: user(id: $id) @skip(if: false) { ...F ... on "
              "User { name } } } fragment F on User { id }");
    QVERIFY(result.ok());
    QCOMPARE(result.document.definitions().size(), std::size_t(2));
    const auto *op = as<OperationDefinitionNode>(result.document.definitions()[0], Kind::OperationDefinition);
    QCOMPARE(op->operation, OperationType::Query);
    QCOMPARE(qb(op->name->value), bytes("Q"));
    QCOMPARE(op->variableDefinitions.size(), std::size_t(1));
    const VariableDefinitionNode *var = op->variableDefinitions[0];
    QCOMPARE(qb(var->variable->name->value), bytes("id"));
    const auto *nonNull = as<NonNullTypeNode>(var->type, Kind::NonNullType);
    QCOMPARE(qb(as<NamedTypeNode>(nonNull->type, Kind::NamedType)->name->value), bytes("ID"));
    QCOMPARE(qb(as<StringValueNode>(var->defaultValue, Kind::StringValue)->value), bytes("x"));
    QCOMPARE(var->directives.size(), std::size_t(1));
    QCOMPARE(qb(op->directives[0]->name->value), bytes("op"));

    const auto *field = as<FieldNode>(op->selectionSet->selections[0], Kind::Field);
    QCOMPARE(qb(field->alias->value), bytes("me"));
    QCOMPARE(qb(field->name->value), bytes("user"));
    QCOMPARE(qb(as<VariableNode>(field->arguments[0]->value, Kind::Variable)->name->value), bytes("id"));
    QVERIFY(!as<BooleanValueNode>(field->directives[0]->arguments[0]->value, Kind::BooleanValue)->value);
    const auto &inner = field->selectionSet->selections;
    QCOMPARE(qb(as<FragmentSpreadNode>(inner[0], Kind::FragmentSpread)->name->value), bytes("F"));
    const auto *inlineFragment = as<InlineFragmentNode>(inner[1], Kind::InlineFragment);
    QCOMPARE(qb(inlineFragment->typeCondition->name->value), bytes("User"));

    const auto *fragment = as<FragmentDefinitionNode>(result.document.definitions()[1], Kind::FragmentDefinition);
    QCOMPARE(qb(fragment->typeCondition->name->value), bytes("User"));
}

void TestParser::parse_nestedValues_keepStructure() {
    const ParseResult result = parse("{ f(a: [1, [2.5, [\"s\"]]], o: {k: {n: null, e: RED, l: []}}) }");
    QVERIFY(result.ok());
    const auto *op = as<OperationDefinitionNode>(result.document.definitions()[0], Kind::OperationDefinition);
    const auto *field = as<FieldNode>(op->selectionSet->selections[0], Kind::Field);
    const auto *list = as<ListValueNode>(field->arguments[0]->value, Kind::ListValue);
    QCOMPARE(qb(as<IntValueNode>(list->values[0], Kind::IntValue)->value), bytes("1"));
    const auto *nested = as<ListValueNode>(list->values[1], Kind::ListValue);
    QCOMPARE(qb(as<FloatValueNode>(nested->values[0], Kind::FloatValue)->value), bytes("2.5"));
    const auto *deepest = as<ListValueNode>(nested->values[1], Kind::ListValue);
    QCOMPARE(qb(as<StringValueNode>(deepest->values[0], Kind::StringValue)->value), bytes("s"));
    const auto *object = as<ObjectValueNode>(field->arguments[1]->value, Kind::ObjectValue);
    const auto *k = as<ObjectValueNode>(object->fields[0]->value, Kind::ObjectValue);
    QCOMPARE(k->fields.size(), std::size_t(3));
    QVERIFY(nodeCast<NullValueNode>(k->fields[0]->value, Kind::NullValue));
    QCOMPARE(qb(as<EnumValueNode>(k->fields[1]->value, Kind::EnumValue)->value), bytes("RED"));
    QVERIFY(as<ListValueNode>(k->fields[2]->value, Kind::ListValue)->values.empty());
}

void TestParser::parse_shorthandQuery_isAnonymousQuery() {
    const ParseResult result = parse("{ a }");
    QVERIFY(result.ok());
    const auto *op = as<OperationDefinitionNode>(result.document.definitions()[0], Kind::OperationDefinition);
    QCOMPARE(op->operation, OperationType::Query);
    QVERIFY(!op->name);
    QVERIFY(op->variableDefinitions.empty());
    QVERIFY(!as<FieldNode>(op->selectionSet->selections[0], Kind::Field)->selectionSet);
}

void TestParser::parse_typeSystem_buildsDefinitions() {
    const ParseResult result = parse("schema { query: Q mutation: M }\n"
                                     "\"\"\"A thing\"\"\" interface Node implements & Entity & Base { id: ID! }\n"
                                     "type T implements Node @key(f: \"id\") { id: ID! list(first: Int = 10): [T!] }\n"
                                     "union U = | A | B\n"
                                     "enum E { \"first\" A @deprecated B }\n"
                                     "input I { a: Int = 1, b: [I!] }\n"
                                     "scalar Date @specifiedBy(url: \"x\")\n"
                                     "directive @d(a: Int) repeatable on FIELD | OBJECT");
    QVERIFY(result.ok());
    const auto &defs = result.document.definitions();
    QCOMPARE(defs.size(), std::size_t(8));
    const auto *schema = as<SchemaDefinitionNode>(defs[0], Kind::SchemaDefinition);
    QCOMPARE(schema->operationTypes[1]->operation, OperationType::Mutation);
    const auto *iface = as<InterfaceTypeDefinitionNode>(defs[1], Kind::InterfaceTypeDefinition);
    QCOMPARE(qb(iface->description->value), bytes("A thing"));
    QVERIFY(iface->description->block);
    QCOMPARE(iface->interfaces.size(), std::size_t(2));
    QCOMPARE(qb(iface->interfaces[1]->name->value), bytes("Base"));
    const auto *object = as<ObjectTypeDefinitionNode>(defs[2], Kind::ObjectTypeDefinition);
    QCOMPARE(qb(object->fields[1]->arguments[0]->name->value), bytes("first"));
    QCOMPARE(qb(as<IntValueNode>(object->fields[1]->arguments[0]->defaultValue, Kind::IntValue)->value), bytes("10"));
    QCOMPARE(as<UnionTypeDefinitionNode>(defs[3], Kind::UnionTypeDefinition)->types.size(), std::size_t(2));
    const auto *enumDef = as<EnumTypeDefinitionNode>(defs[4], Kind::EnumTypeDefinition);
    QCOMPARE(qb(enumDef->values[0]->description->value), bytes("first"));
    QCOMPARE(enumDef->values[0]->directives.size(), std::size_t(1));
    QCOMPARE(as<InputObjectTypeDefinitionNode>(defs[5], Kind::InputObjectTypeDefinition)->fields.size(),
             std::size_t(2));
    QCOMPARE(as<ScalarTypeDefinitionNode>(defs[6], Kind::ScalarTypeDefinition)->directives.size(), std::size_t(1));
    const auto *directive = as<DirectiveDefinitionNode>(defs[7], Kind::DirectiveDefinition);
    QVERIFY(directive->repeatable);
    QCOMPARE(directive->locations.size(), std::size_t(2));
    QCOMPARE(qb(directive->locations[1]->value), bytes("OBJECT"));
}

void TestParser::parse_descriptionOnArgument_isKept() {
    const ParseResult result = parse("type Q { f(\"the id\" id: ID, \"\"\"\n  block\n  text\n\"\"\" n: Int): Int }");
    QVERIFY(result.ok());
    const auto *object = as<ObjectTypeDefinitionNode>(result.document.definitions()[0], Kind::ObjectTypeDefinition);
    const auto &args = object->fields[0]->arguments;
    QCOMPARE(qb(args[0]->description->value), bytes("the id"));
    QVERIFY(!args[0]->description->block);
    QCOMPARE(qb(args[1]->description->value), bytes("block\ntext"));
}

void TestParser::parse_extendSchema_andEveryExtension() {
    const ParseResult result = parse("extend schema @a { subscription: S } extend scalar D @b "
                                     "extend type T implements I { f: Int } extend interface I @c "
                                     "extend union U = C extend enum E { X } extend input In { z: Int }");
    QVERIFY(result.ok());
    const Kind kinds[] = {Kind::SchemaExtension,         Kind::ScalarTypeExtension, Kind::ObjectTypeExtension,
                          Kind::InterfaceTypeExtension,  Kind::UnionTypeExtension,  Kind::EnumTypeExtension,
                          Kind::InputObjectTypeExtension};
    QCOMPARE(result.document.definitions().size(), std::size_t(7));
    for (std::size_t i = 0; i < 7; ++i)
        QCOMPARE(result.document.definitions()[i]->kind, kinds[i]);
    const auto *schema = as<SchemaExtensionNode>(result.document.definitions()[0], Kind::SchemaExtension);
    QCOMPARE(schema->operationTypes[0]->operation, OperationType::Subscription);
}

void TestParser::parse_locations_coverNodes() {
    const ParseResult result = parse("# c\n  query {\n  \xF0\x9F\x98\x80: f }");
    QVERIFY(!result.ok()); // an emoji is not a name
    QCOMPARE(result.errors[0].location.line, 3u);
    QCOMPARE(result.errors[0].location.column, 3u);

    const ParseResult ok = parse("# c\r\n  query { a(x: \"\xF0\x9F\x98\x80\") b }");
    QVERIFY(ok.ok());
    const auto *op = as<OperationDefinitionNode>(ok.document.definitions()[0], Kind::OperationDefinition);
    QCOMPARE(op->start.offset, 7u);
    QCOMPARE(op->start.line, 2u);
    QCOMPARE(op->start.column, 3u);
    QCOMPARE(op->end, std::uint32_t(ok.document.source().size()));
    const auto *b = as<FieldNode>(op->selectionSet->selections[1], Kind::Field);
    QCOMPARE(b->start.column, 22u); // the emoji counts as two UTF-16 units
    QCOMPARE(b->end - b->start.offset, 1u);
}

void TestParser::parse_invalid_reportsGraphqlJsError_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // Generated from graphql@16.15's parse() on the same sources.
    QTest::newRow("a2 BEL") << bytes("\x07"
                                     "")
                            << QByteArray("Syntax Error: Unexpected character: U+0007.") << 1 << 1;
    QTest::newRow("a3 NUL") << bytes("\x00"
                                     "")
                            << QByteArray("Syntax Error: Unexpected character: U+0000.") << 1 << 1;
    QTest::newRow("a6 { a(x: '/u{D800}') }")
        << bytes("{ a(x: \"\\u{D800}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".") << 1 << 9;
    QTest::newRow("a7 { a(x: '/uD800/u0041') }")
        << bytes("{ a(x: \"\\uD800\\u0041\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".") << 1 << 9;
    QTest::newRow("a10 { a(x: '/u{110000}') }")
        << bytes("{ a(x: \"\\u{110000}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".") << 1 << 9;
    QTest::newRow("a11 { a(x: '/u{}') }")
        << bytes("{ a(x: \"\\u{}\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".") << 1
        << 9;
    QTest::newRow("a12 { a(x: '/u{12345678}') }")
        << bytes("{ a(x: \"\\u{12345678}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".") << 1 << 9;
    QTest::newRow("a13 { a(x: '/u{0000000041}') }")
        << bytes("{ a(x: \"\\u{0000000041}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{000000004\".") << 1 << 9;
    QTest::newRow("a14 { a(x: '/u12') }")
        << bytes("{ a(x: \"\\u12\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".")
        << 1 << 9;
    QTest::newRow("a15 { a(x: '/x') }") << bytes("{ a(x: \"\\x\") }")
                                        << QByteArray("Syntax Error: Invalid character escape sequence: \"\\x\".") << 1
                                        << 9;
    QTest::newRow("a16 { a(x: '/") << bytes("{ a(x: \"\\")
                                   << QByteArray("Syntax Error: Invalid character escape sequence: \"\\\".") << 1 << 9;
    QTest::newRow("a17 { a(x: 'abc") << bytes("{ a(x: \"abc") << QByteArray("Syntax Error: Unterminated string.") << 1
                                     << 12;
    QTest::newRow("a18 { a(x: '''abc") << bytes("{ a(x: \"\"\"abc") << QByteArray("Syntax Error: Unterminated string.")
                                       << 1 << 14;
    QTest::newRow("a19 { a(x: 1.) }") << bytes("{ a(x: 1.) }")
                                      << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 1
                                      << 10;
    QTest::newRow("a20 { a(x: 0x1) }") << bytes("{ a(x: 0x1) }")
                                       << QByteArray("Syntax Error: Invalid number, expected digit but got: \"x\".")
                                       << 1 << 9;
    QTest::newRow("a21 { a(x: 1e) }") << bytes("{ a(x: 1e) }")
                                      << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 1
                                      << 10;
    QTest::newRow("a22 { a(x: 00) }") << bytes("{ a(x: 00) }")
                                      << QByteArray("Syntax Error: Invalid number, unexpected digit after 0: \"0\".")
                                      << 1 << 9;
    QTest::newRow("a23 { a(x: 1.2.3) }") << bytes("{ a(x: 1.2.3) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \".\".")
                                         << 1 << 11;
    QTest::newRow("a24 { a(x: 1a) }") << bytes("{ a(x: 1a) }")
                                      << QByteArray("Syntax Error: Invalid number, expected digit but got: \"a\".") << 1
                                      << 9;
    QTest::newRow("a25 { a(x: -) }") << bytes("{ a(x: -) }")
                                     << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 1
                                     << 9;
    QTest::newRow("a26 { a(x: -a) }") << bytes("{ a(x: -a) }")
                                      << QByteArray("Syntax Error: Invalid number, expected digit but got: \"a\".") << 1
                                      << 9;
    QTest::newRow("a27 { a(x: 'a') }")
        << bytes("{ a(x: 'a') }")
        << QByteArray("Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")
        << 1 << 8;
    QTest::newRow("a28 { a(x: 1) } .") << bytes("{ a(x: 1) } .")
                                       << QByteArray("Syntax Error: Unexpected character: \".\".") << 1 << 13;
    QTest::newRow("a29 { a(x: 1) } ..") << bytes("{ a(x: 1) } ..")
                                        << QByteArray("Syntax Error: Unexpected character: \".\".") << 1 << 13;
    QTest::newRow("a30 😀 ") << bytes("😀 ") << QByteArray("Syntax Error: Unexpected character: U+1F600.") << 1 << 1;
    QTest::newRow("a31 { a(x: '😀') b }}")
        << bytes("{ a(x: \"😀\") b }}") << QByteArray("Syntax Error: Unexpected \"}\".") << 1 << 17;
    QTest::newRow("a32 { a(x: '/uDE00') }")
        << bytes("{ a(x: \"\\uDE00\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".")
        << 1 << 9;
    QTest::newRow("a33 { a(x: '/uD83D') }")
        << bytes("{ a(x: \"\\uD83D\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".")
        << 1 << 9;
    QTest::newRow("a34 { a(x: '/uD83Dx') }")
        << bytes("{ a(x: \"\\uD83Dx\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".")
        << 1 << 9;
    QTest::newRow("a35 { a(x: '/u{D83D}/u{DE00}') }")
        << bytes("{ a(x: \"\\u{D83D}\\u{DE00}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".") << 1 << 9;
    QTest::newRow("a36 { a(x: '/uD83D/u{DE00}') }")
        << bytes("{ a(x: \"\\uD83D\\u{DE00}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".") << 1 << 9;
    QTest::newRow("a37 { a(x: '/uD83D/uDBFF') }")
        << bytes("{ a(x: \"\\uD83D\\uDBFF\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".") << 1 << 9;
    QTest::newRow("a38 { a(x: '/uXYZW') }")
        << bytes("{ a(x: \"\\uXYZW\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\uXYZW\".")
        << 1 << 9;
    QTest::newRow("a39 ") << bytes("") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1 << 1;
    QTest::newRow("a40    ") << bytes("   ") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1 << 4;
    QTest::newRow("a41 # only comment") << bytes("# only comment") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1
                                        << 15;
    QTest::newRow("b2 fragment on on T { a }")
        << bytes("fragment on on T { a }") << QByteArray("Syntax Error: Unexpected Name \"on\".") << 1 << 10;
    QTest::newRow("b4 { ...on }") << bytes("{ ...on }") << QByteArray("Syntax Error: Expected Name, found \"}\".") << 1
                                  << 9;
    QTest::newRow("b5 { ... on }") << bytes("{ ... on }") << QByteArray("Syntax Error: Expected Name, found \"}\".")
                                   << 1 << 10;
    QTest::newRow("b6 query Q($a: Int = $b) { a }")
        << bytes("query Q($a: Int = $b) { a }")
        << QByteArray("Syntax Error: Unexpected variable \"$b\" in constant value.") << 1 << 19;
    QTest::newRow("b7 query Q($a: Int = $) { a }")
        << bytes("query Q($a: Int = $) { a }") << QByteArray("Syntax Error: Unexpected \"$\".") << 1 << 19;
    QTest::newRow("b8 { a(x: $) }") << bytes("{ a(x: $) }") << QByteArray("Syntax Error: Expected Name, found \")\".")
                                    << 1 << 9;
    QTest::newRow("b9 query Q() { a }") << bytes("query Q() { a }")
                                        << QByteArray("Syntax Error: Expected \"$\", found \")\".") << 1 << 9;
    QTest::newRow("b10 { }") << bytes("{ }") << QByteArray("Syntax Error: Expected Name, found \"}\".") << 1 << 3;
    QTest::newRow("b11 { a }}") << bytes("{ a }}") << QByteArray("Syntax Error: Unexpected \"}\".") << 1 << 6;
    QTest::newRow("b12 { a") << bytes("{ a") << QByteArray("Syntax Error: Expected Name, found <EOF>.") << 1 << 4;
    QTest::newRow("b13 query") << bytes("query") << QByteArray("Syntax Error: Expected \"{\", found <EOF>.") << 1 << 6;
    QTest::newRow("b14 query Q") << bytes("query Q") << QByteArray("Syntax Error: Expected \"{\", found <EOF>.") << 1
                                 << 8;
    QTest::newRow("b15 queryx { a }") << bytes("queryx { a }")
                                      << QByteArray("Syntax Error: Unexpected Name \"queryx\".") << 1 << 1;
    QTest::newRow("b16 Query { a }") << bytes("Query { a }") << QByteArray("Syntax Error: Unexpected Name \"Query\".")
                                     << 1 << 1;
    QTest::newRow("b19 'desc' { a }")
        << bytes("\"desc\" { a }")
        << QByteArray("Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.") << 1
        << 1;
    QTest::newRow("b20 'desc' extend type A @d")
        << bytes("\"desc\" extend type A @d")
        << QByteArray("Syntax Error: Unexpected description, only GraphQL definitions support descriptions.") << 1 << 1;
    QTest::newRow("b21 'desc' 1") << bytes("\"desc\" 1") << QByteArray("Syntax Error: Unexpected Int \"1\".") << 1 << 8;
    QTest::newRow("b22 'desc'") << bytes("\"desc\"") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1 << 7;
    QTest::newRow("b25 schema {}") << bytes("schema {}") << QByteArray("Syntax Error: Expected Name, found \"}\".") << 1
                                   << 9;
    QTest::newRow("b26 schema { query Q }")
        << bytes("schema { query Q }") << QByteArray("Syntax Error: Expected \":\", found Name \"Q\".") << 1 << 16;
    QTest::newRow("b27 schema { foo: Q }")
        << bytes("schema { foo: Q }") << QByteArray("Syntax Error: Unexpected Name \"foo\".") << 1 << 10;
    QTest::newRow("b29 scalar S @d(a: $x)")
        << bytes("scalar S @d(a: $x)") << QByteArray("Syntax Error: Unexpected variable \"$x\" in constant value.") << 1
        << 16;
    QTest::newRow("b32 type A implements B C { f: Int }")
        << bytes("type A implements B C { f: Int }") << QByteArray("Syntax Error: Unexpected Name \"C\".") << 1 << 21;
    QTest::newRow("b33 type A implements B, C { f: Int }")
        << bytes("type A implements B, C { f: Int }") << QByteArray("Syntax Error: Unexpected Name \"C\".") << 1 << 22;
    QTest::newRow("b34 type A {}") << bytes("type A {}") << QByteArray("Syntax Error: Expected Name, found \"}\".") << 1
                                   << 9;
    QTest::newRow("b36 type A { f }") << bytes("type A { f }")
                                      << QByteArray("Syntax Error: Expected \":\", found \"}\".") << 1 << 12;
    QTest::newRow("b37 type A { f(): Int }")
        << bytes("type A { f(): Int }") << QByteArray("Syntax Error: Expected Name, found \")\".") << 1 << 12;
    QTest::newRow("b43 union U =") << bytes("union U =") << QByteArray("Syntax Error: Expected Name, found <EOF>.") << 1
                                   << 10;
    QTest::newRow("b44 union U = A |") << bytes("union U = A |")
                                       << QByteArray("Syntax Error: Expected Name, found <EOF>.") << 1 << 14;
    QTest::newRow("b47 enum E { true }")
        << bytes("enum E { true }")
        << QByteArray("Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.") << 1 << 10;
    QTest::newRow("b48 enum E { null }")
        << bytes("enum E { null }")
        << QByteArray("Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.") << 1 << 10;
    QTest::newRow("b49 enum E { 'd' false }")
        << bytes("enum E { \"d\" false }")
        << QByteArray("Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.") << 1 << 14;
    QTest::newRow("b50 enum E { 'a' 'null' }")
        << bytes("enum E { \"a\" \"null\" }")
        << QByteArray("Syntax Error: String \"null\" is reserved and cannot be used for an enum value.") << 1 << 14;
    QTest::newRow("b51 enum E {}") << bytes("enum E {}") << QByteArray("Syntax Error: Expected Name, found \"}\".") << 1
                                   << 9;
    QTest::newRow("b53 input I { a(x: Int): Int }")
        << bytes("input I { a(x: Int): Int }") << QByteArray("Syntax Error: Expected \":\", found \"(\".") << 1 << 12;
    QTest::newRow("b56 directive @d on FIELD | FOO")
        << bytes("directive @d on FIELD | FOO") << QByteArray("Syntax Error: Unexpected Name \"FOO\".") << 1 << 25;
    QTest::newRow("b57 directive @d on FIELD | FOO 1x")
        << bytes("directive @d on FIELD | FOO 1x")
        << QByteArray("Syntax Error: Invalid number, expected digit but got: \"x\".") << 1 << 30;
    QTest::newRow("b58 directive @d repeatable FIELD")
        << bytes("directive @d repeatable FIELD") << QByteArray("Syntax Error: Expected \"on\", found Name \"FIELD\".")
        << 1 << 25;
    QTest::newRow("b59 directive d on FIELD")
        << bytes("directive d on FIELD") << QByteArray("Syntax Error: Expected \"@\", found Name \"d\".") << 1 << 11;
    QTest::newRow("b63 extend schema") << bytes("extend schema") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1
                                       << 14;
    QTest::newRow("b65 extend scalar S") << bytes("extend scalar S") << QByteArray("Syntax Error: Unexpected <EOF>.")
                                         << 1 << 16;
    QTest::newRow("b69 extend type A") << bytes("extend type A") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1
                                       << 14;
    QTest::newRow("b71 extend interface I")
        << bytes("extend interface I") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1 << 19;
    QTest::newRow("b74 extend union U") << bytes("extend union U") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1
                                        << 15;
    QTest::newRow("b76 extend enum E") << bytes("extend enum E") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1
                                       << 14;
    QTest::newRow("b78 extend input I") << bytes("extend input I") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1
                                        << 15;
    QTest::newRow("b79 extend directive @d on FIELD")
        << bytes("extend directive @d on FIELD") << QByteArray("Syntax Error: Unexpected Name \"directive\".") << 1
        << 8;
    QTest::newRow("b80 extend foo") << bytes("extend foo") << QByteArray("Syntax Error: Unexpected Name \"foo\".") << 1
                                    << 8;
    QTest::newRow("b81 extend") << bytes("extend") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1 << 7;
    QTest::newRow("b82 extend 1") << bytes("extend 1") << QByteArray("Syntax Error: Unexpected Int \"1\".") << 1 << 8;
    QTest::newRow("b85 { a(x: [) }") << bytes("{ a(x: [) }") << QByteArray("Syntax Error: Unexpected \")\".") << 1 << 9;
    QTest::newRow("b86 { a(x: {a}) }") << bytes("{ a(x: {a}) }")
                                       << QByteArray("Syntax Error: Expected \":\", found \"}\".") << 1 << 10;
    QTest::newRow("b87 { a(x: {a: }) }") << bytes("{ a(x: {a: }) }") << QByteArray("Syntax Error: Unexpected \"}\".")
                                         << 1 << 12;
    QTest::newRow("b88 { a(x: ) }") << bytes("{ a(x: ) }") << QByteArray("Syntax Error: Unexpected \")\".") << 1 << 8;
    QTest::newRow("b89 { a(: 1) }") << bytes("{ a(: 1) }") << QByteArray("Syntax Error: Expected Name, found \":\".")
                                    << 1 << 5;
    QTest::newRow("b90 { a @ }") << bytes("{ a @ }") << QByteArray("Syntax Error: Expected Name, found \"}\".") << 1
                                 << 7;
    QTest::newRow("b91 { a @d( }") << bytes("{ a @d( }") << QByteArray("Syntax Error: Expected Name, found \"}\".") << 1
                                   << 9;
    QTest::newRow("b95 query Q($a: [Int) { a }")
        << bytes("query Q($a: [Int) { a }") << QByteArray("Syntax Error: Expected \"]\", found \")\".") << 1 << 17;
    QTest::newRow("b96 query Q($a: Int!!) { a }")
        << bytes("query Q($a: Int!!) { a }") << QByteArray("Syntax Error: Expected \"$\", found \"!\".") << 1 << 17;
    QTest::newRow("b97 query Q($a Int) { a }")
        << bytes("query Q($a Int) { a }") << QByteArray("Syntax Error: Expected \":\", found Name \"Int\".") << 1 << 12;
    QTest::newRow("b98 query Q(a: Int) { a }")
        << bytes("query Q(a: Int) { a }") << QByteArray("Syntax Error: Expected \"$\", found Name \"a\".") << 1 << 9;
    QTest::newRow("b99 query Q($a: Int @d(x: $y)) { a }")
        << bytes("query Q($a: Int @d(x: $y)) { a }")
        << QByteArray("Syntax Error: Unexpected variable \"$y\" in constant value.") << 1 << 23;
    QTest::newRow("b112 {   a(x: '😀') b(y: 1x) }")
        << bytes("{\n  a(x: \"😀\") b(y: 1x)\n}")
        << QByteArray("Syntax Error: Invalid number, expected digit but got: \"x\".") << 2 << 20;
    QTest::newRow("b113 {   a(x: '😀😀') @ }")
        << bytes("{\n  a(x: \"😀😀\") @\n}") << QByteArray("Syntax Error: Expected Name, found \"}\".") << 3 << 1;
    QTest::newRow("b114 # c {   a   b(x: 1.) }")
        << bytes("# c\n{\n  a\n  b(x: 1.)\n}")
        << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 4 << 10;
    QTest::newRow("b115 {  a   b( ) }") << bytes("{\n a \n b(\n) }")
                                        << QByteArray("Syntax Error: Expected Name, found \")\".") << 4 << 1;
    QTest::newRow("b116 query Q { a } query Q { b } {")
        << bytes("query Q { a } query Q { b } {") << QByteArray("Syntax Error: Expected Name, found <EOF>.") << 1 << 30;
    QTest::newRow("b118 { a(x: -01) }") << bytes("{ a(x: -01) }")
                                        << QByteArray("Syntax Error: Invalid number, unexpected digit after 0: \"1\".")
                                        << 1 << 10;
    QTest::newRow("b119 { a(x: 1.e1) }") << bytes("{ a(x: 1.e1) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \"e\".")
                                         << 1 << 10;
    QTest::newRow("b120 { a(x: 1.1e) }") << bytes("{ a(x: 1.1e) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".")
                                         << 1 << 12;
    QTest::newRow("b121 { a(x: 1.1e+) }")
        << bytes("{ a(x: 1.1e+) }") << QByteArray("Syntax Error: Invalid number, expected digit but got: \")\".") << 1
        << 13;
    QTest::newRow("b122 { a(x: 123abc) }")
        << bytes("{ a(x: 123abc) }") << QByteArray("Syntax Error: Invalid number, expected digit but got: \"a\".") << 1
        << 11;
    QTest::newRow("b123 { a(x: 1_000) }")
        << bytes("{ a(x: 1_000) }") << QByteArray("Syntax Error: Invalid number, expected digit but got: \"_\".") << 1
        << 9;
    QTest::newRow("b124 { a(x: .5) }") << bytes("{ a(x: .5) }")
                                       << QByteArray("Syntax Error: Unexpected character: \".\".") << 1 << 8;
    QTest::newRow("b125 { a(x: 1...) }") << bytes("{ a(x: 1...) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \".\".")
                                         << 1 << 10;
    QTest::newRow("b126 { a(x: 1.0.) }") << bytes("{ a(x: 1.0.) }")
                                         << QByteArray("Syntax Error: Invalid number, expected digit but got: \".\".")
                                         << 1 << 11;
    QTest::newRow("b127 { ..a }") << bytes("{ ..a }") << QByteArray("Syntax Error: Unexpected character: \".\".") << 1
                                  << 3;
    QTest::newRow("b128 { ....a }") << bytes("{ ....a }") << QByteArray("Syntax Error: Unexpected character: \".\".")
                                    << 1 << 6;
    QTest::newRow("b131 { a(x: '/u{D800}/u{DC00}') }")
        << bytes("{ a(x: \"\\u{D800}\\u{DC00}\") }")
        << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".") << 1 << 9;
    QTest::newRow("b132 { a(x: '/u{ 41 }') }")
        << bytes("{ a(x: \"\\u{ 41 }\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{ \".")
        << 1 << 9;
    QTest::newRow("b133 { a(x: '/u{41') }")
        << bytes("{ a(x: \"\\u{41\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\u{41\"\".")
        << 1 << 9;
    QTest::newRow("b135 { a(x: '/ué') }")
        << bytes("{ a(x: \"\\ué\") }") << QByteArray("Syntax Error: Invalid Unicode escape sequence: \"\\ué\") \".")
        << 1 << 9;
    QTest::newRow("b136 { a(x: '/é') }") << bytes("{ a(x: \"\\é\") }")
                                         << QByteArray("Syntax Error: Invalid character escape sequence: \"\\é\".") << 1
                                         << 9;
    QTest::newRow("b137 { é }") << bytes("{ é }") << QByteArray("Syntax Error: Unexpected character: U+00E9.") << 1
                                << 3;
    QTest::newRow("b138 { a NUL }") << bytes("{ a \x00"
                                             " }")
                                    << QByteArray("Syntax Error: Unexpected character: U+0000.") << 1 << 5;
    QTest::newRow("b139 { a(x: 'a b') }")
        << bytes("{ a(x: \"a\nb\") }") << QByteArray("Syntax Error: Unterminated string.") << 1 << 10;
    QTest::newRow("b140 { a(x: 'a b') }")
        << bytes("{ a(x: \"a\nb\") }") << QByteArray("Syntax Error: Unterminated string.") << 1 << 10;
    QTest::newRow("b141 { a } ;") << bytes("{ a } ;") << QByteArray("Syntax Error: Unexpected character: \";\".") << 1
                                  << 7;
    QTest::newRow("b142 { a } ?") << bytes("{ a } ?") << QByteArray("Syntax Error: Unexpected character: \"?\".") << 1
                                  << 7;
    QTest::newRow("b143 { a } %") << bytes("{ a } %") << QByteArray("Syntax Error: Unexpected character: \"%\".") << 1
                                  << 7;
    QTest::newRow("b144 { a } ~") << bytes("{ a } ~") << QByteArray("Syntax Error: Unexpected character: \"~\".") << 1
                                  << 7;
    QTest::newRow("b145 { a } `") << bytes("{ a } `") << QByteArray("Syntax Error: Unexpected character: \"`\".") << 1
                                  << 7;
    QTest::newRow("b146 { a } /") << bytes("{ a } \\") << QByteArray("Syntax Error: Unexpected character: \"\\\".") << 1
                                  << 7;
    QTest::newRow("b147 { a } '") << bytes("{ a } \"") << QByteArray("Syntax Error: Unterminated string.") << 1 << 8;
    QTest::newRow("b148 { a } '''") << bytes("{ a } \"\"\"") << QByteArray("Syntax Error: Unterminated string.") << 1
                                    << 10;
    QTest::newRow("b149 { a } '''abc  def")
        << bytes("{ a } \"\"\"abc\n\ndef") << QByteArray("Syntax Error: Unterminated string.") << 3 << 4;
    QTest::newRow("b150 {   a }   '''   unterminated")
        << bytes("{\n  a }\n  \"\"\"\n  unterminated") << QByteArray("Syntax Error: Unterminated string.") << 4 << 15;
    QTest::newRow("b161 type A { f(x: Int = $v): Int }")
        << bytes("type A { f(x: Int = $v): Int }")
        << QByteArray("Syntax Error: Unexpected variable \"$v\" in constant value.") << 1 << 21;
    QTest::newRow("b162 input I { a: Int = $v }")
        << bytes("input I { a: Int = $v }") << QByteArray("Syntax Error: Unexpected variable \"$v\" in constant value.")
        << 1 << 20;
    QTest::newRow("b163 type A implements B & { f: Int }")
        << bytes("type A implements B & { f: Int }") << QByteArray("Syntax Error: Expected Name, found \"{\".") << 1
        << 23;
    QTest::newRow("b164 type A @d implements B { f: Int }")
        << bytes("type A @d implements B { f: Int }") << QByteArray("Syntax Error: Unexpected Name \"implements\".")
        << 1 << 11;
    QTest::newRow("b166 query { a } fragment")
        << bytes("query { a } fragment") << QByteArray("Syntax Error: Expected Name, found <EOF>.") << 1 << 21;
    QTest::newRow("b167 type A { f: Int } 'desc'")
        << bytes("type A { f: Int } \"desc\"") << QByteArray("Syntax Error: Unexpected <EOF>.") << 1 << 25;
    QTest::newRow("b168 { a(x: '''multi line''') '''}") << bytes("{ a(x: \"\"\"multi\nline\"\"\") \"\"\"}")
                                                        << QByteArray("Syntax Error: Unterminated string.") << 2 << 14;
}

void TestParser::parse_invalid_reportsGraphqlJsError() {
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const ParseResult result = parse(source.toStdString());
    QVERIFY(!result.ok());
    QCOMPARE(qb(result.errors.front().message), message);
    QCOMPARE(int(result.errors.front().location.line), line);
    QCOMPARE(int(result.errors.front().location.column), column);
}

void TestParser::parse_withRecovery_reportsSeveralErrorsAndPartialTree() {
    const ParseResult result = parse("query A { a(x: ) }\n"
                                     "query B { b }\n"
                                     "type T { f(: Int }\n"
                                     "fragment F on T { ...G }\n"
                                     "{ c 1x }\n"
                                     "scalar S\n");
    QCOMPARE(result.errors.size(), std::size_t(3));
    QCOMPARE(qb(result.errors[0].message), bytes("Syntax Error: Unexpected \")\"."));
    QCOMPARE(result.errors[0].location.line, 1u);
    QCOMPARE(qb(result.errors[1].message), bytes("Syntax Error: Expected Name, found \":\"."));
    QCOMPARE(result.errors[1].location.line, 3u);
    QCOMPARE(qb(result.errors[2].message), bytes("Syntax Error: Invalid number, expected digit but got: \"x\"."));
    QCOMPARE(result.errors[2].location.line, 5u);
    const auto &defs = result.document.definitions();
    QCOMPARE(defs.size(), std::size_t(3));
    QCOMPARE(qb(as<OperationDefinitionNode>(defs[0], Kind::OperationDefinition)->name->value), bytes("B"));
    QCOMPARE(defs[1]->kind, Kind::FragmentDefinition);
    QCOMPARE(defs[2]->kind, Kind::ScalarTypeDefinition);
}

void TestParser::parse_withoutRecovery_stopsAtFirstError() {
    ParseOptions options;
    options.recover = false;
    const ParseResult result = parse("{ a(x: ) } { b( }", options);
    QCOMPARE(result.errors.size(), std::size_t(1));
    QVERIFY(result.document.definitions().empty());
}

void TestParser::parse_cutShortOperation_isKeptAsPartialDefinition() {
    const std::string source = "query Q($a: Int) { user(id: 1) { name ";
    const ParseResult result = parse(source);
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(qb(result.errors.front().message), bytes("Syntax Error: Expected Name, found <EOF>."));
    QVERIFY(result.document.definitions().empty()); // printers and JSON never see it
    QCOMPARE(result.partialDefinitions.size(), std::size_t(1));
    const auto *op = as<OperationDefinitionNode>(result.partialDefinitions[0], Kind::OperationDefinition);
    QVERIFY(op->partial);
    QCOMPARE(op->start.offset, 0u);
    QCOMPARE(op->end, endOf(source, "name")); // the last consumed token
    QCOMPARE(qb(op->name->value), bytes("Q"));
    QCOMPARE(op->variableDefinitions.size(), std::size_t(1));
    QVERIFY(!op->variableDefinitions[0]->partial);
    QCOMPARE(qb(op->variableDefinitions[0]->variable->name->value), bytes("a"));
    QCOMPARE(qb(as<NamedTypeNode>(op->variableDefinitions[0]->type, Kind::NamedType)->name->value), bytes("Int"));
    QVERIFY(op->selectionSet->partial);
    QCOMPARE(op->selectionSet->selections.size(), std::size_t(1));
    const auto *user = as<FieldNode>(op->selectionSet->selections[0], Kind::Field);
    QVERIFY(user->partial);
    QCOMPARE(qb(user->name->value), bytes("user"));
    QCOMPARE(user->arguments.size(), std::size_t(1));
    QCOMPARE(qb(user->arguments[0]->name->value), bytes("id"));
    QCOMPARE(qb(as<IntValueNode>(user->arguments[0]->value, Kind::IntValue)->value), bytes("1"));
    QCOMPARE(user->selectionSet->selections.size(), std::size_t(1));
    const auto *name = as<FieldNode>(user->selectionSet->selections[0], Kind::Field);
    QVERIFY(!name->partial);
    QCOMPARE(qb(name->name->value), bytes("name"));
    QCOMPARE(user->selectionSet->end, op->end);
}

void TestParser::parse_cutShortTypeDefinition_keepsWhatWasParsed() {
    const std::string source = "type User { id: ID! name: ";
    const ParseResult result = parse(source);
    QCOMPARE(qb(result.errors.at(0).message), bytes("Syntax Error: Expected Name, found <EOF>."));
    QVERIFY(result.document.definitions().empty());
    QCOMPARE(result.partialDefinitions.size(), std::size_t(1));
    const auto *type = as<ObjectTypeDefinitionNode>(result.partialDefinitions[0], Kind::ObjectTypeDefinition);
    QCOMPARE(qb(type->name->value), bytes("User"));
    QCOMPARE(type->end, endOf(source, "name:"));
    QCOMPARE(type->fields.size(), std::size_t(2));
    QVERIFY(!type->fields[0]->partial);
    QCOMPARE(qb(type->fields[0]->name->value), bytes("id"));
    QCOMPARE(type->fields[0]->type->kind, Kind::NonNullType);
    // The field being typed: its name is there, its type is not yet.
    QVERIFY(type->fields[1]->partial);
    QCOMPARE(qb(type->fields[1]->name->value), bytes("name"));
    QVERIFY(!type->fields[1]->type);
}

void TestParser::parse_partialAndCompleteDefinitions_keepDocumentOrder() {
    const std::string source = "query A { a(x: ) }\n"
                               "type T { f: Int }\n"
                               "input I { v: [Int = 1 }\n"
                               "{ c }\n"
                               "fragment F on T { d ...";
    const ParseResult result = parse(source);
    QCOMPARE(result.errors.size(), std::size_t(3));
    const auto &complete = result.document.definitions();
    QCOMPARE(complete.size(), std::size_t(2));
    QCOMPARE(complete[0]->kind, Kind::ObjectTypeDefinition);
    QCOMPARE(complete[1]->kind, Kind::OperationDefinition);
    const auto &partials = result.partialDefinitions;
    QCOMPARE(partials.size(), std::size_t(3));
    for (std::size_t i = 1; i < partials.size(); ++i)
        QVERIFY(partials[i - 1]->end < partials[i]->start.offset);

    const auto *a = as<OperationDefinitionNode>(partials[0], Kind::OperationDefinition);
    QCOMPARE(qb(a->name->value), bytes("A"));
    const auto *field = as<FieldNode>(a->selectionSet->selections.at(0), Kind::Field);
    QCOMPARE(qb(field->arguments.at(0)->name->value), bytes("x"));
    QVERIFY(!field->arguments[0]->value);
    QCOMPARE(a->end, endOf(source, "x:"));

    const auto *input = as<InputObjectTypeDefinitionNode>(partials[1], Kind::InputObjectTypeDefinition);
    QCOMPARE(qb(input->name->value), bytes("I"));
    const auto *list = as<ListTypeNode>(input->fields.at(0)->type, Kind::ListType);
    QVERIFY(list->partial);
    QCOMPARE(qb(as<NamedTypeNode>(list->type, Kind::NamedType)->name->value), bytes("Int"));

    const auto *fragment = as<FragmentDefinitionNode>(partials[2], Kind::FragmentDefinition);
    QCOMPARE(qb(fragment->name->value), bytes("F"));
    QCOMPARE(qb(as<NamedTypeNode>(fragment->typeCondition, Kind::NamedType)->name->value), bytes("T"));
    const auto &selections = fragment->selectionSet->selections;
    QCOMPARE(selections.size(), std::size_t(2));
    QCOMPARE(selections[0]->kind, Kind::Field);
    const auto *spread = as<InlineFragmentNode>(selections[1], Kind::InlineFragment);
    QVERIFY(spread->partial);
    QVERIFY(!spread->selectionSet);
    QCOMPARE(spread->end, std::uint32_t(source.size()));
}

void TestParser::parse_validDocument_hasNoPartialDefinitions() {
    const ParseResult result = parse("query Q($a: [Int!] = [1]) { a(o: {x: [1]}) { ... on T { b } } }\n"
                                     "type T implements I & J @d { f(a: Int = 1): [T!]! }\nunion U = A | B\n");
    QVERIFY(result.ok());
    QCOMPARE(result.document.definitions().size(), std::size_t(3));
    QVERIFY(result.partialDefinitions.empty());
}

void TestParser::parse_everyPrefix_givesWellFormedPartialsAndTheSameFirstError_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("executable") << QByteArray("query Q($a: [Int!]! = [1, 2] @c, $b: In = {x: [{y: $z}]}) @d {\n"
                                              "  me: user(id: $a, f: {g: [\"s\", \"\"\"b\"\"\"]}) @skip(if: true) {\n"
                                              "    ...F ... on User @i { name } ... { x }\n  }\n}\n"
                                              "fragment F on User { id }\n");
    QTest::newRow("type system") << QByteArray("\"d\" schema @a { query: Q }\nextend type T implements I & J {\n"
                                               "  f(\"x\" a: [Int] = [1] @d): T! @e }\n"
                                               "directive @d(a: Int) repeatable on FIELD | QUERY\n"
                                               "enum E { A B } input In { a: Int = 1 } union U = | A | B\n");
}

void TestParser::parse_everyPrefix_givesWellFormedPartialsAndTheSameFirstError() {
    QFETCH(QByteArray, source);
    ParseOptions stopAtFirst;
    stopAtFirst.recover = false;
    for (qsizetype length = 1; length < source.size(); ++length) {
        const std::string prefix = source.left(length).toStdString();
        const ParseResult result = parse(prefix);
        const ParseResult strict = parse(prefix, stopAtFirst);
        QCOMPARE(result.errors.empty(), strict.errors.empty());
        if (!result.errors.empty())
            QVERIFY(result.errors.front() == strict.errors.front()); // graphql-js's error, untouched
        std::uint32_t previousEnd = 0;
        for (const DefinitionNode *partial : result.partialDefinitions) {
            QVERIFY(partial->partial);
            QVERIFY(partial->start.offset >= previousEnd);
            previousEnd = partial->end;
            for (const DefinitionNode *definition : result.document.definitions())
                QVERIFY(definition != partial);
            TreeCheck check(static_cast<std::uint32_t>(prefix.size()));
            check.node(partial, partial);
            if (const auto *op = nodeCast<OperationDefinitionNode>(partial, Kind::OperationDefinition))
                check.operation(*op);
            QVERIFY2(check.ok, prefix.c_str());
        }
    }
}

void TestParser::parse_deepNesting_isASyntaxErrorNotACrash_data() {
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<QByteArray>("innermost");
    QTest::addColumn<QByteArray>("close");
    QTest::addColumn<QByteArray>("suffix");
    QTest::newRow("selection sets") << QByteArray() << QByteArray("{a") << QByteArray() << QByteArray("}")
                                    << QByteArray();
    QTest::newRow("list values") << QByteArray("{f(a:") << QByteArray("[") << QByteArray() << QByteArray("]")
                                 << QByteArray(")}");
    QTest::newRow("object values") << QByteArray("{f(a:") << QByteArray("{a:") << QByteArray("1") << QByteArray("}")
                                   << QByteArray(")}");
    QTest::newRow("list types") << QByteArray("query($v:") << QByteArray("[") << QByteArray("T") << QByteArray("]")
                                << QByteArray("){f}");
}

void TestParser::parse_deepNesting_isASyntaxErrorNotACrash() {
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, open);
    QFETCH(QByteArray, innermost);
    QFETCH(QByteArray, close);
    QFETCH(QByteArray, suffix);
    const auto nested = [&](int depth) {
        const QByteArray source = prefix + open.repeated(depth) + innermost + close.repeated(depth) + suffix;
        return parse(source.toStdString());
    };
    const ParseResult fits = nested(1000);
    QVERIFY2(fits.ok(), fits.ok() ? "" : fits.errors.front().message.c_str());
    // Far deeper than the stack allows for a recursive parser: refused with a plain error instead.
    const ParseResult tooDeep = nested(100000);
    QVERIFY(!tooDeep.ok());
    QCOMPARE(qb(tooDeep.errors.front().message), bytes("Syntax Error: Nesting is too deep (more than 2000 levels)."));
}

void TestParser::parse_movedDocument_keepsNodesValid() {
    ParseResult result = parse("{ a(s: \"esc\\u0041ped\") }"); // short source: would sit in the SSO buffer
    const auto *op = as<OperationDefinitionNode>(result.document.definitions()[0], Kind::OperationDefinition);
    Document moved = std::move(result.document);
    const auto *field = as<FieldNode>(op->selectionSet->selections[0], Kind::Field);
    QCOMPARE(qb(field->name->value), bytes("a"));
    QCOMPARE(qb(as<StringValueNode>(field->arguments[0]->value, Kind::StringValue)->value), bytes("escAped"));
    QCOMPARE(&moved.root().definitions, &moved.definitions());
}

void TestParser::parseValue_parseType_wholeSource() {
    const ValueParseResult value = parseValue("{a: [$v, 1]}");
    QVERIFY(value.errors.empty());
    QCOMPARE(value.node->kind, Kind::ObjectValue);
    const ValueParseResult constant = parseConstValue("[$v]");
    QCOMPARE(qb(constant.errors.at(0).message), bytes("Syntax Error: Unexpected variable \"$v\" in constant value."));
    QVERIFY(!constant.node);
    const TypeParseResult type = parseType("[Int!]!");
    QVERIFY(type.errors.empty());
    QCOMPARE(type.node->kind, Kind::NonNullType);
    const TypeParseResult trailing = parseType("Int Int");
    QCOMPARE(qb(trailing.errors.at(0).message), bytes("Syntax Error: Expected <EOF>, found Name \"Int\"."));
}

void TestParser::kindName_matchesGraphqlJs() {
    QCOMPARE(qb(kindName(Kind::OperationDefinition)), bytes("OperationDefinition"));
    QCOMPARE(qb(kindName(Kind::InputObjectTypeExtension)), bytes("InputObjectTypeExtension"));
    QCOMPARE(qb(operationTypeName(OperationType::Subscription)), bytes("subscription"));
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
