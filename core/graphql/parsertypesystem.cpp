// The type-system half of the parser (graphql-js 16's parseSchemaDefinition ... parseTypeSystemExtension).
#include "parserimpl.h"

namespace altrata::graphql::detail {

namespace {

bool isDirectiveLocation(std::string_view name) {
    static constexpr std::string_view locations[] = {"QUERY",
                                                     "MUTATION",
                                                     "SUBSCRIPTION",
                                                     "FIELD",
                                                     "FRAGMENT_DEFINITION",
                                                     "FRAGMENT_SPREAD",
                                                     "INLINE_FRAGMENT",
                                                     "VARIABLE_DEFINITION",
                                                     "SCHEMA",
                                                     "SCALAR",
                                                     "OBJECT",
                                                     "FIELD_DEFINITION",
                                                     "ARGUMENT_DEFINITION",
                                                     "INTERFACE",
                                                     "UNION",
                                                     "ENUM",
                                                     "ENUM_VALUE",
                                                     "INPUT_OBJECT",
                                                     "INPUT_FIELD_DEFINITION",
                                                     "DIRECTIVE_DEFINITION"};
    for (std::string_view location : locations) {
        if (name == location)
            return true;
    }
    return false;
}

} // namespace

// nullptr when `keyword` does not start a type-system definition.
DefinitionNode *Parser::parseTypeSystemDefinition(std::string_view keyword) {
    if (keyword == "schema")
        return parseSchemaDefinition();
    if (keyword == "scalar")
        return parseScalarTypeDefinition();
    if (keyword == "type")
        return parseObjectLikeDefinition<ObjectTypeDefinitionNode>("type");
    if (keyword == "interface")
        return parseObjectLikeDefinition<InterfaceTypeDefinitionNode>("interface");
    if (keyword == "union")
        return parseUnionTypeDefinition();
    if (keyword == "enum")
        return parseEnumTypeDefinition();
    if (keyword == "input")
        return parseInputObjectTypeDefinition();
    if (keyword == "directive")
        return parseDirectiveDefinition();
    return nullptr;
}

bool Parser::peekDescription() const {
    return peek(TokenKind::String) || peek(TokenKind::BlockString);
}

StringValueNode *Parser::parseDescription() {
    return peekDescription() ? parseStringLiteral() : nullptr;
}

SchemaDefinitionNode *Parser::parseSchemaDefinition() {
    auto *node = make<SchemaDefinitionNode>(m_token);
    node->description = parseDescription();
    expectKeyword("schema");
    parseDirectives(node->directives, true);
    many(TokenKind::BraceL, TokenKind::BraceR, node->operationTypes, [this] { return parseOperationTypeDefinition(); });
    return finish(node);
}

OperationTypeDefinitionNode *Parser::parseOperationTypeDefinition() {
    auto *node = make<OperationTypeDefinitionNode>(m_token);
    node->operation = parseOperationType();
    expectToken(TokenKind::Colon);
    node->type = parseNamedType();
    return finish(node);
}

ScalarTypeDefinitionNode *Parser::parseScalarTypeDefinition() {
    auto *node = make<ScalarTypeDefinitionNode>(m_token);
    node->description = parseDescription();
    expectKeyword("scalar");
    node->name = parseName();
    parseDirectives(node->directives, true);
    return finish(node);
}

template<class T> T *Parser::parseObjectLikeDefinition(std::string_view keyword) {
    auto *node = make<T>(m_token);
    node->description = parseDescription();
    expectKeyword(keyword);
    node->name = parseName();
    parseImplementsInterfaces(node->interfaces);
    parseDirectives(node->directives, true);
    parseFieldsDefinition(node->fields);
    return finish(node);
}

void Parser::parseImplementsInterfaces(NodeList<NamedTypeNode> &out) {
    if (expectOptionalKeyword("implements"))
        delimitedMany(TokenKind::Amp, out, [this] { return parseNamedType(); });
}

void Parser::parseFieldsDefinition(NodeList<FieldDefinitionNode> &out) {
    optionalMany(TokenKind::BraceL, TokenKind::BraceR, out, [this] { return parseFieldDefinition(); });
}

FieldDefinitionNode *Parser::parseFieldDefinition() {
    auto *node = make<FieldDefinitionNode>(m_token);
    node->description = parseDescription();
    node->name = parseName();
    parseArgumentDefs(node->arguments);
    expectToken(TokenKind::Colon);
    node->type = parseTypeReference();
    parseDirectives(node->directives, true);
    return finish(node);
}

void Parser::parseArgumentDefs(NodeList<InputValueDefinitionNode> &out) {
    optionalMany(TokenKind::ParenL, TokenKind::ParenR, out, [this] { return parseInputValueDef(); });
}

InputValueDefinitionNode *Parser::parseInputValueDef() {
    auto *node = make<InputValueDefinitionNode>(m_token);
    node->description = parseDescription();
    node->name = parseName();
    expectToken(TokenKind::Colon);
    node->type = parseTypeReference();
    if (expectOptionalToken(TokenKind::Equals))
        node->defaultValue = parseValueLiteral(true);
    parseDirectives(node->directives, true);
    return finish(node);
}

UnionTypeDefinitionNode *Parser::parseUnionTypeDefinition() {
    auto *node = make<UnionTypeDefinitionNode>(m_token);
    node->description = parseDescription();
    expectKeyword("union");
    node->name = parseName();
    parseDirectives(node->directives, true);
    parseUnionMemberTypes(node->types);
    return finish(node);
}

void Parser::parseUnionMemberTypes(NodeList<NamedTypeNode> &out) {
    if (expectOptionalToken(TokenKind::Equals))
        delimitedMany(TokenKind::Pipe, out, [this] { return parseNamedType(); });
}

EnumTypeDefinitionNode *Parser::parseEnumTypeDefinition() {
    auto *node = make<EnumTypeDefinitionNode>(m_token);
    node->description = parseDescription();
    expectKeyword("enum");
    node->name = parseName();
    parseDirectives(node->directives, true);
    parseEnumValuesDefinition(node->values);
    return finish(node);
}

void Parser::parseEnumValuesDefinition(NodeList<EnumValueDefinitionNode> &out) {
    optionalMany(TokenKind::BraceL, TokenKind::BraceR, out, [this] { return parseEnumValueDefinition(); });
}

EnumValueDefinitionNode *Parser::parseEnumValueDefinition() {
    auto *node = make<EnumValueDefinitionNode>(m_token);
    node->description = parseDescription();
    // graphql-js checks the value whatever the token kind.
    if (m_token.value == "true" || m_token.value == "false" || m_token.value == "null")
        fail(m_token.start,
             "Syntax Error: " + tokenDescription(m_token) + " is reserved and cannot be used for an enum value.");
    node->name = parseName();
    parseDirectives(node->directives, true);
    return finish(node);
}

InputObjectTypeDefinitionNode *Parser::parseInputObjectTypeDefinition() {
    auto *node = make<InputObjectTypeDefinitionNode>(m_token);
    node->description = parseDescription();
    expectKeyword("input");
    node->name = parseName();
    parseDirectives(node->directives, true);
    parseInputFieldsDefinition(node->fields);
    return finish(node);
}

void Parser::parseInputFieldsDefinition(NodeList<InputValueDefinitionNode> &out) {
    optionalMany(TokenKind::BraceL, TokenKind::BraceR, out, [this] { return parseInputValueDef(); });
}

DirectiveDefinitionNode *Parser::parseDirectiveDefinition() {
    auto *node = make<DirectiveDefinitionNode>(m_token);
    node->description = parseDescription();
    expectKeyword("directive");
    expectToken(TokenKind::At);
    node->name = parseName();
    parseArgumentDefs(node->arguments);
    if (m_options.experimentalDirectivesOnDirectiveDefinitions)
        parseDirectives(node->directives, true);
    node->repeatable = expectOptionalKeyword("repeatable");
    expectKeyword("on");
    delimitedMany(TokenKind::Pipe, node->locations, [this] { return parseDirectiveLocation(); });
    return finish(node);
}

NameNode *Parser::parseDirectiveLocation() {
    const Token start = m_token;
    NameNode *name = parseName();
    if (!isDirectiveLocation(name->value))
        unexpected(start);
    return name;
}

DefinitionNode *Parser::parseTypeSystemExtension() {
    const Token keyword = lookahead();
    if (keyword.kind == TokenKind::Name) {
        const std::string_view value = keyword.value;
        if (value == "schema")
            return parseSchemaExtension();
        if (value == "scalar")
            return parseScalarTypeExtension();
        if (value == "type")
            return parseObjectLikeExtension<ObjectTypeExtensionNode>("type");
        if (value == "interface")
            return parseObjectLikeExtension<InterfaceTypeExtensionNode>("interface");
        if (value == "union")
            return parseUnionTypeExtension();
        if (value == "enum")
            return parseEnumTypeExtension();
        if (value == "input")
            return parseInputObjectTypeExtension();
    }
    unexpected(keyword);
}

SchemaExtensionNode *Parser::parseSchemaExtension() {
    auto *node = make<SchemaExtensionNode>(m_token);
    expectKeyword("extend");
    expectKeyword("schema");
    parseDirectives(node->directives, true);
    optionalMany(TokenKind::BraceL, TokenKind::BraceR, node->operationTypes,
                 [this] { return parseOperationTypeDefinition(); });
    if (node->directives.empty() && node->operationTypes.empty())
        unexpected();
    return finish(node);
}

ScalarTypeExtensionNode *Parser::parseScalarTypeExtension() {
    auto *node = make<ScalarTypeExtensionNode>(m_token);
    expectKeyword("extend");
    expectKeyword("scalar");
    node->name = parseName();
    parseDirectives(node->directives, true);
    if (node->directives.empty())
        unexpected();
    return finish(node);
}

template<class T> T *Parser::parseObjectLikeExtension(std::string_view keyword) {
    auto *node = make<T>(m_token);
    expectKeyword("extend");
    expectKeyword(keyword);
    node->name = parseName();
    parseImplementsInterfaces(node->interfaces);
    parseDirectives(node->directives, true);
    parseFieldsDefinition(node->fields);
    if (node->interfaces.empty() && node->directives.empty() && node->fields.empty())
        unexpected();
    return finish(node);
}

UnionTypeExtensionNode *Parser::parseUnionTypeExtension() {
    auto *node = make<UnionTypeExtensionNode>(m_token);
    expectKeyword("extend");
    expectKeyword("union");
    node->name = parseName();
    parseDirectives(node->directives, true);
    parseUnionMemberTypes(node->types);
    if (node->directives.empty() && node->types.empty())
        unexpected();
    return finish(node);
}

EnumTypeExtensionNode *Parser::parseEnumTypeExtension() {
    auto *node = make<EnumTypeExtensionNode>(m_token);
    expectKeyword("extend");
    expectKeyword("enum");
    node->name = parseName();
    parseDirectives(node->directives, true);
    parseEnumValuesDefinition(node->values);
    if (node->directives.empty() && node->values.empty())
        unexpected();
    return finish(node);
}

InputObjectTypeExtensionNode *Parser::parseInputObjectTypeExtension() {
    auto *node = make<InputObjectTypeExtensionNode>(m_token);
    expectKeyword("extend");
    expectKeyword("input");
    node->name = parseName();
    parseDirectives(node->directives, true);
    parseInputFieldsDefinition(node->fields);
    if (node->directives.empty() && node->fields.empty())
        unexpected();
    return finish(node);
}

} // namespace altrata::graphql::detail
