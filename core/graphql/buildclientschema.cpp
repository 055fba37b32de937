#include "buildclientschema.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

namespace altrata::graphql {

namespace {

using simdjson::SUCCESS;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr std::array<std::pair<std::string_view, TypeKind>, 6> kindNames = {{
    {"SCALAR", TypeKind::Scalar},
    {"OBJECT", TypeKind::Object},
    {"INTERFACE", TypeKind::Interface},
    {"UNION", TypeKind::Union},
    {"ENUM", TypeKind::Enum},
    {"INPUT_OBJECT", TypeKind::InputObject},
}};

std::string_view stringField(element value, std::string_view key) {
    std::string_view text;
    if (value[key].get_string().get(text) != SUCCESS)
        return {};
    return text;
}

// A string member; nullopt when absent, null or not a string (how graphql-js treats a missing description).
std::optional<std::string> optionalString(element value, std::string_view key) {
    std::string_view text;
    if (value[key].get_string().get(text) != SUCCESS)
        return std::nullopt;
    return std::string(text);
}

bool boolField(element value, std::string_view key) {
    bool flag = false;
    return value[key].get_bool().get(flag) == SUCCESS && flag;
}

// The list member `key`; false when it is absent, null or not a list.
bool listField(element value, std::string_view key, array &out) {
    return value[key].get_array().get(out) == SUCCESS;
}

std::string inQuotes(std::string_view name) {
    return '"' + std::string(name) + '"';
}

class ClientSchemaReader {
public:
    std::optional<Schema> read(element schema);

private:
    bool readTypeRef(element holder, TypeRef &out);
    std::vector<InputValue> readInputValues(array list, const std::string &owner);
    std::vector<Field> readFields(element type, const std::string &owner);
    std::vector<std::string> readNames(element type, std::string_view key, const std::string &owner);
    std::vector<EnumValue> readEnumValues(element type, const std::string &owner);
    void readType(element type);
    void readDirective(element directive);
    void readRoot(element schema, std::string_view key, void (SchemaBuilder::*set)(std::string));
    template<typename T>
    void addUnique(std::vector<T> &list, std::unordered_map<std::string, std::size_t> &positions, T item,
                   const std::string &owner);
    void checkInputOutputUse();
    void checkInputValues(const std::vector<InputValue> &values, const std::string &owner);
    void warn(std::string text) { m_builder.addWarning(std::move(text)); }

