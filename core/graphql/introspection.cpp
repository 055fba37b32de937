#include "introspection.h"

#include "buildschema.h"

#include <cstdint>

namespace altrata::graphql {

namespace {

// Introspection parent values carry a pointer into the (immutable, outliving) Schema plus, for
// __Type, the wrappers still to unwrap ("NL" = non-null list). The pointer is held in a Stream-kind
// Value without a generator, which JSON data can never produce, so forged data cannot pass as a handle.
Value handle(const void *p, std::string wrappers = {}) {
    Value pointer;
    pointer.kind = Value::Kind::Stream;
    pointer.integer = static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(p));
    return Value::fromObject({{"#p", std::move(pointer)}, {"#w", Value::fromString(std::move(wrappers))}});
}
template<class T> const T *pointer(const Value &v) {
    const Value *p = v.get("#p");
    if (!p || p->kind != Value::Kind::Stream || p->stream)
        return nullptr;
    return reinterpret_cast<const T *>(static_cast<std::uintptr_t>(p->integer));
}

Value optString(const std::optional<std::string> &s) {
    return s ? Value::fromString(*s) : Value{};
}

Value typeRefValue(const Schema &schema, const TypeRef &ref) {
    const Type *named = schema.type(ref.name);
    if (!named)
        named = builtInType(ref.name);
    if (!named)
        return {};
    std::string wrappers;
    for (auto w : ref.wrappers)
        wrappers += w == TypeRef::Wrapper::List ? 'L' : 'N';
    return handle(named, std::move(wrappers));
}

bool argFlag(const ValueObject &args, std::string_view name) {
    for (const auto &[key, v] : args)
        if (key == name)
            return v.kind == Value::Kind::Bool && v.boolean;
    return false;
}

Value inputValues(const Schema &schema, const std::vector<InputValue> &values, bool includeDeprecated) {
    (void)schema;
    ValueList out;
    for (const auto &v : values)
        if (includeDeprecated || !v.deprecationReason)
            out.push_back(handle(&v));
    return Value::fromList(std::move(out));
}

Value resolveType(const Schema &schema, std::string_view field, const Value &parent, const ValueObject &args) {
    const Type *type = pointer<Type>(parent);
    const Value *w = parent.get("#w");
    const std::string wrappers = w ? w->string : std::string();
    if (!type)
        return {};
    if (!wrappers.empty()) {
        if (field == "kind")
            return Value::fromEnum(wrappers.front() == 'L' ? "LIST" : "NON_NULL");
        if (field == "ofType")
            return handle(type, wrappers.substr(1));
        return {};
    }
    const bool deprecated = argFlag(args, "includeDeprecated");
    const bool objectLike = type->kind == TypeKind::Object || type->kind == TypeKind::Interface;
    if (field == "kind")
        return Value::fromEnum(std::string(typeKindName(type->kind)));
    if (field == "name")
        return Value::fromString(type->name);
    if (field == "description")
        return optString(type->description);
    if (field == "specifiedByURL")
        return optString(type->specifiedByURL);
    if (field == "isOneOf")
        return type->kind == TypeKind::InputObject ? Value::fromBool(type->isOneOf) : Value{};
    if (field == "fields" && objectLike) {
        ValueList out;
        for (const auto &f : type->fields)
            if (deprecated || !f.deprecationReason)
                out.push_back(handle(&f));
        return Value::fromList(std::move(out));
    }
    if (field == "interfaces" && objectLike) {
        ValueList out;
        for (const auto &name : type->interfaces)
            out.push_back(typeRefValue(schema, TypeRef::named(name)));
        return Value::fromList(std::move(out));
    }
    if (field == "possibleTypes" && type->isAbstract()) {
        ValueList out;
        for (const Type *t : schema.possibleTypes(*type))
            out.push_back(handle(t));
        return Value::fromList(std::move(out));
    }
    if (field == "enumValues" && type->kind == TypeKind::Enum) {
        ValueList out;
        for (const auto &e : type->enumValues)
            if (deprecated || !e.deprecationReason)
                out.push_back(handle(&e));
        return Value::fromList(std::move(out));
    }
    if (field == "inputFields" && type->kind == TypeKind::InputObject)
        return inputValues(schema, type->inputFields, deprecated);
    return {};
}

template<class T> Value deprecation(const T &item, std::string_view field) {
    if (field == "isDeprecated")
        return Value::fromBool(item.deprecationReason.has_value());
    if (field == "deprecationReason")
        return optString(item.deprecationReason);
    if (field == "name")
        return Value::fromString(item.name);
    if (field == "description")
        return optString(item.description);
    return {};
}

} // namespace

