#include "variablecoercion.h"

#include "inputcoercion.h"
#include "jsonwriter.h"
#include "parser.h"
#include "suggestions.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace altrata::graphql {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// A JSON number as JavaScript prints it (1e-7, not 1e-07).
std::string jsNumber(double value) {
    std::string text;
    appendJsNumber(text, value);
    return text;
}

std::optional<double> numberOf(const element &e) {
    switch (e.type()) {
    case element_type::INT64:
        return static_cast<double>(int64_t(e));
    case element_type::UINT64:
        return static_cast<double>(uint64_t(e));
    case element_type::DOUBLE:
        return double(e);
    default:
        return std::nullopt;
    }
}

// graphql-js inspect(): depth-limited, `{ a: 1 }`, `[1, 2]`, strings JSON-quoted.
std::string inspect(const element &e, int depth = 0) {
    switch (e.type()) {
    case element_type::NULL_VALUE:
        return "null";
    case element_type::BOOL:
        return bool(e) ? "true" : "false";
    case element_type::STRING: {
        std::string out;
        appendJsonString(out, std::string_view(e));
        return out;
    }
    case element_type::ARRAY: {
        simdjson::dom::array array = e;
        if (array.size() == 0)
            return "[]";
        if (depth >= 2)
            return "[Array]";
        std::string out = "[";
        std::size_t index = 0;
        for (element item : array) {
            if (index == 10) {
                const std::size_t more = array.size() - 10;
                out += ", ... " + std::to_string(more) + (more == 1 ? " more item" : " more items");
                break;
            }
            out += (index++ ? ", " : "") + inspect(item, depth + 1);
        }
        return out + "]";
    }
    case element_type::OBJECT: {
        simdjson::dom::object object = e;
        if (object.size() == 0)
            return "{}";
        if (depth >= 2)
            return "[Object]";
        std::string out = "{ ";
        bool first = true;
        for (auto [key, value] : object) {
            out += (first ? "" : ", ") + std::string(key) + ": " + inspect(value, depth + 1);
            first = false;
        }
        return out + " }";
    }
    default:
        return jsNumber(*numberOf(e));
    }
}

// A literal (a default value) as JSON, without type-driven coercion.
void coerceObjectLiteral(const Schema &schema, const ObjectValueNode &node, const Type &type, std::string &out);

void literalToJson(const ValueNode *node, std::string &out) {
    switch (node->kind) {
    case Kind::IntValue:
        out += static_cast<const IntValueNode *>(node)->value;
        break;
    case Kind::FloatValue:
        out += static_cast<const FloatValueNode *>(node)->value;
        break;
    case Kind::StringValue:
        appendJsonString(out, static_cast<const StringValueNode *>(node)->value);
        break;
    case Kind::EnumValue:
        appendJsonString(out, static_cast<const EnumValueNode *>(node)->value);
        break;
    case Kind::BooleanValue:
        out += static_cast<const BooleanValueNode *>(node)->value ? "true" : "false";
        break;
    case Kind::ListValue: {
        out += '[';
        bool first = true;
        for (const ValueNode *item : static_cast<const ListValueNode *>(node)->values) {
            out += first ? "" : ",";
            first = false;
            literalToJson(item, out);
        }
        out += ']';
        break;
    }
    case Kind::ObjectValue: {
        out += '{';
        bool first = true;
        for (const ObjectFieldNode *f : static_cast<const ObjectValueNode *>(node)->fields) {
            out += first ? "" : ",";
            first = false;
            appendJsonString(out, f->name->value);
            out += ':';
            literalToJson(f->value, out);
        }
        out += '}';
        break;
    }
    default:
        out += "null";
        break;
    }
}