    SchemaBuilder m_builder;
};

// The "type" member of `holder`, unwrapped; false when it is missing or malformed.
bool ClientSchemaReader::readTypeRef(element holder, TypeRef &out) {
    element ref;
    if (holder["type"].get(ref) != SUCCESS)
        return false;
    for (;;) {
        const std::string_view kind = stringField(ref, "kind");
        if (kind != "LIST" && kind != "NON_NULL") {
            out.name = std::string(stringField(ref, "name"));
            return !out.name.empty();
        }
        out.wrappers.push_back(kind == "LIST" ? TypeRef::Wrapper::List : TypeRef::Wrapper::NonNull);
        element inner;
        if (ref["ofType"].get(inner) != SUCCESS || inner.is_null())
            return false; // graphql-js: "Decorated type deeper than introspection query."
        ref = inner;
    }
}

// Adds `item` to `list` unless its name is already there; then the new content replaces the old one
// in the old position with a warning, as graphql-js's keyValMap (later key wins, first key order) does.
template<typename T>
void ClientSchemaReader::addUnique(std::vector<T> &list, std::unordered_map<std::string, std::size_t> &positions,
                                   T item, const std::string &owner) {
    const auto [it, added] = positions.try_emplace(item.name, list.size());
    if (added) {
        list.push_back(std::move(item));
        return;
    }
    warn(owner + " defines " + inQuotes(item.name) + " more than once; the last definition is used.");
    list[it->second] = std::move(item);
}

std::vector<InputValue> ClientSchemaReader::readInputValues(array list, const std::string &owner) {
    std::vector<InputValue> values;
    values.reserve(list.size());
    std::unordered_map<std::string, std::size_t> positions;
    for (element item : list) {
        InputValue value;
        value.name = std::string(stringField(item, "name"));
        if (value.name.empty() || !readTypeRef(item, value.type)) {
            warn(owner + " has an argument or input field without a usable name and type; it is skipped.");
            continue;
        }
        value.description = optionalString(item, "description");
        value.defaultValue = optionalString(item, "defaultValue");
        value.deprecationReason = optionalString(item, "deprecationReason");
        addUnique(values, positions, std::move(value), owner);
    }
    return values;
}

std::vector<Field> ClientSchemaReader::readFields(element type, const std::string &owner) {
    std::vector<Field> fields;
    array list;
    if (!listField(type, "fields", list)) {
        warn(owner + " has no list of fields (was the full introspection query used?).");
        return fields;
    }
    fields.reserve(list.size());
    std::unordered_map<std::string, std::size_t> positions;
    for (element item : list) {
        Field field;
        field.name = std::string(stringField(item, "name"));
        if (field.name.empty() || !readTypeRef(item, field.type)) {
            warn(owner + " has a field without a usable name and type; it is skipped.");
            continue;
        }
        field.description = optionalString(item, "description");
        field.deprecationReason = optionalString(item, "deprecationReason");
        array args;
        if (listField(item, "args", args))
            field.args = readInputValues(args, "Field " + owner.substr(5) + "." + field.name);
        else
            warn("Field " + owner.substr(5) + "." + field.name + " has no list of arguments.");
        addUnique(fields, positions, std::move(field), owner);
    }
    return fields;
}

std::vector<std::string> ClientSchemaReader::readNames(element type, std::string_view key, const std::string &owner) {
    std::vector<std::string> names;
    array list;
    if (!listField(type, key, list)) {
        warn(owner + " has no list of " + std::string(key) + ".");
        return names;
    }
    for (element item : list) {
        const std::string_view name = stringField(item, "name");
        if (name.empty())
            warn(owner + " lists an entry in " + std::string(key) + " without a name; it is skipped.");
        else
            names.emplace_back(name);
    }
    return names;
}

std::vector<EnumValue> ClientSchemaReader::readEnumValues(element type, const std::string &owner) {
    std::vector<EnumValue> values;
    array list;
    if (!listField(type, "enumValues", list)) {
        warn(owner + " has no list of enum values.");
        return values;
    }
    std::unordered_map<std::string, std::size_t> positions;
    for (element item : list) {
        const std::string_view name = stringField(item, "name");
        if (name.empty())
            continue;
        addUnique(values, positions,
                  EnumValue{std::string(name), optionalString(item, "description"),
                            optionalString(item, "deprecationReason")},
                  owner);
    }
    return values;
}

void ClientSchemaReader::readType(element json) {
    Type type;
    type.name = std::string(stringField(json, "name"));
    const std::string_view kind = stringField(json, "kind");
    const auto known = std::find_if(kindNames.begin(), kindNames.end(), [&](const auto &k) { return k.first == kind; });
    if (type.name.empty() || known == kindNames.end()) {
        warn("A type without a name or with an unknown kind (" + inQuotes(kind) + ") is skipped.");
        return;
    }
    const std::string owner = "Type " + type.name;
    type.kind = known->second;
    type.description = optionalString(json, "description");
    switch (type.kind) {
    case TypeKind::Scalar:
        type.specifiedByURL = optionalString(json, "specifiedByURL");
        break;
    case TypeKind::Object:
    case TypeKind::Interface:
        type.fields = readFields(json, owner);
        if (type.kind == TypeKind::Object || json["interfaces"].is_array()) // null is fine on an interface
            type.interfaces = readNames(json, "interfaces", owner);
        break;
    case TypeKind::Union:
        type.unionMembers = readNames(json, "possibleTypes", owner);
        break;
    case TypeKind::Enum:
        type.enumValues = readEnumValues(json, owner);
        break;
    case TypeKind::InputObject: {
        array list;
        if (listField(json, "inputFields", list))
            type.inputFields = readInputValues(list, owner);
        else
            warn(owner + " has no list of input fields.");
        type.isOneOf = boolField(json, "isOneOf");
        break;
    }
    }
    m_builder.addType(std::move(type));
}

void ClientSchemaReader::readDirective(element json) {
    Directive directive;
    directive.name = std::string(stringField(json, "name"));
    if (directive.name.empty()) {
        warn("A directive without a name is skipped.");
        return;
    }
    const std::string owner = "Directive @" + directive.name;
    directive.description = optionalString(json, "description");
    directive.isRepeatable = boolField(json, "isRepeatable");
    array list;
    if (listField(json, "args", list))
        directive.args = readInputValues(list, owner);
    else
        warn(owner + " has no list of arguments.");
    if (listField(json, "locations", list)) {
        for (element location : list) {
            std::string_view name;
            if (location.get_string().get(name) == SUCCESS)
                directive.locations.emplace_back(name);
        }
    } else {
        warn(owner + " has no list of locations.");
    }
    m_builder.addDirective(std::move(directive));
}

void ClientSchemaReader::readRoot(element schema, std::string_view key, void (SchemaBuilder::*set)(std::string)) {
    element root;
    if (schema[key].get(root) != SUCCESS || root.is_null())
        return;
    const std::string_view name = stringField(root, "name");
    if (name.empty())
        warn("The schema's " + std::string(key) + " has no name; the schema has no such root.");
    else
        (m_builder.*set)(std::string(name));
}

// graphql-js refuses a field whose type is an input object, or an argument / input field whose type is
// an object, interface or union; here they stay, with a warning.
void ClientSchemaReader::checkInputOutputUse() {
    for (const Type &type : m_builder.pendingTypes()) {
        for (const Field &field : type.fields) {
            const Type *target = m_builder.findType(field.type.name);
            if (target && target->kind == TypeKind::InputObject)
                warn("Field " + type.name + "." + field.name + " has the input type " + target->name +
                     ", which is not an output type.");
            checkInputValues(field.args, "Field " + type.name + "." + field.name);
        }
        checkInputValues(type.inputFields, "Type " + type.name);
    }
    for (const Directive &directive : m_builder.pendingDirectives())
        checkInputValues(directive.args, "Directive @" + directive.name);
}

void ClientSchemaReader::checkInputValues(const std::vector<InputValue> &values, const std::string &owner) {
    for (const InputValue &value : values) {
        const Type *target = m_builder.findType(value.type.name);
        if (target && !target->isInputType())
            warn(owner + " has the argument or input field " + inQuotes(value.name) + " of type " + target->name +
                 ", which is not an input type.");
    }
}

std::optional<Schema> ClientSchemaReader::read(element schema) {
    m_builder.setAddMissingSpecifiedDirectives(false); // graphql-js keeps exactly the listed directives
    m_builder.setDescription(optionalString(schema, "description"));
    readRoot(schema, "queryType", &SchemaBuilder::setQueryType);
    readRoot(schema, "mutationType", &SchemaBuilder::setMutationType);
    readRoot(schema, "subscriptionType", &SchemaBuilder::setSubscriptionType);
    array list;
    if (!listField(schema, "types", list))
        return std::nullopt;
    for (element type : list)
        readType(type);
    if (listField(schema, "directives", list)) {
        for (element directive : list)
            readDirective(directive);
    }
    checkInputOutputUse();
    return std::move(m_builder).build();
}

} // namespace

ClientSchemaResult buildClientSchema(std::string_view introspectionJson) {
    ClientSchemaResult result;
    simdjson::dom::parser parser;
    element root;
    if (const auto code = parser.parse(simdjson::padded_string(introspectionJson)).get(root); code != SUCCESS) {
        result.error =
            std::string("The introspection result is not valid JSON (") + simdjson::error_message(code) + ").";
        return result;
    }
    element schema;
    if (root["__schema"].get(schema) != SUCCESS && root.at_pointer("/data/__schema").get(schema) != SUCCESS) {
        std::string_view message;
        if (root.at_pointer("/errors/0/message").get_string().get(message) == SUCCESS)
            result.error = "The server answered the introspection query with an error: " + std::string(message);
        else
            result.error = "The JSON holds no introspection result (no \"__schema\" object).";
        return result;
    }
    if (!schema.is_object()) {
        result.error = "The introspection result's \"__schema\" is not an object.";
        return result;
    }
    result.schema = ClientSchemaReader().read(schema);
    if (!result.schema)
        result.error = "The introspection result lists no types (\"__schema.types\" is missing).";
    return result;
}

} // namespace altrata::graphql
