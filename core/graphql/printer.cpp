#include "printer.h"

#include "literalprinter.h"

#include <algorithm>

namespace altrata::graphql {

namespace {

// graphql-js breaks a field's arguments onto separate lines when `name(args)` is longer than this.
constexpr std::size_t maxLineLength = 80;

// One walk over the AST for both outputs. Every token goes through word()/punct()/stringValue();
// layout (spaces, commas, line breaks, indentation) goes through the pretty-only helpers, which
// do nothing when minifying. Minified tokens are kept apart exactly as stripIgnoredCharacters does:
// a space between two non-punctuators, and between a non-punctuator and `...`.
class Printer {
public:
    Printer(std::string &out, bool minify)
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
    bool typeSystem(const Node &node);
    bool extension(const Node &node);

    std::string &m_out;
    const bool m_minify;
    bool m_afterWord = false; // the last token written is a non-punctuator
    std::size_t m_indent = 0;
};

// ---- lists ------------------------------------------------------------------------------------

// graphql-js block(): "{", each item on its own indented line, "}"; nothing for an empty list.
template<class T> void Printer::block(const NodeList<T> &items) {
    punct('{');
    indentedLines(items);
    punct('}');
}

// The items one per line, indented one step, then a line break back at the outer indentation.
template<class T> void Printer::indentedLines(const NodeList<T> &items) {
    m_indent += 2;
    for (const T *item : items) {
        newline();
        node(*item);
    }
    m_indent -= 2;
    newline();
}

void Printer::directives(const NodeList<DirectiveNode> &items) {
    for (const DirectiveNode *directive : items) {
        space();
        node(*directive);
    }
}

// Arguments of a field or directive definition: one per line when any of them spans lines (has a
// description, or a block string default printed over several lines), else "(a: Int, b: Int)".
template<class T> void Printer::definitionArguments(const NodeList<T> &args, bool multiline) {
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

// A field's arguments go one per line when `alias: name(args)` on one line would be longer than 80
// UTF-16 units; block strings count their line breaks but not the indentation the printer adds.
void Printer::fieldArguments(const NodeList<ArgumentNode> &args, std::size_t prefixStart) {
    if (args.empty())
        return;
    const std::size_t start = m_out.size();
    punct('(');
    commaList(args);
    punct(')');
    if (m_minify || m_out.size() - prefixStart <= maxLineLength) // UTF-16 length <= UTF-8 length
        return;
    const std::string_view region = std::string_view(m_out).substr(start);
    const auto lineBreaks = static_cast<std::size_t>(std::count(region.begin(), region.end(), '\n'));
    if ((start - prefixStart) + utf16Length(region) - lineBreaks * m_indent <= maxLineLength)
        return;
    m_out.resize(start);
    punct('(');
    indentedLines(args);
    punct(')');
}

// ---- values and types -------------------------------------------------------------------------

void Printer::description(const StringValueNode *description) {
    if (!description)
        return;
    stringValue(*description);
    newline();
}

void Printer::stringValue(const StringValueNode &node) {
    if (m_minify && m_afterWord)
        m_out += ' ';
    if (node.block)
        appendBlockStringLiteral(m_out, node.value, m_minify ? 0 : m_indent, m_minify);
    else
        appendStringLiteral(m_out, node.value);
    m_afterWord = true;
}

void Printer::value(const Node &node) {
    switch (node.kind) {
    case Kind::Variable:
        punct('$');
        name(static_cast<const VariableNode &>(node).name);
        return;
    case Kind::IntValue:
        word(static_cast<const IntValueNode &>(node).value);
        return;
    case Kind::FloatValue:
        word(static_cast<const FloatValueNode &>(node).value);
        return;
    case Kind::StringValue:
        stringValue(static_cast<const StringValueNode &>(node));
        return;
    case Kind::BooleanValue:
        word(static_cast<const BooleanValueNode &>(node).value ? "true" : "false");
        return;
    case Kind::NullValue:
        word("null");
        return;
    case Kind::EnumValue:
        word(static_cast<const EnumValueNode &>(node).value);
        return;
    case Kind::ListValue:
        punct('[');
        commaList(static_cast<const ListValueNode &>(node).values);
        punct(']');
        return;
    case Kind::ObjectValue:
        punct('{');
        commaList(static_cast<const ObjectValueNode &>(node).fields);
        punct('}');
        return;
    default:
        return;
    }
}

void Printer::type(const Node &node) {
    switch (node.kind) {
    case Kind::NamedType:
        name(static_cast<const NamedTypeNode &>(node).name);
        return;
    case Kind::ListType:
        punct('[');
        type(*static_cast<const ListTypeNode &>(node).type);
        punct(']');
        return;
    case Kind::NonNullType:
        type(*static_cast<const NonNullTypeNode &>(node).type);
        punct('!');
        return;
    default:
        return;
    }
}

// ---- executable definitions -------------------------------------------------------------------

void Printer::document(const DocumentNode &node) {
    list(node.definitions, [this] {
        newline();
        newline();
    });
}

void Printer::operation(const OperationDefinitionNode &node) {
    // An anonymous query without variables or directives takes graphql-js's short form "{ ... }".
    const bool shortForm = node.operation == OperationType::Query && !node.name && node.variableDefinitions.empty() &&
                           node.directives.empty();
    if (!shortForm) {
        word(operationTypeName(node.operation));
        if (node.name || !node.variableDefinitions.empty())
            space();
        if (node.name)
            name(node.name);
        if (!node.variableDefinitions.empty()) {
            // graphql-js puts multi-line variable definitions on their own lines, without indenting them.
            const std::size_t start = m_out.size();
            punct('(');
            commaList(node.variableDefinitions);
            punct(')');
            if (!m_minify && regionHasNewline(start)) {
                m_out.resize(start);
                punct('(');
                newline();
                list(node.variableDefinitions, [this] { newline(); });
                newline();
                punct(')');
            }
        }
        directives(node.directives);
        space();
    }
    block(node.selectionSet->selections);
}

void Printer::variableDefinition(const VariableDefinitionNode &node) {
    value(*node.variable);
    punct(':');
    space();
    type(*node.type);
    if (node.defaultValue) {
        spacedPunct('=');
        value(*node.defaultValue);
    }
    directives(node.directives);
}

void Printer::field(const FieldNode &node) {
    const std::size_t prefixStart = m_out.size();
    if (node.alias) {
        name(node.alias);
        punct(':');
        space();
    }
    name(node.name);
    fieldArguments(node.arguments, prefixStart);
    directives(node.directives);
    if (node.selectionSet) {
        space();
        block(node.selectionSet->selections);
    }
}

void Printer::inlineFragment(const InlineFragmentNode &node) {
    spread();
    if (node.typeCondition) {
        space();
        word("on");
        space();
        name(node.typeCondition->name);
    }
    directives(node.directives);
    space();
    block(node.selectionSet->selections);
}

void Printer::fragmentDefinition(const FragmentDefinitionNode &node) {
    word("fragment");
    space();
    name(node.name);
    space();
    word("on");
    space();
    name(node.typeCondition->name);
    directives(node.directives);
    space();
    block(node.selectionSet->selections);
}

// ---- type system ------------------------------------------------------------------------------

void Printer::schema(const NodeList<DirectiveNode> &dirs, const NodeList<OperationTypeDefinitionNode> &types) {
    directives(dirs);
    if (!types.empty()) {
        space();
        block(types);
    }
}

// type / interface, definition or extension: keyword Name implements A & B @dirs { fields }
void Printer::objectLike(std::string_view keyword, const ObjectLikeNode &node) {
    description(node.description);
    word(keyword);
    space();
    name(node.name);
    if (!node.interfaces.empty()) {
        space();
        word("implements");
        space();
        list(node.interfaces, [this] { spacedPunct('&'); });
    }
    directives(node.directives);
    if (!node.fields.empty()) {
        space();
        block(node.fields);
    }
}

template<class T> bool anyDescribed(const NodeList<T> &items) {
    return std::any_of(items.begin(), items.end(), [](const T *item) { return item->description != nullptr; });
}

void Printer::fieldDefinition(const FieldDefinitionNode &node) {
    description(node.description);
    name(node.name);
    definitionArguments(node.arguments, anyDescribed(node.arguments));
    punct(':');
    space();
    type(*node.type);
    directives(node.directives);
}

void Printer::inputValueDefinition(const InputValueDefinitionNode &node) {
    description(node.description);
    name(node.name);
    punct(':');
    space();
    type(*node.type);
    if (node.defaultValue) {
        spacedPunct('=');
        value(*node.defaultValue);
    }
    directives(node.directives);
}

void Printer::unionType(const NameNode *unionName, const NodeList<DirectiveNode> &dirs,
                        const NodeList<NamedTypeNode> &types) {
    space();
    name(unionName);
    directives(dirs);
    if (!types.empty()) {
        space();
        punct('=');
        space();
        list(types, [this] { spacedPunct('|'); });
    }
}

void Printer::directiveDefinition(const DirectiveDefinitionNode &node) {
    description(node.description);
    word("directive");
    space();
    punct('@');
    name(node.name);
    definitionArguments(node.arguments, anyDescribed(node.arguments));
    if (node.repeatable) {
        space();
        word("repeatable");
    }
    space();
    word("on");
    space();
    list(node.locations, [this] { spacedPunct('|'); });
}

// scalar / enum / input, definition or extension: keyword Name @dirs { items }
template<class T> void Printer::namedWithBlock(std::string_view keyword, const T &node, const auto &items) {
    word(keyword);
    space();
    name(node.name);
    directives(node.directives);
    if (!items.empty()) {
        space();
        block(items);
    }
}

bool Printer::typeSystem(const Node &node) {
    switch (node.kind) {
    case Kind::SchemaDefinition: {
        const auto &schemaNode = static_cast<const SchemaDefinitionNode &>(node);
        description(schemaNode.description);
        word("schema");
        schema(schemaNode.directives, schemaNode.operationTypes);
        return true;
    }
    case Kind::ScalarTypeDefinition: {
        const auto &scalar = static_cast<const ScalarTypeDefinitionNode &>(node);
        description(scalar.description);
        namedWithBlock("scalar", scalar, NodeList<Node>());
        return true;
    }
    case Kind::ObjectTypeDefinition:
        objectLike("type", static_cast<const ObjectLikeNode &>(node));
        return true;
    case Kind::InterfaceTypeDefinition:
        objectLike("interface", static_cast<const ObjectLikeNode &>(node));
        return true;
    case Kind::UnionTypeDefinition: {
        const auto &unionNode = static_cast<const UnionTypeDefinitionNode &>(node);
        description(unionNode.description);
        word("union");
        unionType(unionNode.name, unionNode.directives, unionNode.types);
        return true;
    }
    case Kind::EnumTypeDefinition: {
        const auto &enumNode = static_cast<const EnumTypeDefinitionNode &>(node);
        description(enumNode.description);
        namedWithBlock("enum", enumNode, enumNode.values);
        return true;
    }
    case Kind::InputObjectTypeDefinition: {
        const auto &input = static_cast<const InputObjectTypeDefinitionNode &>(node);
        description(input.description);
        namedWithBlock("input", input, input.fields);
        return true;
    }
    case Kind::DirectiveDefinition:
        directiveDefinition(static_cast<const DirectiveDefinitionNode &>(node));
        return true;
    default:
        return extension(node);
    }
}

bool Printer::extension(const Node &node) {
    switch (node.kind) {
    case Kind::SchemaExtension: {
        const auto &schemaNode = static_cast<const SchemaExtensionNode &>(node);
        word("extend");
        space();
        word("schema");
        schema(schemaNode.directives, schemaNode.operationTypes);
        return true;
    }
    case Kind::ScalarTypeExtension:
        word("extend");
        space();
        namedWithBlock("scalar", static_cast<const ScalarTypeExtensionNode &>(node), NodeList<Node>());
        return true;
    case Kind::ObjectTypeExtension:
    case Kind::InterfaceTypeExtension:
        word("extend");
        space();
        objectLike(node.kind == Kind::ObjectTypeExtension ? "type" : "interface",
                   static_cast<const ObjectLikeNode &>(node));
        return true;
    case Kind::UnionTypeExtension: {
        const auto &unionNode = static_cast<const UnionTypeExtensionNode &>(node);
        word("extend");
        space();
        word("union");
        unionType(unionNode.name, unionNode.directives, unionNode.types);
        return true;
    }
    case Kind::EnumTypeExtension:
        word("extend");
        space();
        namedWithBlock("enum", static_cast<const EnumTypeExtensionNode &>(node),
                       static_cast<const EnumTypeExtensionNode &>(node).values);
        return true;
    case Kind::InputObjectTypeExtension:
        word("extend");
        space();
        namedWithBlock("input", static_cast<const InputObjectTypeExtensionNode &>(node),
                       static_cast<const InputObjectTypeExtensionNode &>(node).fields);
        return true;
    default:
        return false;
    }
}

// ---- dispatch ---------------------------------------------------------------------------------

void Printer::node(const Node &node) {
    switch (node.kind) {
    case Kind::Name:
        name(&static_cast<const NameNode &>(node));
        return;
    case Kind::Document:
        document(static_cast<const DocumentNode &>(node));
        return;
    case Kind::OperationDefinition:
        operation(static_cast<const OperationDefinitionNode &>(node));
        return;
    case Kind::VariableDefinition:
        variableDefinition(static_cast<const VariableDefinitionNode &>(node));
        return;
    case Kind::SelectionSet:
        block(static_cast<const SelectionSetNode &>(node).selections);
        return;
    case Kind::Field:
        field(static_cast<const FieldNode &>(node));
        return;
    case Kind::Argument:
        namedValue(static_cast<const ArgumentNode &>(node));
        return;
    case Kind::ObjectField:
        namedValue(static_cast<const ObjectFieldNode &>(node));
        return;
    case Kind::FragmentSpread: {
        const auto &spreadNode = static_cast<const FragmentSpreadNode &>(node);
        spread();
        name(spreadNode.name);
        directives(spreadNode.directives);
        return;
    }
    case Kind::InlineFragment:
        inlineFragment(static_cast<const InlineFragmentNode &>(node));
        return;
    case Kind::FragmentDefinition:
        fragmentDefinition(static_cast<const FragmentDefinitionNode &>(node));
        return;
    case Kind::Directive: {
        const auto &directive = static_cast<const DirectiveNode &>(node);
        punct('@');
        name(directive.name);
        if (!directive.arguments.empty()) {
            punct('(');
            commaList(directive.arguments);
            punct(')');
        }
        return;
    }
    case Kind::NamedType:
    case Kind::ListType:
    case Kind::NonNullType:
        type(node);
        return;
    case Kind::OperationTypeDefinition: {
        const auto &operationType = static_cast<const OperationTypeDefinitionNode &>(node);
        word(operationTypeName(operationType.operation));
        punct(':');
        space();
        name(operationType.type->name);
        return;
    }
    case Kind::FieldDefinition:
        fieldDefinition(static_cast<const FieldDefinitionNode &>(node));
        return;
    case Kind::InputValueDefinition:
        inputValueDefinition(static_cast<const InputValueDefinitionNode &>(node));
        return;
    case Kind::EnumValueDefinition: {
        const auto &enumValue = static_cast<const EnumValueDefinitionNode &>(node);
        description(enumValue.description);
        name(enumValue.name);
        directives(enumValue.directives);
        return;
    }
    default:
        if (!typeSystem(node))
            value(node);
        return;
    }
}

} // namespace

void printTo(std::string &out, const Node &node) {
    Printer(out, false).node(node);
}

void minifyTo(std::string &out, const Node &node) {
    Printer(out, true).node(node);
}

std::string print(const Node &node) {
    std::string out;
    printTo(out, node);
    return out;
}

std::string minify(const Node &node) {
    std::string out;
    minifyTo(out, node);
    return out;
}

std::string print(const Document &document) {
    std::string out;
    // Printed documents are about as long as their source; one allocation covers most of them.
    out.reserve(document.source().size() + document.source().size() / 4 + 64);
    printTo(out, document.root());
    return out;
}

std::string minify(const Document &document) {
    std::string out;
    out.reserve(document.source().size());
    minifyTo(out, document.root());
    return out;
}

} // namespace altrata::graphql
