#pragma once

#include "sourcelocation.h"

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The GraphQL AST in graphql-js 16.15's shape (the npm `graphql@16` of today): one struct per graphql-js Kind with the
// same field names (FieldNode::alias, ::name, ::arguments, ::directives, ::selectionSet, ...). Optional children are
// nullptr when graphql-js has `undefined`; lists are always present (possibly empty) exactly where
// graphql-js always sets an array. Nodes and lists live in the arena of the owning Document and are
// never destroyed individually.
namespace altrata::graphql {

// graphql-js's Kind, same order; kindName() gives graphql-js's string ("OperationDefinition", ...).
enum class Kind : std::uint8_t {
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
};
inline constexpr int kindCount = static_cast<int>(Kind::InputObjectTypeExtension) + 1;

std::string_view kindName(Kind kind) noexcept;

// graphql-js's OperationTypeNode ("query", "mutation", "subscription").
enum class OperationType : std::uint8_t { Query, Mutation, Subscription };
std::string_view operationTypeName(OperationType type) noexcept;

using Arena = std::pmr::memory_resource *;
template<class T> using NodeList = std::pmr::vector<T *>;

struct Node {
    explicit Node(Kind k)
        : kind(k) {}
    Kind kind;
    // Cut short by a syntax error: only in trees of ParseResult::partialDefinitions. Such a node holds
    // what was parsed before the error; a child it lacks is nullptr or missing from its list.
    bool partial = false;
    SourceLocation start;  // where the node's first token starts (graphql-js loc.start + line/column)
    std::uint32_t end = 0; // byte offset one past its last token (graphql-js loc.end)
};

// Category bases, like graphql-js's union types.
struct DefinitionNode : Node {
    using Node::Node;
};
struct SelectionNode : Node {
    using Node::Node;
};
struct ValueNode : Node {
    using Node::Node;
};
struct TypeNode : Node {
    using Node::Node;
};

struct NameNode;
struct DirectiveNode;
struct SelectionSetNode;
struct NamedTypeNode;
struct StringValueNode;

struct NameNode : Node {
    NameNode()
        : Node(Kind::Name) {}
    std::string_view value;
};

struct DocumentNode : Node {
    explicit DocumentNode(Arena a)
        : Node(Kind::Document)
        , definitions(a) {}
    NodeList<DefinitionNode> definitions;
};

// ---- Executable definitions -------------------------------------------------------------------

struct VariableNode : ValueNode {
    VariableNode()
        : ValueNode(Kind::Variable) {}
    NameNode *name = nullptr;
};

struct VariableDefinitionNode : Node {
    explicit VariableDefinitionNode(Arena a)
        : Node(Kind::VariableDefinition)
        , directives(a) {}
    StringValueNode *description = nullptr; // graphql-js 16.11+
    VariableNode *variable = nullptr;
    TypeNode *type = nullptr;
    ValueNode *defaultValue = nullptr; // const value or nullptr
    NodeList<DirectiveNode> directives;
};

struct OperationDefinitionNode : DefinitionNode {
    explicit OperationDefinitionNode(Arena a)
        : DefinitionNode(Kind::OperationDefinition)
        , variableDefinitions(a)
        , directives(a) {}
    OperationType operation = OperationType::Query;
    StringValueNode *description = nullptr; // graphql-js 16.11+; never on the `{ ... }` shorthand
    NameNode *name = nullptr;
    NodeList<VariableDefinitionNode> variableDefinitions;
    NodeList<DirectiveNode> directives;
    SelectionSetNode *selectionSet = nullptr;
};

struct SelectionSetNode : Node {
    explicit SelectionSetNode(Arena a)
        : Node(Kind::SelectionSet)
        , selections(a) {}
    NodeList<SelectionNode> selections;
};

struct ArgumentNode : Node {
    ArgumentNode()
        : Node(Kind::Argument) {}
    NameNode *name = nullptr;
    ValueNode *value = nullptr;
};

struct FieldNode : SelectionNode {
    explicit FieldNode(Arena a)
        : SelectionNode(Kind::Field)
        , arguments(a)
        , directives(a) {}
    NameNode *alias = nullptr;
    NameNode *name = nullptr;
    NodeList<ArgumentNode> arguments;
    NodeList<DirectiveNode> directives;
    SelectionSetNode *selectionSet = nullptr;
};

struct FragmentSpreadNode : SelectionNode {
    explicit FragmentSpreadNode(Arena a)
        : SelectionNode(Kind::FragmentSpread)
        , directives(a) {}
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
};

struct InlineFragmentNode : SelectionNode {
    explicit InlineFragmentNode(Arena a)
        : SelectionNode(Kind::InlineFragment)
        , directives(a) {}
    NamedTypeNode *typeCondition = nullptr;
    NodeList<DirectiveNode> directives;
    SelectionSetNode *selectionSet = nullptr;
};

struct FragmentDefinitionNode : DefinitionNode {
    explicit FragmentDefinitionNode(Arena a)
        : DefinitionNode(Kind::FragmentDefinition)
        , directives(a) {}
    StringValueNode *description = nullptr; // graphql-js 16.11+
    NameNode *name = nullptr;
    NamedTypeNode *typeCondition = nullptr;
    NodeList<DirectiveNode> directives;
    SelectionSetNode *selectionSet = nullptr;
};

// ---- Values -----------------------------------------------------------------------------------

struct IntValueNode : ValueNode {
    IntValueNode()
        : ValueNode(Kind::IntValue) {}
    std::string_view value; // the literal text, as in graphql-js
};

struct FloatValueNode : ValueNode {
    FloatValueNode()
        : ValueNode(Kind::FloatValue) {}
    std::string_view value;
};

struct StringValueNode : ValueNode {
    StringValueNode()
        : ValueNode(Kind::StringValue) {}
    std::string_view value; // decoded (escapes resolved, block strings dedented)
    bool block = false;
};

struct BooleanValueNode : ValueNode {
    BooleanValueNode()
        : ValueNode(Kind::BooleanValue) {}
    bool value = false;
};

struct NullValueNode : ValueNode {
    NullValueNode()
        : ValueNode(Kind::NullValue) {}
};

struct EnumValueNode : ValueNode {
    EnumValueNode()
        : ValueNode(Kind::EnumValue) {}
    std::string_view value;
};

struct ListValueNode : ValueNode {
    explicit ListValueNode(Arena a)
        : ValueNode(Kind::ListValue)
        , values(a) {}
    NodeList<ValueNode> values;
};

struct ObjectFieldNode : Node {
    ObjectFieldNode()
        : Node(Kind::ObjectField) {}
    NameNode *name = nullptr;
    ValueNode *value = nullptr;
};

struct ObjectValueNode : ValueNode {
    explicit ObjectValueNode(Arena a)
        : ValueNode(Kind::ObjectValue)
        , fields(a) {}
    NodeList<ObjectFieldNode> fields;
};

// ---- Directives and type references -----------------------------------------------------------

struct DirectiveNode : Node {
    explicit DirectiveNode(Arena a)
        : Node(Kind::Directive)
        , arguments(a) {}
    NameNode *name = nullptr;
    NodeList<ArgumentNode> arguments;
};

struct NamedTypeNode : TypeNode {
    NamedTypeNode()
        : TypeNode(Kind::NamedType) {}
    NameNode *name = nullptr;
};

struct ListTypeNode : TypeNode {
    ListTypeNode()
        : TypeNode(Kind::ListType) {}
    TypeNode *type = nullptr;
};

struct NonNullTypeNode : TypeNode {
    NonNullTypeNode()
        : TypeNode(Kind::NonNullType) {}
    TypeNode *type = nullptr; // NamedTypeNode or ListTypeNode
};

// ---- Type system ------------------------------------------------------------------------------

struct OperationTypeDefinitionNode : Node {
    OperationTypeDefinitionNode()
        : Node(Kind::OperationTypeDefinition) {}
    OperationType operation = OperationType::Query;
    NamedTypeNode *type = nullptr;
};

struct SchemaDefinitionNode : DefinitionNode {
    explicit SchemaDefinitionNode(Arena a)
        : DefinitionNode(Kind::SchemaDefinition)
        , directives(a)
        , operationTypes(a) {}
    StringValueNode *description = nullptr;
    NodeList<DirectiveNode> directives;
    NodeList<OperationTypeDefinitionNode> operationTypes;
};

struct ScalarTypeDefinitionNode : DefinitionNode {
    explicit ScalarTypeDefinitionNode(Arena a)
        : DefinitionNode(Kind::ScalarTypeDefinition)
        , directives(a) {}
    StringValueNode *description = nullptr;
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
};

struct InputValueDefinitionNode : Node {
    explicit InputValueDefinitionNode(Arena a)
        : Node(Kind::InputValueDefinition)
        , directives(a) {}
    StringValueNode *description = nullptr;
    NameNode *name = nullptr;
    TypeNode *type = nullptr;
    ValueNode *defaultValue = nullptr; // const value or nullptr
    NodeList<DirectiveNode> directives;
};

struct FieldDefinitionNode : Node {
    explicit FieldDefinitionNode(Arena a)
        : Node(Kind::FieldDefinition)
        , arguments(a)
        , directives(a) {}
    StringValueNode *description = nullptr;
    NameNode *name = nullptr;
    NodeList<InputValueDefinitionNode> arguments;
    TypeNode *type = nullptr;
    NodeList<DirectiveNode> directives;
};

// Object and interface definitions/extensions share one shape (graphql-js's fields are identical).
struct ObjectLikeNode : DefinitionNode {
    ObjectLikeNode(Kind k, Arena a)
        : DefinitionNode(k)
        , interfaces(a)
        , directives(a)
        , fields(a) {}
    StringValueNode *description = nullptr; // always nullptr for extensions
    NameNode *name = nullptr;
    NodeList<NamedTypeNode> interfaces;
    NodeList<DirectiveNode> directives;
    NodeList<FieldDefinitionNode> fields;
};
struct ObjectTypeDefinitionNode : ObjectLikeNode {
    explicit ObjectTypeDefinitionNode(Arena a)
        : ObjectLikeNode(Kind::ObjectTypeDefinition, a) {}
};
struct InterfaceTypeDefinitionNode : ObjectLikeNode {
    explicit InterfaceTypeDefinitionNode(Arena a)
        : ObjectLikeNode(Kind::InterfaceTypeDefinition, a) {}
};

struct UnionTypeDefinitionNode : DefinitionNode {
    explicit UnionTypeDefinitionNode(Arena a)
        : DefinitionNode(Kind::UnionTypeDefinition)
        , directives(a)
        , types(a) {}
    StringValueNode *description = nullptr;
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
    NodeList<NamedTypeNode> types;
};

struct EnumValueDefinitionNode : Node {
    explicit EnumValueDefinitionNode(Arena a)
        : Node(Kind::EnumValueDefinition)
        , directives(a) {}
    StringValueNode *description = nullptr;
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
};

struct EnumTypeDefinitionNode : DefinitionNode {
    explicit EnumTypeDefinitionNode(Arena a)
        : DefinitionNode(Kind::EnumTypeDefinition)
        , directives(a)
        , values(a) {}
    StringValueNode *description = nullptr;
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
    NodeList<EnumValueDefinitionNode> values;
};

struct InputObjectTypeDefinitionNode : DefinitionNode {
    explicit InputObjectTypeDefinitionNode(Arena a)
        : DefinitionNode(Kind::InputObjectTypeDefinition)
        , directives(a)
        , fields(a) {}
    StringValueNode *description = nullptr;
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
    NodeList<InputValueDefinitionNode> fields;
};

struct DirectiveDefinitionNode : DefinitionNode {
    explicit DirectiveDefinitionNode(Arena a)
        : DefinitionNode(Kind::DirectiveDefinition)
        , arguments(a)
        , directives(a)
        , locations(a) {}
    StringValueNode *description = nullptr;
    NameNode *name = nullptr;
    NodeList<InputValueDefinitionNode> arguments;
    // graphql-js 16.15 always sets this array (empty unless experimentalDirectivesOnDirectiveDefinitions).
    NodeList<DirectiveNode> directives;
    bool repeatable = false;
    NodeList<NameNode> locations;
};

// ---- Extensions (graphql-js has no description on them) ----------------------------------------

struct SchemaExtensionNode : DefinitionNode {
    explicit SchemaExtensionNode(Arena a)
        : DefinitionNode(Kind::SchemaExtension)
        , directives(a)
        , operationTypes(a) {}
    NodeList<DirectiveNode> directives;
    NodeList<OperationTypeDefinitionNode> operationTypes;
};

struct ScalarTypeExtensionNode : DefinitionNode {
    explicit ScalarTypeExtensionNode(Arena a)
        : DefinitionNode(Kind::ScalarTypeExtension)
        , directives(a) {}
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
};

struct ObjectTypeExtensionNode : ObjectLikeNode {
    explicit ObjectTypeExtensionNode(Arena a)
        : ObjectLikeNode(Kind::ObjectTypeExtension, a) {}
};
struct InterfaceTypeExtensionNode : ObjectLikeNode {
    explicit InterfaceTypeExtensionNode(Arena a)
        : ObjectLikeNode(Kind::InterfaceTypeExtension, a) {}
};

struct UnionTypeExtensionNode : DefinitionNode {
    explicit UnionTypeExtensionNode(Arena a)
        : DefinitionNode(Kind::UnionTypeExtension)
        , directives(a)
        , types(a) {}
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
    NodeList<NamedTypeNode> types;
};

struct EnumTypeExtensionNode : DefinitionNode {
    explicit EnumTypeExtensionNode(Arena a)
        : DefinitionNode(Kind::EnumTypeExtension)
        , directives(a)
        , values(a) {}
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
    NodeList<EnumValueDefinitionNode> values;
};

struct InputObjectTypeExtensionNode : DefinitionNode {
    explicit InputObjectTypeExtensionNode(Arena a)
        : DefinitionNode(Kind::InputObjectTypeExtension)
        , directives(a)
        , fields(a) {}
    NameNode *name = nullptr;
    NodeList<DirectiveNode> directives;
    NodeList<InputValueDefinitionNode> fields;
};

// Checked downcast helper: `if (auto *f = nodeCast<FieldNode>(sel, Kind::Field))`.
template<class T> const T *nodeCast(const Node *node, Kind kind) noexcept {
    return node && node->kind == kind ? static_cast<const T *>(node) : nullptr;
}

bool isTypeSystemDefinitionOrExtension(Kind kind) noexcept;
bool isExecutableDefinition(Kind kind) noexcept; // OperationDefinition, FragmentDefinition

// Owns a parsed document: the UTF-8 source, the arena every node/list/decoded string lives in, and
// the DocumentNode. Movable (node pointers and string_views stay valid: nothing moves in memory).
class Document {
public:
    Document(); // an empty document over an empty source
    explicit Document(std::string source);
    Document(Document &&) noexcept = default;
    Document &operator=(Document &&) noexcept = default;
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;
    ~Document() = default;

    std::string_view source() const noexcept { return *m_source; }
    const DocumentNode &root() const noexcept { return *m_root; }
    DocumentNode &root() noexcept { return *m_root; }
    const NodeList<DefinitionNode> &definitions() const noexcept { return m_root->definitions; }

    // For the parser and tools that build nodes: allocate in this document's arena.
    Arena arena() const noexcept { return m_arena.get(); }
    template<class T, class... Args> T *make(Args &&...args) {
        void *memory = m_arena->allocate(sizeof(T), alignof(T));
        return ::new (memory) T(std::forward<Args>(args)...);
    }
    // Copies bytes into the arena (for decoded string values).
    std::string_view store(std::string_view text);

private:
    std::unique_ptr<std::string> m_source;
    std::unique_ptr<std::pmr::monotonic_buffer_resource> m_arena;
    DocumentNode *m_root = nullptr;
};

} // namespace altrata::graphql
