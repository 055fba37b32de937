#include "astjson.h"

#include "jsonwriter.h"

namespace altrata::graphql {

namespace {

class JsonWriter {
public:
    explicit JsonWriter(std::string &out)
        : m_out(out) {}

    void node(const Node &node) {
        m_out += R"({"kind":")";
        m_out += kindName(node.kind);
        m_out += '"';
        if (!executable(node) && !value(node) && !typeDefinition(node) && !typeMember(node))
            extension(node);
        m_out += '}';
    }

private:
    void key(std::string_view name) {
        m_out += ",\"";
        m_out += name;
        m_out += "\":";
    }
    void child(std::string_view name, const Node *child) { // left out when absent, like `undefined`
        if (!child)
            return;
        key(name);
        node(*child);
    }
    template<class T> void list(std::string_view name, const NodeList<T> &items) {
        key(name);
        m_out += '[';
        bool first = true;
        for (const T *item : items) {
            if (!first)
                m_out += ',';
            first = false;
            node(*item);
        }
        m_out += ']';
    }
    void text(std::string_view name, std::string_view value) {
        key(name);
        appendJsonString(m_out, value);
    }
    void flag(std::string_view name, bool value) {
        key(name);
        m_out += value ? "true" : "false";
    }

    // The keys after "kind" for each node, in graphql-js's order.
    void keys(const NameNode &node) { text("value", node.value); }
    void keys(const DocumentNode &node) { list("definitions", node.definitions); }
    void keys(const OperationDefinitionNode &node) {
        text("operation", operationTypeName(node.operation));
        child("description", node.description);
        child("name", node.name);
        list("variableDefinitions", node.variableDefinitions);
        list("directives", node.directives);
        child("selectionSet", node.selectionSet);
    }
    void keys(const VariableDefinitionNode &node) {
        child("description", node.description);
        child("variable", node.variable);
        child("type", node.type);
        child("defaultValue", node.defaultValue);
        list("directives", node.directives);
    }
    void keys(const SelectionSetNode &node) { list("selections", node.selections); }
    void keys(const FieldNode &node) {
        child("alias", node.alias);
        child("name", node.name);
        list("arguments", node.arguments);
        list("directives", node.directives);
        child("selectionSet", node.selectionSet);
    }
    template<class T> void nameAndValue(const T &node) { // Argument, ObjectField
        child("name", node.name);
        child("value", node.value);
    }
    void keys(const FragmentSpreadNode &node) {
        child("name", node.name);
        list("directives", node.directives);
    }
    void keys(const InlineFragmentNode &node) {
        child("typeCondition", node.typeCondition);
        list("directives", node.directives);
        child("selectionSet", node.selectionSet);
    }
    void keys(const FragmentDefinitionNode &node) {
        child("description", node.description);
        child("name", node.name);
        child("typeCondition", node.typeCondition);
        list("directives", node.directives);
        child("selectionSet", node.selectionSet);
    }
    void keys(const DirectiveNode &node) {
        child("name", node.name);
        list("arguments", node.arguments);
    }
    void keys(const SchemaDefinitionNode &node) {
        child("description", node.description);
        list("directives", node.directives);
        list("operationTypes", node.operationTypes);
    }
    void keys(const OperationTypeDefinitionNode &node) {
        text("operation", operationTypeName(node.operation));
        child("type", node.type);
    }
    // Scalar, union, enum and input definitions and extensions: [description], name, directives, [list].
    template<class T> void describedName(const T &node) {
        if constexpr (requires { node.description; })
            child("description", node.description);
        child("name", node.name);
        list("directives", node.directives);
    }
    void keys(const ObjectLikeNode &node) {
        child("description", node.description);
        child("name", node.name);
        list("interfaces", node.interfaces);
        list("directives", node.directives);
        list("fields", node.fields);
    }
    void keys(const FieldDefinitionNode &node) {
        child("description", node.description);
        child("name", node.name);
        list("arguments", node.arguments);
        child("type", node.type);
        list("directives", node.directives);
    }
    void keys(const InputValueDefinitionNode &node) {
        child("description", node.description);
        child("name", node.name);
        child("type", node.type);
        child("defaultValue", node.defaultValue);
        list("directives", node.directives);
    }
    void keys(const DirectiveDefinitionNode &node) {
        child("description", node.description);
        child("name", node.name);
        list("arguments", node.arguments);
        list("directives", node.directives);
        flag("repeatable", node.repeatable);
        list("locations", node.locations);
    }
    void keys(const SchemaExtensionNode &node) {
        list("directives", node.directives);
        list("operationTypes", node.operationTypes);
    }

    bool executable(const Node &node);
    bool value(const Node &node);
    bool typeDefinition(const Node &node);
    bool typeMember(const Node &node);
    void extension(const Node &node);