// A valid default value literal coerced to its type as graphql-js valueFromAST() does: single values
// wrapped into lists, missing input-object fields filled from their defaults, IDs as strings.
void coerceLiteral(const Schema &schema, const ValueNode *node, const TypeRef &type, std::string &out) {
    if (node->kind == Kind::NullValue)
        return void(out += "null");
    if (type.isNonNull())
        return coerceLiteral(schema, node, type.ofType(), out);
    if (type.isList()) {
        out += '[';
        if (node->kind != Kind::ListValue) {
            coerceLiteral(schema, node, type.ofType(), out);
        } else {
            bool first = true;
            for (const ValueNode *item : static_cast<const ListValueNode *>(node)->values) {
                out += first ? "" : ",";
                first = false;
                coerceLiteral(schema, item, type.ofType(), out);
            }
        }
        return void(out += ']');
    }
    const Type *named = schema.type(type.name);
    if (named && named->kind == TypeKind::InputObject && node->kind == Kind::ObjectValue)
        return coerceObjectLiteral(schema, *static_cast<const ObjectValueNode *>(node), *named, out);
    const bool number = node->kind == Kind::IntValue || node->kind == Kind::FloatValue;
    if (number && (type.name == "Int" || type.name == "Float")) {
        const std::string_view text = node->kind == Kind::IntValue ? static_cast<const IntValueNode *>(node)->value
                                                                   : static_cast<const FloatValueNode *>(node)->value;
        return void(out += jsNumber(std::strtod(std::string(text).c_str(), nullptr)));
    }
    if (type.name == "ID" && node->kind == Kind::IntValue)
        return appendJsonString(out, static_cast<const IntValueNode *>(node)->value);
    literalToJson(node, out);
}

void coerceObjectLiteral(const Schema &schema, const ObjectValueNode &node, const Type &type, std::string &out) {
    out += '{';
    bool first = true;
    for (const InputValue &field : type.inputFields) {
        const ValueNode *value = nullptr;
        for (const ObjectFieldNode *f : node.fields)
            if (f->name->value == field.name)
                value = f->value;
        ValueParseResult parsedDefault;
        if (!value && field.defaultValue) {
            parsedDefault = parseConstValue(*field.defaultValue);
            value = parsedDefault.node;
        }
        if (!value)
            continue;
        out += first ? "" : ",";
        first = false;
        appendJsonString(out, field.name);
        out += ':';
        coerceLiteral(schema, value, field.type, out);
    }
    out += '}';
}

std::vector<std::string_view> enumNames(const Type &type) {
    std::vector<std::string_view> names;
    for (const EnumValue &v : type.enumValues)
        names.push_back(v.name);
    return names;
}

std::vector<std::string_view> inputFieldNames(const Type &type) {
    std::vector<std::string_view> names;
    for (const InputValue &f : type.inputFields)
        names.push_back(f.name);
    return names;
}

struct PathedError {
    std::string message;
    std::string path; // graphql-js printPathArray(): .field and [index]
    std::string value;
};

class Coercer {
public:
    explicit Coercer(const Schema &schema)
        : m_schema(schema) {}
    std::vector<PathedError> errors;

    void coerce(const element &value, const TypeRef &type, const std::string &path, std::string &out);

private:
    void coerceLeaf(const element &value, const Type &type, const std::string &path, std::string &out);
    void coerceInputObject(const element &value, const Type &type, const std::string &path, std::string &out);
    void checkOneOf(const Type &type, const std::vector<std::pair<std::string, bool>> &keys, const std::string &path,
                    const element &value);
    void fail(std::string message, const std::string &path, const element &value) {
        errors.push_back({std::move(message), path, inspect(value)});
    }
    const Schema &m_schema;
};

void Coercer::coerce(const element &value, const TypeRef &type, const std::string &path, std::string &out) {
    if (type.isNonNull()) {
        if (value.is_null())
            return fail("Expected non-nullable type \"" + type.toString() + "\" not to be null.", path, value);
        return coerce(value, type.ofType(), path, out);
    }
    if (value.is_null()) {
        out += "null";
        return;
    }
    if (type.isList()) {
        const TypeRef item = type.ofType();
        if (!value.is_array()) { // a single value stands for a list of one
            out += '[';
            coerce(value, item, path, out);
            out += ']';
            return;
        }
        out += '[';
        std::size_t index = 0;
        for (element e : simdjson::dom::array(value)) {
            out += index ? "," : "";
            coerce(e, item, path + '[' + std::to_string(index) + ']', out);
            ++index;
        }
        out += ']';
        return;
    }
    const Type *named = m_schema.type(type.name);
    if (!named)
        return;
    if (named->kind == TypeKind::InputObject)
        return coerceInputObject(value, *named, path, out);
    coerceLeaf(value, *named, path, out);
}

