#include "inputcoercion.h"

#include "parser.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace altrata::graphql {

TypeRef typeRefFromNode(const TypeNode &node) {
    if (auto *nn = nodeCast<NonNullTypeNode>(&node, Kind::NonNullType))
        return nn->type ? TypeRef::nonNullOf(typeRefFromNode(*nn->type)) : TypeRef::named({});
    if (auto *list = nodeCast<ListTypeNode>(&node, Kind::ListType))
        return list->type ? TypeRef::listOf(typeRefFromNode(*list->type)) : TypeRef::named({});
    auto *named = nodeCast<NamedTypeNode>(&node, Kind::NamedType);
    return TypeRef::named(named && named->name ? std::string(named->name->value) : std::string());
}

namespace {

bool isWrapper(const TypeRef &t, std::size_t w, TypeRef::Wrapper kind) {
    return w < t.wrappers.size() && t.wrappers[w] == kind;
}

std::optional<Value> findVariable(const ValueObject *variables, std::string_view name) {
    if (!variables)
        return std::nullopt;
    for (const auto &[key, value] : *variables)
        if (key == name)
            return value;
    return std::nullopt;
}

std::optional<Value> scalarFromAst(const Type &type, const ValueNode &node) {
    const std::string &name = type.name;
    if (name == "Int") {
        auto *i = nodeCast<IntValueNode>(&node, Kind::IntValue);
        std::int64_t v = 0;
        if (!i || std::from_chars(i->value.data(), i->value.data() + i->value.size(), v).ec != std::errc() ||
            v < INT32_MIN || v > INT32_MAX)
            return std::nullopt;
        return Value::fromInt(v);
    }
    if (name == "Float") {
        if (node.kind != Kind::IntValue && node.kind != Kind::FloatValue)
            return std::nullopt;
        const auto text = std::string(static_cast<const IntValueNode &>(node).value);
        return Value::fromFloat(std::strtod(text.c_str(), nullptr));
    }
    if (name == "String" || name == "ID") {
        if (auto *s = nodeCast<StringValueNode>(&node, Kind::StringValue))
            return Value::fromString(std::string(s->value));
        if (auto *i = nodeCast<IntValueNode>(&node, Kind::IntValue); i && name == "ID")
            return Value::fromString(std::string(i->value));
        return std::nullopt;
    }
    if (name == "Boolean") {
        if (auto *b = nodeCast<BooleanValueNode>(&node, Kind::BooleanValue))
            return Value::fromBool(b->value);
        return std::nullopt;
    }
    return std::nullopt; // custom scalars: handled by the caller (untyped)
}

Value untypedFromAst(const ValueNode &node, const ValueObject *variables) {
    switch (node.kind) {
    case Kind::IntValue:
    case Kind::FloatValue: {
        const auto text = std::string(static_cast<const IntValueNode &>(node).value);
        if (node.kind == Kind::IntValue)
            return Value::fromInt(std::strtoll(text.c_str(), nullptr, 10));
        return Value::fromFloat(std::strtod(text.c_str(), nullptr));
    }
    case Kind::StringValue:
        return Value::fromString(std::string(static_cast<const StringValueNode &>(node).value));
    case Kind::EnumValue:
        return Value::fromString(std::string(static_cast<const EnumValueNode &>(node).value));
    case Kind::BooleanValue:
        return Value::fromBool(static_cast<const BooleanValueNode &>(node).value);
    case Kind::ListValue: {
        ValueList items;
        for (auto *item : static_cast<const ListValueNode &>(node).values)
            items.push_back(untypedFromAst(*item, variables));
        return Value::fromList(std::move(items));
    }
    case Kind::ObjectValue: {
        ValueObject fields;
        for (auto *f : static_cast<const ObjectValueNode &>(node).fields)
            fields.emplace_back(std::string(f->name->value), untypedFromAst(*f->value, variables));
        return Value::fromObject(std::move(fields));
    }
    case Kind::Variable:
        return findVariable(variables, static_cast<const VariableNode &>(node).name->value).value_or(Value{});
    default:
        return {};
    }
}

std::optional<Value> inputObjectFromAst(const Schema &schema, const Type &type, const ValueNode &node,
                                        const ValueObject *variables) {
    auto *obj = nodeCast<ObjectValueNode>(&node, Kind::ObjectValue);
    if (!obj)
        return std::nullopt;
    for (auto *f : obj->fields)
        if (!type.inputField(f->name->value))
            return std::nullopt;
    ValueObject out;
    for (const auto &def : type.inputFields) {
        const ObjectFieldNode *given = nullptr;
        for (auto *f : obj->fields)
            if (f->name->value == def.name)
                given = f;
        const bool missingVar = given && given->value->kind == Kind::Variable &&
                                !findVariable(variables, static_cast<const VariableNode *>(given->value)->name->value);
        if (!given || missingVar) {
            if (def.defaultValue) {
                auto d = defaultValueOf(schema, def);
                if (!d)
                    return std::nullopt;
                out.emplace_back(def.name, std::move(*d));
            } else if (def.type.isNonNull()) {
                return std::nullopt;
            }
            continue;
        }
        auto v = valueFromAst(schema, *given->value, def.type, 0, variables);
        if (!v)
            return std::nullopt;
        out.emplace_back(def.name, std::move(*v));
    }
    return Value::fromObject(std::move(out));
}

} // namespace

