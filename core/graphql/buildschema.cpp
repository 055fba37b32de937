#include "buildschema.h"

#include "inputcoercion.h"
#include "parser.h"
#include "printer.h"

#include <map>

namespace altrata::graphql {

namespace {

std::optional<std::string> descriptionOf(const StringValueNode *node) {
    if (!node)
        return std::nullopt;
    return std::string(node->value);
}

const DirectiveNode *findDirective(const NodeList<DirectiveNode> &directives, std::string_view name) {
    for (const DirectiveNode *d : directives) {
        if (d->name && d->name->value == name)
            return d;
    }
    return nullptr;
}

const ValueNode *argumentValue(const DirectiveNode &directive, std::string_view name) {
    for (const ArgumentNode *arg : directive.arguments) {
        if (arg->name && arg->name->value == name)
            return arg->value;
    }
    return nullptr;
}

// graphql-js getDeprecationReason(): @deprecated without `reason` means "No longer supported";
// `reason: null` means not deprecated.
std::optional<std::string> deprecationOf(const NodeList<DirectiveNode> &directives) {
    const DirectiveNode *d = findDirective(directives, "deprecated");
    if (!d)
        return std::nullopt;
    const ValueNode *reason = argumentValue(*d, "reason");
    if (!reason)
        return std::string(defaultDeprecationReason);
    if (auto *s = nodeCast<StringValueNode>(reason, Kind::StringValue))
        return std::string(s->value);
    return std::nullopt;
}

TypeRef typeRefOf(const TypeNode *node) {
    return node ? typeRefFromNode(*node) : TypeRef{};
}

// Appends `item`, or (graphql-js's object-key semantics) replaces an earlier item of the same name in
// place: the last definition wins, the first position stays.
template<class T> void upsert(std::vector<T> &items, T item, const std::string &owner, SchemaBuilder &builder) {
    for (T &existing : items) {
        if (existing.name == item.name) {
            builder.addWarning("\"" + owner + "\" defines \"" + item.name + "\" more than once; the last one is used.");
            existing = std::move(item);
            return;
        }
    }
    items.push_back(std::move(item));
}

InputValue inputValueOf(const InputValueDefinitionNode &node) {
    InputValue value;
    value.name = std::string(node.name->value);
    value.description = descriptionOf(node.description);
    value.type = typeRefOf(node.type);
    if (node.defaultValue)
        value.defaultValue = print(*node.defaultValue);
    value.deprecationReason = deprecationOf(node.directives);
    return value;
}

void addInputValues(std::vector<InputValue> &out, const NodeList<InputValueDefinitionNode> &nodes,
                    const std::string &owner, SchemaBuilder &builder) {
    for (const InputValueDefinitionNode *node : nodes)
        upsert(out, inputValueOf(*node), owner, builder);
}

void addFields(Type &type, const NodeList<FieldDefinitionNode> &nodes, SchemaBuilder &builder) {
    for (const FieldDefinitionNode *node : nodes) {
        Field field;
        field.name = std::string(node->name->value);
        field.description = descriptionOf(node->description);
        field.type = typeRefOf(node->type);
        field.deprecationReason = deprecationOf(node->directives);
        addInputValues(field.args, node->arguments, type.name + "." + field.name, builder);
        upsert(type.fields, std::move(field), type.name, builder);
    }
}

void addEnumValues(Type &type, const NodeList<EnumValueDefinitionNode> &nodes, SchemaBuilder &builder) {
    for (const EnumValueDefinitionNode *node : nodes) {
        EnumValue value;
        value.name = std::string(node->name->value);
        value.description = descriptionOf(node->description);
        value.deprecationReason = deprecationOf(node->directives);
        upsert(type.enumValues, std::move(value), type.name, builder);
    }
}

void addNames(std::vector<std::string> &out, const NodeList<NamedTypeNode> &nodes) {
    for (const NamedTypeNode *node : nodes)
        out.emplace_back(node->name->value);
}

// Applies one definition or extension node (both have the same members) to `type`.
void applyTypeNode(Type &type, const DefinitionNode &node, SchemaBuilder &builder) {
    switch (node.kind) {
    case Kind::ScalarTypeDefinition: {
        // graphql-js reads @specifiedBy from the definition only, never from an extension.
        const auto &scalar = static_cast<const ScalarTypeDefinitionNode &>(node);
        if (const DirectiveNode *d = findDirective(scalar.directives, "specifiedBy")) {
            if (auto *url = nodeCast<StringValueNode>(argumentValue(*d, "url"), Kind::StringValue))
                type.specifiedByURL = std::string(url->value);
        }
        break;
    }
    case Kind::ObjectTypeDefinition:
    case Kind::ObjectTypeExtension:
    case Kind::InterfaceTypeDefinition:
    case Kind::InterfaceTypeExtension: {
        const auto &object = static_cast<const ObjectLikeNode &>(node);
        addNames(type.interfaces, object.interfaces);
        addFields(type, object.fields, builder);
        break;
    }
    case Kind::UnionTypeDefinition:
        addNames(type.unionMembers, static_cast<const UnionTypeDefinitionNode &>(node).types);
        break;
    case Kind::UnionTypeExtension:
        addNames(type.unionMembers, static_cast<const UnionTypeExtensionNode &>(node).types);
        break;
    case Kind::EnumTypeDefinition:
        addEnumValues(type, static_cast<const EnumTypeDefinitionNode &>(node).values, builder);
        break;
    case Kind::EnumTypeExtension:
        addEnumValues(type, static_cast<const EnumTypeExtensionNode &>(node).values, builder);
        break;
    case Kind::InputObjectTypeDefinition: {
        const auto &input = static_cast<const InputObjectTypeDefinitionNode &>(node);
        type.isOneOf = findDirective(input.directives, "oneOf") != nullptr;
        addInputValues(type.inputFields, input.fields, type.name, builder);
        break;
    }
    case Kind::InputObjectTypeExtension:
        addInputValues(type.inputFields, static_cast<const InputObjectTypeExtensionNode &>(node).fields, type.name,
                       builder);
        break;
    default:
        break;
    }
}

struct TypeDefinitionInfo {
    TypeKind kind;
    const NameNode *name;
    const StringValueNode *description;
};

std::optional<TypeDefinitionInfo> typeDefinitionInfo(const DefinitionNode &node) {
    switch (node.kind) {
    case Kind::ScalarTypeDefinition: {
        const auto &n = static_cast<const ScalarTypeDefinitionNode &>(node);
        return TypeDefinitionInfo{TypeKind::Scalar, n.name, n.description};
    }
    case Kind::ObjectTypeDefinition:
    case Kind::InterfaceTypeDefinition: {
        const auto &n = static_cast<const ObjectLikeNode &>(node);
        return TypeDefinitionInfo{node.kind == Kind::ObjectTypeDefinition ? TypeKind::Object : TypeKind::Interface,
                                  n.name, n.description};
    }
    case Kind::UnionTypeDefinition: {
        const auto &n = static_cast<const UnionTypeDefinitionNode &>(node);
        return TypeDefinitionInfo{TypeKind::Union, n.name, n.description};
    }
    case Kind::EnumTypeDefinition: {
        const auto &n = static_cast<const EnumTypeDefinitionNode &>(node);
        return TypeDefinitionInfo{TypeKind::Enum, n.name, n.description};
    }
    case Kind::InputObjectTypeDefinition: {
        const auto &n = static_cast<const InputObjectTypeDefinitionNode &>(node);
        return TypeDefinitionInfo{TypeKind::InputObject, n.name, n.description};
    }
    default:
        return std::nullopt;
    }
}

const NameNode *extensionName(const DefinitionNode &node) {
    switch (node.kind) {
    case Kind::ScalarTypeExtension:
        return static_cast<const ScalarTypeExtensionNode &>(node).name;
    case Kind::ObjectTypeExtension:
    case Kind::InterfaceTypeExtension:
        return static_cast<const ObjectLikeNode &>(node).name;
    case Kind::UnionTypeExtension:
        return static_cast<const UnionTypeExtensionNode &>(node).name;
    case Kind::EnumTypeExtension:
        return static_cast<const EnumTypeExtensionNode &>(node).name;
    case Kind::InputObjectTypeExtension:
        return static_cast<const InputObjectTypeExtensionNode &>(node).name;
    default:
        return nullptr;
    }
}

Directive directiveOf(const DirectiveDefinitionNode &node, SchemaBuilder &builder) {
    Directive directive;
    directive.name = std::string(node.name->value);
    directive.description = descriptionOf(node.description);
    addInputValues(directive.args, node.arguments, "@" + directive.name, builder);
    for (const NameNode *location : node.locations)
        directive.locations.emplace_back(location->value);
    directive.isRepeatable = node.repeatable;
    return directive;
}

void setRoots(SchemaBuilder &builder, const NodeList<OperationTypeDefinitionNode> &operations) {
    for (const OperationTypeDefinitionNode *op : operations) {
        std::string name(op->type->name->value);
        if (op->operation == OperationType::Query)
            builder.setQueryType(std::move(name));
        else if (op->operation == OperationType::Mutation)
            builder.setMutationType(std::move(name));
        else
            builder.setSubscriptionType(std::move(name));
    }
}

} // namespace

namespace {

// The document's definitions sorted the way graphql-js's extendSchemaImpl() consumes them.
struct SdlParts {
    std::vector<const DefinitionNode *> typeDefinitions;
    // graphql-js builds each type from its definition plus all its extensions, wherever they are.
    std::map<std::string_view, std::vector<const DefinitionNode *>> extensions;
    const SchemaDefinitionNode *schemaDefinition = nullptr; // the last one, as graphql-js
    std::size_t schemaDefinitionCount = 0;
    std::vector<const SchemaExtensionNode *> schemaExtensions;
    std::vector<const DirectiveDefinitionNode *> directives;
};

SdlParts sortDefinitions(const Document &document) {
    SdlParts parts;
    for (const DefinitionNode *node : document.definitions()) {
        if (typeDefinitionInfo(*node))
            parts.typeDefinitions.push_back(node);
        else if (const NameNode *name = extensionName(*node))
            parts.extensions[name->value].push_back(node);
        else if (auto *schemaDef = nodeCast<SchemaDefinitionNode>(node, Kind::SchemaDefinition)) {
            parts.schemaDefinition = schemaDef;
            ++parts.schemaDefinitionCount;
        } else if (auto *schemaExt = nodeCast<SchemaExtensionNode>(node, Kind::SchemaExtension))
            parts.schemaExtensions.push_back(schemaExt);
        else if (auto *directive = nodeCast<DirectiveDefinitionNode>(node, Kind::DirectiveDefinition))
            parts.directives.push_back(directive);
    }
    return parts;
}

void addTypes(SchemaBuilder &builder, const SdlParts &parts) {
    for (const DefinitionNode *node : parts.typeDefinitions) {
        const TypeDefinitionInfo info = *typeDefinitionInfo(*node);
        Type type;
        type.kind = info.kind;
        type.name = std::string(info.name->value);
        type.description = descriptionOf(info.description);
        applyTypeNode(type, *node, builder);
        auto ext = parts.extensions.find(info.name->value);
        if (ext != parts.extensions.end()) {
            for (const DefinitionNode *extension : ext->second)
                applyTypeNode(type, *extension, builder);
        }
        builder.addType(std::move(type));
    }
    for (const auto &[name, nodes] : parts.extensions) {
        if (!builder.findType(name))
            builder.addWarning("Cannot extend type \"" + std::string(name) + "\" because it is not defined.");
    }
}

void addSchemaRoots(SchemaBuilder &builder, const SdlParts &parts) {
    if (parts.schemaDefinitionCount > 1)
        builder.addWarning("The schema is defined more than once; the last definition is used.");
    if (parts.schemaDefinition) {
        builder.setDescription(descriptionOf(parts.schemaDefinition->description));
        setRoots(builder, parts.schemaDefinition->operationTypes);
    }
    for (const SchemaExtensionNode *extension : parts.schemaExtensions)
        setRoots(builder, extension->operationTypes);
    if (parts.schemaDefinition)
        return;
    // graphql-js buildASTSchema: without a schema definition the roots are the types so named.
    if (builder.findType("Query"))
        builder.setQueryType("Query");
    if (builder.findType("Mutation"))
        builder.setMutationType("Mutation");
    if (builder.findType("Subscription"))
        builder.setSubscriptionType("Subscription");
}

} // namespace

void addSdlDefinitions(SchemaBuilder &builder, const Document &document) {
    const SdlParts parts = sortDefinitions(document);
    for (const DirectiveDefinitionNode *directive : parts.directives)
        builder.addDirective(directiveOf(*directive, builder));
    addTypes(builder, parts);
    addSchemaRoots(builder, parts);
}

Schema buildASTSchema(const Document &document) {
    SchemaBuilder builder;
    addSdlDefinitions(builder, document);
    return std::move(builder).build();
}

BuildSchemaResult buildSchema(std::string sdl) {
    ParseResult parsed = parse(std::move(sdl));
    BuildSchemaResult result{buildASTSchema(parsed.document), std::move(parsed.errors)};
    return result;
}

} // namespace altrata::graphql
