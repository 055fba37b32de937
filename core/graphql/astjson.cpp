#include "astjson.h"

namespace altrata::graphql {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// JSON.stringify's string form: `"`, `\` and control characters escaped, everything else as is.
void appendJsonString(std::string &out, std::string_view text) {
    out += '"';
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(text.data() + plain, text.size() - plain);
    out += '"';
}

class JsonWriter {
public:
    explicit JsonWriter(std::string &out)
        : m_out(out) {}

    void node(const Node &node);

private:
    // `{"kind":"X"`; the caller adds the other keys and the closing brace.
    void open(const Node &node) {
        m_out += R"({"kind":")";
        m_out += kindName(node.kind);
        m_out += '"';
    }
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

    void leaf(const Node &node);
    bool executable(const Node &node);
    bool typeSystem(const Node &node);
    bool extension(const Node &node);
    void objectLike(const ObjectLikeNode &node);

    std::string &m_out;
};

// Name, values, types and the small pairs.
void JsonWriter::leaf(const Node &node) {
    switch (node.kind) {
    case Kind::Name:
        return text("value", static_cast<const NameNode &>(node).value);
    case Kind::Variable:
        return child("name", static_cast<const VariableNode &>(node).name);
    case Kind::IntValue:
        return text("value", static_cast<const IntValueNode &>(node).value);
    case Kind::FloatValue:
        return text("value", static_cast<const FloatValueNode &>(node).value);
    case Kind::StringValue:
        text("value", static_cast<const StringValueNode &>(node).value);
        return flag("block", static_cast<const StringValueNode &>(node).block);
    case Kind::BooleanValue:
        return flag("value", static_cast<const BooleanValueNode &>(node).value);
    case Kind::EnumValue:
        return text("value", static_cast<const EnumValueNode &>(node).value);
    case Kind::ListValue:
        return list("values", static_cast<const ListValueNode &>(node).values);
    case Kind::ObjectValue:
        return list("fields", static_cast<const ObjectValueNode &>(node).fields);
    case Kind::ObjectField:
        child("name", static_cast<const ObjectFieldNode &>(node).name);
        return child("value", static_cast<const ObjectFieldNode &>(node).value);
    case Kind::Argument:
        child("name", static_cast<const ArgumentNode &>(node).name);
        return child("value", static_cast<const ArgumentNode &>(node).value);
    case Kind::Directive:
        child("name", static_cast<const DirectiveNode &>(node).name);
        return list("arguments", static_cast<const DirectiveNode &>(node).arguments);
    case Kind::NamedType:
        return child("name", static_cast<const NamedTypeNode &>(node).name);
    case Kind::ListType:
        return child("type", static_cast<const ListTypeNode &>(node).type);
    case Kind::NonNullType:
        return child("type", static_cast<const NonNullTypeNode &>(node).type);
    default: // NullValue has nothing but its kind
        return;
    }
}

bool JsonWriter::executable(const Node &node) {
    switch (node.kind) {
    case Kind::Document:
        list("definitions", static_cast<const DocumentNode &>(node).definitions);
        return true;
    case Kind::OperationDefinition: {
        const auto &operation = static_cast<const OperationDefinitionNode &>(node);
        text("operation", operationTypeName(operation.operation));
        child("name", operation.name);
        list("variableDefinitions", operation.variableDefinitions);
        list("directives", operation.directives);
        child("selectionSet", operation.selectionSet);
        return true;
    }
    case Kind::VariableDefinition: {
        const auto &variable = static_cast<const VariableDefinitionNode &>(node);
        child("variable", variable.variable);
        child("type", variable.type);
        child("defaultValue", variable.defaultValue);
        list("directives", variable.directives);
        return true;
    }
    case Kind::SelectionSet:
        list("selections", static_cast<const SelectionSetNode &>(node).selections);
        return true;
    case Kind::Field: {
        const auto &field = static_cast<const FieldNode &>(node);
        child("alias", field.alias);
        child("name", field.name);
        list("arguments", field.arguments);
        list("directives", field.directives);
        child("selectionSet", field.selectionSet);
        return true;
    }
    case Kind::FragmentSpread:
        child("name", static_cast<const FragmentSpreadNode &>(node).name);
        list("directives", static_cast<const FragmentSpreadNode &>(node).directives);
        return true;
    case Kind::InlineFragment: {
        const auto &fragment = static_cast<const InlineFragmentNode &>(node);
        child("typeCondition", fragment.typeCondition);
        list("directives", fragment.directives);
        child("selectionSet", fragment.selectionSet);
        return true;
    }
    case Kind::FragmentDefinition: {
        const auto &fragment = static_cast<const FragmentDefinitionNode &>(node);
        child("name", fragment.name);
        child("typeCondition", fragment.typeCondition);
        list("directives", fragment.directives);
        child("selectionSet", fragment.selectionSet);
        return true;
    }
    default:
        return false;
    }
}

void JsonWriter::objectLike(const ObjectLikeNode &node) {
    child("description", node.description);
    child("name", node.name);
    list("interfaces", node.interfaces);
    list("directives", node.directives);
    list("fields", node.fields);
}

