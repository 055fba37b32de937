#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The schema model in graphql-js 16's shape (GraphQLSchema and its named types), built from SDL
// (buildschema.h) or from an introspection result. Ownership: a Schema owns everything as plain
// std::string / std::vector values, so it can be moved freely and outlives the document it came
// from. Types refer to each other BY NAME (TypeRef::name, Type::interfaces, ...); Schema::type()
// resolves a name in O(1). All indexes are built once by SchemaBuilder::build(); a built Schema is
// immutable.
namespace altrata::graphql {

enum class OperationType : std::uint8_t; // ast.h

// graphql-js's TypeKind for named types.
enum class TypeKind : std::uint8_t { Scalar, Object, Interface, Union, Enum, InputObject };

// "SCALAR", "OBJECT", ... as introspection's __TypeKind spells them.
std::string_view typeKindName(TypeKind kind) noexcept;

// A type reference such as [User!]!: the named type plus its wrappers, outermost first
// ([User!]! is name "User", wrappers {NonNull, List, NonNull}).
struct TypeRef {
    enum class Wrapper : std::uint8_t { List, NonNull };

    std::string name;
    std::vector<Wrapper> wrappers;

    static TypeRef named(std::string name);
    static TypeRef listOf(TypeRef inner);
    static TypeRef nonNullOf(TypeRef inner);

    bool isNamed() const noexcept { return wrappers.empty(); }
    bool isList() const noexcept { return !wrappers.empty() && wrappers.front() == Wrapper::List; }
    bool isNonNull() const noexcept { return !wrappers.empty() && wrappers.front() == Wrapper::NonNull; }
    // The reference with its outermost wrapper removed (introspection's ofType). Precondition: !isNamed().
    TypeRef ofType() const;

    // "[User!]!"
    std::string toString() const;
    void appendTo(std::string &out) const;

    friend bool operator==(const TypeRef &, const TypeRef &) = default;
};

// An argument or input-object field (graphql-js GraphQLArgument / GraphQLInputField).
struct InputValue {
    std::string name;
    std::optional<std::string> description;
    TypeRef type;
    // The default value as GraphQL literal source text, printed as graphql-js prints it
    // (e.g. `{a: 1, b: [RED]}`); nullopt when the value has no default.
    std::optional<std::string> defaultValue;
    std::optional<std::string> deprecationReason;
};

struct Field {
    std::string name;
    std::optional<std::string> description;
    std::vector<InputValue> args;
    TypeRef type;
    std::optional<std::string> deprecationReason;

    const InputValue *arg(std::string_view argName) const noexcept; // linear: argument lists are short
};

struct EnumValue {
    std::string name;
    std::optional<std::string> description;
    std::optional<std::string> deprecationReason;
};

struct Type {
    TypeKind kind = TypeKind::Scalar;
    std::string name;
    std::optional<std::string> description;
    std::optional<std::string> specifiedByURL; // scalars only
    std::vector<std::string> interfaces;       // objects and interfaces, in declaration order
    std::vector<std::string> unionMembers;     // unions, in declaration order
    std::vector<Field> fields;                 // objects and interfaces, in declaration order
    std::vector<EnumValue> enumValues;         // enums
    std::vector<InputValue> inputFields;       // input objects
    bool isOneOf = false;                      // input objects marked @oneOf (graphql-js 16.9+)

    // O(log n) lookups through the sorted indexes below; nullptr when absent.
    const Field *field(std::string_view fieldName) const noexcept;
    const EnumValue *enumValue(std::string_view valueName) const noexcept;
    const InputValue *inputField(std::string_view fieldName) const noexcept;

    bool isAbstract() const noexcept { return kind == TypeKind::Interface || kind == TypeKind::Union; }
    bool isInputType() const noexcept;  // scalar, enum, input object
    bool isOutputType() const noexcept; // anything but input object
    bool isBuiltInScalar() const noexcept;
    bool isIntrospectionType() const noexcept; // name starts with "__"

    // Positions into fields / enumValues / inputFields sorted by name; filled by SchemaBuilder::build()
    // (a Type that was not built has empty indexes and lookups fall back to a linear scan).
    std::vector<std::uint32_t> fieldIndex;
    std::vector<std::uint32_t> enumValueIndex;
    std::vector<std::uint32_t> inputFieldIndex;
};

struct Directive {
    std::string name;
    std::optional<std::string> description;
    std::vector<InputValue> args;
    std::vector<std::string> locations; // "FIELD", "OBJECT", ... in declaration order
    bool isRepeatable = false;

    const InputValue *arg(std::string_view argName) const noexcept;
    bool isSpecified() const noexcept; // @include, @skip, @deprecated, @specifiedBy, @oneOf
};

// graphql-js's default reason for @deprecated without `reason`.
inline constexpr std::string_view defaultDeprecationReason = "No longer supported";

class Schema {
public:
    Schema() = default;
    Schema(Schema &&) noexcept = default;
    Schema &operator=(Schema &&) noexcept = default;
    Schema(const Schema &) = delete; // indexes hold views into the owned strings
    Schema &operator=(const Schema &) = delete;