    std::string &m_out;
};

template<class T> const T &as(const Node &node) {
    return static_cast<const T &>(node);
}

bool JsonWriter::executable(const Node &node) {
    switch (node.kind) {
    case Kind::Name:
        keys(as<NameNode>(node));
        return true;
    case Kind::Document:
        keys(as<DocumentNode>(node));
        return true;
    case Kind::OperationDefinition:
        keys(as<OperationDefinitionNode>(node));
        return true;
    case Kind::VariableDefinition:
        keys(as<VariableDefinitionNode>(node));
        return true;
    case Kind::SelectionSet:
        keys(as<SelectionSetNode>(node));
        return true;
    case Kind::Field:
        keys(as<FieldNode>(node));
        return true;
    case Kind::Argument:
        nameAndValue(as<ArgumentNode>(node));
        return true;
    case Kind::FragmentSpread:
        keys(as<FragmentSpreadNode>(node));
        return true;
    case Kind::InlineFragment:
        keys(as<InlineFragmentNode>(node));
        return true;
    case Kind::FragmentDefinition:
        keys(as<FragmentDefinitionNode>(node));
        return true;
    case Kind::Directive:
        keys(as<DirectiveNode>(node));
        return true;
    default:
        return false;
    }
}

bool JsonWriter::value(const Node &node) {
    switch (node.kind) {
    case Kind::Variable:
        child("name", as<VariableNode>(node).name);
        return true;
    case Kind::IntValue:
        text("value", as<IntValueNode>(node).value);
        return true;
    case Kind::FloatValue:
        text("value", as<FloatValueNode>(node).value);
        return true;
    case Kind::StringValue:
        text("value", as<StringValueNode>(node).value);
        flag("block", as<StringValueNode>(node).block);
        return true;
    case Kind::BooleanValue:
        flag("value", as<BooleanValueNode>(node).value);
        return true;
    case Kind::NullValue:
        return true;
    case Kind::EnumValue:
        text("value", as<EnumValueNode>(node).value);
        return true;
    case Kind::ListValue:
        list("values", as<ListValueNode>(node).values);
        return true;
    case Kind::ObjectValue:
        list("fields", as<ObjectValueNode>(node).fields);
        return true;
    case Kind::ObjectField:
        nameAndValue(as<ObjectFieldNode>(node));
        return true;
    default:
        return false;
    }
}

bool JsonWriter::typeDefinition(const Node &node) {
    switch (node.kind) {
    case Kind::SchemaDefinition:
        keys(as<SchemaDefinitionNode>(node));
        return true;
    case Kind::ScalarTypeDefinition:
        describedName(as<ScalarTypeDefinitionNode>(node));
        return true;
    case Kind::ObjectTypeDefinition:
    case Kind::InterfaceTypeDefinition:
    case Kind::ObjectTypeExtension:
    case Kind::InterfaceTypeExtension:
        keys(as<ObjectLikeNode>(node));
        return true;
    case Kind::UnionTypeDefinition:
        describedName(as<UnionTypeDefinitionNode>(node));
        list("types", as<UnionTypeDefinitionNode>(node).types);
        return true;
    case Kind::EnumTypeDefinition:
        describedName(as<EnumTypeDefinitionNode>(node));
        list("values", as<EnumTypeDefinitionNode>(node).values);
        return true;
    case Kind::InputObjectTypeDefinition:
        describedName(as<InputObjectTypeDefinitionNode>(node));
        list("fields", as<InputObjectTypeDefinitionNode>(node).fields);
        return true;
    case Kind::DirectiveDefinition:
        keys(as<DirectiveDefinitionNode>(node));
        return true;
    default:
        return false;
    }
}

// Type references and the parts of type definitions.
bool JsonWriter::typeMember(const Node &node) {
    switch (node.kind) {
    case Kind::NamedType:
        child("name", as<NamedTypeNode>(node).name);
        return true;
    case Kind::ListType:
        child("type", as<ListTypeNode>(node).type);
        return true;
    case Kind::NonNullType:
        child("type", as<NonNullTypeNode>(node).type);
        return true;
    case Kind::OperationTypeDefinition:
        keys(as<OperationTypeDefinitionNode>(node));
        return true;
    case Kind::FieldDefinition:
        keys(as<FieldDefinitionNode>(node));
        return true;
    case Kind::InputValueDefinition:
        keys(as<InputValueDefinitionNode>(node));
        return true;
    case Kind::EnumValueDefinition:
        describedName(as<EnumValueDefinitionNode>(node));
        return true;
    default:
        return false;
    }
}

void JsonWriter::extension(const Node &node) {
    switch (node.kind) {
    case Kind::SchemaExtension:
        return keys(as<SchemaExtensionNode>(node));
    case Kind::ScalarTypeExtension:
        return describedName(as<ScalarTypeExtensionNode>(node));
    case Kind::UnionTypeExtension:
        describedName(as<UnionTypeExtensionNode>(node));
        return list("types", as<UnionTypeExtensionNode>(node).types);
    case Kind::EnumTypeExtension:
        describedName(as<EnumTypeExtensionNode>(node));
        return list("values", as<EnumTypeExtensionNode>(node).values);
    case Kind::InputObjectTypeExtension:
        describedName(as<InputObjectTypeExtensionNode>(node));
        return list("fields", as<InputObjectTypeExtensionNode>(node).fields);
    default:
        return;
    }
}

} // namespace

void toJsonTo(std::string &out, const Node &node) {
    JsonWriter(out).node(node);
}

std::string toJson(const Node &node) {
    std::string out;
    toJsonTo(out, node);
    return out;
}

std::string toJson(const Document &document) {
    std::string out;
    // The JSON is several times the size of the source.
    out.reserve(document.source().size() * 6 + 64);
    toJsonTo(out, document.root());
    return out;
}

} // namespace altrata::graphql
