#include "inputcoercion.h"

#include "parser.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace altrata::graphql {

TypeRef typeRefFromNode(const TypeNode &node) {
    if (auto *nn = nodeCast<NonNullTypeNode>(&node, Kind::NonNullType))
        return TypeRef::nonNullOf(nn->type ? typeRefFromNode(*nn->type) : TypeRef{});
    if (auto *list = nodeCast<ListTypeNode>(&node, Kind::ListType))
        return TypeRef::listOf(list->type ? typeRefFromNode(*list->type) : TypeRef{});
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

} // namespace altrata::graphql