    const std::optional<std::string> &description() const noexcept { return m_description; }
    // Root operation type names; empty when the schema has no such root.
    const std::string &queryTypeName() const noexcept { return m_query; }
    const std::string &mutationTypeName() const noexcept { return m_mutation; }
    const std::string &subscriptionTypeName() const noexcept { return m_subscription; }
    const Type *queryType() const noexcept { return type(m_query); }
    const Type *mutationType() const noexcept { return type(m_mutation); }
    const Type *subscriptionType() const noexcept { return type(m_subscription); }
    // The root type an operation of `operation` starts at; nullptr when the schema has none.
    const Type *rootType(OperationType operation) const noexcept;

    // All named types in graphql-js's type map order (what printSchema and __schema.types list).
    const std::vector<Type> &types() const noexcept { return m_types; }
    const std::vector<Directive> &directives() const noexcept { return m_directives; }

    const Type *type(std::string_view name) const noexcept;                                   // O(1)
    const Field *field(std::string_view typeName, std::string_view fieldName) const noexcept; // O(1)+O(log n)
    const Directive *directive(std::string_view name) const noexcept;
    const Type *namedType(const TypeRef &ref) const noexcept { return type(ref.name); }

    // graphql-js getPossibleTypes(): the object types of a union (member order) or the objects that
    // implement an interface (type map order). Empty for other types.
    std::span<const Type *const> possibleTypes(const Type &abstractType) const noexcept;
    // Interfaces that implement an interface (graphql-js getImplementations().interfaces).
    std::span<const Type *const> implementingInterfaces(const Type &interfaceType) const noexcept;
    bool isPossibleType(const Type &abstractType, const Type &objectType) const noexcept;

    // Problems noticed while building (duplicate definitions, unknown type references, ...). The
    // schema is still usable: lenient loading like graphql-js with assumeValidSDL.
    const std::vector<std::string> &warnings() const noexcept { return m_warnings; }

private:
    friend class SchemaBuilder;
    void buildIndexes(); // type index, per-type sorted indexes, possible types
    std::optional<std::string> m_description;
    std::string m_query;
    std::string m_mutation;
    std::string m_subscription;
    std::vector<Type> m_types;
    std::vector<Directive> m_directives;
    std::unordered_map<std::string_view, std::uint32_t> m_typeIndex;
    std::unordered_map<std::string_view, std::vector<const Type *>> m_possible;
    std::unordered_map<std::string_view, std::vector<const Type *>> m_interfaceImpls;
    std::vector<std::string> m_warnings;
};

// Collects types and directives in any order and turns them into a Schema. Used by the SDL builder
// and the introspection builder.
class SchemaBuilder {
public:
    void setDescription(std::optional<std::string> description) { m_description = std::move(description); }
    void setQueryType(std::string name) { m_query = std::move(name); }
    void setMutationType(std::string name) { m_mutation = std::move(name); }
    void setSubscriptionType(std::string name) { m_subscription = std::move(name); }

    // Adds a named type. A second type with the same name replaces the first's content but keeps its
    // position, with a warning (what graphql-js does with assumeValidSDL and buildClientSchema). The
    // reference is valid until the next addType().
    Type &addType(Type type);
    Type *findType(std::string_view name) noexcept;
    // Adds a directive; a duplicate name is kept too (as graphql-js does), with a warning.
    Directive &addDirective(Directive directive);
    Directive *findDirective(std::string_view name) noexcept;
    void addWarning(std::string warning) { m_warnings.push_back(std::move(warning)); }
    // graphql-js's GraphQLSchema adds the specified directives only when given no directive list:
    // buildASTSchema adds the missing ones (the default here), buildClientSchema takes the
    // introspection result's list as it is (pass false).
    void setAddMissingSpecifiedDirectives(bool add) { m_addSpecifiedDirectives = add; }

    // What has been added so far, in order (before build()).
    const std::vector<Type> &pendingTypes() const noexcept { return m_types; }
    const std::vector<Directive> &pendingDirectives() const noexcept { return m_directives; }

    // Adds the specified directives that were not defined (see setAddMissingSpecifiedDirectives()), the
    // built-in scalars that are referenced plus String and Boolean (used by introspection), orders the
    // types as graphql-js's type map (roots first, then depth-first through referenced types), and
    // builds every index. References to unknown types become warnings. Default values are coerced and
    // reprinted as graphql-js does (defaultvalue.h).
    Schema build() &&;

private:
    void canonicalizeDefaultValues();

    std::optional<std::string> m_description;
    std::string m_query;
    std::string m_mutation;
    std::string m_subscription;
    std::vector<Type> m_types;
    std::unordered_map<std::string, std::uint32_t> m_typeIndex;
    std::vector<Directive> m_directives;
    std::vector<std::string> m_warnings;
    bool m_addSpecifiedDirectives = true;
};

// The built-in scalars (Int, Float, String, Boolean, ID), the introspection types (__Schema, ...) and
// the specified directives (@include, @skip, @deprecated, @specifiedBy, @oneOf) exactly as graphql-js
// 16.15 defines them, descriptions included. Parsed once from SDL text on first use.
const Type *builtInType(std::string_view name) noexcept; // nullptr for other names
const std::vector<Directive> &specifiedDirectives();

} // namespace altrata::graphql
