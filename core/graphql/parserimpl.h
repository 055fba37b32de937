#pragma once

// Private to the parser (parser.cpp, parsertypesystem.cpp): the recursive-descent parser. Each
// parseX() follows graphql-js 16's method of the same name, so the first error and its position
// are graphql-js's. Errors are recorded and then thrown as ParseFailure (only on the error path) to
// unwind to the definition loop, which resynchronises when recovering. While unwinding, each node
// under construction is kept as a partial node and attached to its parent (PartialGuard, parseChild,
// PendingList), so the failed definition reaches the editor as a partial tree without dangling
// pointers.

#include "ast.h"
#include "lexer.h"
#include "parser.h"

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace altrata::graphql::detail {

struct ParseFailure {};

class Parser {
public:
    Parser(Document &document, const ParseOptions &options, std::vector<SyntaxError> &errors);

    // Definitions that failed after consuming tokens go to `partials` (see ParseResult).
    void parseDocument(std::vector<const DefinitionNode *> &partials);
    ValueNode *parseWholeValue(bool isConst);
    TypeNode *parseWholeType();

private:
    // Definitions (parser.cpp)
    DefinitionNode *parseDefinition();
    OperationDefinitionNode *parseOperationDefinition();
    OperationType parseOperationType();
    VariableDefinitionNode *parseVariableDefinition();
    VariableNode *parseVariable();
    SelectionSetNode *parseSelectionSet();
    SelectionNode *parseSelection();
    FieldNode *parseField();
    ArgumentNode *parseArgument(bool isConst);
    SelectionNode *parseFragment();
    FragmentDefinitionNode *parseFragmentDefinition();
    NameNode *parseFragmentName();
    ValueNode *parseValueLiteral(bool isConst);
    ValueNode *parseNameValue(const Token &token);
    StringValueNode *parseStringLiteral();
    ListValueNode *parseList(bool isConst);
    ObjectValueNode *parseObject(bool isConst);
    ObjectFieldNode *parseObjectField(bool isConst);
    void parseArguments(NodeList<ArgumentNode> &out, bool isConst);
    void parseDirectives(NodeList<DirectiveNode> &out, bool isConst);
    DirectiveNode *parseDirective(bool isConst);
    TypeNode *parseTypeReference();
    NamedTypeNode *parseNamedType();
    NameNode *parseName();

    // Type system (parsertypesystem.cpp)
    DefinitionNode *parseTypeSystemDefinition(std::string_view keyword);
    bool peekDescription() const;
    StringValueNode *parseDescription();
    SchemaDefinitionNode *parseSchemaDefinition();
    OperationTypeDefinitionNode *parseOperationTypeDefinition();
    ScalarTypeDefinitionNode *parseScalarTypeDefinition();
    template<class T> T *parseObjectLikeDefinition(std::string_view keyword);
    void parseImplementsInterfaces(NodeList<NamedTypeNode> &out);
    void parseFieldsDefinition(NodeList<FieldDefinitionNode> &out);
    FieldDefinitionNode *parseFieldDefinition();
    void parseArgumentDefs(NodeList<InputValueDefinitionNode> &out);
    InputValueDefinitionNode *parseInputValueDef();
    UnionTypeDefinitionNode *parseUnionTypeDefinition();
    void parseUnionMemberTypes(NodeList<NamedTypeNode> &out);
    EnumTypeDefinitionNode *parseEnumTypeDefinition();
    void parseEnumValuesDefinition(NodeList<EnumValueDefinitionNode> &out);
    EnumValueDefinitionNode *parseEnumValueDefinition();
    InputObjectTypeDefinitionNode *parseInputObjectTypeDefinition();
    void parseInputFieldsDefinition(NodeList<InputValueDefinitionNode> &out);
    DirectiveDefinitionNode *parseDirectiveDefinition();
    NameNode *parseDirectiveLocation();
    DefinitionNode *parseTypeSystemExtension();
    SchemaExtensionNode *parseSchemaExtension();
    ScalarTypeExtensionNode *parseScalarTypeExtension();
    template<class T> T *parseObjectLikeExtension(std::string_view keyword);
    UnionTypeExtensionNode *parseUnionTypeExtension();
    EnumTypeExtensionNode *parseEnumTypeExtension();
    InputObjectTypeExtensionNode *parseInputObjectTypeExtension();

    // Token helpers, as in graphql-js.
    void advance();
    const Token &lookahead();
    Token nextToken();
    bool peek(TokenKind kind) const noexcept { return m_token.kind == kind; }
    Token expectToken(TokenKind kind);
    bool expectOptionalToken(TokenKind kind);
    void expectKeyword(std::string_view value);
    bool expectOptionalKeyword(std::string_view value);
    [[noreturn]] void unexpected(const Token &token);
    [[noreturn]] void unexpected() { unexpected(m_token); }
    [[noreturn]] void fail(SourceLocation location, std::string message);
    [[noreturn]] void failLexer();
    void record(SyntaxError error);
    static std::string tokenDescription(const Token &token);

    // Nesting bound: one NestingGuard per recursive construct (selection set, list, object, list type).
    class NestingGuard {
    public:
        NestingGuard(Parser &parser, const Token &opening);
        ~NestingGuard() { --m_parser.m_nesting; }
        NestingGuard(const NestingGuard &) = delete;
        NestingGuard &operator=(const NestingGuard &) = delete;

    private:
        Parser &m_parser;
    };

    // Error recovery.
    void synchronize(std::uint32_t definitionStart);
    bool startsDefinition(const Token &token) const;

    // Partial nodes. A ParseFailure sets m_unwinding; every PartialGuard it passes keeps its node if
    // the node consumed a token (ending it at the last consumed token) and leaves it in m_unwound,
    // where the parent's parseChild() or PendingList picks it up. So m_unwound is always null or the
    // node the innermost unwound call was building, i.e. of the type that call returns.
    class PartialGuard {
    public:
        PartialGuard(Parser &parser, Node *node)
            : m_parser(parser)
            , m_node(node) {}
        ~PartialGuard() {
            if (m_parser.m_unwinding)
                m_parser.keepPartial(m_node);
        }
        PartialGuard(const PartialGuard &) = delete;
        PartialGuard &operator=(const PartialGuard &) = delete;

    private:
        Parser &m_parser;
        Node *m_node;
    };
    void keepPartial(Node *node) noexcept;
    Node *takeUnwound() noexcept {
        Node *node = m_unwound;
        m_unwound = nullptr;
        return node;
    }
    // `slot = parse()`, and on failure `slot` = the partial child before the failure goes on.
    template<class T, class Fn> void parseChild(T *&slot, Fn &&parse) {
        try {
            slot = parse();
        } catch (const ParseFailure &) {
            slot = static_cast<T *>(takeUnwound());
            throw;
        }
    }
    // The items of a list being collected on m_stack: on failure they (and the partial item, if any)
    // still go into the list.
    template<class T> class PendingList {
    public:
        PendingList(Parser &parser, NodeList<T> &out)
            : m_parser(parser)
            , m_out(out)
            , m_base(parser.m_stack.size()) {}
        ~PendingList() {
            if (!m_parser.m_unwinding)
                return;
            if (Node *item = m_parser.takeUnwound())
                m_parser.m_stack.push_back(item);
            m_parser.popInto(m_base, m_out);
        }
        PendingList(const PendingList &) = delete;
        PendingList &operator=(const PendingList &) = delete;
        void flush() { m_parser.popInto(m_base, m_out); }

    private:
        Parser &m_parser;
        NodeList<T> &m_out;
        std::size_t m_base;
    };

    // Node construction: every node starts at a token and ends at the last consumed token.
    template<class T> T *make(const Token &start) {
        T *node;
        if constexpr (std::is_constructible_v<T, Arena>)
            node = m_document.make<T>(m_document.arena());
        else
            node = m_document.make<T>();
        node->start = start.start;
        return node;
    }
    template<class T> T *finish(T *node) {
        node->end = m_lastToken.end.offset;
        return node;
    }

    // List helpers (graphql-js's many/optionalMany/any/delimitedMany). Items collect on a shared stack
    // so each list gets exactly one arena allocation of its final size.
    template<class T, class Fn> void collectUntil(TokenKind close, NodeList<T> &out, Fn &&item, bool atLeastOne) {
        PendingList<T> pending(*this, out);
        if (atLeastOne) {
            do
                m_stack.push_back(item());
            while (!expectOptionalToken(close));
        } else {
            while (!expectOptionalToken(close))
                m_stack.push_back(item());
        }
        pending.flush();
    }
    template<class T, class Fn> void many(TokenKind open, TokenKind close, NodeList<T> &out, Fn &&item) {
        expectToken(open);
        collectUntil(close, out, item, true);
    }
    template<class T, class Fn> void optionalMany(TokenKind open, TokenKind close, NodeList<T> &out, Fn &&item) {
        if (expectOptionalToken(open))
            collectUntil(close, out, item, true);
    }
    template<class T, class Fn> void any(TokenKind open, TokenKind close, NodeList<T> &out, Fn &&item) {
        expectToken(open);
        collectUntil(close, out, item, false);
    }
    template<class T, class Fn> void delimitedMany(TokenKind delimiter, NodeList<T> &out, Fn &&item) {
        PendingList<T> pending(*this, out);
        expectOptionalToken(delimiter);
        do
            m_stack.push_back(item());
        while (expectOptionalToken(delimiter));
        pending.flush();
    }
    template<class T> void popInto(std::size_t base, NodeList<T> &out) {
        out.reserve(m_stack.size() - base);
        for (std::size_t i = base; i < m_stack.size(); ++i)
            out.push_back(static_cast<T *>(m_stack[i]));
        m_stack.resize(base);
    }

    Document &m_document;
    const ParseOptions &m_options;
    std::vector<SyntaxError> &m_errors;
    Lexer m_lexer;
    Token m_token;     // the current token (never a Comment)
    Token m_lastToken; // the last consumed token
    Token m_lookahead;
    bool m_hasLookahead = false;
    int m_depth = 0;           // unclosed ( [ { consumed in the current definition, for recovery
    std::size_t m_nesting = 0; // open selection sets, lists, objects and list types (NestingGuard)
    std::vector<Node *> m_stack;
    bool m_unwinding = false;  // a ParseFailure is propagating (PartialGuard, PendingList)
    Node *m_unwound = nullptr; // see PartialGuard
};

} // namespace altrata::graphql::detail