void Coercer::coerceInputObject(const element &value, const Type &type, const std::string &path, std::string &out) {
    if (!value.is_object())
        return fail("Expected type \"" + type.name + "\" to be an object.", path, value);
    simdjson::dom::object object = value;
    out += '{';
    bool first = true;
    std::vector<std::pair<std::string, bool>> keys; // coerced keys in order, and whether the value is null
    for (const InputValue &field : type.inputFields) {
        element fieldValue;
        if (object.at_key(field.name).get(fieldValue) != simdjson::SUCCESS) {
            if (field.defaultValue) {
                ValueParseResult parsed = parseConstValue(*field.defaultValue);
                out += first ? "" : ",";
                first = false;
                appendJsonString(out, field.name);
                out += ':';
                coerceLiteral(m_schema, parsed.node, field.type, out);
                keys.emplace_back(field.name, parsed.node->kind == Kind::NullValue);
            } else if (field.type.isNonNull()) {
                fail("Field \"" + field.name + "\" of required type \"" + field.type.toString() +
                         "\" was not provided.",
                     path, value);
            }
            continue;
        }
        out += first ? "" : ",";
        first = false;
        appendJsonString(out, field.name);
        out += ':';
        coerce(fieldValue, field.type, path + '.' + field.name, out);
        keys.emplace_back(field.name, fieldValue.is_null());
    }
    for (auto [key, unused] : object) {
        (void)unused;
        if (!type.inputField(key))
            fail("Field \"" + std::string(key) + "\" is not defined by type \"" + type.name + "\"." +
                     didYouMean(suggestionList(key, inputFieldNames(type))),
                 path, value);
    }
    if (type.isOneOf)
        checkOneOf(type, keys, path, value);
    out += '}';
}

// graphql-js: a @oneOf input object needs exactly one key (defaults count), and it must not be null.
void Coercer::checkOneOf(const Type &type, const std::vector<std::pair<std::string, bool>> &keys,
                         const std::string &path, const element &value) {
    if (keys.size() != 1)
        fail("Exactly one key must be specified for OneOf type \"" + type.name + "\".", path, value);
    if (!keys.empty() && keys.front().second)
        errors.push_back(
            {"Field \"" + keys.front().first + "\" must be non-null.", path + '.' + keys.front().first, "null"});
}

void Coercer::coerceLeaf(const element &value, const Type &type, const std::string &path, std::string &out) {
    const std::string shown = inspect(value);
    if (type.kind == TypeKind::Enum) {
        if (!value.is_string())
            return fail("Enum \"" + type.name + "\" cannot represent non-string value: " + shown + "." +
                            didYouMean(suggestionList(shown, enumNames(type)), "the enum value"),
                        path, value);
        if (!type.enumValue(std::string_view(value)))
            return fail("Value \"" + std::string(std::string_view(value)) + "\" does not exist in \"" + type.name +
                            "\" enum." +
                            didYouMean(suggestionList(std::string_view(value), enumNames(type)), "the enum value"),
                        path, value);
        appendJsonString(out, std::string_view(value));
        return;
    }
    const std::optional<double> number = numberOf(value);
    if (type.name == "Int") {
        if (!number || *number != std::floor(*number))
            return fail("Int cannot represent non-integer value: " + shown, path, value);
        if (*number > 2147483647.0 || *number < -2147483648.0)
            return fail("Int cannot represent non 32-bit signed integer value: " + shown, path, value);
        out += jsNumber(*number);
    } else if (type.name == "Float") {
        if (!number)
            return fail("Float cannot represent non numeric value: " + shown, path, value);
        out += jsNumber(*number);
    } else if (type.name == "String") {
        if (!value.is_string())
            return fail("String cannot represent a non string value: " + shown, path, value);
        out += shown;
    } else if (type.name == "Boolean") {
        if (!value.is_bool())
            return fail("Boolean cannot represent a non boolean value: " + shown, path, value);
        out += shown;
    } else if (type.name == "ID") {
        if (value.is_string())
            out += shown;
        else if (number && *number == std::floor(*number))
            appendJsonString(out, jsNumber(*number));
        else
            return fail("ID cannot represent value: " + shown, path, value);
    } else {
        out += simdjson::minify(value); // custom scalars: graphql-js's default parseValue is the identity
    }
}

