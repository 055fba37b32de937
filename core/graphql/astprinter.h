#pragma once

#include "ast.h"

#include <string>
#include <string_view>

namespace altrata::graphql {

// Internal to printer.cpp (print and minify); split over astprinter.cpp (executable definitions,
// values) and astprintertypes.cpp (type system definitions).
// One walk over the AST for both outputs. Every token goes through word()/punct()/stringValue();
// layout (spaces, commas, line breaks, indentation) goes through the pretty-only helpers, which
// do nothing when minifying. Minified tokens are kept apart exactly as stripIgnoredCharacters does:
// a space between two non-punctuators, and between a non-punctuator and `...`.
class AstPrinter {
public:
    AstPrinter(std::string &out, bool minify)
        : m_out(out)
        , m_minify(minify) {}

    void node(const Node &node);

private:
    // ---- tokens and layout
    void word(std::string_view text) {
        if (m_minify && m_afterWord)
            m_out += ' ';
        m_out += text;
        m_afterWord = true;
    }
    void punct(char c) {
        m_out += c;
        m_afterWord = false;
    }
    void spread() {
        if (m_minify && m_afterWord)
            m_out += ' ';
        m_out += "...";
        m_afterWord = false;
    }
    void space() {
        if (!m_minify)
            m_out += ' ';
    }
    void text(std::string_view layout) { // separators such as ", " that hold no token
        if (!m_minify)
            m_out += layout;
    }
    void newline() {
        if (m_minify)
            return;
        m_out += '\n';
        m_out.append(m_indent, ' ');
    }
    // " & ", " | ": a punctuator with spaces around it when pretty-printing.
    void spacedPunct(char c) {
        space();
        punct(c);
        space();
    }

    // ---- lists
    template<class T, class Separator> void list(const NodeList<T> &items, Separator separator) {
        bool first = true;
        for (const T *item : items) {
            if (!first)
                separator();
            first = false;
            node(*item);
        }
    }
    template<class T> void commaList(const NodeList<T> &items) {
        list(items, [this] { text(", "); });
    }
    template<class T> void block(const NodeList<T> &items);
    template<class T> void indentedLines(const NodeList<T> &items);
    void directives(const NodeList<DirectiveNode> &items); // " @a @b", or nothing
    template<class T> void definitionArguments(const NodeList<T> &args, bool multiline);
    void fieldArguments(const NodeList<ArgumentNode> &args, std::size_t prefixStart);
    bool regionHasNewline(std::size_t from) const { return m_out.find('\n', from) != std::string::npos; }

    // ---- nodes
    void name(const NameNode *name) { word(name->value); }
    void description(const StringValueNode *description);
    template<class T> void namedValue(const T &node) { // argument or object field: "name: value"
        name(node.name);
        punct(':');
        space();
        value(*node.value);
    }
    void stringValue(const StringValueNode &node);
    void value(const Node &node);
    void type(const Node &node);
    void document(const DocumentNode &node);
    void operation(const OperationDefinitionNode &node);
    void variableDefinitions(const NodeList<VariableDefinitionNode> &definitions);
    void variableDefinition(const VariableDefinitionNode &node);
    void field(const FieldNode &node);
    void inlineFragment(const InlineFragmentNode &node);
    void fragmentDefinition(const FragmentDefinitionNode &node);
    void schema(const NodeList<DirectiveNode> &dirs, const NodeList<OperationTypeDefinitionNode> &types);
    void objectLike(std::string_view keyword, const ObjectLikeNode &node);
    void fieldDefinition(const FieldDefinitionNode &node);
    void inputValueDefinition(const InputValueDefinitionNode &node);
    void unionType(const NameNode *name, const NodeList<DirectiveNode> &dirs, const NodeList<NamedTypeNode> &types);
    void directiveDefinition(const DirectiveDefinitionNode &node);
    template<class T> void namedWithBlock(std::string_view keyword, const T &node, const auto &items);
    void fragmentSpread(const FragmentSpreadNode &node);
    void directive(const DirectiveNode &node);
    void typeSystemDefinition(const Node &node);
    void extension(const Node &node);
    bool typeSystemMember(const Node &node);
    template<class T> void describedWithBlock(std::string_view keyword, const T &node, const auto &items) {
        description(node.description);
        namedWithBlock(keyword, node, items);
    }

    std::string &m_out;
    const bool m_minify;
    bool m_afterWord = false; // the last token written is a non-punctuator
    std::size_t m_indent = 0;
};

// graphql-js block(): "{", each item on its own indented line, "}"; nothing for an empty list.
template<class T> void AstPrinter::block(const NodeList<T> &items) {
    punct('{');
    indentedLines(items);
    punct('}');
}

// The items one per line, indented one step, then a line break back at the outer indentation.
template<class T> void AstPrinter::indentedLines(const NodeList<T> &items) {
    m_indent += 2;
    for (const T *item : items) {
        newline();
        node(*item);
    }
    m_indent -= 2;
    newline();
}

// Arguments of a field or directive definition: one per line when any of them spans lines (has a
// description, or a block string default printed over several lines), else "(a: Int, b: Int)".
template<class T> void AstPrinter::definitionArguments(const NodeList<T> &args, bool multiline) {
    if (args.empty())
        return;
    if (!multiline || m_minify) {
        const std::size_t start = m_out.size();
        punct('(');
        commaList(args);
        punct(')');
        if (m_minify || !regionHasNewline(start))
            return;
        m_out.resize(start);
    }
    punct('(');
    indentedLines(args);
    punct(')');
}

// scalar / enum / input, definition or extension: keyword Name @dirs { items }
template<class T> void AstPrinter::namedWithBlock(std::string_view keyword, const T &node, const auto &items) {
    word(keyword);
    space();
    name(node.name);
    directives(node.directives);
    if (!items.empty()) {
        space();
        block(items);
    }
}

} // namespace altrata::graphql