std::optional<Value> valueFromAst(const Schema &schema, const ValueNode &node, const TypeRef &type, std::size_t w,
                                  const ValueObject *variables) {
    if (node.kind == Kind::Variable) {
        auto v = findVariable(variables, static_cast<const VariableNode &>(node).name->value);
        if (!v || (v->isNull() && isWrapper(type, w, TypeRef::Wrapper::NonNull)))
            return std::nullopt;
        return v;
    }
    if (isWrapper(type, w, TypeRef::Wrapper::NonNull)) {
        if (node.kind == Kind::NullValue)
            return std::nullopt;
        return valueFromAst(schema, node, type, w + 1, variables);
    }
    if (node.kind == Kind::NullValue)
        return Value{};
    if (isWrapper(type, w, TypeRef::Wrapper::List)) {
        auto *list = nodeCast<ListValueNode>(&node, Kind::ListValue);
        if (!list) {
            auto one = valueFromAst(schema, node, type, w + 1, variables);
            return one ? std::optional(Value::fromList({std::move(*one)})) : std::nullopt;
        }
        ValueList items;
        for (auto *item : list->values) {
            auto v = valueFromAst(schema, *item, type, w + 1, variables);
            if (!v)
                return std::nullopt;
            items.push_back(std::move(*v));
        }
        return Value::fromList(std::move(items));
    }
    const Type *named = schema.type(type.name);
    if (!named)
        return std::nullopt;
    switch (named->kind) {
    case TypeKind::InputObject:
        return inputObjectFromAst(schema, *named, node, variables);
    case TypeKind::Enum: {
        auto *e = nodeCast<EnumValueNode>(&node, Kind::EnumValue);
        if (!e || !named->enumValue(e->value))
            return std::nullopt;
        return Value::fromEnum(std::string(e->value));
    }
    case TypeKind::Scalar:
        if (named->isBuiltInScalar())
            return scalarFromAst(*named, node);
        return untypedFromAst(node, variables);
    default:
        return std::nullopt;
    }
}

std::optional<Value> defaultValueOf(const Schema &schema, const InputValue &input) {
    if (!input.defaultValue)
        return std::nullopt;
    auto parsed = parseConstValue(*input.defaultValue);
    if (!parsed.node)
        return std::nullopt;
    return valueFromAst(schema, *parsed.node, input.type, 0, nullptr);
}

namespace {

// The message graphql-js's scalar parseValue() throws, empty when `v` coerces (into `out`).
std::string coerceScalar(const Type &type, const Value &v, Value &out) {
    const std::string &name = type.name;
    const bool isNumber = v.kind == Value::Kind::Int || v.kind == Value::Kind::Float;
    const double d = v.kind == Value::Kind::Int ? double(v.integer) : v.number;
    const bool integral = isNumber && std::isfinite(d) && std::trunc(d) == d;
    if (name == "Int") {
        if (!integral)
            return "Int cannot represent non-integer value: " + inspectValue(v);
        if (d < INT32_MIN || d > INT32_MAX)
            return "Int cannot represent non 32-bit signed integer value: " + inspectValue(v);
        out = Value::fromInt(static_cast<std::int64_t>(d));
    } else if (name == "Float") {
        if (!isNumber || !std::isfinite(d))
            return "Float cannot represent non numeric value: " + inspectValue(v);
        out = Value::fromFloat(d);
    } else if (name == "String") {
        if (v.kind != Value::Kind::String)
            return "String cannot represent a non string value: " + inspectValue(v);
        out = v;
    } else if (name == "Boolean") {
        if (v.kind != Value::Kind::Bool)
            return "Boolean cannot represent a non boolean value: " + inspectValue(v);
        out = v;
    } else if (name == "ID") {
        if (v.kind == Value::Kind::String)
            out = v;
        else if (integral)
            out = Value::fromString(inspectValue(v));
        else
            return "ID cannot represent value: " + inspectValue(v);
    } else {
        out = v; // custom scalar: as given
    }
    return {};
}

std::string typeString(const TypeRef &type, std::size_t w) {
    TypeRef sub = type;
    sub.wrappers.erase(sub.wrappers.begin(), sub.wrappers.begin() + static_cast<std::ptrdiff_t>(w));
    return sub.toString();
}

} // namespace

