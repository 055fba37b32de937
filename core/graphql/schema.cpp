#include "schema.h"

#include "ast.h"

#include <algorithm>

namespace altrata::graphql {

std::string_view typeKindName(TypeKind kind) noexcept {
    switch (kind) {
    case TypeKind::Scalar:
        return "SCALAR";
    case TypeKind::Object:
        return "OBJECT";
    case TypeKind::Interface:
        return "INTERFACE";
    case TypeKind::Union:
        return "UNION";
    case TypeKind::Enum:
        return "ENUM";
    case TypeKind::InputObject:
        return "INPUT_OBJECT";
    }
    return {};
}

// ---- TypeRef ----------------------------------------------------------------------------------

TypeRef TypeRef::named(std::string name) {
    TypeRef ref;
    ref.name = std::move(name);
    return ref;
}

TypeRef TypeRef::listOf(TypeRef inner) {
    inner.wrappers.insert(inner.wrappers.begin(), Wrapper::List);
    return inner;
}

TypeRef TypeRef::nonNullOf(TypeRef inner) {
    inner.wrappers.insert(inner.wrappers.begin(), Wrapper::NonNull);
    return inner;
}

TypeRef TypeRef::ofType() const {
    TypeRef inner = *this;
    if (!inner.wrappers.empty())
        inner.wrappers.erase(inner.wrappers.begin());
    return inner;
}

void TypeRef::appendTo(std::string &out) const {
    for (Wrapper w : wrappers) {
        if (w == Wrapper::List)
            out += '[';
    }
    out += name;
    // Closing from the innermost wrapper outwards.
    for (auto it = wrappers.rbegin(); it != wrappers.rend(); ++it)
        out += *it == Wrapper::List ? ']' : '!';
}

std::string TypeRef::toString() const {
    std::string out;
    appendTo(out);
    return out;
}

// ---- Lookups ----------------------------------------------------------------------------------

namespace {

template<class T> const T *findByName(const std::vector<T> &items, std::string_view name) noexcept {
    for (const T &item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

template<class T>
const T *findIndexed(const std::vector<T> &items, const std::vector<std::uint32_t> &index,
                     std::string_view name) noexcept {
    if (index.size() != items.size())
        return findByName(items, name);
    auto it = std::lower_bound(index.begin(), index.end(), name,
                               [&](std::uint32_t i, std::string_view n) { return items[i].name < n; });
    if (it == index.end() || items[*it].name != name)
        return nullptr;
    return &items[*it];
}

} // namespace

const InputValue *Field::arg(std::string_view argName) const noexcept {
    return findByName(args, argName);
}
const InputValue *Directive::arg(std::string_view argName) const noexcept {
    return findByName(args, argName);
}

bool Directive::isSpecified() const noexcept {
    return name == "include" || name == "skip" || name == "deprecated" || name == "specifiedBy" || name == "oneOf";
}

const Field *Type::field(std::string_view fieldName) const noexcept {
    return findIndexed(fields, fieldIndex, fieldName);
}
const EnumValue *Type::enumValue(std::string_view valueName) const noexcept {
    return findIndexed(enumValues, enumValueIndex, valueName);
}
const InputValue *Type::inputField(std::string_view fieldName) const noexcept {
    return findIndexed(inputFields, inputFieldIndex, fieldName);
}

bool Type::isInputType() const noexcept {
    return kind == TypeKind::Scalar || kind == TypeKind::Enum || kind == TypeKind::InputObject;
}
bool Type::isOutputType() const noexcept {
    return kind != TypeKind::InputObject;
}

bool Type::isBuiltInScalar() const noexcept {
    return kind == TypeKind::Scalar &&
           (name == "Int" || name == "Float" || name == "String" || name == "Boolean" || name == "ID");
}

bool Type::isIntrospectionType() const noexcept {
    return name.starts_with("__");
}

const Type *Schema::type(std::string_view name) const noexcept {
    auto it = m_typeIndex.find(name);
    return it == m_typeIndex.end() ? nullptr : &m_types[it->second];
}

const Field *Schema::field(std::string_view typeName, std::string_view fieldName) const noexcept {
    const Type *t = type(typeName);
    return t ? t->field(fieldName) : nullptr;
}

const Directive *Schema::directive(std::string_view name) const noexcept {
    return findByName(m_directives, name);
}

std::span<const Type *const> Schema::possibleTypes(const Type &abstractType) const noexcept {
    auto it = m_possible.find(abstractType.name);
    if (it == m_possible.end())
        return {};
    return it->second;
}

std::span<const Type *const> Schema::implementingInterfaces(const Type &interfaceType) const noexcept {
    auto it = m_interfaceImpls.find(interfaceType.name);
    if (it == m_interfaceImpls.end())
        return {};
    return it->second;
}

bool Schema::isPossibleType(const Type &abstractType, const Type &objectType) const noexcept {
    auto types = possibleTypes(abstractType);
    return std::find(types.begin(), types.end(), &objectType) != types.end();
}

// ---- SchemaBuilder ----------------------------------------------------------------------------

Type &SchemaBuilder::addType(Type type) {
    auto [it, inserted] = m_typeIndex.try_emplace(type.name, static_cast<std::uint32_t>(m_types.size()));
    if (inserted) {
        m_types.push_back(std::move(type));
        return m_types.back();
    }
    m_warnings.push_back("There can be only one type named \"" + type.name + "\"; the last definition is used.");
    Type &existing = m_types[it->second];
    existing = std::move(type);
    return existing;
}

Type *SchemaBuilder::findType(std::string_view name) noexcept {
    auto it = m_typeIndex.find(std::string(name));
    return it == m_typeIndex.end() ? nullptr : &m_types[it->second];
}

Directive &SchemaBuilder::addDirective(Directive directive) {
    // graphql-js keeps every definition in getDirectives() (and prints them all); lookups find the first.
    if (findDirective(directive.name))
        m_warnings.push_back("There can be only one directive named \"@" + directive.name + "\".");
    m_directives.push_back(std::move(directive));
    return m_directives.back();
}

Directive *SchemaBuilder::findDirective(std::string_view name) noexcept {
    for (Directive &d : m_directives) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

const Type *Schema::rootType(OperationType operation) const noexcept {
    return operation == OperationType::Query      ? queryType()
           : operation == OperationType::Mutation ? mutationType()
                                                  : subscriptionType();
}

} // namespace altrata::graphql
