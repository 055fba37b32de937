#include "astprinter.h"

#include "literalprinter.h"

#include <algorithm>

namespace altrata::graphql {

namespace {

// graphql-js breaks a field's arguments onto separate lines when `name(args)` is longer than this.
constexpr std::size_t maxLineLength = 80;

} // namespace

void AstPrinter::directives(const NodeList<DirectiveNode> &items) {
    for (const DirectiveNode *directive : items) {
        space();
        node(*directive);
    }
}

// A field's arguments go one per line when `alias: name(args)` on one line would be longer than 80
// UTF-16 units; block strings count their line breaks but not the indentation the printer adds.
void AstPrinter::fieldArguments(const NodeList<ArgumentNode> &args, std::size_t prefixStart) {
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

void AstPrinter::description(const StringValueNode *description) {
    if (!description)
        return;
    stringValue(*description);
    newline();
}

void AstPrinter::stringValue(const StringValueNode &node) {
    if (m_minify && m_afterWord)
        m_out += ' ';
    if (node.block)
        appendBlockStringLiteral(m_out, node.value, m_minify ? 0 : m_indent, m_minify);
    else
        appendStringLiteral(m_out, node.value);
    m_afterWord = true;
}

void AstPrinter::value(const Node &node) {
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
    case Kind::ObjectField:
        namedValue(static_cast<const ObjectFieldNode &>(node));
        return;
    default:
        return;
    }
}

void AstPrinter::type(const Node &node) {
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

void AstPrinter::document(const DocumentNode &node) {
    list(node.definitions, [this] {
        newline();
        newline();
    });
}

void AstPrinter::operation(const OperationDefinitionNode &node) {
    description(node.description);
    // An anonymous query without description, variables or directives takes graphql-js's short form "{ ... }".
    const bool shortForm = node.operation == OperationType::Query && !node.description && !node.name &&
                           node.variableDefinitions.empty() && node.directives.empty();
    if (!shortForm) {
        word(operationTypeName(node.operation));
        if (node.name || !node.variableDefinitions.empty())
            space();
        if (node.name)
            name(node.name);
        variableDefinitions(node.variableDefinitions);
        directives(node.directives);
        space();
    }
    block(node.selectionSet->selections);
}

// "($a: Int, $b: String)"; when one of them spans lines (a description, a multi-line block string),
// graphql-js puts each on its own line, without indenting them.
void AstPrinter::variableDefinitions(const NodeList<VariableDefinitionNode> &definitions) {
    if (definitions.empty())
        return;
    const std::size_t start = m_out.size();
    punct('(');
    commaList(definitions);
    punct(')');
    if (m_minify || !regionHasNewline(start))
        return;
    m_out.resize(start);
    punct('(');
    newline();
    list(definitions, [this] { newline(); });
    newline();
    punct(')');
}

void AstPrinter::variableDefinition(const VariableDefinitionNode &node) {
    description(node.description);
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

void AstPrinter::field(const FieldNode &node) {
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

void AstPrinter::inlineFragment(const InlineFragmentNode &node) {
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

void AstPrinter::fragmentSpread(const FragmentSpreadNode &node) {
    spread();
    name(node.name);
    directives(node.directives);
}

void AstPrinter::directive(const DirectiveNode &node) {
    punct('@');
    name(node.name);
    if (node.arguments.empty())
        return;
    punct('(');
    commaList(node.arguments);
    punct(')');
}

void AstPrinter::fragmentDefinition(const FragmentDefinitionNode &node) {
    description(node.description);
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

// ---- dispatch ---------------------------------------------------------------------------------

void AstPrinter::node(const Node &node) {
    if (isTypeSystemDefinitionOrExtension(node.kind))
        return typeSystemDefinition(node);
    switch (node.kind) {
    case Kind::Name:
        return name(&static_cast<const NameNode &>(node));
    case Kind::Document:
        return document(static_cast<const DocumentNode &>(node));
    case Kind::OperationDefinition:
        return operation(static_cast<const OperationDefinitionNode &>(node));
    case Kind::VariableDefinition:
        return variableDefinition(static_cast<const VariableDefinitionNode &>(node));
    case Kind::SelectionSet:
        return block(static_cast<const SelectionSetNode &>(node).selections);
    case Kind::Field:
        return field(static_cast<const FieldNode &>(node));
    case Kind::Argument:
        return namedValue(static_cast<const ArgumentNode &>(node));
    case Kind::FragmentSpread:
        return fragmentSpread(static_cast<const FragmentSpreadNode &>(node));
    case Kind::InlineFragment:
        return inlineFragment(static_cast<const InlineFragmentNode &>(node));
    case Kind::FragmentDefinition:
        return fragmentDefinition(static_cast<const FragmentDefinitionNode &>(node));
    case Kind::Directive:
        return directive(static_cast<const DirectiveNode &>(node));
    case Kind::NamedType:
    case Kind::ListType:
    case Kind::NonNullType:
        return type(node);
    default:
        if (!typeSystemMember(node))
            value(node);
        return;
    }
}

} // namespace altrata::graphql