bool JsonWriter::typeSystem(const Node &node) {
    switch (node.kind) {
    case Kind::SchemaDefinition: {
        const auto &schema = static_cast<const SchemaDefinitionNode &>(node);
        child("description", schema.description);
        list("directives", schema.directives);
        list("operationTypes", schema.operationTypes);
        return true;
    }
    case Kind::OperationTypeDefinition: {
        const auto &operationType = static_cast<const OperationTypeDefinitionNode &>(node);
        text("operation", operationTypeName(operationType.operation));
        child("type", operationType.type);
        return true;
    }
    case Kind::ScalarTypeDefinition: {
        const auto &scalar = static_cast<const ScalarTypeDefinitionNode &>(node);
        child("description", scalar.description);
        child("name", scalar.name);
        list("directives", scalar.directives);
        return true;
    }
    case Kind::ObjectTypeDefinition:
    case Kind::InterfaceTypeDefinition:
        objectLike(static_cast<const ObjectLikeNode &>(node));
        return true;
    case Kind::FieldDefinition: {
        const auto &field = static_cast<const FieldDefinitionNode &>(node);
        child("description", field.description);
        child("name", field.name);
        list("arguments", field.arguments);
        child("type", field.type);
        list("directives", field.directives);
        return true;
    }
    case Kind::InputValueDefinition: {
        const auto &input = static_cast<const InputValueDefinitionNode &>(node);
        child("description", input.description);
        child("name", input.name);
        child("type", input.type);
        child("defaultValue", input.defaultValue);
        list("directives", input.directives);
        return true;
    }
    case Kind::UnionTypeDefinition: {
        const auto &unionNode = static_cast<const UnionTypeDefinitionNode &>(node);
        child("description", unionNode.description);
        child("name", unionNode.name);
        list("directives", unionNode.directives);
        list("types", unionNode.types);
        return true;
    }
    case Kind::EnumTypeDefinition: {
        const auto &enumNode = static_cast<const EnumTypeDefinitionNode &>(node);
        child("description", enumNode.description);
        child("name", enumNode.name);
        list("directives", enumNode.directives);
        list("values", enumNode.values);
        return true;
    }
    case Kind::EnumValueDefinition: {
        const auto &value = static_cast<const EnumValueDefinitionNode &>(node);
        child("description", value.description);
        child("name", value.name);
        list("directives", value.directives);
        return true;
    }
    case Kind::InputObjectTypeDefinition: {
        const auto &input = static_cast<const InputObjectTypeDefinitionNode &>(node);
        child("description", input.description);
        child("name", input.name);
        list("directives", input.directives);
        list("fields", input.fields);
        return true;
    }
    case Kind::DirectiveDefinition: {
        const auto &directive = static_cast<const DirectiveDefinitionNode &>(node);
        child("description", directive.description);
        child("name", directive.name);
        list("arguments", directive.arguments);
        // graphql-js 16.15 always sets directives (only its experimental option fills it).
        key("directives");
        m_out += "[]";
        flag("repeatable", directive.repeatable);
        list("locations", directive.locations);
        return true;
    }
    default:
        return extension(node);
    }
}

bool JsonWriter::extension(const Node &node) {
    switch (node.kind) {
    case Kind::SchemaExtension:
        list("directives", static_cast<const SchemaExtensionNode &>(node).directives);
        list("operationTypes", static_cast<const SchemaExtensionNode &>(node).operationTypes);
        return true;
    case Kind::ScalarTypeExtension:
        child("name", static_cast<const ScalarTypeExtensionNode &>(node).name);
        list("directives", static_cast<const ScalarTypeExtensionNode &>(node).directives);
        return true;
    case Kind::ObjectTypeExtension:
    case Kind::InterfaceTypeExtension:
        objectLike(static_cast<const ObjectLikeNode &>(node));
        return true;
    case Kind::UnionTypeExtension:
        child("name", static_cast<const UnionTypeExtensionNode &>(node).name);
        list("directives", static_cast<const UnionTypeExtensionNode &>(node).directives);
        list("types", static_cast<const UnionTypeExtensionNode &>(node).types);
        return true;
    case Kind::EnumTypeExtension:
        child("name", static_cast<const EnumTypeExtensionNode &>(node).name);
        list("directives", static_cast<const EnumTypeExtensionNode &>(node).directives);
        list("values", static_cast<const EnumTypeExtensionNode &>(node).values);
        return true;
    case Kind::InputObjectTypeExtension:
        child("name", static_cast<const InputObjectTypeExtensionNode &>(node).name);
        list("directives", static_cast<const InputObjectTypeExtensionNode &>(node).directives);
        list("fields", static_cast<const InputObjectTypeExtensionNode &>(node).fields);
        return true;
    default:
        return false;
    }
}

void JsonWriter::node(const Node &node) {
    open(node);
    if (!executable(node) && !typeSystem(node))
        leaf(node);
    m_out += '}';
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