const Field *introspectionRootField(std::string_view name) {
    static const Field schemaField{"__schema",
                                   "Access the current type schema of this server.",
                                   {},
                                   TypeRef::nonNullOf(TypeRef::named("__Schema")),
                                   std::nullopt};
    static const Field typeField{
        "__type",
        "Request the type information of a single type.",
        {InputValue{"name", std::nullopt, TypeRef::nonNullOf(TypeRef::named("String")), std::nullopt, std::nullopt}},
        TypeRef::named("__Type"),
        std::nullopt};
    if (name == "__schema")
        return &schemaField;
    if (name == "__type")
        return &typeField;
    return nullptr;
}

Value resolveIntrospection(const Schema &schema, const Type &parentType, std::string_view field, const Value &parent,
                           const ValueObject &args) {
    const std::string &p = parentType.name;
    if (field == "__schema")
        return Value::fromObject({});
    if (field == "__type") {
        const Type *t = args.empty() ? nullptr : schema.type(args.front().second.string);
        return t ? handle(t) : Value{};
    }
    if (p == "__Schema") {
        if (field == "description")
            return optString(schema.description());
        if (field == "types") {
            ValueList out;
            for (const auto &t : schema.types())
                out.push_back(handle(&t));
            return Value::fromList(std::move(out));
        }
        if (field == "queryType" || field == "mutationType" || field == "subscriptionType") {
            const Type *t = field == "queryType"      ? schema.queryType()
                            : field == "mutationType" ? schema.mutationType()
                                                      : schema.subscriptionType();
            return t ? handle(t) : Value{};
        }
        if (field == "directives") {
            ValueList out;
            for (const auto &d : schema.directives())
                out.push_back(handle(&d));
            return Value::fromList(std::move(out));
        }
        return {};
    }
    if (p == "__Type")
        return resolveType(schema, field, parent, args);
    if (p == "__Field") {
        const Field *f = pointer<Field>(parent);
        if (!f)
            return {};
        if (field == "args")
            return inputValues(schema, f->args, argFlag(args, "includeDeprecated"));
        if (field == "type")
            return typeRefValue(schema, f->type);
        return deprecation(*f, field);
    }
    if (p == "__InputValue") {
        const InputValue *v = pointer<InputValue>(parent);
        if (!v)
            return {};
        if (field == "type")
            return typeRefValue(schema, v->type);
        if (field == "defaultValue")
            return optString(v->defaultValue);
        return deprecation(*v, field);
    }
    if (p == "__EnumValue") {
        const EnumValue *e = pointer<EnumValue>(parent);
        return e ? deprecation(*e, field) : Value{};
    }
    if (p == "__Directive") {
        const Directive *d = pointer<Directive>(parent);
        if (!d)
            return {};
        if (field == "name")
            return Value::fromString(d->name);
        if (field == "description")
            return optString(d->description);
        if (field == "isRepeatable")
            return Value::fromBool(d->isRepeatable);
        if (field == "args")
            return inputValues(schema, d->args, argFlag(args, "includeDeprecated"));
        if (field == "locations") {
            ValueList out;
            for (const auto &l : d->locations)
                out.push_back(Value::fromEnum(l));
            return Value::fromList(std::move(out));
        }
    }
    return {};
}

} // namespace altrata::graphql
