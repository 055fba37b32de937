#include "ast.h"

#include <array>
#include <cstring>

namespace altrata::graphql {

namespace {
constexpr std::array<std::string_view, kindCount> kindNames = {
    "Name",
    "Document",
    "OperationDefinition",
    "VariableDefinition",
    "SelectionSet",
    "Field",
    "Argument",
    "FragmentSpread",
    "InlineFragment",
    "FragmentDefinition",
    "Variable",
    "IntValue",
    "FloatValue",
    "StringValue",
    "BooleanValue",
    "NullValue",
    "EnumValue",
    "ListValue",
    "ObjectValue",
    "ObjectField",
    "Directive",
    "NamedType",
    "ListType",
    "NonNullType",
    "SchemaDefinition",
    "OperationTypeDefinition",
    "ScalarTypeDefinition",
    "ObjectTypeDefinition",
    "FieldDefinition",
    "InputValueDefinition",
    "InterfaceTypeDefinition",
    "UnionTypeDefinition",
    "EnumTypeDefinition",
    "EnumValueDefinition",
    "InputObjectTypeDefinition",
    "DirectiveDefinition",
    "SchemaExtension",
    "ScalarTypeExtension",
    "ObjectTypeExtension",
    "InterfaceTypeExtension",
    "UnionTypeExtension",
    "EnumTypeExtension",
    "InputObjectTypeExtension",
};
} // namespace

std::string_view kindName(Kind kind) noexcept {
    const auto index = static_cast<std::size_t>(kind);
    return index < kindNames.size() ? kindNames[index] : std::string_view();
}

std::string_view operationTypeName(OperationType type) noexcept {
    switch (type) {
    case OperationType::Query:
        return "query";
    case OperationType::Mutation:
        return "mutation";
    case OperationType::Subscription:
        return "subscription";
    }
    return {};
}

bool isExecutableDefinition(Kind kind) noexcept {
    return kind == Kind::OperationDefinition || kind == Kind::FragmentDefinition;
}

bool isTypeSystemDefinitionOrExtension(Kind kind) noexcept {
    return kind >= Kind::SchemaDefinition && kind != Kind::OperationTypeDefinition && kind != Kind::FieldDefinition &&
           kind != Kind::InputValueDefinition && kind != Kind::EnumValueDefinition;
}

Document::Document()
    : Document(std::string()) {}

Document::Document(std::string source)
    : m_source(std::make_unique<std::string>(std::move(source)))
    // Roughly what the AST of a typical document needs, so most parses take one or two chunks.
    , m_arena(std::make_unique<std::pmr::monotonic_buffer_resource>(1024 + m_source->size() * 2)) {
    m_root = make<DocumentNode>(m_arena.get());
    m_root->end = static_cast<std::uint32_t>(m_source->size());
}

std::string_view Document::store(std::string_view text) {
    if (text.empty())
        return {};
    auto *memory = static_cast<char *>(m_arena->allocate(text.size(), 1));
    std::memcpy(memory, text.data(), text.size());
    return {memory, text.size()};
}

} // namespace altrata::graphql
