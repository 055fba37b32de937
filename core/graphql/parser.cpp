#include "parser.h"

#include "parserimpl.h"

#include <limits>

namespace altrata::graphql {

namespace detail {

Parser::Parser(Document &document, const ParseOptions &options, std::vector<SyntaxError> &errors)
    : m_document(document)
    , m_options(options)
    , m_errors(errors)
    , m_lexer(document.source(), document.arena()) {
    m_token.kind = TokenKind::StartOfFile;
    m_lastToken = m_token;
}

// graphql-js: many(SOF, parseDefinition, EOF). A failed definition is not in the document; what it
// holds before the error goes to `partials`. When recovering, parsing resumes at the next token that
// can start a definition.
void Parser::parseDocument(std::vector<const DefinitionNode *> &partials) {
    try {
        advance(); // past <SOF>
        if (peek(TokenKind::EndOfFile))
            unexpected(); // graphql-js requires at least one definition
    } catch (const ParseFailure &) {
        m_unwinding = false;
        if (!m_options.recover)
            return;
        synchronize(std::numeric_limits<std::uint32_t>::max());
    }
    NodeList<DefinitionNode> &definitions = m_document.root().definitions;
    while (!peek(TokenKind::EndOfFile)) {
        const std::uint32_t definitionStart = m_token.start.offset;
        m_depth = 0;
        try {
            definitions.push_back(parseDefinition());
        } catch (const ParseFailure &) {
            m_unwinding = false;
            m_stack.clear();
            // Only definition parsers are unwound here, so the partial node is a definition.
            if (Node *partial = takeUnwound())
                partials.push_back(static_cast<const DefinitionNode *>(partial));
            if (!m_options.recover || m_errors.size() >= m_options.maxErrors)
                return;
            synchronize(definitionStart);
        }
    }
}

ValueNode *Parser::parseWholeValue(bool isConst) {
    try {
        advance();
        ValueNode *value = parseValueLiteral(isConst);
        expectToken(TokenKind::EndOfFile);
        return value;
    } catch (const ParseFailure &) {
        m_unwinding = false;
        m_unwound = nullptr;
        return nullptr;
    }
}

TypeNode *Parser::parseWholeType() {
    try {
        advance();
        TypeNode *type = parseTypeReference();
        expectToken(TokenKind::EndOfFile);
        return type;
    } catch (const ParseFailure &) {
        m_unwinding = false;
        m_unwound = nullptr;
        return nullptr;
    }
}

DefinitionNode *Parser::parseDefinition() {
    if (peek(TokenKind::BraceL))
        return parseOperationDefinition();
    const bool hasDescription = peekDescription();
    const Token keyword = hasDescription ? lookahead() : m_token;
    if (hasDescription && keyword.kind == TokenKind::BraceL)
        fail(m_token.start, "Syntax Error: Unexpected description, descriptions are not supported on shorthand "
                            "queries.");
    if (keyword.kind == TokenKind::Name) {
        if (DefinitionNode *definition = parseTypeSystemDefinition(keyword.value))
            return definition;
        const std::string_view value = keyword.value;
        if (value == "query" || value == "mutation" || value == "subscription")
            return parseOperationDefinition();
        if (value == "fragment")
            return parseFragmentDefinition();
        if (hasDescription)
            fail(m_token.start, "Syntax Error: Unexpected description, only GraphQL definitions support "
                                "descriptions.");
        if (value == "extend")
            return parseTypeSystemExtension();
    }
    unexpected(keyword);
}

OperationDefinitionNode *Parser::parseOperationDefinition() {
    auto *node = make<OperationDefinitionNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    if (peek(TokenKind::BraceL)) {
        parseChild(node->selectionSet, [this] { return parseSelectionSet(); });
        return finish(node);
    }
    node->description = parseDescription();
    node->operation = parseOperationType();
    if (peek(TokenKind::Name))
        node->name = parseName();
    optionalMany(TokenKind::ParenL, TokenKind::ParenR, node->variableDefinitions,
                 [this] { return parseVariableDefinition(); });
    parseDirectives(node->directives, false);
    parseChild(node->selectionSet, [this] { return parseSelectionSet(); });
    return finish(node);
}

OperationType Parser::parseOperationType() {
    const Token token = expectToken(TokenKind::Name);
    if (token.value == "query")
        return OperationType::Query;
    if (token.value == "mutation")
        return OperationType::Mutation;
    if (token.value == "subscription")
        return OperationType::Subscription;
    unexpected(token);
}

VariableDefinitionNode *Parser::parseVariableDefinition() {
    auto *node = make<VariableDefinitionNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    node->description = parseDescription();
    parseChild(node->variable, [this] { return parseVariable(); });
    expectToken(TokenKind::Colon);
    parseChild(node->type, [this] { return parseTypeReference(); });
    if (expectOptionalToken(TokenKind::Equals))
        parseChild(node->defaultValue, [this] { return parseValueLiteral(true); });
    parseDirectives(node->directives, true);
    return finish(node);
}

VariableNode *Parser::parseVariable() {
    auto *node = make<VariableNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    expectToken(TokenKind::Dollar);
    node->name = parseName();
    return finish(node);
}

Parser::NestingGuard::NestingGuard(Parser &parser, const Token &opening)
    : m_parser(parser) {
    if (++m_parser.m_nesting > m_parser.m_options.maxNestingDepth) {
        m_parser.fail(opening.start, "Syntax Error: Nesting is too deep (more than " +
                                         std::to_string(m_parser.m_options.maxNestingDepth) + " levels).");
    }
}

SelectionSetNode *Parser::parseSelectionSet() {
    const NestingGuard guard(*this, m_token);
    auto *node = make<SelectionSetNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    many(TokenKind::BraceL, TokenKind::BraceR, node->selections, [this] { return parseSelection(); });
    return finish(node);
}

SelectionNode *Parser::parseSelection() {
    return peek(TokenKind::Spread) ? parseFragment() : parseField();
}

FieldNode *Parser::parseField() {
    auto *node = make<FieldNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    NameNode *nameOrAlias = parseName();
    if (expectOptionalToken(TokenKind::Colon)) {
        node->alias = nameOrAlias;
        node->name = parseName();
    } else {
        node->name = nameOrAlias;
    }
    parseArguments(node->arguments, false);
    parseDirectives(node->directives, false);
    if (peek(TokenKind::BraceL))
        parseChild(node->selectionSet, [this] { return parseSelectionSet(); });
    return finish(node);
}

void Parser::parseArguments(NodeList<ArgumentNode> &out, bool isConst) {
    optionalMany(TokenKind::ParenL, TokenKind::ParenR, out, [this, isConst] { return parseArgument(isConst); });
}

ArgumentNode *Parser::parseArgument(bool isConst) {
    auto *node = make<ArgumentNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    node->name = parseName();
    expectToken(TokenKind::Colon);
    parseChild(node->value, [this, isConst] { return parseValueLiteral(isConst); });
    return finish(node);
}

SelectionNode *Parser::parseFragment() {
    const Token start = m_token;
    expectToken(TokenKind::Spread);
    const bool hasTypeCondition = expectOptionalKeyword("on");
    if (!hasTypeCondition && peek(TokenKind::Name)) {
        auto *spread = make<FragmentSpreadNode>(start);
        const PartialGuard spreadGuard(*this, spread);
        spread->name = parseFragmentName();
        parseDirectives(spread->directives, false);
        return finish(spread);
    }
    auto *inlineFragment = make<InlineFragmentNode>(start);
    const PartialGuard inlineFragmentGuard(*this, inlineFragment);
    if (hasTypeCondition)
        parseChild(inlineFragment->typeCondition, [this] { return parseNamedType(); });
    parseDirectives(inlineFragment->directives, false);
    parseChild(inlineFragment->selectionSet, [this] { return parseSelectionSet(); });
    return finish(inlineFragment);
}

FragmentDefinitionNode *Parser::parseFragmentDefinition() {
    auto *node = make<FragmentDefinitionNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    node->description = parseDescription();
    expectKeyword("fragment");
    node->name = parseFragmentName();
    expectKeyword("on");
    parseChild(node->typeCondition, [this] { return parseNamedType(); });
    parseDirectives(node->directives, false);
    parseChild(node->selectionSet, [this] { return parseSelectionSet(); });
    return finish(node);
}

NameNode *Parser::parseFragmentName() {
    if (m_token.value == "on")
        unexpected();
    return parseName();
}

ValueNode *Parser::parseValueLiteral(bool isConst) {
    const Token token = m_token;
    switch (token.kind) {
    case TokenKind::BracketL:
        return parseList(isConst);
    case TokenKind::BraceL:
        return parseObject(isConst);
    case TokenKind::Int: {
        advance();
        auto *node = make<IntValueNode>(token);
        node->value = token.value;
        return finish(node);
    }
    case TokenKind::Float: {
        advance();
        auto *node = make<FloatValueNode>(token);
        node->value = token.value;
        return finish(node);
    }
    case TokenKind::String:
    case TokenKind::BlockString:
        return parseStringLiteral();
    case TokenKind::Name:
        advance();
        return parseNameValue(token);
    case TokenKind::Dollar:
        if (!isConst)
            return parseVariable();
        expectToken(TokenKind::Dollar);
        if (m_token.kind == TokenKind::Name)
            fail(token.start,
                 "Syntax Error: Unexpected variable \"$" + std::string(m_token.value) + "\" in constant value.");
        unexpected(token);
    default:
        unexpected();
    }
}

ValueNode *Parser::parseNameValue(const Token &token) {
    if (token.value == "true" || token.value == "false") {
        auto *node = make<BooleanValueNode>(token);
        node->value = token.value == "true";
        return finish(node);
    }
    if (token.value == "null")
        return finish(make<NullValueNode>(token));
    auto *node = make<EnumValueNode>(token);
    node->value = token.value;
    return finish(node);
}

StringValueNode *Parser::parseStringLiteral() {
    const Token token = m_token;
    advance();
    auto *node = make<StringValueNode>(token);
    node->value = token.value;
    node->block = token.kind == TokenKind::BlockString;
    return finish(node);
}

ListValueNode *Parser::parseList(bool isConst) {
    const NestingGuard guard(*this, m_token);
    auto *node = make<ListValueNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    any(TokenKind::BracketL, TokenKind::BracketR, node->values, [this, isConst] { return parseValueLiteral(isConst); });
    return finish(node);
}

ObjectValueNode *Parser::parseObject(bool isConst) {
    const NestingGuard guard(*this, m_token);
    auto *node = make<ObjectValueNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    any(TokenKind::BraceL, TokenKind::BraceR, node->fields, [this, isConst] { return parseObjectField(isConst); });
    return finish(node);
}

ObjectFieldNode *Parser::parseObjectField(bool isConst) {
    auto *node = make<ObjectFieldNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    node->name = parseName();
    expectToken(TokenKind::Colon);
    parseChild(node->value, [this, isConst] { return parseValueLiteral(isConst); });
    return finish(node);
}

void Parser::parseDirectives(NodeList<DirectiveNode> &out, bool isConst) {
    PendingList<DirectiveNode> pending(*this, out);
    while (peek(TokenKind::At))
        m_stack.push_back(parseDirective(isConst));
    pending.flush();
}

DirectiveNode *Parser::parseDirective(bool isConst) {
    auto *node = make<DirectiveNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    expectToken(TokenKind::At);
    node->name = parseName();
    parseArguments(node->arguments, isConst);
    return finish(node);
}

TypeNode *Parser::parseTypeReference() {
    const Token start = m_token;
    TypeNode *type = nullptr;
    if (expectOptionalToken(TokenKind::BracketL)) {
        const NestingGuard guard(*this, start);
        auto *list = make<ListTypeNode>(start);
        const PartialGuard listGuard(*this, list);
        parseChild(list->type, [this] { return parseTypeReference(); });
        expectToken(TokenKind::BracketR);
        type = finish(list);
    } else {
        type = parseNamedType();
    }
    if (expectOptionalToken(TokenKind::Bang)) {
        auto *nonNull = make<NonNullTypeNode>(start);
        nonNull->type = type;
        return finish(nonNull);
    }
    return type;
}

NamedTypeNode *Parser::parseNamedType() {
    auto *node = make<NamedTypeNode>(m_token);
    const PartialGuard nodeGuard(*this, node);
    node->name = parseName();
    return finish(node);
}

NameNode *Parser::parseName() {
    const Token token = expectToken(TokenKind::Name);
    auto *node = make<NameNode>(token);
    node->value = token.value;
    return finish(node);
}

} // namespace detail

ParseResult parse(std::string source, ParseOptions options) {
    ParseResult result{Document(std::move(source)), {}, {}};
    detail::Parser parser(result.document, options, result.errors);
    parser.parseDocument(result.partialDefinitions);
    return result;
}

namespace {
ValueParseResult parseValueImpl(std::string source, bool isConst) {
    ValueParseResult result{Document(std::move(source)), nullptr, {}};
    const ParseOptions options{false, 1, false};
    detail::Parser parser(result.document, options, result.errors);
    result.node = parser.parseWholeValue(isConst);
    return result;
}
} // namespace

ValueParseResult parseValue(std::string source) {
    return parseValueImpl(std::move(source), false);
}

ValueParseResult parseConstValue(std::string source) {
    return parseValueImpl(std::move(source), true);
}

TypeParseResult parseType(std::string source) {
    TypeParseResult result{Document(std::move(source)), nullptr, {}};
    const ParseOptions options{false, 1, false};
    detail::Parser parser(result.document, options, result.errors);
    result.node = parser.parseWholeType();
    return result;
}

} // namespace altrata::graphql
