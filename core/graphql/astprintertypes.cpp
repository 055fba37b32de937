#include "astprinter.h"

#include <algorithm>

namespace altrata::graphql {

// ---- type system ------------------------------------------------------------------------------

void AstPrinter::schema(const NodeList<DirectiveNode> &dirs, const NodeList<OperationTypeDefinitionNode> &types) {
    directives(dirs);
    if (!types.empty()) {
        space();
        block(types);
    }
}

// type / interface, definition or extension: keyword Name implements A & B @dirs { fields }
void AstPrinter::objectLike(std::string_view keyword, const ObjectLikeNode &node) {
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

namespace {

template<class T> bool anyDescribed(const NodeList<T> &items) {
    return std::any_of(items.begin(), items.end(), [](const T *item) { return item->description != nullptr; });
}

} // namespace

void AstPrinter::fieldDefinition(const FieldDefinitionNode &node) {
    description(node.description);
    name(node.name);
    definitionArguments(node.arguments, anyDescribed(node.arguments));
    punct(':');
    space();
    type(*node.type);
    directives(node.directives);
}

void AstPrinter::inputValueDefinition(const InputValueDefinitionNode &node) {
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

void AstPrinter::unionType(const NameNode *unionName, const NodeList<DirectiveNode> &dirs,
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

void AstPrinter::directiveDefinition(const DirectiveDefinitionNode &node) {
    description(node.description);
    word("directive");
    space();
    punct('@');
    name(node.name);
    definitionArguments(node.arguments, anyDescribed(node.arguments));
    directives(node.directives);
    if (node.repeatable) {
        space();
        word("repeatable");
    }
    space();
    word("on");
    space();
    list(node.locations, [this] { spacedPunct('|'); });
}

void AstPrinter::typeSystemDefinition(const Node &node) {
    switch (node.kind) {
    case Kind::SchemaDefinition: {
        const auto &schemaNode = static_cast<const SchemaDefinitionNode &>(node);
        description(schemaNode.description);
        word("schema");
        return schema(schemaNode.directives, schemaNode.operationTypes);
    }
    case Kind::ScalarTypeDefinition:
        return describedWithBlock("scalar", static_cast<const ScalarTypeDefinitionNode &>(node), NodeList<Node>());
    case Kind::ObjectTypeDefinition:
        return objectLike("type", static_cast<const ObjectLikeNode &>(node));
    case Kind::InterfaceTypeDefinition:
        return objectLike("interface", static_cast<const ObjectLikeNode &>(node));
    case Kind::UnionTypeDefinition: {
        const auto &unionNode = static_cast<const UnionTypeDefinitionNode &>(node);
        description(unionNode.description);
        word("union");
        return unionType(unionNode.name, unionNode.directives, unionNode.types);
    }
    case Kind::EnumTypeDefinition: {
        const auto &enumNode = static_cast<const EnumTypeDefinitionNode &>(node);
        return describedWithBlock("enum", enumNode, enumNode.values);
    }
    case Kind::InputObjectTypeDefinition: {
        const auto &input = static_cast<const InputObjectTypeDefinitionNode &>(node);
        return describedWithBlock("input", input, input.fields);
    }
    case Kind::DirectiveDefinition:
        return directiveDefinition(static_cast<const DirectiveDefinitionNode &>(node));
    default:
        return extension(node);
    }
}

// Every `extend ...` form; graphql-js gives extensions no description.
void AstPrinter::extension(const Node &node) {
    word("extend");
    space();
    switch (node.kind) {
    case Kind::SchemaExtension:
        word("schema");
        return schema(static_cast<const SchemaExtensionNode &>(node).directives,
                      static_cast<const SchemaExtensionNode &>(node).operationTypes);
    case Kind::ScalarTypeExtension:
        return namedWithBlock("scalar", static_cast<const ScalarTypeExtensionNode &>(node), NodeList<Node>());
    case Kind::ObjectTypeExtension:
        return objectLike("type", static_cast<const ObjectLikeNode &>(node));
    case Kind::InterfaceTypeExtension:
        return objectLike("interface", static_cast<const ObjectLikeNode &>(node));
    case Kind::UnionTypeExtension: {
        const auto &unionNode = static_cast<const UnionTypeExtensionNode &>(node);
        word("union");
        return unionType(unionNode.name, unionNode.directives, unionNode.types);
    }
    case Kind::EnumTypeExtension: {
        const auto &enumNode = static_cast<const EnumTypeExtensionNode &>(node);
        return namedWithBlock("enum", enumNode, enumNode.values);
    }
    case Kind::InputObjectTypeExtension: {
        const auto &input = static_cast<const InputObjectTypeExtensionNode &>(node);
        return namedWithBlock("input", input, input.fields);
    }
    default:
        return;
    }
}

// The parts of type definitions: operation types, fields, arguments, enum values.
bool AstPrinter::typeSystemMember(const Node &node) {
    switch (node.kind) {
    case Kind::OperationTypeDefinition: {
        const auto &operationType = static_cast<const OperationTypeDefinitionNode &>(node);
        word(operationTypeName(operationType.operation));
        punct(':');
        space();
        name(operationType.type->name);
        return true;
    }
    case Kind::FieldDefinition:
        fieldDefinition(static_cast<const FieldDefinitionNode &>(node));
        return true;
    case Kind::InputValueDefinition:
        inputValueDefinition(static_cast<const InputValueDefinitionNode &>(node));
        return true;
    case Kind::EnumValueDefinition: {
        const auto &enumValue = static_cast<const EnumValueDefinitionNode &>(node);
        description(enumValue.description);
        name(enumValue.name);
        directives(enumValue.directives);
        return true;
    }
    default:
        return false;
    }
}

} // namespace altrata::graphql