// graphql-js execute() passes maxErrors: 50 to getVariableValues().
constexpr std::size_t kMaxErrors = 50;

// Adds an error, or the limit error (returns false) once kMaxErrors were added.
bool addError(VariableCoercion &result, GraphQLErrorInfo error) {
    if (result.errors.size() >= kMaxErrors) {
        result.errors.push_back(
            {"Too many errors processing variables, error limit reached. Execution aborted.", {}, std::nullopt});
        return false;
    }
    result.errors.push_back(std::move(error));
    return true;
}

enum class Outcome { Value, NoValue, Abort };

// One variable of getVariableValues(): its coerced JSON into `coerced`, or errors into `result`.
Outcome coerceVariable(const Schema &schema, const VariableDefinitionNode &def, const simdjson::dom::object &inputs,
                       VariableCoercion &result, std::string &coerced) {
    const std::string name(def.variable->name->value);
    const TypeRef type = def.type ? typeRefFromNode(*def.type) : TypeRef{};
    const GraphQLErrorLocation at{def.start.line, def.start.column};
    auto refuse = [&](std::string message, GraphQLErrorLocation where) {
        return addError(result, {std::move(message), {where}, std::nullopt}) ? Outcome::NoValue : Outcome::Abort;
    };
    const Type *named = schema.type(type.name);
    if (!named || !named->isInputType())
        return refuse("Variable \"$" + name + "\" expected value of type \"" + type.toString() +
                          "\" which cannot be used as an input type.",
                      {def.type->start.line, def.type->start.column});
    element value;
    if (inputs.at_key(name).get(value) != simdjson::SUCCESS) {
        if (def.defaultValue) {
            coerceLiteral(schema, def.defaultValue, type, coerced);
            return Outcome::Value;
        }
        if (type.isNonNull())
            return refuse("Variable \"$" + name + "\" of required type \"" + type.toString() + "\" was not provided.",
                          at);
        return Outcome::NoValue;
    }
    if (value.is_null() && type.isNonNull())
        return refuse("Variable \"$" + name + "\" of non-null type \"" + type.toString() + "\" must not be null.", at);
    Coercer coercer(schema);
    coercer.coerce(value, type, std::string(), coerced);
    for (const PathedError &e : coercer.errors) {
        std::string message = "Variable \"$" + name + "\" got invalid value " + e.value;
        if (!e.path.empty())
            message += " at \"" + name + e.path + "\"";
        if (refuse(message + "; " + e.message, at) == Outcome::Abort)
            return Outcome::Abort;
    }
    return coercer.errors.empty() ? Outcome::Value : Outcome::NoValue;
}

} // namespace

VariableCoercion coerceVariables(const Schema &schema, const OperationDefinitionNode &operation,
                                 std::string_view variablesJson) {
    VariableCoercion result;
    simdjson::dom::parser parser;
    element root;
    const std::string text = variablesJson.empty() ? std::string("{}") : std::string(variablesJson);
    if (parser.parse(simdjson::padded_string(text)).get(root) != simdjson::SUCCESS || !root.is_object()) {
        result.errors.push_back({"Variables must be provided as a JSON object.", {}, std::nullopt});
        return result;
    }
    const simdjson::dom::object inputs = root;
    std::string out = "{";
    for (const VariableDefinitionNode *def : operation.variableDefinitions) {
        std::string coerced;
        const Outcome outcome = coerceVariable(schema, *def, inputs, result, coerced);
        if (outcome == Outcome::Abort)
            return result;
        if (outcome == Outcome::NoValue)
            continue;
        out += out.size() > 1 ? "," : "";
        appendJsonString(out, def->variable->name->value);
        out += ':' + coerced;
    }
    if (result.errors.empty())
        result.coercedJson = out + '}';
    return result;
}

} // namespace altrata::graphql