std::string inspectValue(const Value &v) {
    std::string out;
    switch (v.kind) {
    case Value::Kind::List: {
        out += '[';
        for (std::size_t i = 0; v.list && i < v.list->size(); ++i)
            out += (i ? ", " : "") + inspectValue((*v.list)[i]);
        return out + ']';
    }
    case Value::Kind::Object: {
        if (!v.object || v.object->empty())
            return "{}";
        out += "{ ";
        for (std::size_t i = 0; i < v.object->size(); ++i)
            out += (i ? ", " : "") + (*v.object)[i].first + ": " + inspectValue((*v.object)[i].second);
        return out + " }";
    }
    default:
        v.appendJson(out);
        return out;
    }
}

std::optional<Value> coerceInputValue(const Schema &schema, const Value &value, const TypeRef &type, std::size_t w,
                                      const std::string &path, std::vector<std::string> &errors) {
    const auto fail = [&](const std::string &message) -> std::optional<Value> {
        const bool nested = path.find_first_of(".[") != std::string::npos;
        errors.push_back("got invalid value " + inspectValue(value) + (nested ? " at \"" + path + '"' : "") + "; " +
                         message);
        return std::nullopt;
    };
    if (w < type.wrappers.size() && type.wrappers[w] == TypeRef::Wrapper::NonNull) {
        if (value.isNull())
            return fail("Expected non-nullable type \"" + typeString(type, w) + "\" not to be null.");
        return coerceInputValue(schema, value, type, w + 1, path, errors);
    }
    if (value.isNull())
        return Value{};
    if (w < type.wrappers.size()) {
        if (value.kind != Value::Kind::List) {
            auto one = coerceInputValue(schema, value, type, w + 1, path, errors);
            return one ? std::optional(Value::fromList({std::move(*one)})) : std::nullopt;
        }
        ValueList items;
        bool ok = true;
        for (std::size_t i = 0; i < value.list->size(); ++i) {
            auto v =
                coerceInputValue(schema, (*value.list)[i], type, w + 1, path + '[' + std::to_string(i) + ']', errors);
            ok = ok && v;
            if (v)
                items.push_back(std::move(*v));
        }
        return ok ? std::optional(Value::fromList(std::move(items))) : std::nullopt;
    }
    const Type *named = schema.type(type.name);
    if (!named)
        return fail("Unknown type \"" + type.name + "\".");
    if (named->kind == TypeKind::Enum) {
        if (value.kind != Value::Kind::String)
            return fail("Enum \"" + named->name + "\" cannot represent non-string value: " + inspectValue(value) + '.');
        if (!named->enumValue(value.string))
            return fail("Value \"" + value.string + "\" does not exist in \"" + named->name + "\" enum.");
        return Value::fromEnum(value.string);
    }
    if (named->kind == TypeKind::InputObject) {
        if (value.kind != Value::Kind::Object)
            return fail("Expected type \"" + named->name + "\" to be an object.");
        ValueObject out;
        bool ok = true;
        for (const auto &def : named->inputFields) {
            const Value *given = value.get(def.name);
            if (!given) {
                if (auto d = defaultValueOf(schema, def))
                    out.emplace_back(def.name, std::move(*d));
                else if (def.type.isNonNull())
                    ok = fail("Field \"" + def.name + "\" of required type \"" + def.type.toString() +
                              "\" was not provided.")
                             .has_value();
                continue;
            }
            auto v = coerceInputValue(schema, *given, def.type, 0, path + '.' + def.name, errors);
            ok = ok && v;
            if (v)
                out.emplace_back(def.name, std::move(*v));
        }
        for (const auto &[key, ignored] : *value.object)
            if (!named->inputField(key))
                ok = fail("Field \"" + key + "\" is not defined by type \"" + named->name + "\".").has_value();
        return ok ? std::optional(Value::fromObject(std::move(out))) : std::nullopt;
    }
    if (named->kind != TypeKind::Scalar)
        return fail("Expected an input type.");
    Value out;
    if (std::string message = coerceScalar(*named, value, out); !message.empty())
        return fail(message);
    return out;
}

} // namespace altrata::graphql
