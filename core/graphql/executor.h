#pragma once

#include "ast.h"
#include "jsonwriter.h"
#include "schema.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// A GraphQL executor over a Schema (graphql-js 16 execute() semantics) that serializes the response
// JSON directly, fields in selection order. Resolvers return Values; a list may be a generator so a
// huge list is produced item by item and never exists twice in memory.
namespace altrata::graphql {

struct Value;
using ValueList = std::vector<Value>;
using ValueObject = std::vector<std::pair<std::string, Value>>;
// Yields the next list item into `next`; returns false when the list is exhausted.
using ValueGenerator = std::function<bool(Value &next)>;

// A JSON-like value: what resolvers return and what arguments/variables are coerced to.
struct Value {
    enum class Kind : std::uint8_t { Null, Bool, Int, Float, String, Enum, List, Object, Stream };
    Kind kind = Kind::Null;
    bool boolean = false;
    std::int64_t integer = 0;
    double number = 0;
    std::string string; // String and Enum
    std::shared_ptr<const ValueList> list;
    std::shared_ptr<const ValueObject> object;
    std::shared_ptr<ValueGenerator> stream;

    static Value null() { return {}; }
    static Value fromBool(bool b);
    static Value fromInt(std::int64_t i);
    static Value fromFloat(double d);
    static Value fromString(std::string s);
    static Value fromEnum(std::string name);
    static Value fromList(ValueList items);
    static Value fromObject(ValueObject fields);
    static Value fromGenerator(ValueGenerator generator);
    // Parses JSON text (simdjson DOM); a JSON null on a syntax error (`ok` set false when given).
    static Value fromJson(std::string_view json, bool *ok = nullptr);

    bool isNull() const noexcept { return kind == Kind::Null; }
    // Object property lookup; nullptr when absent or not an object.
    const Value *get(std::string_view key) const noexcept;
    // Compact JSON as JavaScript's JSON.stringify writes it.
    std::string toJson() const;
    void appendJson(std::string &out) const;
};

// Thrown by a resolver to report a field error (becomes {message, locations, path, extensions.code}).
struct FieldError : std::runtime_error {
    explicit FieldError(const std::string &message, std::string code = {})
        : std::runtime_error(message)
        , code(std::move(code)) {}
    std::string code;
};

// A response path segment: field response key or list index.
struct PathSegment {
    std::string_view key;
    std::int64_t index = -1; // >= 0 for list items
};

struct ResolveInfo {
    const Schema &schema;
    const Type &parentType;
    const Field &field;
    const FieldNode &fieldNode; // first of the merged nodes
    const std::vector<PathSegment> &path;
};

using Resolver = std::function<Value(const Value &parent, const ValueObject &args, const ResolveInfo &info)>;
// Returns the object type name of `value` for the abstract type; empty: use value's `__typename`.
using TypeResolver = std::function<std::string(const Value &value, const Type &abstractType)>;

struct ExecutionOptions {
    Value rootValue;
    std::string operationName;                           // empty: the document's only operation
    ValueObject variables;                               // raw variable values (coerced by the executor)
    std::unordered_map<std::string, Resolver> resolvers; // "Type.field"; missing: property lookup
    TypeResolver resolveType;
};

// graphql-js graphqlSync() with the validation rules execution depends on (checkDocument() in
// executionchecks.h): a document they refuse gets {"errors":[...]} and no resolver runs. Otherwise
// the response JSON {"errors":[...],"data":...} (errors first and only when there are some, as
// graphql-js's result object is ordered).
std::string execute(const Schema &schema, const Document &document, const ExecutionOptions &options);

} // namespace altrata::graphql
