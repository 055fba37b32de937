// The parser's token helpers (graphql-js's expectToken, expectKeyword, unexpected, ...) and its
// error recovery.
#include "parserimpl.h"

namespace altrata::graphql::detail {

namespace {

std::string kindDescription(TokenKind kind) {
    const std::string name(tokenKindName(kind));
    return isPunctuator(kind) ? '"' + name + '"' : name;
}

bool hasValue(TokenKind kind) {
    switch (kind) {
    case TokenKind::Name:
    case TokenKind::Int:
    case TokenKind::Float:
    case TokenKind::String:
    case TokenKind::BlockString:
    case TokenKind::Comment:
        return true;
    default:
        return false;
    }
}

int depthChange(TokenKind kind) {
    switch (kind) {
    case TokenKind::BraceL:
    case TokenKind::ParenL:
    case TokenKind::BracketL:
        return 1;
    case TokenKind::BraceR:
    case TokenKind::ParenR:
    case TokenKind::BracketR:
        return -1;
    default:
        return 0;
    }
}

} // namespace

Token Parser::nextToken() {
    if (m_hasLookahead) {
        m_hasLookahead = false;
        return m_lookahead;
    }
    Token token = m_lexer.next();
    while (token.kind == TokenKind::Comment)
        token = m_lexer.next();
    return token;
}

void Parser::advance() {
    m_depth += depthChange(m_token.kind);
    m_lastToken = m_token;
    m_token = nextToken();
    if (m_token.kind == TokenKind::Invalid)
        failLexer(); // graphql-js's lexer throws as soon as the bad token is read
}

const Token &Parser::lookahead() {
    if (m_token.kind == TokenKind::EndOfFile)
        return m_token;
    if (!m_hasLookahead) {
        m_lookahead = nextToken();
        m_hasLookahead = true;
    }
    if (m_lookahead.kind == TokenKind::Invalid)
        failLexer();
    return m_lookahead;
}

Token Parser::expectToken(TokenKind kind) {
    if (m_token.kind != kind)
        fail(m_token.start,
             "Syntax Error: Expected " + kindDescription(kind) + ", found " + tokenDescription(m_token) + ".");
    Token token = m_token;
    advance();
    return token;
}

bool Parser::expectOptionalToken(TokenKind kind) {
    if (m_token.kind != kind)
        return false;
    advance();
    return true;
}

void Parser::expectKeyword(std::string_view value) {
    if (!expectOptionalKeyword(value))
        fail(m_token.start,
             "Syntax Error: Expected \"" + std::string(value) + "\", found " + tokenDescription(m_token) + ".");
}

bool Parser::expectOptionalKeyword(std::string_view value) {
    if (m_token.kind != TokenKind::Name || m_token.value != value)
        return false;
    advance();
    return true;
}

void Parser::unexpected(const Token &token) {
    fail(token.start, "Syntax Error: Unexpected " + tokenDescription(token) + ".");
}

void Parser::fail(SourceLocation location, std::string message) {
    record(SyntaxError{std::move(message), location});
    m_unwinding = true;
    m_unwound = nullptr;
    throw ParseFailure{};
}

void Parser::failLexer() {
    record(m_lexer.error());
    m_unwinding = true;
    m_unwound = nullptr;
    throw ParseFailure{};
}

// A node that consumed no token (its first token was the bad one) is dropped: it would hold nothing
// and end before it starts.
void Parser::keepPartial(Node *node) noexcept {
    if (m_lastToken.end.offset <= node->start.offset) {
        m_unwound = nullptr;
        return;
    }
    node->end = m_lastToken.end.offset;
    node->partial = true;
    m_unwound = node;
}

void Parser::record(SyntaxError error) {
    if (m_errors.size() >= m_options.maxErrors || (!m_errors.empty() && m_errors.back() == error))
        return;
    m_errors.push_back(std::move(error));
}

std::string Parser::tokenDescription(const Token &token) {
    std::string description = kindDescription(token.kind);
    if (hasValue(token.kind)) {
        description += " \"";
        description += token.value;
        description += '"';
    }
    return description;
}

// Skips to the next token that can start a definition: at bracket depth 0 relative to the failed
// definition, or at the start of a line (where definitions usually begin even when an earlier one
// was left unclosed). Lexer errors met on the way are reported too.
void Parser::synchronize(std::uint32_t definitionStart) {
    int depth = m_depth;
    Token token = m_token;
    for (bool current = true;; current = false) {
        if (token.kind == TokenKind::EndOfFile)
            break;
        if (token.kind == TokenKind::Invalid) {
            if (!current)
                record(m_lexer.error());
        } else if (token.start.offset != definitionStart && (depth <= 0 || token.start.column == 1) &&
                   startsDefinition(token)) {
            break;
        }
        depth += depthChange(token.kind);
        token = nextToken();
    }
    m_token = token;
    m_depth = 0;
}

bool Parser::startsDefinition(const Token &token) const {
    switch (token.kind) {
    case TokenKind::BraceL:
    case TokenKind::String:
    case TokenKind::BlockString:
        return true;
    case TokenKind::Name:
        break;
    default:
        return false;
    }
    static constexpr std::string_view keywords[] = {"query",  "mutation", "subscription", "fragment",  "extend",
                                                    "schema", "scalar",   "type",         "interface", "union",
                                                    "enum",   "input",    "directive"};
    for (std::string_view keyword : keywords) {
        if (token.value == keyword)
            return true;
    }
    return false;
}

} // namespace altrata::graphql::detail
